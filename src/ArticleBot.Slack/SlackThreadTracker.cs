using System.Collections.Concurrent;

namespace ArticleBot.Slack;

/// <summary>
/// Threads the bot has answered in, so follow-up messages there are answered without a new mention. Kept in memory:
/// after a restart a follow-up needs one mention again, which is better than reading thread history (Slack cut
/// conversations.replies to one call a minute for most apps in 2025). Bounded by <see cref="SlackOptions.ThreadCapacity"/>.
/// </summary>
internal sealed class SlackThreadTracker(int capacity)
{
    private readonly ConcurrentDictionary<(string Channel, string ThreadTs), byte> _threads = new();
    private readonly ConcurrentQueue<(string Channel, string ThreadTs)> _order = new();

    public void Remember(string channel, string threadTs)
    {
        if (_threads.TryAdd((channel, threadTs), 0))
        {
            _order.Enqueue((channel, threadTs));
            while (_order.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _threads.TryRemove(oldest, out _);
            }
        }
    }

    public bool IsBotThread(string channel, string threadTs) => _threads.ContainsKey((channel, threadTs));
}
