using System.Text.Json.Serialization;

namespace ArticleBot.WebChat.Api;

/// <summary>Every error of the API is this object, with a message a person can act on.</summary>
public sealed record ApiError([property: JsonPropertyName("error")] string Error);
