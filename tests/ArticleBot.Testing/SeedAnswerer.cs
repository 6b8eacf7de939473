using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using ArticleBot.Core.Semantic;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Testing;

/// <summary>
/// The real answerer over the repository's articles, with its index built in a temporary folder: the articles
/// folder is only read. <see cref="Shared"/> is built once per test run; <see cref="Create"/> gives a private one.
/// </summary>
public sealed class SeedAnswerer : IDisposable
{
    private static readonly Lazy<SeedAnswerer> LazyShared = new(() => Create(RepoPaths.Articles, semantic: false));

    private static readonly Lazy<SeedAnswerer> LazyHybrid = new(() => Create(RepoPaths.Articles, semantic: true));

    private static readonly Lazy<SeedAnswerer> LazyTwoArticles = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("articlebot-two-articles-").FullName;
        File.Copy(Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"), Path.Combine(folder, "deepseek-liang-wenfeng.md"));
        File.Copy(RepoPaths.InRepo("tests", "fixtures", "articles", "harbor-bridge.md"), Path.Combine(folder, "harbor-bridge.md"));
        return Create(folder, semantic: false);
    });

    private readonly string _indexFolder;

    // The folder of copies made by OverCopiesOf, deleted with the index; null for a folder the caller owns.
    private readonly string? _ownedArticles;

    private SeedAnswerer(string articlesPath, bool semantic, string? ownedArticles = null)
    {
        _ownedArticles = ownedArticles;
        _indexFolder = Directory.CreateTempSubdirectory("articlebot-index-").FullName;
        Index = new ArticleIndex(
            Options.Create(new IndexOptions { ArticlesPath = articlesPath, IndexPath = _indexFolder, WatchForChanges = false }),
            NullLogger<ArticleIndex>.Instance,
            TimeProvider.System);
        Index.EnsureCurrent();
        Answerer = new QuestionAnswerer(
            Index,
            Options.Create(new AnsweringOptions { SynonymsPath = RepoPaths.InRepo("index", "synonyms.txt") }),
            NullLogger<QuestionAnswerer>.Instance,
            semantic ? new SemanticIndex(TestModel.Encoder, NullLogger<SemanticIndex>.Instance) : null);
    }

    /// <summary>Words alone, without the embedding model: for tests of the chat adapters and the web page, which
    /// are about turning replies into messages, not ranking. Shared by every test of a run; do not dispose.</summary>
    public static IQuestionAnswerer Shared => LazyShared.Value.Answerer;

    /// <summary>As the bot runs by default (with the embedding model, ArticleBot:Semantic:Enabled): for tests of
    /// answer quality. The same answerer as <see cref="Hybrid"/>. Shared by every test of a run; do not dispose.</summary>
    public static IQuestionAnswerer Product => LazyHybrid.Value.Answerer;

    /// <summary>With the embedding model on, for the hybrid ranker's own floors. Shared; do not dispose.</summary>
    public static IQuestionAnswerer Hybrid => LazyHybrid.Value.Answerer;

    /// <summary>Words alone over the seed and the made-up second article (tests/fixtures/articles/harbor-bridge.md),
    /// for tests of what a channel limited to some articles sees. Shared by every test of a run; do not dispose.</summary>
    public static IQuestionAnswerer TwoArticles => LazyTwoArticles.Value.Answerer;

    public ArticleIndex Index { get; }

    public QuestionAnswerer Answerer { get; }

    /// <summary>A private answerer over any folder of articles, with the embedding model when
    /// <paramref name="semantic"/>; dispose it to delete its index.</summary>
    public static SeedAnswerer Create(string articlesPath, bool semantic = false) => new(articlesPath, semantic);

    /// <summary>A private answerer, without the embedding model, over copies of <paramref name="articleFiles"/> in a
    /// folder of its own (the originals are only read); dispose it to delete the copies and the index.</summary>
    public static SeedAnswerer OverCopiesOf(params string[] articleFiles) => OverCopiesOf(semantic: false, articleFiles);

    /// <summary>As <see cref="OverCopiesOf(string[])"/>, with the embedding model when <paramref name="semantic"/>.</summary>
    public static SeedAnswerer OverCopiesOf(bool semantic, params string[] articleFiles)
    {
        var folder = Directory.CreateTempSubdirectory("articlebot-articles-").FullName;
        foreach (var file in articleFiles)
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return new SeedAnswerer(folder, semantic, ownedArticles: folder);
    }

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(_indexFolder, recursive: true);
            if (_ownedArticles is not null)
            {
                Directory.Delete(_ownedArticles, recursive: true);
            }
        }
        catch (IOException)
        {
            // A reader still closing on another thread; the temp folder is cleaned by the OS.
        }
    }
}
