using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Conversations;
using ArticleBot.Discord.Mapping;
using ArticleBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord.Messages;

/// <summary>
/// Answers questions asked in messages: a mention, a DM, a reply to one of the bot's messages, or (only with
/// <see cref="DiscordOptions.AnswerThreadFollowUps"/>) any message in a thread the bot has answered in.
/// It reacts 👀 at once so a question never goes unacknowledged, then replies to the question's message (in its
/// thread, when asked in one, since a thread is its own channel).
/// </summary>
internal sealed partial class MessageHandler(
    DiscordRestClient rest,
    IQuestionAnswerer answerer,
    DiscordOptions options,
    BotIdentity identity,
    QuestionMemory memory,
    ILogger logger)
{
    public const string SeenEmoji = "👀";
    private const string Apology = "Sorry, something went wrong while answering that. Please try again.";

    private readonly ConcurrentDictionary<string, byte> _answeredThreads = new();

    /// <summary>The last turn per channel (a thread is its own channel) and user, so "what else did he say?" there
    /// refers to it.</summary>
    public ConversationMemory? Conversations { get; init; }

    /// <summary>Whether the message is a question for the bot, and its text without the bot's mention.</summary>
    public bool TryGetQuestion(DiscordMessage message, out string text)
    {
        text = "";
        var botId = identity.UserId;
        if (botId is null || message.Author.IsBot || message.Author.Id == botId || message.Content.Length == 0)
        {
            return false;
        }

        var mentioned = message.MentionIds.Contains(botId) || message.Content.Contains($"<@{botId}>", StringComparison.Ordinal) ||
                        message.Content.Contains($"<@!{botId}>", StringComparison.Ordinal);
        var replyToBot = message.ReferencedAuthorId == botId;
        var threadFollowUp = options.AnswerThreadFollowUps && message.IsInThread && _answeredThreads.ContainsKey(message.ChannelId);
        if (!(mentioned || message.IsDirectMessage || replyToBot || threadFollowUp))
        {
            return false;
        }

        text = Whitespace().Replace(message.Content.Replace($"<@{botId}>", " ", StringComparison.Ordinal)
            .Replace($"<@!{botId}>", " ", StringComparison.Ordinal), " ").Trim();
        return true;
    }

    public async Task HandleAsync(DiscordMessage message, string text, CancellationToken cancellationToken)
    {
        // The 👀 goes out while the answer is worked out (one REST round trip less per question under a burst); it
        // is still awaited before the reply is sent, so it never lands after the answer.
        var reacted = ReactAsync(message, cancellationToken);
        DiscordLog.Question(logger, message.Id, message.Author.Id, text);
        JsonObject body;
        try
        {
            var conversation = $"{message.ChannelId}:{message.Author.Id}";
            var question = new ChatQuestion(text)
            {
                Origin = new ChatOrigin("discord", message.Author.Id, message.ChannelId, message.Id),
                InConversation = Conversations is not null,
                Previous = Conversations?.Recall(conversation),
            };
            var reply = answerer.Answer(question);
            if (reply.Conversation is { } state)
            {
                Conversations?.Remember(conversation, state);
            }

            memory.Remember(message.Id, new RememberedQuestion(text, null, question.Top));
            body = ReplyRenderer.Render(reply, new ReplyButtons(message.Id, Skip: 0, Top: question.Top));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DiscordLog.HandlerFailed(logger, ex, "message", message.Id);
            body = ReplyRenderer.Text(Apology);
        }

        await reacted;

        body["message_reference"] = new JsonObject
        {
            ["message_id"] = message.Id,
            ["channel_id"] = message.ChannelId,
            ["guild_id"] = message.GuildId,
            // If the question was deleted meanwhile, still post the answer rather than fail.
            ["fail_if_not_exists"] = false,
        };
        // The question's id as nonce: a POST retried after a 5xx cannot post the answer twice.
        await rest.CreateMessageAsync(message.ChannelId, body, nonce: message.Id, cancellationToken);
        if (message.IsInThread)
        {
            _answeredThreads.TryAdd(message.ChannelId, 0);
        }
    }

    private async Task ReactAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await rest.AddReactionAsync(message.ChannelId, message.Id, SeenEmoji, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            // Without Add Reactions permission the answer still matters more than the reaction.
            DiscordLog.HandlerFailed(logger, ex, "reaction", message.Id);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
