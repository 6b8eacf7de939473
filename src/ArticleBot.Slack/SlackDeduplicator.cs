using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ArticleBot.Slack;

/// <summary>
/// Remembers what was already handled for a while (<see cref="SlackOptions.DedupeWindow"/>). Slack redelivers an event with the same <c>event_id</c> (HTTP
/// retries, unacknowledged Socket Mode envelopes), and a mention in a thread the bot follows arrives twice, as
/// <c>app_mention</c> and as <c>message</c>, with the same channel and ts.
/// </summary>
internal sealed class SlackDeduplicator(TimeProvider time, IOptions<SlackOptions> options)
{
    private readonly TimeSpan _window = options.Value.DedupeWindow;
    private const int SweepEvery = 256;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private int _calls;

    /// <summary>True the first time a key is seen within the window.</summary>
    public bool TryFirstSeen(string key)
    {
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _calls) % SweepEvery == 0)
        {
            foreach (var (seenKey, at) in _seen)
            {
                if (now - at > _window)
                {
                    _seen.TryRemove(seenKey, out _);
                }
            }
        }

        var added = false;
        _seen.AddOrUpdate(
            key,
            _ => { added = true; return now; },
            (_, at) =>
            {
                if (now - at <= _window)
                {
                    return at;
                }

                added = true;
                return now;
            });
        return added;
    }
}
