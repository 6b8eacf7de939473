using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;

namespace ArticleBot.Hosting;

/// <summary>Opens or builds the index and makes its paragraph vectors before the bot takes questions, then watches
/// the articles folder.</summary>
internal sealed partial class IndexStartupService(ArticleIndex index, ArticleFolderWatcher watcher, QuestionAnswerer answerer, ILogger<IndexStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The model loads while the index opens; then the paragraphs' vectors are made (or read from their cache),
        // so the first question is answered at full quality.
        var loadingModel = Task.Run(answerer.LoadModel, cancellationToken);
        var result = index.EnsureCurrent();
        await loadingModel.ConfigureAwait(false);
        answerer.WarmUp();
        LogReady(logger, result.Articles, result.Paragraphs, result.Stale ? "stale, last complete generation reused" : result.Rebuilt ? "built" : "reused", (long)result.Elapsed.TotalMilliseconds);
        watcher.Start();
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        watcher.Dispose();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index ready: {Articles} articles, {Paragraphs} paragraphs ({How} in {ElapsedMs} ms)")]
    private static partial void LogReady(ILogger logger, int articles, int paragraphs, string how, long elapsedMs);
}
