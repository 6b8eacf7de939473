using System.Runtime.CompilerServices;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>Issue 14's soak: every article edit builds a new generation, and the one it replaces has lived long
/// enough to be in the collector's oldest generation, which only a full collection empties. The server collector ran
/// none in 10 minutes of serving, so every retired generation stayed in memory (GC committed 45 → 87 MB while the
/// live heap was 12 → 17 MB). In the build-memory collection: a collection run by a test beside it would free the
/// generation by chance.</summary>
[Collection(nameof(BuildMemoryTests))]
public sealed class RetiredGenerationTests : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_rebuild_after_a_small_edit_frees_the_generation_it_replaced()
    {
        using var index = _folder.OpenIndex();
        index.EnsureCurrent();
        var replaced = AgedGeneration(index);
        Assert.Equal(GC.MaxGeneration, GC.GetGeneration(replaced));

        File.AppendAllText(Path.Combine(_folder.ArticlesPath, "harbor-bridge.md"), "\nThe ferry now also runs on Sundays.\n");
        var built = index.EnsureCurrent();

        Assert.True(built.Rebuilt);
        Assert.False(replaced.IsAlive, "the replaced generation is still in memory after the rebuild");
    }

    /// <summary>The collection that frees it must not stop answering: a blocking full collection paused the bot for
    /// 65–1,462 ms after each edit of a 100,000-paragraph index (BENCHMARKS.md, "Soak"). Over 4 MB of articles, as
    /// such an index has, a small edit was followed by an aggressive (blocking, compacting) one.</summary>
    [Fact]
    public void A_small_edit_of_a_large_index_frees_the_generation_it_replaced_without_a_blocking_full_collection()
    {
        for (var article = 0; article < 25; article++)
        {
            ArticleFolder.WriteGeneratedArticle(Path.Combine(_folder.ArticlesPath, $"large-{article}.txt"), 1_000, seed: article);
        }

        using var index = _folder.OpenIndex();
        index.EnsureCurrent();
        var replaced = AgedGeneration(index);
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;

        File.AppendAllText(Path.Combine(_folder.ArticlesPath, "harbor-bridge.md"), "\nThe ferry now also runs on Sundays.\n");
        var built = index.EnsureCurrent();

        Assert.True(built.Rebuilt);
        Assert.False(replaced.IsAlive, "the replaced generation is still in memory after the rebuild");
        Assert.Equal(blocking, GC.GetGCMemoryInfo(GCKind.FullBlocking).Index);
    }

    /// <summary>The generation serving, aged as after a minute of serving: old enough for the oldest generation.</summary>
    private static WeakReference AgedGeneration(ArticleIndex index)
    {
        var generation = CurrentGeneration(index);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return generation;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CurrentGeneration(ArticleIndex index)
    {
        using var lease = index.Acquire();
        return new WeakReference(lease.Generation);
    }
}
