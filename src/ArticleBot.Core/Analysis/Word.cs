using System.Globalization;

namespace ArticleBot.Core.Analysis;

/// <summary>A word of running text with its place in the text it came from.</summary>
public readonly record struct Word(string Text, int Start)
{
    public int End => Start + Text.Length;

    /// <summary>The word without a trailing possessive ('s or ’s).</summary>
    public string Bare => HasPossessive ? Text[..^2] : Text;

    /// <summary>True when <see cref="Bare"/> equals <paramref name="value"/>, without making the bare string.</summary>
    public bool BareEquals(string value) => HasPossessive ? Text.AsSpan(0, Text.Length - 2).SequenceEqual(value) : Text == value;

    /// <summary>True when only a comma (and white space) stands between <paramref name="previous"/> and
    /// <paramref name="next"/> in <paramref name="text"/>: "Wierzba, a", "wife, Denise".</summary>
    internal static bool CommaBetween(string text, Word previous, Word next) =>
        text.AsSpan(previous.End, next.Start - previous.End).Trim().SequenceEqual(",");

    public bool IsCapitalized => Text.Length > 1 && char.IsUpper(Text[0]) && HasLower(Text.AsSpan(1));

    private bool HasPossessive => Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal);

    public static IReadOnlyList<Word> Split(string text, int start = 0, int? end = null)
    {
        var words = new List<Word>();
        var stop = end ?? text.Length;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, stop);
        for (var next = start; TryNext(text, ref next, stop, out var word);)
        {
            words.Add(word);
        }

        return words;
    }

    /// <summary>How many words <see cref="Split"/> would find, without making them.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var position = 0; NextRange(text, ref position, out _, out _);)
        {
            count++;
        }

        return count;
    }

    /// <summary>The next word at or after <paramref name="position"/> and before <paramref name="stop"/>; advances past it.</summary>
    public static bool TryNext(string text, ref int position, int stop, out Word word)
    {
        var offset = position;
        var span = text.AsSpan(offset, stop - offset);
        var relative = 0;
        if (NextRange(span, ref relative, out var wordStart, out var length))
        {
            position = offset + relative;
            word = new Word(text.Substring(offset + wordStart, length), offset + wordStart);
            return true;
        }

        position = stop;
        word = default;
        return false;
    }

    // Letters and digits, joined by apostrophes or hyphens ("we’re", "DeepSeek-R1", "Liang’s"): what the regex
    // [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)* matched, scanned by hand (no substring, no Match).
    private static bool NextRange(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !IsLetterOrNumber(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            position = text.Length;
            start = length = 0;
            return false;
        }

        start = i;
        i++;
        while (i < text.Length && IsWordPart(text[i]))
        {
            i++;
        }

        while (i + 1 < text.Length && text[i] is ('\'' or '’' or '-') && IsWordPart(text[i + 1]))
        {
            i += 2;
            while (i < text.Length && IsWordPart(text[i]))
            {
                i++;
            }
        }

        position = i;
        length = i - start;
        return true;
    }

    // ASCII has no marks and no letters or numbers outside A–Z, a–z and 0–9: the common case without a category lookup.
    private static bool IsLetterOrNumber(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    private static bool IsWordPart(char c) => IsLetterOrNumber(c) || (!char.IsAscii(c) && char.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
