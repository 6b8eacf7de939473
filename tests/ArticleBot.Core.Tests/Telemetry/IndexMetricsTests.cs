using ArticleBot.Testing;
using ArticleBot.Core.Indexing;
using ArticleBot.Core.Telemetry;
using ArticleBot.Core.Tests.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Tests.Telemetry;

public sealed class IndexMetricsTests
{
    [Fact]
    public void Each_index_generation_built_counts_as_a_rebuild_and_reusing_the_index_does_not()
    {
        using var folder = new ArticleFolder();
        using var recorder = new MetricsRecorder();
        using var index = new ArticleIndex(
            Options.Create(new IndexOptions { ArticlesPath = folder.ArticlesPath, IndexPath = folder.IndexPath, WatchForChanges = false }),
            NullLogger<ArticleIndex>.Instance,
            TimeProvider.System,
            new ArticleBotMetrics(recorder));

        index.EnsureCurrent();
        var afterFirstBuild = recorder.Total("articlebot.index.rebuilds");
        index.EnsureCurrent();
        var afterReuse = recorder.Total("articlebot.index.rebuilds");
        index.EnsureCurrent(forceRebuild: true);

        Assert.Equal(1, afterFirstBuild);
        Assert.Equal(1, afterReuse);
        Assert.Equal(2, recorder.Total("articlebot.index.rebuilds"));
    }
}
