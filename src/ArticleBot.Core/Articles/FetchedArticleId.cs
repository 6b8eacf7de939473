using System.Text;

namespace ArticleBot.Core.Articles;

/// <summary>
/// The id (and file name) of an article added from a link, made from its address: the host without "www." and the
/// path and query, lower-cased, every run of other characters a hyphen. The same link gives the same id, so adding
/// it again replaces the file; the id is what <c>source</c> lists and <c>remove</c> takes.
/// </summary>
public static class FetchedArticleId
{
    public const int MaxLength = 80;

    public static string For(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var host = address.IdnHost.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.IdnHost[4..] : address.IdnHost;
        var raw = host + address.AbsolutePath + address.Query;
        var id = new StringBuilder(raw.Length);
        foreach (var c in raw.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        var text = id.ToString().Trim('-');
        // A long address keeps its host and the end of its path, where the story's own words usually are.
        return text.Length <= MaxLength ? text : (text[..30] + "-" + text[^(MaxLength - 31)..]).Trim('-');
    }

    /// <summary>True for a string that could be such an id (what <c>remove</c> accepts: no path, no dots).</summary>
    public static bool IsWellFormed(string id) =>
        id.Length is > 0 and <= MaxLength && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
