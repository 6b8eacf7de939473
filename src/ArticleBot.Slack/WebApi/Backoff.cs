namespace ArticleBot.Slack.WebApi;

/// <summary>Exponential backoff with jitter, so many clients that failed together do not retry together.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, SlackTimings timings)
    {
        var exponential = timings.MinBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        var capped = Math.Min(exponential, timings.MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}
