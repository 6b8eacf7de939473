using ArticleBot.Core.Answering;
using ArticleBot.Core.Evaluation;
using ArticleBot.Core.Indexing;
using ArticleBot.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>
/// The project's BM25 and its pooled term queries must rank exactly as Lucene's BM25 and term queries: every score of
/// every hit, bit for bit, for the queries the answerer really sends, on a real index of two articles.
/// </summary>
public sealed class SharedNormBm25SimilarityTests : IDisposable
{
    private SeedAnswerer? _index;

    public void Dispose() => _index?.Dispose();

    [Fact]
    public void Every_hit_of_the_answerers_queries_scores_exactly_as_with_Lucenes_BM25_and_term_queries()
    {
        using var lease = OpenTwoArticles().Acquire();
        var generation = lease.Generation;
        var reader = generation.Searcher.IndexReader;
        var lucene = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var plainSearcher = new IndexSearcher(reader) { Similarity = new SharedNormBm25Similarity() };
        var understanding = new QueryUnderstanding(SynonymMap.Load(RepoPaths.InRepo("index", "synonyms.txt")));
        var compared = 0;
        var phrases = 0;
        foreach (var question in Questions())
        {
            var concepts = understanding.Understand(question, generation);
            phrases += concepts.Count(concept => concept.PhraseStems is not null);
            foreach (var kind in new[] { IndexFields.Kinds.Paragraph, IndexFields.Kinds.Quote })
            {
                var query = ParagraphSearch.Build(generation, kind, concepts, []);
                var expected = Hits(lucene, WithLuceneTermQueries(query));
                Assert.Equal(expected, Hits(plainSearcher, query));
                Assert.Equal(expected, Hits(generation.Searcher, query));
                for (var search = 0; search < 2; search++)
                {
                    // Through the pool, the second time on postings enumerators the first left behind.
                    using var postings = generation.Postings.Search();
                    Assert.Equal(expected, Hits(generation.Searcher, query));
                }

                compared += expected.Count;
            }
        }

        Assert.True(compared > 1_000, $"only {compared} hits compared");
        Assert.True(phrases > 0, "no phrase query was compared");
    }

    [Fact]
    public void Phrases_of_several_words_and_boosted_clauses_score_exactly_as_with_Lucenes_BM25()
    {
        using var lease = OpenTwoArticles().Acquire();
        var generation = lease.Generation;
        var lucene = new IndexSearcher(generation.Searcher.IndexReader) { Similarity = new BM25Similarity() };
        var sloppy = new PhraseQuery { new Term(IndexFields.Body, "deepseek"), new Term(IndexFields.Body, "model") };
        sloppy.Slop = 3;
        var query = new BooleanQuery
        {
            { new PhraseQuery { new Term(IndexFields.Body, "open"), new Term(IndexFields.Body, "sourc") }, Occur.SHOULD },
            { new PhraseQuery { new Term(IndexFields.Body, "liang"), new Term(IndexFields.Body, "wenfeng") }, Occur.SHOULD },
            { sloppy, Occur.SHOULD },
            { new TermQuery(new Term(IndexFields.Exact, "bridge")) { Boost = 0.3f }, Occur.SHOULD },
            { new TermQuery(new Term(IndexFields.Body, "chines")) { Boost = 0.55f }, Occur.SHOULD },
        };
        query.Boost = 1.7f;

        var expected = Hits(lucene, query);

        Assert.True(expected.Count > 5, $"only {expected.Count} hits");
        Assert.Equal(expected, Hits(generation.Searcher, query));
    }

    private ArticleIndex OpenTwoArticles()
    {
        _index = SeedAnswerer.OverCopiesOf(RepoPaths.FixtureArticle("harbor-bridge.md"), RepoPaths.SeedArticle);
        return _index.Index;
    }

    private static IEnumerable<string> Questions() =>
        new[] { "dev-questions.jsonl", "paraphrased-questions.jsonl", "harbor-bridge-questions.jsonl" }
            .SelectMany(file => EvalQuestion.ReadFile(RepoPaths.InRepo("tests", "eval", file)))
            .Select(question => question.Question);

    /// <summary>The answerer's query with Lucene's own term queries in place of the pooled ones.</summary>
    private static Query WithLuceneTermQueries(Query query)
    {
        var filtered = Assert.IsType<FilteredQuery>(query);
        var plain = new BooleanQuery();
        foreach (var clause in Assert.IsType<BooleanQuery>(filtered.Query).Clauses)
        {
            plain.Add(clause.Query is PooledTermQuery pooled ? new TermQuery(pooled.Term) { Boost = pooled.Boost } : clause.Query, clause.Occur);
        }

        return new FilteredQuery(plain, filtered.Filter);
    }

    /// <summary>Every matching document with its score's bits, in rank order.</summary>
    private static List<(int Doc, int ScoreBits)> Hits(IndexSearcher searcher, Query query) =>
        searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs
            .Select(hit => (hit.Doc, BitConverter.SingleToInt32Bits(hit.Score)))
            .ToList();
}
