using ArticleBot.Core;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Articles;
using ArticleBot.Core.Chat;
using ArticleBot.Core.Commands;
using ArticleBot.Core.Conversations;
using ArticleBot.Slack.Mapping;
using ArticleBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Slack;

/// <summary>
/// Turns one Slack event, slash command or button click into a question for the core and posts the reply where it
/// belongs: in the question's thread, privately through <c>response_url</c>, or shared in the channel.
/// Each follows its channel's <c>ArticleBot:Channels</c> entry: switched off, some articles only, or threads only.
/// </summary>
internal sealed class SlackResponder(
    IQuestionAnswerer answerer,
    SlackWebApiClient web,
    SlackDeduplicator deduplicator,
    SlackThreadTracker threads,
    SlackAssistant assistant,
    SlackVotes votes,
    ChannelPolicy channels,
    ILogger<SlackResponder> logger,
    ConversationMemory? conversations = null,
    IArticleLibrary? library = null,
    IOptions<SlackOptions>? options = null)
{
    public const string Platform = "slack";
    private const string SeenReaction = "eyes";
    private const string Apology = "Sorry, something went wrong while answering. Please try again in a moment.";
    private const string AdminsOnly = "Only the bot's admins (ArticleBot:Slack:Admins) can add or remove articles.";
    private const string NoLibrary = "This bot cannot add or remove articles.";
    private const string ThreadsOnlyNote = "Answers in this channel go in threads: mention @ArticleBot with the question to have it answered in one.";

    public Task HandleAsync(SlackIncoming incoming, CancellationToken cancellationToken) => incoming switch
    {
        SlackIncoming.Message message => HandleMessageAsync(message.Event, cancellationToken),
        SlackIncoming.AssistantThreadStarted started => assistant.OfferPromptsAsync(started.Thread, cancellationToken),
        SlackIncoming.Command command => HandleCommandAsync(command.SlashCommand, cancellationToken),
        SlackIncoming.Action action => HandleActionAsync(action.BlockAction, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task HandleMessageAsync(SlackMessageEvent ev, CancellationToken cancellationToken)
    {
        // Every DM arrives as message.im, the bot's own replies included; bot_id / subtype catch those and edits.
        if (ev.IsFromBotOrSystem)
        {
            return;
        }

        var followUp = ev.ThreadTs is { } threadTs && threads.IsBotThread(ev.Channel, threadTs);
        if (!ev.IsMention && !ev.IsDirectMessage && !followUp)
        {
            return;
        }

        var settings = channels.For(ev.Channel);
        if (!settings.Enabled)
        {
            // No 👀 and no reply: a switched-off channel is left to its people.
            SlackLog.ChannelSwitchedOff(logger, "message", ev.Channel, ev.Ts);
            return;
        }

        // A mention inside a followed thread comes as app_mention and as message; both carry the message's ts.
        if (!deduplicator.TryFirstSeen($"message:{ev.Channel}:{ev.Ts}"))
        {
            return;
        }

        var text = SlackPayloadReader.QuestionText(ev.Text);
        SlackLog.Question(logger, ev.User, ev.Channel, ev.Ts, text);
        // One conversation per thread (the reply thread: a top-level mention starts one) and user.
        var conversation = $"{Platform}:{ev.Channel}:{ev.ReplyThreadTs}:{ev.User}";
        var question = new ChatQuestion(text)
        {
            Origin = new ChatOrigin(Platform, ev.User, ev.Channel, ev.Ts),
            ArticleIds = settings.ArticleIds,
            InConversation = conversations is not null,
            Previous = conversations?.Recall(conversation),
        };
        threads.Remember(ev.Channel, ev.ReplyThreadTs);
        var inAssistantThread = assistant.IsAssistantThread(ev);
        // The 👀 (in an assistant thread, the status line) goes out while the answer is worked out (one Web API round
        // trip less per question under a burst); it is still awaited before the reply is posted, so it never lands
        // after the answer. The reply clears the status.
        var reacted = inAssistantThread ? assistant.ShowAnsweringAsync(ev.Channel, ev.ThreadTs!, text, cancellationToken) : ReactAsync(ev, cancellationToken);
        try
        {
            var style = inAssistantThread ? SlackFeedbackStyle.FeedbackButtons : SlackFeedbackStyle.Buttons;
            var reply = answerer.Answer(question);
            if (reply.Conversation is { } state)
            {
                conversations?.Remember(conversation, state);
            }

            var message = SlackReplyRenderer.Render(reply, question, isPrivate: false, feedback: style);
            await reacted;
            // Always in a thread (a top-level question starts one under it), which is what ThreadsOnly asks for.
            await web.PostMessageAsync(message.ToPostMessage(ev.Channel, ev.ReplyThreadTs), cancellationToken);
        }
        catch (Exception ex) when (IsRecoverable(ex, cancellationToken))
        {
            await reacted;
            SlackLog.HandlingFailed(logger, ev.Channel, ev.Ts, ex);
            if (MayHaveBeenPosted(ex, cancellationToken))
            {
                return;
            }

            await TryApologiseAsync(() => web.PostMessageAsync(ApologyMessage.ToPostMessage(ev.Channel, ev.ReplyThreadTs), cancellationToken));
        }
    }

    private async Task ReactAsync(SlackMessageEvent ev, CancellationToken cancellationToken)
    {
        try
        {
            if (await web.AddReactionAsync(ev.Channel, ev.Ts, SeenReaction, cancellationToken) is { } error)
            {
                SlackLog.ReactionFailed(logger, ev.Channel, ev.Ts, error);
            }
        }
        catch (Exception ex) when (IsRecoverable(ex, cancellationToken))
        {
            // The 👀 is a courtesy; the answer matters more.
            SlackLog.ReactionFailed(logger, ev.Channel, ev.Ts, ex.Message);
        }
    }

    private async Task HandleCommandAsync(SlackSlashCommand command, CancellationToken cancellationToken)
    {
        var name = command.Command.TrimStart('/');
        var text = SlackPayloadReader.QuestionText(command.Text);
        // "/articles add <link>": the first word of the text names a command of the group.
        var firstWord = text.Split(' ', 2)[0];
        if (ChatCommands.ForChatName($"{name} {firstWord}", CommandSurface.Slack) is { Admin: { } action })
        {
            await HandleAdminAsync(command, action, text[firstWord.Length..].Trim(), cancellationToken);
            return;
        }

        var intent = ChatCommands.ForChatName(name, CommandSurface.Slack)?.Intent;
        SlackLog.Question(logger, command.UserId, command.ChannelId, command.TriggerId, $"{command.Command} {text}");
        var settings = channels.For(command.ChannelId);
        var question = new ChatQuestion(intent is null ? $"{command.Command} {text}" : text, intent)
        {
            Origin = new ChatOrigin(Platform, command.UserId, command.ChannelId, command.TriggerId),
            ArticleIds = settings.ArticleIds,
        };
        try
        {
            if (!settings.Enabled)
            {
                SlackLog.ChannelSwitchedOff(logger, "command", command.ChannelId, command.TriggerId);
                await web.PostResponseAsync(command.ResponseUrl, SwitchedOffMessage.ToResponse(inChannel: false), cancellationToken);
                return;
            }

            // A slash command cannot be asked in a thread, so its answer shared would land in the channel itself.
            var message = SlackReplyRenderer.Render(answerer.Answer(question), question, isPrivate: true, feedback: SlackFeedbackStyle.Buttons,
                canShare: !settings.ThreadsOnly);
            await web.PostResponseAsync(command.ResponseUrl, message.ToResponse(inChannel: false), cancellationToken);
        }
        catch (Exception ex) when (IsRecoverable(ex, cancellationToken))
        {
            SlackLog.HandlingFailed(logger, command.ChannelId, command.TriggerId, ex);
            if (MayHaveBeenPosted(ex, cancellationToken))
            {
                return;
            }

            await TryApologiseAsync(() => web.PostResponseAsync(command.ResponseUrl, ApologyMessage.ToResponse(inChannel: false), cancellationToken));
        }
    }

    /// <summary>
    /// <c>/articles add &lt;link&gt;</c> and <c>/articles remove &lt;id&gt;</c>, for the user ids of
    /// <c>ArticleBot:Slack:Admins</c>. The command was acknowledged on arrival (Slack's 3 s); the outcome of the
    /// fetch and the index build goes once, privately, through <c>response_url</c>.
    /// </summary>
    private async Task HandleAdminAsync(SlackSlashCommand command, AdminAction action, string value, CancellationToken cancellationToken)
    {
        var origin = new ChatOrigin(Platform, command.UserId, command.ChannelId, command.TriggerId);
        try
        {
            string outcome;
            if (library is null)
            {
                outcome = NoLibrary;
            }
            else if (command.UserId is null || options?.Value.Admins.Contains(command.UserId, StringComparer.Ordinal) != true)
            {
                outcome = AdminsOnly;
            }
            else
            {
                var change = action == AdminAction.AddArticle
                    ? await library.AddAsync(SlackPayloadReader.LinkText(value), origin, cancellationToken)
                    : await library.RemoveAsync(value, origin, cancellationToken);
                outcome = change.Message;
            }

            await web.PostResponseAsync(command.ResponseUrl, SlackReplyRenderer.Note(outcome).ToResponse(inChannel: false), cancellationToken);
        }
        catch (Exception ex) when (IsRecoverable(ex, cancellationToken))
        {
            SlackLog.HandlingFailed(logger, command.ChannelId, command.TriggerId, ex);
            if (!MayHaveBeenPosted(ex, cancellationToken))
            {
                await TryApologiseAsync(() => web.PostResponseAsync(command.ResponseUrl, ApologyMessage.ToResponse(inChannel: false), cancellationToken));
            }
        }
    }

    private async Task HandleActionAsync(SlackBlockAction action, CancellationToken cancellationToken)
    {
        if (SlackVote.IsVote(action.ActionId))
        {
            await votes.HandleAsync(action, cancellationToken);
            return;
        }

        if (SlackButton.Decode(action.Value) is not { } button)
        {
            return;
        }

        // The channel's settings as they are now, not as they were when the button was made: a button carries only
        // its question, and a channel switched off since, or narrowed to other articles, follows its new entry.
        var settings = channels.For(action.ChannelId);
        var question = button.ToQuestion(new ChatOrigin(Platform, action.UserId, action.ChannelId, action.MessageTs)) with
        {
            ArticleIds = settings.ArticleIds,
        };
        try
        {
            if (!settings.Enabled || (action.ActionId == SlackButton.Share && settings.ThreadsOnly))
            {
                SlackLog.ChannelSwitchedOff(logger, action.ActionId, action.ChannelId, action.MessageTs);
                if (action.ResponseUrl is { } noteUrl)
                {
                    var note = settings.Enabled ? ThreadsOnlyMessage : SwitchedOffMessage;
                    await web.PostResponseAsync(noteUrl, note.ToResponse(inChannel: false), cancellationToken);
                }

                return;
            }

            var reply = answerer.Answer(question);
            if (action.ActionId == SlackButton.Share && action.ResponseUrl is { } shareUrl)
            {
                var shared = SlackReplyRenderer.Render(reply, question, isPrivate: false, button.FullText, SlackFeedbackStyle.Buttons);
                await web.PostResponseAsync(shareUrl, shared.ToResponse(inChannel: true), cancellationToken);
            }
            else if (action.ActionId.StartsWith(SlackButton.FullParagraph, StringComparison.Ordinal) || action.IsEphemeral || action.ChannelId is null)
            {
                var isFull = button.FullText;
                var message = SlackReplyRenderer.Render(reply, question, isPrivate: true, isFull, SlackFeedbackStyle.Buttons, canShare: !settings.ThreadsOnly);
                if (action.ResponseUrl is { } url)
                {
                    await web.PostResponseAsync(url, message.ToResponse(inChannel: false), cancellationToken);
                }
            }
            else if (action.ActionId == SlackButton.MoreResults)
            {
                // More results for a public thread answer continue in that thread, under its parent.
                var message = SlackReplyRenderer.Render(reply, question, isPrivate: false, feedback: SlackFeedbackStyle.Buttons);
                await web.PostMessageAsync(message.ToPostMessage(action.ChannelId, action.ThreadTs ?? action.MessageTs), cancellationToken);
            }
        }
        catch (Exception ex) when (IsRecoverable(ex, cancellationToken))
        {
            SlackLog.HandlingFailed(logger, action.ChannelId, action.MessageTs, ex);
        }
    }

    private static SlackMessage ApologyMessage => SlackReplyRenderer.Apology(Apology);

    private static SlackMessage SwitchedOffMessage => SlackReplyRenderer.Apology(ChannelSettings.SwitchedOffNote);

    private static SlackMessage ThreadsOnlyMessage => SlackReplyRenderer.Apology(ThreadsOnlyNote);

    private async Task TryApologiseAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception ex) when (ex is not ArticleBotException { IsFatal: true } and not OperationCanceledException)
        {
            SlackLog.HandlingFailed(logger, null, null, ex);
        }
    }

    /// <summary>HttpClient's own timeout, not shutdown: Slack may well have posted the reply and only answered late.
    /// Neither chat.postMessage nor response_url has an idempotency key, so an apology now could be a second message
    /// under a good answer; the reply is not retried for the same reason.</summary>
    private static bool MayHaveBeenPosted(Exception ex, CancellationToken cancellationToken) =>
        ex is TaskCanceledException && !cancellationToken.IsCancellationRequested;

    /// <summary>Per-message failures are reported to the user; a rejected token or shutdown ends the adapter.</summary>
    internal static bool IsRecoverable(Exception ex, CancellationToken cancellationToken) =>
        ex is not ArticleBotException { IsFatal: true } && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
