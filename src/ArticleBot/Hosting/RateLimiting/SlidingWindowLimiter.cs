namespace ArticleBot.Hosting.RateLimiting;

/// <summary>
/// Counts events per key in a sliding window: a key may have at most <c>limit</c> events in any <c>window</c>.
/// Exact rather than approximate (a queue of times per key) because limits are small; keys that have been quiet for
/// a whole window are dropped so that memory follows the number of active users, not all users ever seen.
/// </summary>
internal sealed class SlidingWindowLimiter(int limit, TimeSpan window)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _events = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep;

    public int ActiveKeys => _events.Count;

    /// <summary>Time to wait before <paramref name="key"/> may act again at <paramref name="now"/>, or zero.
    /// Call <see cref="Record"/> once every limiter involved has allowed the event. <paramref name="limitOverride"/>
    /// replaces the limit for this key (a channel's own setting).</summary>
    public TimeSpan RetryAfter(string key, DateTimeOffset now, int? limitOverride = null)
    {
        Sweep(now);
        if (!_events.TryGetValue(key, out var times))
        {
            return TimeSpan.Zero;
        }

        while (times.Count > 0 && times.Peek() <= now - window)
        {
            times.Dequeue();
        }

        var allowed = limitOverride ?? limit;
        if (times.Count < allowed)
        {
            return TimeSpan.Zero;
        }

        // With a lower override than the queue holds, the oldest event that still counts is the one to wait out.
        return times.ElementAt(times.Count - allowed) + window - now;
    }

    public void Record(string key, DateTimeOffset now)
    {
        if (!_events.TryGetValue(key, out var times))
        {
            _events[key] = times = new Queue<DateTimeOffset>();
        }

        times.Enqueue(now);
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + window;
        foreach (var (key, times) in _events)
        {
            if (times.Count == 0 || times.Last() <= now - window)
            {
                _events.Remove(key);
            }
        }
    }
}
