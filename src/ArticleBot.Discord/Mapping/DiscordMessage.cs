using System.Text.Json;

namespace ArticleBot.Discord.Mapping;

/// <summary>The MESSAGE_CREATE fields a reply bot uses (fact sheet 1.8).</summary>
internal sealed record DiscordMessage(
    string Id,
    string ChannelId,
    string? GuildId,
    DiscordUser Author,
    string Content,
    IReadOnlyList<string> MentionIds,
    int? ChannelType,
    string? ReferencedAuthorId)
{
    /// <summary>Thread channel types: announcement, public and private thread.</summary>
    public bool IsInThread => ChannelType is 10 or 11 or 12;

    /// <summary>DMs have no guild_id (and channel_type 1).</summary>
    public bool IsDirectMessage => GuildId is null;

    public static DiscordMessage Parse(JsonElement json) => new(
        json.GetStringOrNull("id") ?? throw new JsonException("message has no id"),
        json.GetStringOrNull("channel_id") ?? throw new JsonException("message has no channel_id"),
        json.GetStringOrNull("guild_id"),
        DiscordUser.Parse(json.GetProperty("author")),
        json.GetStringOrNull("content") ?? "",
        json.GetArrayOrEmpty("mentions").Select(m => m.GetStringOrNull("id")).OfType<string>().ToList(),
        json.GetInt32OrNull("channel_type"),
        json.GetObjectOrNull("referenced_message")?.GetObjectOrNull("author")?.GetStringOrNull("id"));
}
