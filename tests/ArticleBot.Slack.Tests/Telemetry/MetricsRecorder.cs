using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ArticleBot.Slack.Tests.Telemetry;

/// <summary>An <see cref="IMeterFactory"/> whose meters are private to one test, and a <see cref="MeterListener"/>
/// that records what they measure; other tests running in parallel on a meter of the same name are not seen.</summary>
internal sealed class MetricsRecorder : IMeterFactory
{
    private readonly ConcurrentBag<Meter> _meters = [];
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measurements = new();
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
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value))));
        _listener.Start();
    }

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        _meters.Add(meter);
        // Instruments made after Start are published to the listener as they are created, so this meter is now known.
        return meter;
    }

    public long Total(string instrument, params (string Key, string Value)[] tags) =>
        _measurements
            .Where(m => m.Instrument == instrument && tags.All(tag => Equals(m.Tags.GetValueOrDefault(tag.Key), tag.Value)))
            .Sum(m => m.Value);

    public void Dispose()
    {
        _listener.Dispose();
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }
}
