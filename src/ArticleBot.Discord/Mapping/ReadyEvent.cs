using System.Text.Json;

namespace ArticleBot.Discord.Mapping;

internal sealed record ReadyEvent(string SessionId, Uri ResumeGatewayUrl, DiscordUser User, string ApplicationId)
{
    public static ReadyEvent Parse(JsonElement json) => new(
        json.GetStringOrNull("session_id") ?? throw new JsonException("READY has no session_id"),
        new Uri(json.GetStringOrNull("resume_gateway_url") ?? throw new JsonException("READY has no resume_gateway_url")),
        DiscordUser.Parse(json.GetProperty("user")),
        json.GetObjectOrNull("application")?.GetStringOrNull("id") ?? "");
}
