using System.Collections.Concurrent;

namespace ArticleBot.Discord.Mapping;

/// <summary>Discord may deliver an event more than once (and a RESUME replays), so handlers remember recent message
/// and interaction ids and act on each once. Bounded, oldest forgotten first.</summary>
internal sealed class RecentIds(int capacity)
{
    private readonly ConcurrentDictionary<string, byte> _ids = new();
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool TryAdd(string id)
    {
        if (!_ids.TryAdd(id, 0))
        {
            return false;
        }

        _order.Enqueue(id);
        while (_order.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _ids.TryRemove(oldest, out _);
        }

        return true;
    }
}
