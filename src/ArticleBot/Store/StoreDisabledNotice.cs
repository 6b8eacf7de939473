namespace ArticleBot.Store;

/// <summary>Says once, at start, that the store is off, so an operator who finds no reports knows why.</summary>
internal sealed partial class StoreDisabledNotice(ILogger<StoreDisabledNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogDisabled(logger, StoreOptions.Section);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store disabled ({Section}:Enabled is false): no questions or feedback are kept")]
    private static partial void LogDisabled(ILogger logger, string section);
}
