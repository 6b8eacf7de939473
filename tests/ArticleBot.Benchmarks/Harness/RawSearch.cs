using ArticleBot.Core.Analysis;
using ArticleBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArticleBot.Benchmarks.Harness;

/// <summary>
/// What a plain Lucene application would do with the same question on the same index: the question's words through
/// the same stemmed analyzer, one SHOULD term clause each on the paragraph body, BM25, top 10. No question parsing,
/// no typo correction, no synonyms, no re-ranking, no snippet.
/// </summary>
internal static class RawSearch
{
    public const int Top = 10;

    public static Query For(string question)
    {
        var query = new BooleanQuery();
        foreach (var term in TokenReader.Read(ArticleAnalyzers.Stemmed, TextNormalizer.Fold(question)).Select(token => token.Term).Distinct())
        {
            query.Add(new TermQuery(new Term(IndexFields.Body, term)), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Analyse, search and read the best hit's stored text (an answer needs at least that).</summary>
    public static int Run(IndexSearcher searcher, string question)
    {
        var hits = searcher.Search(For(question), Top);
        return hits.ScoreDocs.Length > 0 ? searcher.Doc(hits.ScoreDocs[0].Doc).Get(IndexFields.Text)?.Length ?? 0 : 0;
    }
}
