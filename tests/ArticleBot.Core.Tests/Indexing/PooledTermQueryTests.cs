using ArticleBot.Core.Indexing;
using ArticleBot.Testing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>
/// Pooled term queries keep postings enumerators per segment and field between searches: over an index of several
/// segments, searched again and again through the pool, they must find and score exactly what Lucene's term
/// queries do.
/// </summary>
public sealed class PooledTermQueryTests : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("articlebot-pooled-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Searches_through_the_pool_over_several_segments_match_Lucenes_term_queries_exactly()
    {
        var paragraphs = new[] { Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"), RepoPaths.InRepo("tests", "fixtures", "articles", "harbor-bridge.md") }
            .SelectMany(file => File.ReadAllText(file).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        WriteInSegments(paragraphs, perSegment: 7);
        var generation = IndexGeneration.Open(_folder);
        var lucene = new IndexSearcher(generation.Searcher.IndexReader) { Similarity = new BM25Similarity() };
        Assert.True(generation.Searcher.IndexReader.Leaves.Count >= 3, $"{generation.Searcher.IndexReader.Leaves.Count} segments");

        string[][] questions =
        [
            ["deepseek", "founder", "liang"],
            ["bridg", "harbor", "cabl", "deepseek"],
            ["open", "sourc", "model", "china", "engin", "bridg", "the"],
            ["okafor", "nair", "wenfeng", "nobodyword"],
        ];
        var compared = 0;
        for (var round = 0; round < 3; round++)
        {
            foreach (var words in questions)
            {
                var pooled = new BooleanQuery();
                var plain = new BooleanQuery();
                foreach (var (word, i) in words.Select((word, i) => (word, i)))
                {
                    var field = i % 2 == 0 ? IndexFields.Body : IndexFields.Exact;
                    var boost = 1f / (i + 1);
                    var (term, context) = generation.Terms.Get(field, word);
                    pooled.Add(new PooledTermQuery(term, context) { Boost = boost }, Occur.SHOULD);
                    plain.Add(new TermQuery(new Term(field, word)) { Boost = boost }, Occur.SHOULD);
                }

                var expected = Hits(lucene, plain);
                using (generation.Postings.Search())
                {
                    Assert.Equal(expected, Hits(generation.Searcher, pooled));
                }

                Assert.Equal(expected, Hits(generation.Searcher, pooled));
                compared += expected.Count;
            }
        }

        generation.Retire();
        Assert.True(compared > 50, $"only {compared} hits compared");
    }

    private void WriteInSegments(IReadOnlyList<string> paragraphs, int perSegment)
    {
        using var directory = FSDirectory.Open(_folder);
        var config = IndexGeneration.WriterConfig();
        config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
        using var writer = new IndexWriter(directory, config);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            writer.AddDocument(new Document
            {
                new StringField(IndexFields.Kind, IndexFields.Kinds.Paragraph, Field.Store.YES),
                new TextField(IndexFields.Body, paragraphs[i], Field.Store.NO),
                new TextField(IndexFields.Exact, paragraphs[i], Field.Store.NO),
            });
            if (i % perSegment == perSegment - 1)
            {
                writer.Commit();
            }
        }

        writer.Commit();
    }

    private static List<(int Doc, int ScoreBits)> Hits(IndexSearcher searcher, Query query) =>
        searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs
            .Select(hit => (hit.Doc, BitConverter.SingleToInt32Bits(hit.Score)))
            .ToList();
}
