using System.Text.Json.Serialization;

namespace ArticleBot.WebChat.Api;

public sealed record HealthStatus([property: JsonPropertyName("status")] string Status);
