using System.Text.Json.Nodes;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Core.Conversations;
using ArticleBot.Discord.Mapping;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord.Messages;

/// <summary>A question asked in a message (a mention, a DM, a forum post) answered and rendered as the reply's
/// body, remembered for its buttons; a failure is logged once and becomes a short apology.</summary>
internal static class MessageAnswer
{
    public const string Apology = "Sorry, something went wrong while answering that. Please try again.";

    /// <param name="key">The question message's id: the key its buttons find it by.</param>
    /// <param name="conversations">Where the previous turn of <paramref name="conversation"/> is kept, for follow-ups;
    /// null answers the question on its own.</param>
    public static JsonObject Compose(
        IQuestionAnswerer answerer, QuestionMemory memory, ILogger logger, string text, ChatOrigin origin, ChannelSettings settings, string key, string kind,
        ConversationMemory? conversations = null, string? conversation = null)
    {
        try
        {
            var followsUp = conversations is not null && conversation is not null;
            var question = new ChatQuestion(text)
            {
                Origin = origin,
                ArticleIds = settings.ArticleIds,
                InConversation = followsUp,
                Previous = followsUp ? conversations!.Recall(conversation!) : null,
            };
            var reply = answerer.Answer(question);
            if (followsUp && reply.Conversation is { } state)
            {
                conversations!.Remember(conversation!, state);
            }

            memory.Remember(key, new RememberedQuestion(text, null, question.Top, settings.ArticleIds));
            return ReplyRenderer.Render(reply, new ReplyButtons(key, Skip: 0, Top: question.Top));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DiscordLog.HandlerFailed(logger, ex, kind, key);
            return ReplyRenderer.Text(Apology);
        }
    }
}
