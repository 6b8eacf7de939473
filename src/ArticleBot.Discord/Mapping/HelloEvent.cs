using System.Text.Json;

namespace ArticleBot.Discord.Mapping;

/// <summary>Op 10's <c>d</c>: how often to beat.</summary>
internal sealed record HelloEvent(TimeSpan HeartbeatInterval)
{
    public static HelloEvent Parse(JsonElement json) =>
        new(TimeSpan.FromMilliseconds(json.GetProperty("heartbeat_interval").GetDouble()));
}
