using ArticleBot.Core.Indexing;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Indexing;

public sealed class PassageValuesTests
{
    [Fact]
    public void Every_paragraph_and_quotation_holds_in_its_doc_values_what_its_stored_fields_hold()
    {
        using var seed = SeedAnswerer.Create(RepoPaths.Articles);
        using var lease = seed.Index.Acquire();
        var searcher = lease.Generation.Searcher;
        var passages = 0;
        for (var doc = 0; doc < searcher.IndexReader.MaxDoc; doc++)
        {
            var stored = searcher.Doc(doc);
            if (stored.Get(IndexFields.Text) is not { } text)
            {
                Assert.False(PassageValues.TryRead(searcher.IndexReader, doc, out _, out _, out _), "an article document has no passage");
                continue;
            }

            Assert.True(PassageValues.TryRead(searcher.IndexReader, doc, out var articleId, out var paragraph, out var valueText));
            Assert.Equal(stored.Get(IndexFields.Article), articleId);
            Assert.Equal(stored.GetField(IndexFields.Paragraph).GetInt32Value(), paragraph);
            Assert.Equal(text, valueText);
            passages++;
        }

        Assert.True(passages > 15, $"only {passages} passages");
    }

    [Fact]
    public void A_passage_too_long_for_one_doc_value_is_left_to_the_stored_fields()
    {
        Assert.Null(PassageValues.For("article", 1, new string('x', 40_000)));
        Assert.NotNull(PassageValues.For("article", 1, "Liang’s “short” paragraph — with non-ASCII text."));
    }

    [Fact]
    public void An_index_read_without_memory_mapping_answers_the_same()
    {
        using var folder = new ArticleFolder();
        var mapped = folder.OpenIndex();
        mapped.EnsureCurrent();
        var expected = ArticleFolder.Answerer(mapped).Answer(new Core.Answering.ChatQuestion("Who is the founder of DeepSeek?"));
        mapped.Dispose();

        var unmapped = folder.OpenIndex(memoryMapped: false);
        unmapped.EnsureCurrent();
        var reply = ArticleFolder.Answerer(unmapped).Answer(new Core.Answering.ChatQuestion("Who is the founder of DeepSeek?"));

        Assert.Equal(2, reply.Results[0].Paragraph);
        Assert.Equal(expected.Results.Select(result => (result.Paragraph, result.Snippet)), reply.Results.Select(result => (result.Paragraph, result.Snippet)));
    }
}
