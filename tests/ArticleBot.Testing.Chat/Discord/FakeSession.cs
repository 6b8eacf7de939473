using System.Text.Json.Nodes;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>A gateway session on the fake: its sequence counter and the replay buffer a RESUME reads.</summary>
internal sealed class FakeSession(string id)
{
    private readonly Lock _lock = new();
    private readonly List<(int Sequence, string Frame)> _buffer = [];
    private int _sequence;

    public string Id { get; } = id;

    public FakeGatewayConnection? Current { get; set; }

    /// <summary>Closed with 1000/1001 or invalidated: cannot be resumed.</summary>
    public bool Ended { get; set; }

    public int Sequence
    {
        get
        {
            lock (_lock)
            {
                return _sequence;
            }
        }
    }

    /// <summary>Numbers the dispatch, buffers it, and returns the frame to send.</summary>
    public string Next(string eventName, JsonNode? data)
    {
        lock (_lock)
        {
            var s = ++_sequence;
            var frame = new JsonObject { ["op"] = 0, ["d"] = data?.DeepClone(), ["s"] = s, ["t"] = eventName }.ToJsonString();
            _buffer.Add((s, frame));
            return frame;
        }
    }

    public IReadOnlyList<string> After(int sequence)
    {
        lock (_lock)
        {
            return _buffer.Where(b => b.Sequence > sequence).Select(b => b.Frame).ToList();
        }
    }
}
