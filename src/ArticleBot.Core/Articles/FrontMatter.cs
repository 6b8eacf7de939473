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
    /// that goes on line by line does not join the body into one string only to split it again. Each line left out
    /// or guessed at is a warning naming <paramref name="file"/> and the line's number.</summary>
    internal static (IReadOnlyDictionary<string, string> Fields, string[] Lines, int BodyStart) SplitLines(string text, string? file = null, ICollection<string>? warnings = null)
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
                return (ParseFields(lines[1..end], 2, file, warnings), lines, end + 1);
            }
        }

        // An unclosed fence: when everything up to the first blank line reads as fields, that was the front matter
        // and a closing line is missing (indexing it as text made "--- title: … url: …" paragraph 1). Otherwise the
        // "---" is a rule above prose, and text: better to show it than to lose the article.
        var blank = Array.FindIndex(lines, 1, line => string.IsNullOrWhiteSpace(line));
        var block = lines[1..(blank < 0 ? lines.Length : blank)];
        if (block.Length > 0 && block.All(IsFieldOrComment))
        {
            warnings?.Add($"The front matter of {Name(file)}, line 1, is not closed by a \"---\" line; lines 2 to {block.Length + 1} are read as its fields.");
            return (ParseFields(block, 2, file, warnings), lines, block.Length + 1);
        }

        warnings?.Add($"The \"---\" on line 1 of {Name(file)} opens front matter that is never closed; the file is read as text.");
        return (new Dictionary<string, string>(), lines, 0);
    }

    public static IReadOnlyDictionary<string, string> ParseFields(IEnumerable<string> lines) => ParseFields(lines, 1, null, null);

    /// <param name="firstLine">The file's line number of the first of <paramref name="lines"/>, for warnings.</param>
    internal static IReadOnlyDictionary<string, string> ParseFields(IEnumerable<string> lines, int firstLine, string? file, ICollection<string>? warnings)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var number = firstLine - 1;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            var key = colon < 0 ? "" : line[..colon].Trim().ToLowerInvariant();
            if (key.Length == 0)
            {
                // Lists, continuation lines and prose are more YAML than this subset reads: say so rather than guess.
                warnings?.Add($"The front matter of {Name(file)}, line {number}, is not a \"key: value\" line, so it is left out: {Shorten(line)}");
                continue;
            }

            fields[key] = Unquote(line[(colon + 1)..].Trim());
        }

        return fields;
    }

    private static bool IsFieldOrComment(string line)
    {
        var trimmed = line.TrimEnd('\r').Trim();
        var colon = trimmed.IndexOf(':');
        return trimmed.StartsWith('#')
               || (colon > 0 && trimmed[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));
    }

    private static string Name(string? file) => file ?? "the article";

    private static string Shorten(string line) => line.Trim() is var trimmed && trimmed.Length > 80 ? trimmed[..80] + "…" : trimmed;

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
