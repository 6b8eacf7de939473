using System.Text;

namespace ArticleBot.Core.Articles;

/// <summary>
/// Reads the small YAML subset articles use for metadata: one <c>key: value</c> per line, values optionally in
/// double or single quotes, <c>#</c> comments. A full YAML parser would accept far more than we can use.
/// </summary>
public static class FrontMatter
{
    public const string Fence = "---";

    /// <summary>Splits a Markdown file into its front-matter fields and the body that follows.</summary>
    public static (IReadOnlyDictionary<string, string> Fields, string Body) Split(string text)
    {
        var (fields, lines, bodyStart) = SplitLines(text);
        return (fields, bodyStart == 0 ? text : string.Join('\n', lines[bodyStart..]));
    }

    /// <summary>The same split as lines: the file's lines and the index of the body's first line, so a reader
    /// that goes on line by line does not join the body into one string only to split it again.</summary>
    internal static (IReadOnlyDictionary<string, string> Fields, string[] Lines, int BodyStart) SplitLines(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r').Trim() != Fence)
        {
            return (new Dictionary<string, string>(), lines, 0);
        }

        for (var end = 1; end < lines.Length; end++)
        {
            if (lines[end].TrimEnd('\r').Trim() == Fence)
            {
                return (ParseFields(lines[1..end]), lines, end + 1);
            }
        }

        // An unclosed fence is text, not metadata: better to show it than to lose the article.
        return (new Dictionary<string, string>(), lines, 0);
    }

    public static IReadOnlyDictionary<string, string> ParseFields(IEnumerable<string> lines)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.TrimStart().StartsWith('#') || !line.Contains(':'))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            var key = line[..colon].Trim().ToLowerInvariant();
            if (key.Length == 0)
            {
                continue;
            }

            fields[key] = Unquote(line[(colon + 1)..].Trim());
        }

        return fields;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'");
        }

        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 1; i < value.Length - 1; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length - 1)
            {
                i++;
                builder.Append(value[i] switch { 'n' => '\n', 't' => '\t', var c => c });
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }
}
