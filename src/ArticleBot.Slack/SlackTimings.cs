namespace ArticleBot.Slack;

/// <summary>
/// Delays the client waits for. Not settings a deployment should change; tests shorten them so that reconnects
/// and redeliveries take milliseconds.
/// </summary>
internal sealed record SlackTimings
{
    public static SlackTimings Default { get; } = new();

    /// <summary>First reconnect delay after a dropped socket or a transient Web API fault; doubles each time.</summary>
    public TimeSpan MinBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the socket pings; Slack's own pings arrive every few seconds, so silence this long means a dead link.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Retry-After to assume when a 429 comes without the header.</summary>
    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per Web API call for transient faults (429s are not counted against it up to <see cref="MaxRateLimitWaits"/>).</summary>
    public int MaxAttempts { get; init; } = 5;

    public int MaxRateLimitWaits { get; init; } = 10;

    /// <summary>Answers handled at once; answering is fast, so a few workers hide Web API latency.</summary>
    public int Workers { get; init; } = 4;

    /// <summary>How long a stopping bot keeps answering what it already acknowledged; shorter than the host's
    /// ShutdownTimeout so the process still exits in bounded time.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
