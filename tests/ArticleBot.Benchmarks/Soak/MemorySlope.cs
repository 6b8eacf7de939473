using System.Globalization;

namespace ArticleBot.Benchmarks.Soak;

/// <summary>Resident-memory samples over time and the least-squares slope of those after the warm-up, in MB per
/// 10 minutes: one number that says whether memory is flat, robust to the saw-tooth of garbage collections. Each
/// sample also has the collector's committed memory (from the bot's <c>/metrics</c>), so growth can be told apart:
/// managed (the committed size grows) or native (RssAnon less the committed size grows: the model, SQLite).</summary>
internal sealed class MemorySlope(TimeSpan warmUp)
{
    private readonly List<MemorySample> _samples = [];

    public int Count => _samples.Count;

    public void Add(MemorySample sample) => _samples.Add(sample);

    public IReadOnlyList<MemorySample> AfterWarmUp =>
        _samples.Where(sample => sample.Minutes >= warmUp.TotalMinutes).ToList();

    /// <summary>MB per 10 minutes of a value after the warm-up; NaN with fewer than three samples.</summary>
    public double SlopePerTenMinutes(Func<MemorySample, double?> value) => Slope(AfterWarmUp, value);

    private static double Slope(IReadOnlyList<MemorySample> samples, Func<MemorySample, double?> value)
    {
        var points = samples.Where(sample => value(sample) is not null).Select(sample => (X: sample.Minutes, Y: value(sample)!.Value)).ToList();
        if (points.Count < 3)
        {
            return double.NaN;
        }

        var meanX = points.Average(point => point.X);
        var meanY = points.Average(point => point.Y);
        var covariance = points.Sum(point => (point.X - meanX) * (point.Y - meanY));
        var variance = points.Sum(point => (point.X - meanX) * (point.X - meanX));
        return covariance / variance * 10;
    }

    /// <summary>The first and last samples after the warm-up and the slopes, for the log of a run.</summary>
    public string Summary()
    {
        var after = AfterWarmUp;
        if (after.Count == 0)
        {
            return "no samples after the warm-up";
        }

        var first = after[0];
        var last = after[^1];
        return string.Create(CultureInfo.InvariantCulture,
            $"RssAnon after warm-up: {first.RssAnon:F1} MB at {first.Minutes:F1} min → {last.RssAnon:F1} MB at {last.Minutes:F1} min " +
            $"(min {after.Min(s => s.RssAnon):F1}, max {after.Max(s => s.RssAnon):F1}); VmRSS {first.VmRss:F1} → {last.VmRss:F1} MB; " +
            $"GC committed {first.GcCommitted:F1} → {last.GcCommitted:F1} MB; " +
            $"slope RssAnon {SlopePerTenMinutes(s => s.RssAnon):+0.00;-0.00} MB/10 min, VmRSS {SlopePerTenMinutes(s => s.VmRss):+0.00;-0.00}, " +
            $"GC committed {SlopePerTenMinutes(s => s.GcCommitted):+0.00;-0.00}, native (RssAnon − GC committed) {SlopePerTenMinutes(s => s.Native):+0.00;-0.00} over {after.Count} samples; " +
            $"second half alone: RssAnon {Slope(after.Skip(after.Count / 2).ToList(), s => s.RssAnon):+0.00;-0.00} MB/10 min");
    }
}

/// <param name="GcCommitted">The collector's committed memory after its last collection, MB; null when the bot's
/// <c>/metrics</c> did not answer.</param>
internal sealed record MemorySample(double Minutes, double RssAnon, double VmRss, double? GcCommitted)
{
    public double? Native => RssAnon - GcCommitted;
}
