using System.Text.Json;

namespace ArticleBot.Discord.Mapping;

/// <summary>A THREAD_CREATE: a thread, or a post in a forum channel (a thread whose parent is the forum).</summary>
/// <param name="NewlyCreated">Set when the thread was just made; absent when the bot is merely added to an old one.</param>
internal sealed record DiscordThread(string Id, string? ParentId, string? GuildId, string Name, bool NewlyCreated)
{
    public static DiscordThread Parse(JsonElement json) => new(
        json.GetStringOrNull("id") ?? throw new JsonException("thread has no id"),
        json.GetStringOrNull("parent_id"),
        json.GetStringOrNull("guild_id"),
        json.GetStringOrNull("name") ?? "",
        json.GetBooleanOrFalse("newly_created"));
}
