namespace ArticleBot.Discord.Gateway;

/// <summary>Discord allows <c>max_concurrency</c> IDENTIFYs per 5 s, shards bucketed by <c>shard_id % max_concurrency</c>
/// (fact sheet 1.5). Every IDENTIFY of this process waits its turn here; RESUMEs do not.</summary>
internal sealed class IdentifyGate(int maxConcurrency, TimeSpan spacing, TimeProvider time)
{
    private readonly Bucket[] _buckets = Enumerable.Range(0, Math.Max(1, maxConcurrency)).Select(_ => new Bucket()).ToArray();

    public async Task WaitTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        var bucket = _buckets[shardId % _buckets.Length];
        await bucket.Lock.WaitAsync(cancellationToken);
        try
        {
            var wait = bucket.Last + spacing - time.GetUtcNow();
            if (bucket.Last != default && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            bucket.Last = time.GetUtcNow();
        }
        finally
        {
            bucket.Lock.Release();
        }
    }

    private sealed class Bucket
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset Last { get; set; }
    }
}
