using System.Text.Json.Nodes;
using ArticleBot.Discord.Gateway;

namespace ArticleBot.Discord.Mapping;

/// <summary>The frames the bot sends on the gateway, <c>{op, d}</c> (a client sends neither <c>s</c> nor
/// <c>t</c>). https://discord.com/developers/docs/events/gateway-events#send-events</summary>
internal static class GatewayPayloads
{
    /// <summary>The last sequence number received, or null before any.</summary>
    public static JsonObject Heartbeat(int? sequence) => Frame(GatewayOpCode.Heartbeat, sequence is { } s ? JsonValue.Create(s) : null);

    public static JsonObject Resume(string token, string? sessionId, int? sequence) => Frame(GatewayOpCode.Resume, new JsonObject
    {
        ["token"] = token,
        ["session_id"] = sessionId,
        ["seq"] = sequence,
    });

    /// <param name="shard">This shard's id and the shard count, sent only when the bot runs more than one.</param>
    public static JsonObject Identify(string token, GatewayIntents intents, (int Id, int Count)? shard)
    {
        var identify = new JsonObject
        {
            ["token"] = token,
            ["intents"] = (int)intents,
            ["properties"] = new JsonObject
            {
                ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(),
                ["browser"] = "ArticleBot",
                ["device"] = "ArticleBot",
            },
        };
        if (shard is var (id, count))
        {
            identify["shard"] = new JsonArray(id, count);
        }

        return Frame(GatewayOpCode.Identify, identify);
    }

    private static JsonObject Frame(GatewayOpCode op, JsonNode? data) => new()
    {
        ["op"] = (int)op,
        ["d"] = data,
    };
}
