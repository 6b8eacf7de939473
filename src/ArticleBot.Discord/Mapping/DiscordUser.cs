using System.Text.Json;

namespace ArticleBot.Discord.Mapping;

internal sealed record DiscordUser(string Id, string? Username, bool IsBot)
{
    public static DiscordUser Parse(JsonElement json) => new(
        json.GetStringOrNull("id") ?? "",
        json.GetStringOrNull("username"),
        json.GetBooleanOrFalse("bot"));
}
