using System.Text.Json.Nodes;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Tests.CommandLine;

/// <summary>
/// A start reuses the recorded hash of an article whose length and modification time are unchanged, instead of
/// hashing every article again; these hold that a changed article is still always indexed again.
/// </summary>
public sealed class IndexReuseTests : IDisposable
{
    private const string Original = "The harbour bridge opened in 1932 after eight years of work.\n\nIt carries eight lanes.\n";
    private const string SameLength = "The harbour bridge opened in 1933 after seven years of work.\n\nIt carries eight lanes.\n";

    private readonly TempIndex _index = new();
    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-articles-").FullName;

    private string Article => Path.Combine(_articles, "bridge.md");

    private string Manifest => Path.Combine(_index.IndexPath, IndexManifest.FileName);

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_articles, recursive: true);
    }

    [Fact]
    public async Task An_untouched_article_and_one_touched_without_a_change_reuse_the_index()
    {
        File.WriteAllText(Article, Original);
        File.SetLastWriteTimeUtc(Article, DateTime.UtcNow.AddMinutes(-5));
        Assert.Contains("Built the index", await IndexAsync());

        Assert.Contains("The index is current", await IndexAsync());
        File.SetLastWriteTimeUtc(Article, DateTime.UtcNow.AddMinutes(-1));
        Assert.Contains("The index is current", await IndexAsync());
    }

    [Fact]
    public async Task An_article_rewritten_with_the_same_length_is_indexed_again()
    {
        File.WriteAllText(Article, Original);
        File.SetLastWriteTimeUtc(Article, DateTime.UtcNow.AddMinutes(-5));
        await IndexAsync();

        File.WriteAllText(Article, SameLength);

        Assert.Contains("Built the index", await IndexAsync());
        Assert.Contains("1933", await AskAsync());
    }

    [Fact]
    public async Task A_change_in_the_same_clock_tick_as_the_manifest_is_seen_though_length_and_time_match()
    {
        // A coarse file-system clock can give a file rewritten just after a build the same time it had when it
        // was hashed. Such a file is not older than the manifest, so it is hashed again.
        var tick = DateTime.UtcNow.AddMinutes(-5);
        File.WriteAllText(Article, Original);
        File.SetLastWriteTimeUtc(Article, tick);
        await IndexAsync();
        File.SetLastWriteTimeUtc(Manifest, tick);

        File.WriteAllText(Article, SameLength);
        File.SetLastWriteTimeUtc(Article, tick);

        Assert.Contains("Built the index", await IndexAsync());
        Assert.Contains("1933", await AskAsync());
    }

    [Fact]
    public async Task A_manifest_from_before_lengths_and_times_were_recorded_is_still_reused()
    {
        File.WriteAllText(Article, Original);
        await IndexAsync();
        var manifest = JsonNode.Parse(File.ReadAllText(Manifest))!;
        foreach (var source in manifest["sources"]!.AsArray())
        {
            Assert.NotNull(source!["length"]);
            source.AsObject().Remove("length");
            source.AsObject().Remove("modified");
        }

        File.WriteAllText(Manifest, manifest.ToJsonString());

        Assert.Contains("The index is current", await IndexAsync());
    }

    [Fact]
    public async Task An_index_command_that_cannot_write_the_new_index_fails_and_says_the_old_one_is_stale()
    {
        File.WriteAllText(Article, Original);
        Assert.Contains("Built the index", await IndexAsync());
        // The manifest is written last, through this temporary file: a folder in its place fails the build at its end.
        Directory.CreateDirectory(Manifest + ".tmp");
        File.WriteAllText(Article, SameLength + "A third paragraph.\n");

        var (exitCode, output, error) = await Cli.RunAsync(_index.Settings(_articles), "", "index");

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("The index is current", output);
        Assert.Contains("stale", error);
        Assert.Contains(_index.IndexPath, error);
    }

    private async Task<string> IndexAsync()
    {
        var (exitCode, output, error) = await Cli.RunAsync(_index.Settings(_articles), "", "index");
        Assert.True(exitCode == 0, error);
        return output;
    }

    private async Task<string> AskAsync() => (await Cli.RunAsync(_index.Settings(_articles), "", "ask", "When did the harbour bridge open?")).Output;
}
