using ArticleBot.Core.Analysis;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Answering;

/// <summary>Turns ranked candidates into the passages of a reply: snippet, highlights and attribution.</summary>
internal static class PassageFactory
{
    /// <summary>A best sentence shorter than this gets its neighbour, so the snippet says something whole.</summary>
    private const int ShortSentence = 80;

    public static AnswerPassage Create(RankedPassage ranked, IndexGeneration generation, int snippetLength)
    {
        var (snippet, snippetStart) = ranked.Quote is { } quote
            ? (quote.Text, 0)
            : SnippetOf(ranked.PassageText, WithNamedPerson(ranked, generation), generation);
        var trimmed = TextTrimmer.Trim(snippet, snippetLength);
        var highlights = ranked.Evidence.Matches
            .Select(match => new TextRange(match.Start - snippetStart, match.Length))
            .Where(range => range.Start >= 0 && range.End <= trimmed.Length - (trimmed.Length < snippet.Length ? TextTrimmer.Ellipsis.Length : 0))
            .ToList();

        var attributed = ranked.Quote ?? QuoteAt(generation, ranked, snippetStart, snippet.Length);
        return new AnswerPassage(
            ranked.Article.Id,
            ranked.Article.DisplayTitle,
            ranked.Paragraph,
            ranked.ParagraphText ?? ranked.PassageText,
            trimmed,
            highlights,
            attributed?.Speaker,
            attributed?.Text,
            ranked.Score,
            ranked.Article.Metadata.Url)
        {
            IsParaphrase = attributed?.IsParaphrase ?? false,
            SpeakerIsOrganisation = attributed?.ByOrganisation ?? false,
            Publisher = ranked.Article.Metadata.Publisher,
            Role = attributed?.Role,
        };
    }

    public static AnswerPassage Whole(ArticleInfo article, int paragraph, string text, QuoteRecord? quote, string? snippet = null) =>
        new(article.Id, article.DisplayTitle, paragraph, text, snippet ?? text, [], quote?.Speaker, quote?.Text, 1.0, article.Metadata.Url)
        {
            IsParaphrase = quote?.IsParaphrase ?? false,
            SpeakerIsOrganisation = quote?.ByOrganisation ?? false,
            Publisher = article.Metadata.Publisher,
            Role = quote?.Role,
        };

    /// <summary>A "who…" question wants a person: when the best sentence names nobody, the snippet runs on to the
    /// nearest sentence that names someone and shares a word with the question ("Many investors… believe…" then
    /// "Industry figures like Zhu Xiaohu have dismissed AGI…"), so the answer says who.</summary>
    private static Range WithNamedPerson(RankedPassage ranked, IndexGeneration generation)
    {
        var best = ranked.Evidence.BestSentence;
        var text = ranked.PassageText;
        if (ranked.AnswerType != AnswerType.Kind.Person || AnswerType.NamesSomeone(text[best], generation.PersonNames))
        {
            return best;
        }

        var (bestOffset, bestLength) = best.GetOffsetAndLength(text.Length);
        var sentences = generation.Analyses.Get(text)?.Sentences ?? SentenceSplitter.Split(text);
        var bestText = text.Substring(bestOffset, bestLength);

        // The person's sentence must add a matched word the best sentence lacks ("AGI"), not just repeat its subject.
        var named = sentences
            .Select(sentence => (Range: sentence, Span: sentence.GetOffsetAndLength(text.Length)))
            .Where(sentence => ranked.Evidence.Matches.Any(match => match.Start >= sentence.Span.Offset && match.End <= sentence.Span.Offset + sentence.Span.Length
                    && !bestText.Contains(WithoutPossessive(text.AsSpan(match.Start, match.Length)), StringComparison.OrdinalIgnoreCase))
                && AnswerType.NamesSomeone(text[sentence.Range], generation.PersonNames))
            .OrderBy(sentence => Math.Abs(sentence.Span.Offset - bestOffset))
            .Select(sentence => sentence.Span)
            .FirstOrDefault();
        if (named.Length == 0)
        {
            return best;
        }

        return new Range(Math.Min(bestOffset, named.Offset), Math.Max(bestOffset + bestLength, named.Offset + named.Length));
    }

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("’s") || word.EndsWith("'s") ? word[..^2] : word;

    private static (string Snippet, int Start) SnippetOf(string text, Range bestSentence, IndexGeneration generation)
    {
        var (offset, length) = bestSentence.GetOffsetAndLength(text.Length);
        var end = offset + length;
        if (length < ShortSentence)
        {
            var sentences = generation.Analyses.Get(text)?.Sentences ?? SentenceSplitter.Split(text);
            var next = sentences.Select(range => range.GetOffsetAndLength(text.Length)).FirstOrDefault(range => range.Offset >= end);
            if (next.Length > 0)
            {
                end = next.Offset + next.Length;
            }
        }

        return (text[offset..end], offset);
    }

    /// <summary>The quotation (or, failing that, the reported speech) the snippet comes from, so an ordinary
    /// answer still says who is speaking: "who wants the work postponed?" is answered with the councillor's name.</summary>
    private static QuoteRecord? QuoteAt(IndexGeneration generation, RankedPassage ranked, int start, int length)
    {
        var quotes = generation.QuotesByParagraph[(ranked.Article.Id, ranked.Paragraph)];
        bool Overlaps(QuoteRecord quote)
        {
            var at = (ranked.ParagraphText ?? ranked.PassageText).IndexOf(quote.Text, StringComparison.Ordinal);
            return quote.Standalone || (at >= 0 && at < start + length && at + quote.Text.Length > start);
        }

        // Reported speech names a person only when the question asks for one; elsewhere it would just be noise.
        return quotes.FirstOrDefault(quote => !quote.IsParaphrase && Overlaps(quote))
            ?? (ranked.AnswerType == AnswerType.Kind.Person ? quotes.FirstOrDefault(quote => quote.IsParaphrase && Overlaps(quote)) : null);
    }
}
