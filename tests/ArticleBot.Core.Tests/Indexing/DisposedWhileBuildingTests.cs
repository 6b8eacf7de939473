using ArticleBot.Core.Indexing;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>A host stopping while the folder watcher's retry was building took the whole test host down once in CI
/// (the build released a lock that Dispose had already disposed, on a timer thread, where nothing catches it).
/// Stopping mid-build must end the build quietly and leave nothing open.</summary>
public sealed class DisposedWhileBuildingTests : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_index_disposed_in_the_middle_of_a_build_lets_the_build_finish_and_serves_nothing_after()
    {
        var index = _folder.OpenIndex();
        var disposeMidway = new SynchronousProgress(_ => index.Dispose());

        var result = index.EnsureCurrent(disposeMidway);

        Assert.True(result.Rebuilt);
        Assert.True(index.IsDisposed);
        Assert.False(index.IsReady);
        Assert.Throws<ObjectDisposedException>(() => index.Acquire());
        Assert.Throws<ObjectDisposedException>(() => index.EnsureCurrent());
    }

    [Fact]
    public void A_watcher_retry_that_fires_after_the_index_was_disposed_does_not_throw_on_the_timer_thread()
    {
        var time = new FakeTimeProvider();
        var index = _folder.OpenIndex();
        index.EnsureCurrent();
        var blocker = _folder.BlockIndexWrites();
        _folder.AddRiverArticle();
        Assert.True(index.EnsureCurrent().Stale);
        using var watcher = _folder.StaleRetryWatcher(index, time);
        watcher.Start();
        Directory.Delete(blocker);

        index.Dispose();
        // FakeTimeProvider runs the retry inline: an exception escaping it would fail this call.
        time.Advance(TimeSpan.FromSeconds(31));

        Assert.False(index.IsReady);
        Assert.Empty(Directory.EnumerateFiles(_folder.IndexPath, IndexManifest.FileName + ".tmp"));
    }

    private sealed class SynchronousProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
