using ArticleBot.Core.Analysis;

namespace ArticleBot.Core.Articles;

/// <summary>
/// Splits a paragraph longer than the limit into paragraphs of whole sentences, so a reply that quotes one stays
/// short whatever the article holds. Paragraphs within the limit are untouched, so an ordinary article keeps its
/// paragraph numbers; after a split paragraph the numbers follow on from its pieces.
/// </summary>
internal static class ParagraphLimit
{
    public static IReadOnlyList<Paragraph> Apply(IReadOnlyList<Paragraph> paragraphs, int maxLength, string path, ICollection<string> warnings)
    {
        if (paragraphs.All(paragraph => paragraph.Text.Length <= maxLength))
        {
            return paragraphs;
        }

        var result = new List<Paragraph>(paragraphs.Count + 8);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Text.Length <= maxLength)
            {
                result.Add(paragraph with { Number = result.Count + 1 });
                continue;
            }

            var first = result.Count + 1;
            foreach (var piece in Pieces(paragraph.Text, maxLength))
            {
                result.Add(new Paragraph(result.Count + 1, piece));
            }

            warnings.Add($"Paragraph {paragraph.Number} of {path} is {paragraph.Text.Length:N0} characters, over ArticleBot:Index:MaxParagraphLength ({maxLength:N0}); it is split at sentence ends into paragraphs {first} to {result.Count}.");
        }

        return result;
    }

    private static IEnumerable<string> Pieces(string text, int maxLength)
    {
        var start = -1;
        var end = -1;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var (from, to) = (sentence.Start.GetOffset(text.Length), sentence.End.GetOffset(text.Length));
            if (start >= 0 && to - start > maxLength)
            {
                yield return text[start..end];
                start = -1;
            }

            if (to - from > maxLength)
            {
                foreach (var cut in CutBetweenWords(text[from..to], maxLength))
                {
                    yield return cut;
                }

                continue;
            }

            start = start < 0 ? from : start;
            end = to;
        }

        if (start >= 0)
        {
            yield return text[start..end];
        }
    }

    // A "sentence" over the limit has no sentence end to split at (a flattened list or table, or a hostile file):
    // cut it at the last space within the limit, or at the limit when there is none.
    private static IEnumerable<string> CutBetweenWords(string text, int maxLength)
    {
        var rest = text.AsMemory().Trim();
        while (rest.Length > maxLength)
        {
            var cut = rest.Span[..(maxLength + 1)].LastIndexOf(' ');
            cut = cut > 0 ? cut : char.IsHighSurrogate(rest.Span[maxLength - 1]) ? maxLength - 1 : maxLength;
            yield return rest[..cut].TrimEnd().ToString();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest.ToString();
        }
    }
}
