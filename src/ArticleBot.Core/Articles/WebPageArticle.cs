using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using SmartReader;

namespace ArticleBot.Core.Articles;

/// <summary>
/// A web page fetched from a link, read as an article: SmartReader (Mozilla Readability's port) finds the story on
/// the page, and the <c>.html</c> articles' own rules (<see cref="HtmlStoryBody"/>) then take its paragraphs, so a page
/// read from a link and the same page saved as an <c>.html</c> article give the same paragraphs: no menu, banner,
/// sidebar, caption or pull-quote. The metadata is the page's own (<see cref="HtmlPageMetadata"/>), with what
/// SmartReader read from its structured data (JSON-LD, bylines) for what the meta tags leave out.
/// </summary>
public sealed record WebPageArticle(ArticleMetadata Metadata, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Reads <paramref name="html"/>, fetched from <paramref name="address"/> (after redirects); throws
    /// <see cref="ArticleBotException"/> when the page holds no story.</summary>
    public static WebPageArticle Read(Uri address, string html)
    {
        ArgumentNullException.ThrowIfNull(address);
        var document = new HtmlParser().ParseDocument(html);
        var page = HtmlPageMetadata.Of(document, address.ToString(), []);
        // Classes kept: the story rules recognise furniture that SmartReader leaves in (a pull-quote, a caption) by them.
        var article = new Reader(address.ToString(), html) { KeepClasses = true }.GetArticle();
        var paragraphs = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content)
            ? HtmlStoryBody.Paragraphs(new HtmlParser().ParseDocument(article.Content))
            : [];
        if (paragraphs.Count == 0)
        {
            throw new ArticleBotException($"{address} is not an article: no story text was found on the page (a home page, a list of links or a sign-in page has none).");
        }

        var metadata = page with
        {
            Title = page.Title ?? Present(article.Title),
            // Not the byline: its text ("By Helen Marsh, Transport Correspondent") is not a name, and a guess is worse than none.
            Author = page.Author ?? Present(article.Author),
            Publisher = page.Publisher ?? Present(article.SiteName),
            Url = page.Url ?? address.ToString(),
            Published = page.Published ?? article.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Language = page.Language ?? Present(article.Language),
        };
        return new WebPageArticle(metadata, paragraphs);
    }

    /// <summary>The article as an <c>.md</c> file in the articles' front-matter format: the five fields every article
    /// has (empty when the page does not say), its language, and where and when it was fetched.</summary>
    public string ToMarkdown(Uri requested, DateTimeOffset fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var text = new StringBuilder();
        text.Append(FrontMatter.Fence).Append('\n');
        text.Append("# Added from a link by `articlebot add`; adding the link again replaces this file. Unknown fields stay empty.\n");
        Field(text, "title", Metadata.Title);
        Field(text, "author", Metadata.Author);
        Field(text, "publisher", Metadata.Publisher);
        Field(text, "url", Metadata.Url);
        Field(text, "published", Metadata.Published);
        Field(text, "language", Metadata.Language);
        Field(text, "fetched_from", requested.ToString());
        Field(text, "fetched_at", fetchedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        text.Append(FrontMatter.Fence).Append('\n');
        foreach (var paragraph in Paragraphs)
        {
            // One line each, blank lines between: the .md reader's paragraphs. A paragraph that would read as the
            // file's title heading ("# …") keeps its text with the marker escaped.
            text.Append('\n').Append(paragraph.StartsWith("# ", StringComparison.Ordinal) ? "\\" + paragraph : paragraph).Append('\n');
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string key, string? value)
    {
        text.Append(key).Append(':');
        if (!string.IsNullOrWhiteSpace(value))
        {
            // Always quoted, so a colon or a leading '#' in a title is read back as written.
            text.Append(" \"").Append(HtmlStoryBody.NormalizeSpace(value).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }

        text.Append('\n');
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : HtmlStoryBody.NormalizeSpace(value);
}
