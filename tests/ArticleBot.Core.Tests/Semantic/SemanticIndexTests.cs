using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using ArticleBot.Core.Semantic;
using ArticleBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Tests.Semantic;

/// <summary>The embedding model over a real index: a question that shares no word with its paragraph still finds it,
/// and vectors are encoded once per paragraph text, not once per build or start.</summary>
public sealed class SemanticIndexTests : IDisposable
{
    private const string Town = """
        ---
        title: Notes from Millbrook
        ---
        The bakery on Mill Street opened in 1998 and sells rye bread every morning.

        Heavy rain flooded the car park behind the town hall on Tuesday night.

        The council voted to raise parking fees by ten percent from next year.
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("articlebot-semantic-").FullName;

    public SemanticIndexTests()
    {
        Directory.CreateDirectory(ArticlesPath);
        File.WriteAllText(Path.Combine(ArticlesPath, "millbrook.md"), Town);
    }

    private string ArticlesPath => Path.Combine(_root, "articles");

    [Fact]
    public void A_question_sharing_no_word_with_its_paragraph_finds_it_by_meaning()
    {
        using var index = OpenIndex();
        var semantic = new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance);
        using var lease = index.Acquire();

        var nearest = semantic.For(lease.Generation).Nearest(semantic.Query("Which shop began trading in the late nineties?"), 1);
        var storm = semantic.For(lease.Generation).Nearest(semantic.Query("When did the storm submerge the parking lot?"), 1);

        Assert.Equal(1, nearest.Single().Paragraph);
        Assert.Equal(2, storm.Single().Paragraph);
    }

    [Fact]
    public void The_answerer_ranks_a_paragraph_bm25_never_found()
    {
        using var index = OpenIndex();
        var answerer = new QuestionAnswerer(
            index,
            Options.Create(new AnsweringOptions { SynonymsPath = RepoPaths.InRepo("index", "synonyms.txt") }),
            NullLogger<QuestionAnswerer>.Instance,
            new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance));
        using var lease = index.Acquire();
        var question = new ParsedQuestion("Which shop began trading in the late nineties?", QuestionIntent.Ask, "Which shop began trading in the late nineties?");

        var ranked = answerer.RankParagraphs(question, lease.Generation);

        Assert.Equal(1, ranked[0].Paragraph);
        Assert.Equal(1.0, ranked[0].Features.Semantic);
        Assert.Equal(0, ranked[0].Features.Bm25);
        Assert.True(ranked[0].Cosine > ranked[^1].Cosine);
    }

    [Fact]
    public void Vectors_are_encoded_once_per_text_across_rebuilds_and_restarts()
    {
        var encoder = new CountingEncoder();
        using (var index = OpenIndex())
        {
            var semantic = new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance);
            using (var lease = index.Acquire())
            {
                Assert.Equal(3, semantic.For(lease.Generation).Count);
            }

            Assert.Equal(3, encoder.PassagesEncoded);
            File.WriteAllText(Path.Combine(ArticlesPath, "second.md"), "---\ntitle: Second\n---\nA new library will open beside the river in spring.\n");
            index.EnsureCurrent();
            using (var lease = index.Acquire())
            {
                Assert.Equal(4, semantic.For(lease.Generation).Count);
            }

            Assert.Equal(4, encoder.PassagesEncoded);
        }

        // A restart: a new process would make a new index owner and model; the vectors come from the cache file.
        using var restarted = OpenIndex();
        var again = new CountingEncoder();
        using var restartedLease = restarted.Acquire();
        Assert.Equal(4, new SemanticIndex(again, NullLogger<SemanticIndex>.Instance).For(restartedLease.Generation).Count);
        Assert.Equal(0, again.PassagesEncoded);
    }

    private ArticleIndex OpenIndex()
    {
        var index = new ArticleIndex(
            Options.Create(new IndexOptions { ArticlesPath = ArticlesPath, IndexPath = Path.Combine(_root, "index"), WatchForChanges = false }),
            NullLogger<ArticleIndex>.Instance,
            TimeProvider.System);
        index.EnsureCurrent();
        return index;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A reader still closing; the temp folder is cleaned by the OS.
        }
    }
}
