using ArticleBot.Core.Answering;

namespace ArticleBot.WebChat.Api;

/// <summary>The body of <c>POST /api/ask</c> and <c>POST /api/chat</c>: <c>{"question": str, "top"?: int, "skip"?: int}</c>.</summary>
internal sealed record AskRequest(string Question, int Top = ChatQuestion.DefaultTop, int Skip = 0)
{
    public const int MaxSkip = 1000;
}
