using System.Globalization;
using System.Text.Json;

namespace ArticleBot.Discord.Mapping;

/// <summary>One slash-command option; the value is kept as text whatever its type (string, integer, boolean).</summary>
internal sealed record InteractionOption(string Name, string? Value, bool Focused)
{
    public bool IsTrue => Value == "true";

    public static InteractionOption Parse(JsonElement json)
    {
        string? value = null;
        if (json.TryGetProperty("value", out var v))
        {
            value = v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetDouble().ToString(CultureInfo.InvariantCulture),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
        }

        return new InteractionOption(json.GetStringOrNull("name") ?? "", value, json.GetBooleanOrFalse("focused"));
    }
}
