using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>A build killed mid-way leaves its <c>gen-*</c> folder behind (issue 14: 17 folders, 29 MB after 20 kills);
/// only complete generations, the one serving and the one the manifest names, may stay.</summary>
public sealed class PartialGenerationTests : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_partial_generation_left_by_a_killed_build_is_removed_at_start_and_the_complete_one_stays()
    {
        using (var first = _folder.OpenIndex())
        {
            first.EnsureCurrent();
        }

        var complete = _folder.CurrentGeneration();
        var partial = Path.Combine(_folder.IndexPath, "gen-20000101000000000-0badc0de");
        Directory.CreateDirectory(partial);
        File.WriteAllBytes(Path.Combine(partial, "_0.fdt"), new byte[4096]);

        using var index = _folder.OpenIndex();
        var result = index.EnsureCurrent();

        Assert.False(result.Rebuilt);
        Assert.False(Directory.Exists(partial));
        Assert.Equal(complete, _folder.CurrentGeneration());
        Assert.True(ArticleFolder.Answerer(index).Answer(new ChatQuestion("Who is the founder of DeepSeek?")).Answered);
    }

    [Fact]
    public void A_build_that_fails_removes_its_own_generation_and_the_one_serving_stays()
    {
        using var index = _folder.OpenIndex();
        index.EnsureCurrent();
        var serving = _folder.CurrentGeneration();
        // The manifest is written last, through a temporary file: a folder in its place fails the build after the
        // whole new generation has been written, as a disk that fills at the end of a build would.
        Directory.CreateDirectory(Path.Combine(_folder.IndexPath, "manifest.json.tmp"));
        File.WriteAllText(Path.Combine(_folder.ArticlesPath, "river.txt"), "The river rose by two metres overnight.\n");

        Record.Exception(() => index.EnsureCurrent());

        Assert.Equal([serving], Directory.EnumerateDirectories(_folder.IndexPath, "gen-*"));
        Assert.True(ArticleFolder.Answerer(index).Answer(new ChatQuestion("Who is the founder of DeepSeek?")).Answered);
    }

    [Fact]
    public void A_generation_another_writer_holds_open_is_left_alone_until_it_is_closed()
    {
        using var index = _folder.OpenIndex();
        index.EnsureCurrent();
        // Another process on the same index folder (`articlebot index` while the bot serves) writing a generation.
        var other = Path.Combine(_folder.IndexPath, "gen-20990101000000000-0ther000");
        var directory = Lucene.Net.Store.FSDirectory.Open(other);
        var writer = new Lucene.Net.Index.IndexWriter(directory, ArticleBot.Core.Indexing.IndexGeneration.WriterConfig());

        index.EnsureCurrent();
        var keptWhileOpen = Directory.Exists(other);
        writer.Dispose();
        directory.Dispose();
        index.EnsureCurrent();

        Assert.True(keptWhileOpen);
        Assert.False(Directory.Exists(other));
    }
}
