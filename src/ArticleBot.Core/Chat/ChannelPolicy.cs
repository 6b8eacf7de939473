using ArticleBot.Core.Answering;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Chat;

/// <summary>Finds the settings that apply where a question was asked: the most specific id with an entry wins
/// (a thread, then its parent channel, then the server), else <see cref="ChannelSettings.Default"/>.</summary>
public sealed class ChannelPolicy(IOptions<ChannelOptions> options)
{
    /// <summary>No settings at all: every channel gets the defaults.</summary>
    public static ChannelPolicy None { get; } = new(Options.Create(new ChannelOptions()));

    public bool IsEmpty => options.Value.Channels.Count == 0;

    /// <summary>Whether some channel answers new forum posts.</summary>
    public bool AnyForum => options.Value.Channels.Values.Any(settings => settings is { Enabled: true, Forum: true });

    /// <summary>The settings of the channel a question came from, or of what holds it.</summary>
    public ChannelSettings For(ChatOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var settings = For(origin.ChannelId);
        foreach (var parent in origin.ChannelParents)
        {
            if (!ReferenceEquals(settings, ChannelSettings.Default))
            {
                break;
            }

            settings = For(parent);
        }

        return settings;
    }

    /// <param name="ids">Ids from the most specific (the channel or thread) to the least (the server); nulls skipped.</param>
    public ChannelSettings For(params ReadOnlySpan<string?> ids)
    {
        var channels = options.Value.Channels;
        foreach (var id in ids)
        {
            if (id is { Length: > 0 } && channels.TryGetValue(id, out var settings))
            {
                return settings;
            }
        }

        return ChannelSettings.Default;
    }
}
