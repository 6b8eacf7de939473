using System.Globalization;

namespace ArticleBot.Benchmarks.Soak;

/// <summary>Resident-memory samples over time and the least-squares slope of those after the warm-up, in MB per
/// 10 minutes: one number that says whether memory is flat, robust to the saw-tooth of garbage collections.</summary>
internal sealed class MemorySlope(TimeSpan warmUp)
{
    private readonly List<(double Minutes, double RssAnon, double VmRss)> _samples = [];

    public int Count => _samples.Count;

    public void Add(TimeSpan at, double rssAnon, double vmRss) => _samples.Add((at.TotalMinutes, rssAnon, vmRss));

    public IReadOnlyList<(double Minutes, double RssAnon, double VmRss)> AfterWarmUp =>
        _samples.Where(sample => sample.Minutes >= warmUp.TotalMinutes).ToList();

    /// <summary>MB per 10 minutes of RssAnon after the warm-up; NaN with fewer than three samples.</summary>
    public double SlopePerTenMinutes(Func<(double Minutes, double RssAnon, double VmRss), double> value) =>
        Slope(AfterWarmUp, value);

    private static double Slope(IReadOnlyList<(double Minutes, double RssAnon, double VmRss)> points, Func<(double Minutes, double RssAnon, double VmRss), double> value)
    {
        if (points.Count < 3)
        {
            return double.NaN;
        }

        var meanX = points.Average(point => point.Minutes);
        var meanY = points.Average(value);
        var covariance = points.Sum(point => (point.Minutes - meanX) * (value(point) - meanY));
        var variance = points.Sum(point => (point.Minutes - meanX) * (point.Minutes - meanX));
        return covariance / variance * 10;
    }

    /// <summary>One line per minute mark (the sample nearest each whole minute), for the log of a run.</summary>
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
            $"slope RssAnon {SlopePerTenMinutes(s => s.RssAnon):+0.00;-0.00} MB/10 min, VmRSS {SlopePerTenMinutes(s => s.VmRss):+0.00;-0.00} MB/10 min over {after.Count} samples; " +
            $"second half alone {Slope(after.Skip(after.Count / 2).ToList(), s => s.RssAnon):+0.00;-0.00} MB/10 min");
    }
}
