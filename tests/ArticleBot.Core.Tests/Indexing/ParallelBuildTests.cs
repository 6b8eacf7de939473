using ArticleBot.Core.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>Articles are parsed on a thread of their own ahead of the writer: the index must still come out as a
/// loop over the files in order would write it.</summary>
public sealed class ParallelBuildTests : IDisposable
{
    private const int ArticleCount = 120; // several times the parser's lookahead

    private readonly string _root = Directory.CreateTempSubdirectory("articlebot-parallel-build-").FullName;

    private string Articles => Path.Combine(_root, "articles");

    public ParallelBuildTests()
    {
        Directory.CreateDirectory(Articles);
        for (var i = 0; i < ArticleCount; i++)
        {
            File.WriteAllText(Path.Combine(Articles, $"n{i:D3}.md"), $"""
                ---
                title: Article {i}
                ---

                The council met on day {i} to discuss the harbour bridge.

                “We have no choice but to close it for repairs,” Maria Okafor said.

                Paragraph three of article {i} mentions ferries.
                """);
        }

        File.WriteAllText(Path.Combine(Articles, "n005.txt"), "Same id as n005.md, so it is skipped.");
        File.WriteAllText(Path.Combine(Articles, "n007b.md"), "---\ntitle: Empty\n---\n\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Documents_are_written_in_file_order_with_skips_reported_in_file_order()
    {
        using var index = Open();
        var progress = new RecordingProgress();

        var result = index.EnsureCurrent(progress, forceRebuild: true);

        Assert.Equal(ArticleCount, result.Articles);
        Assert.Equal(ArticleCount * 3, result.Paragraphs);
        Assert.Collection(
            result.Skipped,
            first => Assert.Contains("n005.txt", first, StringComparison.Ordinal),
            second => Assert.Contains("n007b.md", second, StringComparison.Ordinal));

        using var lease = index.Acquire();
        var reader = lease.Generation.Searcher.IndexReader;
        var ids = Enumerable.Range(0, reader.MaxDoc).Select(doc => reader.Document(doc).Get(IndexFields.Id)).ToList();
        var expected = Enumerable.Range(0, ArticleCount)
            .SelectMany(i => new[] { $"n{i:D3}", $"n{i:D3}#1", $"n{i:D3}#2", $"n{i:D3}#3", $"n{i:D3}#2#q1" })
            .ToList();
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Progress_counts_every_file_once_in_order()
    {
        using var index = Open();
        var progress = new RecordingProgress();

        index.EnsureCurrent(progress, forceRebuild: true);

        var files = ArticleCount + 2;
        Assert.Equal(Enumerable.Range(1, files), progress.Reports.Select(report => report.FilesDone));
        Assert.All(progress.Reports, report => Assert.Equal(files, report.FilesTotal));
        Assert.Equal(ArticleCount * 3, progress.Reports[^1].Paragraphs);
    }

    [Fact]
    public void Quotations_keep_their_speakers_and_paragraph_numbers()
    {
        using var index = Open();
        index.EnsureCurrent(forceRebuild: true);

        using var lease = index.Acquire();
        var quotes = lease.Generation.Quotes;
        Assert.Equal(ArticleCount, quotes.Count);
        Assert.All(quotes, quote =>
        {
            Assert.Equal(2, quote.Paragraph);
            Assert.Equal("Maria Okafor", quote.Speaker);
        });
        Assert.Equal(Enumerable.Range(0, ArticleCount).Select(i => $"n{i:D3}"), quotes.Select(quote => quote.ArticleId));
    }

    private ArticleIndex Open() => new(
        Options.Create(new IndexOptions { ArticlesPath = Articles, IndexPath = Path.Combine(_root, "index"), WatchForChanges = false }),
        NullLogger<ArticleIndex>.Instance,
        TimeProvider.System);

    /// <summary>Records reports on the calling thread (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class RecordingProgress : IProgress<IndexProgress>
    {
        public List<IndexProgress> Reports { get; } = [];

        public void Report(IndexProgress value) => Reports.Add(value);
    }
}
