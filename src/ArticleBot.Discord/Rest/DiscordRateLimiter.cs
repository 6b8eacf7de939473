using System.Collections.Concurrent;
using System.Globalization;

namespace ArticleBot.Discord.Rest;

/// <summary>
/// Discord's rate limits as its headers describe them (https://discord.com/developers/docs/topics/rate-limits):
/// buckets are learnt from <c>X-RateLimit-Bucket</c> (never hard-coded), a bucket with <c>Remaining == 0</c> waits
/// for <c>Reset-After</c>, a 429 waits <c>retry_after</c>, and a global 429 pauses every route except the
/// interaction routes, which the global limit does not cover.
/// </summary>
internal sealed class DiscordRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _routeGates = new();
    private readonly ConcurrentDictionary<string, string> _bucketOfTemplate = new();
    private readonly ConcurrentDictionary<string, BucketState> _buckets = new();
    private long _globalUntilTicks;

    /// <summary>Waits until the route may be called; dispose the result once its response headers were applied.
    /// One request per route is in flight at a time, so each answer's headers decide the next request.</summary>
    public async Task<IDisposable> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        var gate = _routeGates.GetOrAdd(route.Key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                var wait = TimeSpan.Zero;
                if (!route.ExemptFromGlobal)
                {
                    var globalUntil = new DateTimeOffset(Interlocked.Read(ref _globalUntilTicks), TimeSpan.Zero);
                    wait = globalUntil - now;
                }

                if (_buckets.TryGetValue(BucketKey(route), out var bucket) && bucket.Remaining <= 0 && bucket.ResetAt > now)
                {
                    wait = TimeSpan.FromTicks(Math.Max(wait.Ticks, (bucket.ResetAt - now).Ticks));
                }

                if (wait <= TimeSpan.Zero)
                {
                    return new Releaser(gate);
                }

                await Task.Delay(wait, time, cancellationToken);
            }
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    public void Update(DiscordRoute route, HttpResponseMessage response)
    {
        if (Header(response, "X-RateLimit-Bucket") is { } bucketHash)
        {
            _bucketOfTemplate[route.Template] = bucketHash;
        }

        if (Number(response, "X-RateLimit-Remaining") is { } remaining &&
            Number(response, "X-RateLimit-Reset-After") is { } resetAfter)
        {
            _buckets[BucketKey(route)] = new BucketState((int)remaining, time.GetUtcNow().AddSeconds(resetAfter));
        }
    }

    public void OnRateLimited(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            Interlocked.Exchange(ref _globalUntilTicks, until.UtcTicks);
        }
        else
        {
            _buckets[BucketKey(route)] = new BucketState(0, until);
        }
    }

    private string BucketKey(DiscordRoute route) =>
        $"{_bucketOfTemplate.GetValueOrDefault(route.Template, route.Template)}|{route.Major}";

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseMessage response, string name) =>
        Header(response, name) is { } text &&
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private sealed record BucketState(int Remaining, DateTimeOffset ResetAt);

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
