using System.Text.Json;

namespace ArticleBot.Discord.Mapping;

/// <summary>The body of a 429: <c>{message, retry_after (float seconds), global}</c>.</summary>
internal sealed record RateLimitedResponse(double? RetryAfterSeconds, bool Global)
{
    public static RateLimitedResponse Parse(JsonElement json) => new(
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("retry_after", out var retry) && retry.ValueKind == JsonValueKind.Number
            ? retry.GetDouble()
            : null,
        json.GetBooleanOrFalse("global"));
}
