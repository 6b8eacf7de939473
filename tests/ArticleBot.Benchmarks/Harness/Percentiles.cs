using System.Diagnostics;
using System.Globalization;

namespace ArticleBot.Benchmarks.Harness;

/// <summary>Latencies of one series, in milliseconds, summarised the way BENCHMARKS.md quotes them.</summary>
internal sealed class Percentiles(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public void Add(long startTimestamp, long endTimestamp) =>
        _milliseconds.Add((endTimestamp - startTimestamp) * 1000.0 / Stopwatch.Frequency);

    public double At(double percentile)
    {
        var sorted = _milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    public double Mean => _milliseconds.Count == 0 ? double.NaN : _milliseconds.Average();

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name,-28} | {Count,7} | {At(50),9:F3} | {At(90),9:F3} | {At(99),9:F3} | {At(100),9:F3} | {Mean,9:F3} |");

    public static string Header =>
        "| series                       |       n |  p50 (ms) |  p90 (ms) |  p99 (ms) |  max (ms) | mean (ms) |\n" +
        "|------------------------------|--------:|----------:|----------:|----------:|----------:|----------:|";
}
