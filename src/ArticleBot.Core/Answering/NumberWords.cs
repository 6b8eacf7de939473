using System.Text.RegularExpressions;
using ArticleBot.Core.Language;

namespace ArticleBot.Core.Answering;

/// <summary>
/// Numbers written in words ("twelve", "forty-two", "three hundred", "a dozen") and shares or multiples of a quantity
/// ("half", "two-thirds", "twice"), read from <c>Language/number-words.txt</c> and <c>ratio-words.txt</c>: English
/// spells small numbers out, so a rule that sees only digits misses most counts in running prose.
/// </summary>
internal static class NumberWords
{
    private static readonly IReadOnlySet<string> Cardinals = WordList.Load("number-words", StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlySet<string> Ratios = WordList.Load("ratio-words", StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlySet<string> Fractions = WordList.Load("fraction-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Alternation of every cardinal but "one", longest first so "seventeen" is not read as "seven".</summary>
    private static readonly string CountWords = string.Join('|', Cardinals
        .Where(word => !word.Equals("one", StringComparison.OrdinalIgnoreCase))
        .OrderByDescending(word => word.Length)
        .Select(Regex.Escape));

    private static readonly string AllWords = string.Join('|', Cardinals.OrderByDescending(word => word.Length).Select(Regex.Escape));

    /// <summary>A cardinal in words, alone or hyphenated with another ("forty-two", "twenty-one"), as a regex: "one"
    /// alone is left out, being a pronoun as often as a count ("one of the reasons").</summary>
    public static readonly string CountPattern = $@"\b(?:(?:{AllWords})-(?:{AllWords})|{CountWords})\b";

    /// <summary>A cardinal in words, "one" included, as a regex: what follows "aged" or precedes "years old".</summary>
    public static readonly string NumberPattern = $@"\b(?:(?:{AllWords})-(?:{AllWords})|{AllWords})\b";

    /// <summary>A share or multiple in one word ("half", "twice"; <c>ratio-words.txt</c>), as a regex.</summary>
    public static readonly string RatioPattern = $@"\b(?:{string.Join('|', Ratios.OrderByDescending(word => word.Length).Select(Regex.Escape))})\b";

    /// <summary>Whether a word of running text is a cardinal in words: "twelve", "Forty-two".</summary>
    public static bool IsCardinal(string word)
    {
        if (Cardinals.Contains(word))
        {
            return true;
        }

        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Cardinals.Contains(word[..dash]) && Cardinals.Contains(word[(dash + 1)..]);
    }

    /// <summary>Whether a word gives a share or multiple: "half", "twice"; "third" or "quarters" only after a number
    /// or "a" (<paramref name="previous"/>), and "two-thirds" as one word.</summary>
    public static bool IsRatio(string word, string? previous)
    {
        if (Ratios.Contains(word))
        {
            return true;
        }

        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            return Cardinals.Contains(word[..dash]) && Fractions.Contains(word[(dash + 1)..]);
        }

        return Fractions.Contains(word) && previous is { } before
            && (before.Equals("a", StringComparison.OrdinalIgnoreCase) || Cardinals.Contains(before) || char.IsAsciiDigit(before[0]));
    }
}
