namespace ArticleBot.Core.Conversations;

/// <summary>
/// The last turn of each conversation a chat platform carries on (a Discord channel or thread, a Slack thread), by a
/// key the adapter makes, so follow-ups there refer to it. Bounded: past <see cref="Capacity"/> the least recently
/// used conversation is forgotten, and one idle for longer than <see cref="Expiry"/> is forgotten when next looked up
/// (it is then a new conversation, as a person coming back hours later would expect).
/// </summary>
public sealed class ConversationMemory(TimeProvider time, int capacity = ConversationMemory.DefaultCapacity, TimeSpan? expiry = null)
{
    public const int DefaultCapacity = 5000;

    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromMinutes(30);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recent = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public TimeSpan Expiry { get; } = expiry ?? DefaultExpiry;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The conversation's last turn; null when there is none or it has expired.</summary>
    public ConversationState? Recall(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            if (time.GetUtcNow() - node.Value.At > Expiry)
            {
                _recent.Remove(node);
                _entries.Remove(key);
                return null;
            }

            return node.Value.State;
        }
    }

    public void Remember(string key, ConversationState state)
    {
        lock (_lock)
        {
            if (_entries.Remove(key, out var existing))
            {
                _recent.Remove(existing);
            }

            _entries[key] = _recent.AddFirst(new Entry(key, state, time.GetUtcNow()));
            while (_entries.Count > Capacity && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }

    private sealed record Entry(string Key, ConversationState State, DateTimeOffset At);
}
