using ArticleBot.Core.Analysis;

namespace ArticleBot.Core.Indexing;

/// <summary>A passage's tokens in both analyses and its sentences: what ranking needs from its text.</summary>
public sealed record PassageAnalysis(IReadOnlyList<AnalyzedToken> Stems, IReadOnlyList<AnalyzedToken> Exact, IReadOnlyList<Range> Sentences)
{
    /// <param name="keepStems">When given, only these stems are kept (the rest could not match a question anyway).</param>
    /// <param name="keepExact">When given, only these exact words are kept.</param>
    public static PassageAnalysis Of(string text, HashSet<string>? keepStems = null, HashSet<string>? keepExact = null)
    {
        var folded = TextNormalizer.Fold(text);
        var sentences = SentenceSplitter.Split(text);
        return new PassageAnalysis(
            TokenReader.Read(ArticleAnalyzers.Stemmed, folded, IndexFields.Body, keepStems),
            TokenReader.Read(ArticleAnalyzers.Exact, folded, IndexFields.Exact, keepExact),
            sentences.Count > 0 ? sentences : [new Range(0, text.Length)]);
    }
}
