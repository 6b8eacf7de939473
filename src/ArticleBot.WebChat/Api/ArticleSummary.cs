using System.Text.Json.Serialization;

namespace ArticleBot.WebChat.Api;

/// <summary>One entry of <c>GET /api/articles</c>.</summary>
public sealed record ArticleSummary(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("publisher")] string? Publisher);

/// <summary>The body of <c>GET /api/articles</c>; an object so fields can be added later.</summary>
public sealed record ArticleList([property: JsonPropertyName("articles")] IReadOnlyList<ArticleSummary> Articles);
