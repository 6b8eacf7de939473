using ArticleBot.Core.Analysis;
using ArticleBot.Core.Language;

namespace ArticleBot.Core.Semantic;

/// <summary>
/// The text the model encodes for a paragraph: the paragraph with the context a reader has when reaching it. A
/// paragraph says "she", "the city" or quotes someone for what the article's title or the paragraph before names;
/// encoded alone its vector lacks that subject, and a question naming it prefers another paragraph. The context
/// comes first and is short (the title; one sentence), so the model's 512-token window still holds the paragraph's
/// own words.
/// </summary>
internal static class PassageText
{
    private static readonly IReadOnlySet<string> ReferringOpeners = WordList.Load("referring-openers", StringComparer.OrdinalIgnoreCase);

    /// <param name="speaker">Who speaks the quotation the paragraph is, when it is one and the article tells.</param>
    public static string Of(PassageContext context, string paragraph, string? title, string? previous, string? speaker = null)
    {
        var parts = new List<string>(4);
        if (context.HasFlag(PassageContext.Title) && !string.IsNullOrWhiteSpace(title))
        {
            parts.Add(title.Trim().TrimEnd('.', ':') + ":");
        }

        if (context.HasFlag(PassageContext.Speaker) && !string.IsNullOrWhiteSpace(speaker))
        {
            parts.Add(speaker.Trim() + ":");
        }

        if (context.HasFlag(PassageContext.Previous) && previous is not null && NamesNoSubject(paragraph) && LastSentence(previous) is { Length: > 0 } sentence)
        {
            parts.Add(sentence);
        }

        if (parts.Count == 0)
        {
            return paragraph;
        }

        parts.Add(paragraph);
        return string.Join(' ', parts);
    }

    /// <summary>A paragraph that is a quotation (it opens with a quotation mark: who speaks is told around it) or
    /// that opens with a word referring back ("She…", "This approach…").</summary>
    internal static bool NamesNoSubject(string paragraph)
    {
        var text = paragraph.AsSpan().TrimStart();
        if (text.IsEmpty)
        {
            return false;
        }

        if (text[0] is '"' or '“' or '‘' or '«' or '„')
        {
            return true;
        }

        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > 0 && end < text.Length && !char.IsLetter(text[end]) && text[end] is not '.'
            && ReferringOpeners.Contains(text[..end].ToString());
    }

    private static string LastSentence(string paragraph)
    {
        var sentences = SentenceSplitter.Split(paragraph);
        return (sentences.Count == 0 ? paragraph : paragraph[sentences[^1]]).Trim();
    }
}
