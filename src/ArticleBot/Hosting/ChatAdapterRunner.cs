using ArticleBot.Core;
using ArticleBot.Core.Chat;

namespace ArticleBot.Hosting;

/// <summary>
/// Runs every enabled chat adapter. Adapters retry transient faults themselves; a fatal fault (a rejected token,
/// a disallowed intent) stops the whole bot with the adapter's message, rather than leaving it up and deaf.
/// </summary>
internal sealed partial class ChatAdapterRunner(IEnumerable<IChatAdapter> adapters, IHostApplicationLifetime lifetime, ILogger<ChatAdapterRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Adapters start once the host has: an adapter that fails at once (a half-configured Slack) would otherwise
        // stop the application while the host is still starting, and the host turns that into an
        // OperationCanceledException out of RunAsync instead of a clean stop with exit code 1.
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }

        await Task.WhenAll(adapters.Select(adapter => RunAsync(adapter, stoppingToken)));
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RunAsync(IChatAdapter adapter, CancellationToken stoppingToken)
    {
        try
        {
            LogStarting(logger, adapter.Platform);
            await adapter.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (ArticleBotException exception) when (exception.IsFatal)
        {
            LogFatal(logger, adapter.Platform, exception.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting the {Platform} adapter")]
    private static partial void LogStarting(ILogger logger, string platform);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {Platform} adapter cannot continue: {Reason}")]
    private static partial void LogFatal(ILogger logger, string platform, string reason);
}
