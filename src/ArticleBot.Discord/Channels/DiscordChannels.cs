using System.Collections.Concurrent;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;

namespace ArticleBot.Discord.Channels;

/// <summary>
/// The per-channel settings (<c>ArticleBot:Channels</c>) as they apply on Discord. A message in a thread names only
/// the thread, so the threads' parents are learnt from THREAD_CREATE (and GUILD_CREATE's active threads): a thread
/// then follows its channel's entry, and every channel its server's. Bounded, oldest forgotten first.
/// </summary>
internal sealed class DiscordChannels(ChannelPolicy policy, int capacity)
{
    private readonly ConcurrentDictionary<string, string> _parents = new();
    private readonly ConcurrentQueue<string> _order = new();

    public ChannelPolicy Policy => policy;

    public void AddThread(string threadId, string? parentId)
    {
        if (parentId is null || !_parents.TryAdd(threadId, parentId))
        {
            return;
        }

        _order.Enqueue(threadId);
        while (_order.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _parents.TryRemove(oldest, out _);
        }
    }

    /// <summary>The origin of a question asked in <paramref name="channelId"/>, with its parents for the settings lookup.</summary>
    public ChatOrigin Origin(string? userId, string? channelId, string? guildId, string? messageId, string? parentId = null)
    {
        parentId ??= channelId is null ? null : _parents.GetValueOrDefault(channelId);
        List<string> parents = [];
        if (parentId is not null)
        {
            parents.Add(parentId);
        }

        if (guildId is not null)
        {
            parents.Add(guildId);
        }

        return new ChatOrigin("discord", userId, channelId, messageId) { ChannelParents = parents };
    }

    public ChannelSettings For(ChatOrigin origin) => policy.For(origin);
}
