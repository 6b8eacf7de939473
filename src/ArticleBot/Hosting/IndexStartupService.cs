using ArticleBot.Core.Indexing;

namespace ArticleBot.Hosting;

/// <summary>Opens or builds the index before the bot takes questions, then watches the articles folder.</summary>
internal sealed partial class IndexStartupService(ArticleIndex index, ArticleFolderWatcher watcher, ILogger<IndexStartupService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var result = index.EnsureCurrent();
        LogReady(logger, result.Articles, result.Paragraphs, result.Stale ? "stale, last complete generation reused" : result.Rebuilt ? "built" : "reused", (long)result.Elapsed.TotalMilliseconds);
        watcher.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        watcher.Dispose();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index ready: {Articles} articles, {Paragraphs} paragraphs ({How} in {ElapsedMs} ms)")]
    private static partial void LogReady(ILogger logger, int articles, int paragraphs, string how, long elapsedMs);
}
