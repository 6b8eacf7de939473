using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleBot.Discord.Gateway;

/// <summary>One gateway frame <c>{op, d, s, t}</c>. <c>s</c> and <c>t</c> are often left out (the docs' Hello
/// example has neither), so both are optional.</summary>
internal sealed record GatewayFrame(GatewayOpCode Op, JsonElement Data, int? Sequence, string? EventName)
{
    public static GatewayFrame Parse(JsonElement json) => new(
        (GatewayOpCode)json.GetProperty("op").GetInt32(),
        json.TryGetProperty("d", out var d) ? d.Clone() : default,
        json.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
        json.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null);

    public static JsonObject Outgoing(GatewayOpCode op, JsonNode? data) => new()
    {
        ["op"] = (int)op,
        ["d"] = data,
    };
}
