using System.Collections.Concurrent;

namespace ArticleBot.Slack.WebApi;

/// <summary>
/// Slack rate-limits per method (per workspace, per app): after a 429 every caller of that method waits out its
/// Retry-After, while other methods carry on.
/// </summary>
internal sealed class SlackRateLimitGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _notBefore = new(StringComparer.Ordinal);

    public async Task WaitAsync(string method, CancellationToken cancellationToken)
    {
        while (_notBefore.TryGetValue(method, out var notBefore))
        {
            var wait = notBefore - time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public void Block(string method, TimeSpan retryAfter)
    {
        var until = time.GetUtcNow() + retryAfter;
        _notBefore.AddOrUpdate(method, until, (_, existing) => existing > until ? existing : until);
    }
}
