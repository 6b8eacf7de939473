using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Tests.Conversations;

/// <summary>Asks questions as turns of one conversation: each passes back the state the reply before it left, as a
/// front end does.</summary>
internal static class Conversing
{
    public static List<ChatReply> Converse(this IQuestionAnswerer answerer, params string[] questions)
    {
        var replies = new List<ChatReply>();
        foreach (var question in questions)
        {
            replies.Add(answerer.Answer(new ChatQuestion(question) { InConversation = true, Previous = replies.LastOrDefault()?.Conversation }));
        }

        return replies;
    }
}
