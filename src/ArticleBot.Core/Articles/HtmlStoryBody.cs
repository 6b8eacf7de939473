using AngleSharp.Dom;

namespace ArticleBot.Core.Articles;

/// <summary>
/// The paragraphs a reader counts in a web page's story, in order: the <c>&lt;p&gt;</c> elements of its
/// <c>&lt;article&gt;</c> (or <c>&lt;main&gt;</c>, or the body) that are not page furniture. A news page puts its
/// menu, byline, dateline, captions, "related stories", pull-quotes, newsletter boxes, share links and footer in
/// paragraphs too; counted, they would shift every paragraph number a citation gives, and a pull-quote would make
/// its sentence a second quotation.
/// </summary>
/// <remarks>
/// Rules of the page's structure rather than SmartReader 0.11.1 (Mozilla Readability's port), measured on
/// tests/fixtures/articles/kestrel-bay-cup-final.html on 3 Dec: SmartReader gave 12 paragraphs for the story's 11,
/// keeping the pull-quote as a paragraph (a second copy of its quotation), and calls a one-paragraph page not
/// readable; these rules give the 11 exactly and leave a short page as it is.
/// </remarks>
internal static class HtmlStoryBody
{
    // Elements that hold no story text on a news page (HTML's own sectioning meaning: aside, nav, header, footer;
    // figure and figcaption are a picture and its caption; a form is a sign-up or comment box).
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "figure", "figcaption", "footer", "header", "form", "button", "noscript", "template", "script", "style",
    };

    // ARIA landmark roles that are not the main content (https://www.w3.org/WAI/ARIA/apg/practices/landmark-regions/).
    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "banner", "navigation", "complementary", "contentinfo", "dialog", "alertdialog", "search", "form",
    };

    // Words that publishers' class names and ids use for furniture; matched inside a name ("related-stories",
    // "cookie-consent", "nl-signup"), so each is long enough not to occur inside a word used for the story.
    private static readonly string[] FurnitureNames =
    [
        "banner", "cookie", "consent", "related", "newsletter", "signup", "sign-up", "subscribe", "pullquote", "pull-quote",
        "byline", "dateline", "caption", "share", "social", "promo", "advert", "sidebar", "breadcrumb", "comments",
    ];

    public static IReadOnlyList<string> Paragraphs(IDocument document)
    {
        var container = Container(document);
        if (container is null)
        {
            return [];
        }

        var all = container.QuerySelectorAll("p").ToList();
        var story = all.Where(paragraph => !InFurniture(paragraph, container)).ToList();

        // A page whose every paragraph looks like furniture (a story marked up as one big aside, say) is still an
        // article: better its paragraphs with some boilerplate than an article refused for having none.
        var chosen = (story.Count > 0 ? story : all)
            .Select(element => (Element: element, Text: NormalizeSpace(element.TextContent)))
            .Where(paragraph => paragraph.Text.Length > 0)
            .ToList();
        return WithoutRepeatedQuotes(chosen);
    }

    /// <summary>The page's story element: the &lt;article&gt; with the most paragraph text (a page may also hold
    /// small &lt;article&gt; cards of other stories), else &lt;main&gt;, else the body.</summary>
    private static IElement? Container(IDocument document) =>
        document.QuerySelectorAll("article")
            .Where(article => !InFurniture(article, document.DocumentElement))
            .MaxBy(article => article.QuerySelectorAll("p").Sum(paragraph => paragraph.TextContent.Length))
        ?? document.QuerySelector("main") ?? document.Body;

    private static bool InFurniture(IElement element, IElement container)
    {
        for (var current = element; current is not null && current != container; current = current.ParentElement)
        {
            if (IsFurniture(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFurniture(IElement element) =>
        FurnitureTags.Contains(element.LocalName)
        || (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()))
        || NamedAsFurniture(element.ClassName) || NamedAsFurniture(element.Id)
        || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true";

    private static bool NamedAsFurniture(string? name) =>
        !string.IsNullOrEmpty(name) && FurnitureNames.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Drops a blockquote paragraph that repeats text found in another story paragraph: a pull-quote whose markup
    /// does not say so. A quotation of a letter or a poem in a blockquote appears nowhere else and stays.
    /// </summary>
    private static List<string> WithoutRepeatedQuotes(List<(IElement Element, string Text)> paragraphs)
    {
        // Compared without quotation marks and surrounding space, since a pull-quote often adds or drops them.
        static string Bare(string text) => text.Trim().Trim('“', '”', '"', '‘', '’', '\'').Trim();

        var outside = paragraphs.Where(paragraph => paragraph.Element.Closest("blockquote") is null).Select(paragraph => paragraph.Text).ToList();
        return paragraphs
            .Where(paragraph => paragraph.Element.Closest("blockquote") is null
                || Bare(paragraph.Text) is not { Length: >= 20 } bare
                || !outside.Any(other => other.Contains(bare, StringComparison.Ordinal)))
            .Select(paragraph => paragraph.Text)
            .ToList();
    }

    internal static string NormalizeSpace(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
