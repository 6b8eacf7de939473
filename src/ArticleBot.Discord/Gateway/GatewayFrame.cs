using System.Text.Json;

namespace ArticleBot.Discord.Gateway;

/// <summary>One gateway frame received, <c>{op, d, s, t}</c> (those sent are GatewayPayloads'). <c>s</c> and <c>t</c> are often left out (the docs' Hello
/// example has neither), so both are optional.</summary>
internal sealed record GatewayFrame(GatewayOpCode Op, JsonElement Data, int? Sequence, string? EventName)
{
    public static GatewayFrame Parse(JsonElement json) => new(
        (GatewayOpCode)json.GetProperty("op").GetInt32(),
        json.TryGetProperty("d", out var d) ? d.Clone() : default,
        json.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
        json.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null);
}
