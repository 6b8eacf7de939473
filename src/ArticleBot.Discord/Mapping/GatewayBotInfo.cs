using System.Text.Json;

namespace ArticleBot.Discord.Mapping;

/// <summary>GET /gateway/bot: where to connect, how many shards, and how many IDENTIFYs are left today.</summary>
internal sealed record GatewayBotInfo(Uri Url, int Shards, int SessionStartsRemaining, TimeSpan SessionStartsResetAfter, int MaxConcurrency)
{
    public static GatewayBotInfo Parse(JsonElement json)
    {
        var limit = json.GetObjectOrNull("session_start_limit");
        return new GatewayBotInfo(
            new Uri(json.GetStringOrNull("url") ?? throw new JsonException("gateway/bot has no url")),
            Math.Max(1, json.GetInt32OrNull("shards") ?? 1),
            limit?.GetInt32OrNull("remaining") ?? 1,
            TimeSpan.FromMilliseconds(limit?.GetInt32OrNull("reset_after") ?? 0),
            Math.Max(1, limit?.GetInt32OrNull("max_concurrency") ?? 1));
    }
}
