namespace ArticleBot.Discord.Gateway;

/// <summary>Delays of the gateway client; tests shorten them.</summary>
internal sealed record GatewayTimings(
    TimeSpan ReconnectInitialDelay,
    TimeSpan ReconnectMaxDelay,
    TimeSpan IdentifySpacing)
{
    /// <summary>Identify spacing is Discord's: max_concurrency IDENTIFYs per 5 s.</summary>
    public static GatewayTimings Default { get; } = new(
        TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(60),
        TimeSpan.FromSeconds(5));
}
