using ArticleBot.Core;
using ArticleBot.Core.Chat;

namespace ArticleBot.Hosting;

/// <summary>
/// Runs every enabled chat adapter. Adapters retry transient faults themselves; a fatal fault (a rejected token,
/// a disallowed intent) stops the whole bot with the adapter's message, rather than leaving it up and deaf.
/// </summary>
internal sealed partial class ChatAdapterRunner(IEnumerable<IChatAdapter> adapters, IHostApplicationLifetime lifetime, ILogger<ChatAdapterRunner> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(adapters.Select(adapter => RunAsync(adapter, stoppingToken)));

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
