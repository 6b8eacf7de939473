using ArticleBot.Core.Language;

namespace ArticleBot.Core.Analysis;

/// <summary>
/// Splits a paragraph into sentences, as ranges of the original text. Real articles glue sentences
/// ("innovation.This shift"), use abbreviations ("U.S.", "Dr."), decimals ("1.5") and end sentences inside quotes
/// ("…accident.” He"); a regex on ". " gets all of these wrong.
/// </summary>
public static class SentenceSplitter
{
    private static readonly IReadOnlySet<string> Abbreviations = WordList.Load("abbreviations", StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Range> Split(string text)
    {
        var sentences = new List<Range>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
            {
                end++;
            }

            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            if (!IsBoundary(text, i, end))
            {
                continue;
            }

            sentences.Add(new Range(start, end));
            start = SkipSpace(text, end);
            i = Math.Max(i, start - 1);
        }

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            sentences.Add(new Range(start, TrimEndIndex(text)));
        }

        return sentences;
    }

    public static IReadOnlyList<string> SplitText(string text) => Split(text).Select(range => text[range]).ToList();

    private static bool IsBoundary(string text, int mark, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var next = text[end];
        if (text[mark] == '.')
        {
            if (mark > 0 && mark + 1 < text.Length && char.IsDigit(text[mark - 1]) && char.IsDigit(text[mark + 1]))
            {
                return false; // 1.5
            }

            if (IsAbbreviation(text, mark))
            {
                return false;
            }
        }

        if (char.IsWhiteSpace(next))
        {
            var after = SkipSpace(text, end);
            return after >= text.Length || !char.IsLower(text[after]);
        }

        // Glued sentences: "innovation.This" — a lower-case word, the mark, then a capital starting a word.
        return char.IsUpper(next) && end == mark + 1 && mark > 1 && char.IsLower(text[mark - 1]) && char.IsLower(text[mark - 2]);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '.' or '&'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // Initials ("J. Smith") and dotted forms ("U.S") are abbreviations; so are the listed titles.
        return (word.Length == 1 && char.IsUpper(word[0])) || (word.Contains('.') && !word.Contains('&')) || Abbreviations.Contains(word);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static int TrimEndIndex(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
