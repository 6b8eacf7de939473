using System.Text.RegularExpressions;

namespace ArticleBot.Core.Analysis;

/// <summary>A word of running text with its place in the text it came from.</summary>
public readonly partial record struct Word(string Text, int Start)
{
    public int End => Start + Text.Length;

    /// <summary>The word without a trailing possessive ('s or ’s).</summary>
    public string Bare => Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal) ? Text[..^2] : Text;

    public bool IsCapitalized => Text.Length > 1 && char.IsUpper(Text[0]) && Text.Skip(1).Any(char.IsLower);

    public static IReadOnlyList<Word> Split(string text, int start = 0, int? end = null)
    {
        var words = new List<Word>();
        var stop = end ?? text.Length;
        foreach (Match match in WordPattern().Matches(text[start..stop]))
        {
            words.Add(new Word(match.Value, start + match.Index));
        }

        return words;
    }

    /// <summary>Letters and digits, joined by apostrophes or hyphens ("we’re", "DeepSeek-R1", "Liang’s").</summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
