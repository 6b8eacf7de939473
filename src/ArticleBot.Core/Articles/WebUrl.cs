namespace ArticleBot.Core.Articles;

/// <summary>
/// The only links an article may carry: absolute http or https URLs. Every front end shows the article's URL as a
/// link, and the JSON API hands it to pages that may not check it, so a <c>javascript:</c> or <c>data:</c> URL in an
/// article would run script in a reader's browser (issue 14); a relative or <c>file:</c> one points nowhere useful.
/// </summary>
public static class WebUrl
{
    /// <summary>The URL as written when it is an absolute http(s) URL with a host; otherwise null.</summary>
    public static string? Accept(string? value)
    {
        var trimmed = value?.Trim();
        // Uri parsing tolerates (and strips) spaces and control characters that a browser may read differently.
        if (string.IsNullOrEmpty(trimmed) || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
               && uri.Host.Length > 0
            ? trimmed
            : null;
    }

    /// <summary>The warning for a refused URL, naming the file it came from.</summary>
    public static string Refused(string file, string value) =>
        $"The URL \"{value.Trim()}\" in {file} is not an absolute http or https URL; the article is kept without it.";
}
