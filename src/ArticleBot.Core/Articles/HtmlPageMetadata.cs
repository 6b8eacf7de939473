using AngleSharp.Dom;

namespace ArticleBot.Core.Articles;

/// <summary>
/// What a web page says about itself: its headline, the author and site it names in its meta tags (OpenGraph and
/// <c>article:</c> properties), its canonical address and publication time. The same for an <c>.html</c> article
/// file and for a page added from a link, so both cite a page alike.
/// </summary>
internal static class HtmlPageMetadata
{
    /// <param name="source">The file or address the page came from, for warnings.</param>
    public static ArticleMetadata Of(IDocument document, string source, List<string> warnings)
    {
        string? Meta(string name) => Present(document.QuerySelector($"meta[name='{name}'], meta[property='{name}']")?.GetAttribute("content"));

        var title = document.QuerySelector("h1")?.TextContent ?? Meta("og:title") ?? document.Title;
        return new ArticleMetadata
        {
            Title = Present(title) is { } present ? HtmlStoryBody.NormalizeSpace(present) : null,
            Author = Meta("author"),
            Publisher = Meta("og:site_name"),
            Url = Url(source, [Meta("og:url"), document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")], warnings),
            Published = Meta("article:published_time"),
            Language = Present(document.DocumentElement.GetAttribute("lang")),
        };
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The first of the page's URLs that is an absolute http(s) one; each refused before it is a warning.</summary>
    private static string? Url(string source, string?[] candidates, List<string> warnings)
    {
        foreach (var candidate in candidates.Where(candidate => !string.IsNullOrWhiteSpace(candidate)))
        {
            if (WebUrl.Accept(candidate) is { } accepted)
            {
                return accepted;
            }

            warnings.Add(WebUrl.Refused(source, candidate!));
        }

        return null;
    }
}
