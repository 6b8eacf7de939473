namespace ArticleBot.Core.Analysis;

/// <summary>
/// Shortens text to a platform's limit without cutting a word or, where it can, a sentence in half.
/// Every chat front end uses it so that limits (Discord's 4096-character embed description, Slack's 3000-character
/// section) are met the same way.
/// </summary>
public static class TextTrimmer
{
    public const string Ellipsis = "…";

    /// <summary>Returns <paramref name="text"/> unchanged when it fits; otherwise the longest prefix that ends at a
    /// sentence end (or, failing that, a word end) followed by an ellipsis, never longer than <paramref name="maxLength"/>.</summary>
    public static string Trim(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var budget = maxLength - Ellipsis.Length;
        if (budget <= 0)
        {
            return Ellipsis[..maxLength];
        }

        var sentenceEnd = LastSentenceEnd(text, budget);
        // A sentence cut is only worth it when it keeps at least half of what fits; otherwise cut at a word.
        if (sentenceEnd >= budget / 2)
        {
            return text[..sentenceEnd].TrimEnd() + Ellipsis;
        }

        var wordEnd = LastWordEnd(text, budget);
        var cut = wordEnd > 0 ? wordEnd : budget;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    private static int LastSentenceEnd(string text, int budget)
    {
        for (var i = Math.Min(budget, text.Length) - 1; i > 0; i--)
        {
            if (text[i] is '.' or '!' or '?' or '”' or '"' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                if (text[i] is '”' or '"' && !(i > 0 && text[i - 1] is '.' or '!' or '?'))
                {
                    continue;
                }

                return i + 1;
            }
        }

        return 0;
    }

    private static int LastWordEnd(string text, int budget)
    {
        for (var i = Math.Min(budget, text.Length); i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) && !char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return 0;
    }
}
