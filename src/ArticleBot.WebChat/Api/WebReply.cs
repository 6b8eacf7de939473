using System.Text.Json.Serialization;
using ArticleBot.Core.Answering;

namespace ArticleBot.WebChat.Api;

/// <summary>
/// What the page needs to draw a reply: the public <see cref="ReplyDocument"/> fields plus the message, suggestions,
/// highlight ranges and paging that the CLI's shape leaves out. Only <c>POST /api/chat</c> returns it, so
/// <c>POST /api/ask</c> stays exactly the shared shape.
/// </summary>
public sealed record WebReply(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<string> Suggestions,
    [property: JsonPropertyName("hasMore")] bool HasMore,
    [property: JsonPropertyName("top")] int Top,
    [property: JsonPropertyName("skip")] int Skip,
    [property: JsonPropertyName("results")] IReadOnlyList<WebPassage> Results)
{
    /// <summary>The sentence(s) that answer, with citations numbered from 1 into <see cref="Results"/>.</summary>
    [JsonPropertyName("lead")]
    public AnswerLead? Lead { get; init; }

    /// <summary>The conversation so far, as a token to send back with the next question.</summary>
    [JsonPropertyName("conversation")]
    public string? Conversation { get; init; }

    public static WebReply From(ChatReply reply, int top, int skip) => new(
        reply.Question,
        reply.Answered,
        reply.Intent.ToString().ToLowerInvariant(),
        reply.Message,
        reply.SuggestionsOrEmpty,
        reply.HasMore,
        top,
        skip,
        reply.Results.Select(WebPassage.From).ToList())
    {
        Lead = reply.Lead,
        Conversation = reply.Conversation?.ToToken(),
    };
}
