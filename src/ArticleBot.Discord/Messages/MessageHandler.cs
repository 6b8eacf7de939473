using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Discord.Channels;
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
    DiscordChannels channels,
    ILogger logger)
{
    public const string SeenEmoji = "👀";

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
        if (!(mentioned || message.IsDirectMessage || replyToBot || threadFollowUp) || !SettingsFor(message).Enabled)
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
        var origin = Origin(message);
        var settings = channels.For(origin);
        var body = MessageAnswer.Compose(answerer, memory, logger, text, origin, settings, message.Id, "message",
            Conversations, $"{message.ChannelId}:{message.Author.Id}");

        await reacted;

        var replyChannel = message.ChannelId;
        if (settings.ThreadsOnly && !message.IsInThread && !message.IsDirectMessage)
        {
            // The channel stays for questions: the answer opens a thread on the question, named after it.
            replyChannel = await rest.StartThreadFromMessageAsync(message.ChannelId, message.Id, ThreadName(text), cancellationToken);
        }
        else
        {
            DiscordRequests.ReplyingTo(body, message);
        }

        // The question's id as nonce: a POST retried after a 5xx cannot post the answer twice.
        await rest.CreateMessageAsync(replyChannel, body, nonce: message.Id, cancellationToken);
        if (message.IsInThread || replyChannel != message.ChannelId)
        {
            _answeredThreads.TryAdd(replyChannel, 0);
        }
    }

    /// <summary>Thread names are 1 to 100 characters.</summary>
    internal static string ThreadName(string text) => TextTrimmer.Trim(text.Length == 0 ? "ArticleBot" : text, DiscordLimits.ThreadName);

    private ChatOrigin Origin(DiscordMessage message) => channels.Origin(message.Author.Id, message.ChannelId, message.GuildId, message.Id);

    private ChannelSettings SettingsFor(DiscordMessage message) => channels.For(Origin(message));

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
