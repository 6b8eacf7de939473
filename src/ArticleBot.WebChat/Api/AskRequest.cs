using ArticleBot.Core.Answering;

namespace ArticleBot.WebChat.Api;

/// <summary>The body of <c>POST /api/ask</c> and <c>POST /api/chat</c>: <c>{"question": str, "top"?: int, "skip"?: int,
/// "article"?: str, "conversation"?: str}</c>.</summary>
/// <param name="Article">Ask within this article only (its id).</param>
/// <param name="Conversation">The token the previous reply of <c>/api/chat</c> returned, so a follow-up refers to it.</param>
internal sealed record AskRequest(string Question, int Top = ChatQuestion.DefaultTop, int Skip = 0, string? Article = null, string? Conversation = null)
{
    public const int MaxSkip = 1000;
}
