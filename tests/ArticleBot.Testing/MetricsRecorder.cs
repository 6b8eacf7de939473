using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ArticleBot.Testing;

/// <summary>An <see cref="IMeterFactory"/> whose meters are private to one test, and a <see cref="MeterListener"/>
/// that records what they measure; other tests running in parallel on a meter of the same name are not seen.</summary>
public sealed class MetricsRecorder : IMeterFactory
{
    private readonly ConcurrentBag<Meter> _meters = [];
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly MeterListener _listener = new();

    public MetricsRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (_meters.Contains(instrument.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        _meters.Add(meter);
        return meter;
    }

    /// <summary>The values recorded by <paramref name="instrument"/> whose tags include all of <paramref name="tags"/>.</summary>
    public IReadOnlyList<double> Values(string instrument, params (string Key, string Value)[] tags) =>
        _measurements
            .Where(m => m.Instrument == instrument && tags.All(tag => Equals(m.Tags.GetValueOrDefault(tag.Key), tag.Value)))
            .Select(m => m.Value)
            .ToList();

    public double Total(string instrument, params (string Key, string Value)[] tags) => Values(instrument, tags).Sum();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value)));

    public void Dispose()
    {
        _listener.Dispose();
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }
}
