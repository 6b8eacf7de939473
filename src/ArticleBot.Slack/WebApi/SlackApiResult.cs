using System.Text.Json;

namespace ArticleBot.Slack.WebApi;

/// <summary>A Web API answer: Slack reports logical errors with HTTP 200 and <c>ok: false</c>.</summary>
internal sealed record SlackApiResult(bool Ok, string? Error, JsonElement Body)
{
    public string? GetString(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
