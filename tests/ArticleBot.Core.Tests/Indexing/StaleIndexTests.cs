using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using ArticleBot.Core.Telemetry;
using ArticleBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>A full disk plus a restart was a full outage (issue 14): the previous complete index was on disk, but the
/// bot exited because the new one could not be written. A stale index beats no service: the last complete generation
/// serves, reported stale, and the build is retried; the bot stops only when there is no usable index at all.</summary>
public sealed class StaleIndexTests : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_restart_that_cannot_write_the_new_index_serves_the_last_complete_one_and_reports_it_stale()
    {
        using (var first = _folder.OpenIndex())
        {
            first.EnsureCurrent();
        }

        var complete = _folder.CurrentGeneration();
        _folder.BlockIndexWrites();
        _folder.AddRiverArticle();
        var logs = new CapturedLogs();

        using var index = _folder.OpenIndex(logs: logs);
        var result = index.EnsureCurrent();
        var answerer = ArticleFolder.Answerer(index);

        Assert.True(result.Stale);
        Assert.False(result.Rebuilt);
        Assert.True(index.IsReady);
        Assert.True(index.IsStale);
        Assert.Contains(_folder.IndexPath, index.StaleReason);
        Assert.Equal(2, result.Articles);
        Assert.Equal(2, answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?")).Results[0].Paragraph);
        Assert.False(answerer.Answer(new ChatQuestion("river 1", QuestionIntent.Source)).Answered);
        Assert.Equal([complete], Directory.EnumerateDirectories(_folder.IndexPath, "gen-*"));
        Assert.Contains(logs.Entries, entry => entry.StartsWith("Warning") && entry.Contains("stale") && entry.Contains(_folder.IndexPath));
    }

    [Fact]
    public void A_rebuild_that_cannot_be_written_while_serving_keeps_the_current_generation_and_the_next_good_build_clears_stale()
    {
        using var recorder = new MetricsRecorder();
        using var index = new ArticleIndex(
            Options.Create(new IndexOptions { ArticlesPath = _folder.ArticlesPath, IndexPath = _folder.IndexPath, WatchForChanges = false }),
            NullLogger<ArticleIndex>.Instance,
            TimeProvider.System,
            new ArticleBotMetrics(recorder));
        index.EnsureCurrent();
        var blocker = _folder.BlockIndexWrites();
        _folder.AddRiverArticle();

        var failed = index.EnsureCurrent();
        var staleGauge = recorder.Total("articlebot.index.stale");
        Directory.Delete(blocker);
        var healed = index.EnsureCurrent();

        Assert.True(failed.Stale);
        Assert.Equal(1, staleGauge);
        Assert.Equal(1, recorder.Total("articlebot.index.build_failures"));
        Assert.False(healed.Stale);
        Assert.True(healed.Rebuilt);
        Assert.False(index.IsStale);
        Assert.Null(index.StaleReason);
        Assert.Equal(0, recorder.Total("articlebot.index.stale"));
        Assert.True(ArticleFolder.Answerer(index).Answer(new ChatQuestion("river 1", QuestionIntent.Source)).Answered);
    }

    [Fact]
    public void With_no_complete_index_on_disk_a_build_that_cannot_be_written_still_stops_the_bot()
    {
        using (var first = _folder.OpenIndex())
        {
            first.EnsureCurrent();
        }

        Directory.Delete(_folder.CurrentGeneration(), recursive: true);
        _folder.BlockIndexWrites();

        using var index = _folder.OpenIndex();
        var exception = Assert.Throws<ArticleBotException>(() => index.EnsureCurrent());

        Assert.True(exception.IsFatal);
        Assert.Contains("ArticleBot:Index:IndexPath", exception.Message);
        Assert.False(index.IsReady);
    }

    [Fact]
    public void The_watcher_retries_a_stale_index_until_it_can_be_written()
    {
        var time = new FakeTimeProvider();
        using var index = _folder.OpenIndex();
        index.EnsureCurrent();
        var blocker = _folder.BlockIndexWrites();
        _folder.AddRiverArticle();
        using var watcher = _folder.StaleRetryWatcher(index, time);
        Assert.True(index.EnsureCurrent().Stale);

        watcher.Start();
        time.Advance(TimeSpan.FromSeconds(31));
        var stillStale = index.IsStale;
        Directory.Delete(blocker);
        time.Advance(TimeSpan.FromSeconds(31));

        Assert.True(stillStale);
        Assert.False(index.IsStale);
        Assert.True(ArticleFolder.Answerer(index).Answer(new ChatQuestion("river 1", QuestionIntent.Source)).Answered);
    }
}
