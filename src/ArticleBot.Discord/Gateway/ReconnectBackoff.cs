namespace ArticleBot.Discord.Gateway;

/// <summary>Exponential backoff with jitter between reconnects. The first reconnect after a healthy session is
/// immediate (op 7 and drops are routine); repeated failures wait longer, so a broken network or a bad deploy
/// never turns into an identify loop that burns the daily session budget.</summary>
internal sealed class ReconnectBackoff(TimeSpan initial, TimeSpan maximum, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    public int Failures { get; private set; }

    public TimeSpan Next()
    {
        var failures = Failures++;
        if (failures == 0)
        {
            return TimeSpan.Zero;
        }

        var exponential = initial.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = Math.Min(exponential, maximum.TotalMilliseconds);
        // Half fixed, half random: reconnecting shards and processes do not stampede together.
        return TimeSpan.FromMilliseconds(capped / 2 + capped / 2 * _random());
    }

    public void Reset() => Failures = 0;
}
