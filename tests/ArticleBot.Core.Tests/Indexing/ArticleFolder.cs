using System.Security.Cryptography;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using ArticleBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>A private copy of the repository's articles (and the second fixture article) with its own index folder;
/// it remembers the articles' hashes so a test can prove the bot never wrote to them.</summary>
internal sealed class ArticleFolder : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("articlebot-faults-").FullName;
    private readonly List<ArticleIndex> _indexes = [];

    public ArticleFolder()
    {
        Directory.CreateDirectory(ArticlesPath);
        File.Copy(Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"), Path.Combine(ArticlesPath, "deepseek-liang-wenfeng.md"));
        File.Copy(RepoPaths.InRepo("tests", "fixtures", "articles", "harbor-bridge.md"), Path.Combine(ArticlesPath, "harbor-bridge.md"));
    }

    public string ArticlesPath => Path.Combine(_root, "articles");

    public string IndexPath => Path.Combine(_root, "index");

    /// <summary>A folder beside the articles folder, outside it: what a link in the articles must never reach.</summary>
    public string OutsidePath => Path.Combine(_root, "outside");

    /// <summary>A new index owner over the folder, as a restarted bot would make.</summary>
    /// <param name="logs">Where its log goes (nowhere when null).</param>
    /// <param name="configure">Changes to the settings it is given.</param>
    public ArticleIndex OpenIndex(bool memoryMapped = true, CapturedLogs? logs = null, Action<IndexOptions>? configure = null)
    {
        var settings = new IndexOptions { ArticlesPath = ArticlesPath, IndexPath = IndexPath, WatchForChanges = false, MemoryMapped = memoryMapped };
        configure?.Invoke(settings);
        var index = new ArticleIndex(
            Options.Create(settings),
            logs is null ? NullLogger<ArticleIndex>.Instance : logs.For<ArticleIndex>(),
            TimeProvider.System);
        _indexes.Add(index);
        return index;
    }

    public static QuestionAnswerer Answerer(ArticleIndex index) => new(
        index,
        Options.Create(new AnsweringOptions { SynonymsPath = RepoPaths.InRepo("index", "synonyms.txt") }),
        NullLogger<QuestionAnswerer>.Instance);

    /// <summary>Every file under the articles folder with its SHA-256.</summary>
    public IReadOnlyDictionary<string, string> Hashes() =>
        Directory.EnumerateFiles(ArticlesPath, "*", SearchOption.AllDirectories)
            .ToDictionary(path => path, path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));

    /// <summary>Makes every build fail at its end, as a disk that is full there would: the manifest is written last,
    /// through a temporary file, and a folder in that file's place cannot be written. Delete the returned folder to
    /// let builds succeed again.</summary>
    public string BlockIndexWrites() => Directory.CreateDirectory(Path.Combine(IndexPath, IndexManifest.FileName + ".tmp")).FullName;

    /// <summary>Adds a short third article (<c>river</c>), so the next build has something new to write.</summary>
    public string AddRiverArticle()
    {
        var path = Path.Combine(ArticlesPath, "river.txt");
        File.WriteAllText(path, "The river Wendle rose by two metres overnight.\n");
        return path;
    }

    /// <summary>A folder watcher over <paramref name="index"/> that only retries stale builds (every 30 s of <paramref name="time"/>).</summary>
    public ArticleFolderWatcher StaleRetryWatcher(ArticleIndex index, TimeProvider time) => new(
        index,
        Options.Create(new IndexOptions { ArticlesPath = ArticlesPath, IndexPath = IndexPath, WatchForChanges = false, StaleRetry = TimeSpan.FromSeconds(30) }),
        NullLogger<ArticleFolderWatcher>.Instance,
        time);

    /// <summary>An article of <paramref name="lines"/> lines of about 180 bytes each, made of ten words at random.</summary>
    public static void WriteGeneratedArticle(string path, int lines, int seed)
    {
        var random = new Random(seed);
        string[] words = ["harbour", "council", "bridge", "ferry", "pier", "timber", "repair", "vote", "mayor", "river"];
        using var writer = new StreamWriter(path);
        for (var i = 0; i < lines; i++)
        {
            writer.WriteLine(string.Join(' ', Enumerable.Range(0, 25).Select(_ => words[random.Next(words.Length)])) + $" number {i}, said Mayor Ann Holt.");
        }
    }

    public string CurrentGeneration() =>
        Directory.EnumerateDirectories(IndexPath, "gen-*").Single();

    public void Dispose()
    {
        foreach (var index in _indexes)
        {
            index.Dispose();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A reader closing on another thread; the OS cleans temp folders.
        }
    }
}
