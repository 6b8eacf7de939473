using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using ArticleBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Tests.Indexing;

public sealed class ArticleIndexTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("articlebot-index-tests-").FullName;

    private string Articles => Path.Combine(_root, "articles");

    private string IndexPath => Path.Combine(_root, "index");

    public ArticleIndexTests()
    {
        Directory.CreateDirectory(Articles);
        File.Copy(SeedArticle.Path, Path.Combine(Articles, "deepseek-liang-wenfeng.md"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_second_start_reuses_the_index_built_by_the_first()
    {
        using (var first = Open())
        {
            Assert.True(first.EnsureCurrent().Rebuilt);
        }

        using var second = Open();
        var result = second.EnsureCurrent();

        Assert.False(result.Rebuilt);
        Assert.Equal(15, result.Paragraphs);
    }

    [Fact]
    public void A_changed_article_makes_a_new_generation_and_removes_the_old_one()
    {
        using var index = Open();
        index.EnsureCurrent();
        var before = Directory.GetDirectories(IndexPath, "gen-*").Single();

        File.WriteAllText(Path.Combine(Articles, "river.txt"), "The river rose by two metres overnight.\nResidents were evacuated.");
        var result = index.EnsureCurrent();

        Assert.True(result.Rebuilt);
        Assert.Equal(2, result.Articles);
        var after = Directory.GetDirectories(IndexPath, "gen-*").Single();
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void A_corrupted_manifest_is_healed_by_a_rebuild()
    {
        using (var first = Open())
        {
            first.EnsureCurrent();
        }

        File.WriteAllText(Path.Combine(IndexPath, IndexManifest.FileName), "{ not json");
        using var second = Open();

        var result = second.EnsureCurrent();

        Assert.True(result.Rebuilt);
        Assert.Equal(15, result.Paragraphs);
    }

    [Fact]
    public void Building_never_writes_to_the_articles_folder()
    {
        var before = Snapshot();

        using (var index = Open())
        {
            index.EnsureCurrent(forceRebuild: true);
        }

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_question_that_started_before_a_rebuild_finishes_on_the_old_generation()
    {
        using var index = Open();
        var answerer = new QuestionAnswerer(index, Options.Create(new AnsweringOptions { SynonymsPath = RepoPaths.InRepo("index", "synonyms.txt") }), NullLogger<QuestionAnswerer>.Instance);
        using var lease = index.Acquire();

        index.EnsureCurrent(forceRebuild: true);

        Assert.True(lease.Generation.Searcher.IndexReader.NumDocs > 0);
        Assert.Equal(2, answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?")).Results[0].Paragraph);
    }

    private ArticleIndex Open() => new(
        Options.Create(new IndexOptions { ArticlesPath = Articles, IndexPath = IndexPath }),
        NullLogger<ArticleIndex>.Instance,
        TimeProvider.System);

    private string Snapshot() => string.Join('\n', Directory.GetFiles(Articles, "*", SearchOption.AllDirectories)
        .Order()
        .Select(file => $"{file}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))}:{File.GetLastWriteTimeUtc(file):O}"));
}
