using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleBot.Core.Answering;

/// <summary>
/// The JSON shape of a reply, shared by <c>ask --json</c> and <c>POST /api/ask</c> so scripts can use either.
/// The shape is a public contract: change it only by adding fields.
/// </summary>
public sealed record ReplyDocument(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("results")] IReadOnlyList<ResultDocument> Results)
{
    /// <summary>The sentence(s) that answer, with citations numbered from 1 into <see cref="Results"/>; null when
    /// the reply does not answer.</summary>
    [JsonPropertyName("lead")]
    public AnswerLead? Lead { get; init; }

    public static ReplyDocument From(ChatReply reply) => new(
        reply.Question,
        reply.Answered,
        reply.Intent.ToString().ToLowerInvariant(),
        reply.Results.Select(ResultDocument.From).ToList())
    {
        Lead = reply.Lead,
    };

    public string ToJson() => JsonSerializer.Serialize(this, ReplyJsonContext.Default.ReplyDocument);
}

public sealed record ResultDocument(
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("snippet")] string Snippet,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("quote")] string? Quote,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("url")] string? Url)
{
    /// <summary>The speaker's title or role ("principal"), null when the article gives none; added after the first
    /// fields, as the contract allows.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    public static ResultDocument From(AnswerPassage passage) => new(
        passage.ArticleId,
        passage.Title,
        passage.Paragraph,
        passage.Text,
        passage.Snippet,
        passage.Speaker,
        // Reported speech is the article's words about someone, not theirs: never hand it out as a quotation.
        passage.IsParaphrase ? null : passage.Quote,
        Math.Round(passage.Score, 4),
        passage.Url)
    {
        Role = passage.Role,
    };
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReplyDocument))]
internal sealed partial class ReplyJsonContext : JsonSerializerContext;
