using System.Text.Json.Nodes;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Core.Commands;
using ArticleBot.Core.Feedback;
using ArticleBot.Discord.Channels;
using ArticleBot.Discord.Mapping;
using ArticleBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord.Interactions;

/// <summary>
/// Slash commands, autocomplete and buttons. Discord invalidates an interaction that is not answered within 3 s, so
/// the answer is computed while a timer runs: if it is ready in time it goes out as the callback itself (type 4),
/// otherwise the bot defers (type 5) and edits <c>@original</c> when the answer is ready.
/// </summary>
internal sealed class InteractionHandler(
    DiscordRestClient rest,
    IQuestionAnswerer answerer,
    QuestionMemory memory,
    DiscordChannels channels,
    IFeedbackSink? feedback,
    TimeProvider time,
    ILogger logger,
    IArticleLibrary? library = null)
{
    private const int ChannelMessage = InteractionResponses.ChannelMessage;
    private const int DeferredChannelMessage = InteractionResponses.DeferredChannelMessage;
    private const string Expired = "This answer has expired; please ask again.";
    private const string Disabled = ChannelSettings.SwitchedOffNote;
    private const string ManagersOnly = "Only server managers (members with Manage Server) can add or remove articles.";
    private const string NoLibrary = "This bot cannot add or remove articles.";

    /// <summary>How long to wait for an answer before deferring; well inside Discord's 3 s.</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Over the gateway: the initial response is a REST callback.</summary>
    public Task HandleAsync(DiscordInteraction interaction, CancellationToken cancellationToken) =>
        HandleAsync(interaction, (response, ct) => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, ct), cancellationToken);

    /// <summary>One handling path for both transports; <paramref name="callback"/> sends the initial response.</summary>
    public Task HandleAsync(DiscordInteraction interaction, InteractionCallback callback, CancellationToken cancellationToken) => interaction.Type switch
    {
        InteractionType.ApplicationCommand => HandleCommandAsync(interaction, callback, cancellationToken),
        InteractionType.ApplicationCommandAutocomplete => HandleAutocompleteAsync(interaction, callback, cancellationToken),
        InteractionType.MessageComponent => HandleButtonAsync(interaction, callback, cancellationToken),
        _ => Task.CompletedTask,
    };

    private Task HandleCommandAsync(DiscordInteraction interaction, InteractionCallback callback, CancellationToken cancellationToken)
    {
        var origin = Origin(interaction);
        var settings = channels.For(origin);
        if (!settings.Enabled)
        {
            return callback(Callback(ChannelMessage, ReplyRenderer.Text(Disabled), isPrivate: true), cancellationToken);
        }

        // A command this bot no longer has (registered by an older version) gets help.
        var command = ChatCommands.ForChatName(interaction.CommandName ?? "", CommandSurface.Discord) ?? ChatCommands.Help;
        if (command.Admin is { } action)
        {
            return HandleAdminAsync(interaction, callback, command, action, origin, cancellationToken);
        }

        var intent = command.Intent ?? QuestionIntent.Help;
        var text = QuestionText(interaction, command);
        // Where only the asker installed the app, a public reply is not the app's to make (Discord shows it to few
        // members, if any); a threads-only channel is kept free of answers the same way.
        var isPrivate = (interaction.Option("private")?.IsTrue == true)
                        || interaction.IsUserInstallOnly || (settings.ThreadsOnly && interaction.ChannelParentId is null);
        var question = new ChatQuestion(text, intent) { Origin = origin, ArticleIds = settings.ArticleIds };
        memory.Remember(interaction.Id, new RememberedQuestion(text, intent, question.Top, settings.ArticleIds));
        return RespondAsync(interaction, callback, question, isPrivate, interaction.Id, cancellationToken);
    }

    /// <summary>
    /// <c>/articles add url:</c> and <c>remove id:</c>. The command is registered for Manage Server only, but a server
    /// may grant it to others in its settings, so the member's own permissions are checked here too (outside a server
    /// there is no member, and no one to manage it). The fetch and the index build outlast Discord's 3 s, so the bot
    /// defers at once (privately) and edits <c>@original</c> with the outcome: one response, never a second.
    /// </summary>
    private async Task HandleAdminAsync(
        DiscordInteraction interaction, InteractionCallback callback, ChatCommand command, AdminAction action, ChatOrigin origin, CancellationToken cancellationToken)
    {
        if (interaction.GuildId is null || ((interaction.MemberPermissions ?? 0) & SlashCommands.ManageGuild) == 0 || library is null)
        {
            var refusal = library is null ? NoLibrary : ManagersOnly;
            await callback(Callback(ChannelMessage, ReplyRenderer.Text(refusal), isPrivate: true), cancellationToken);
            return;
        }

        await callback(InteractionResponses.Deferred(isPrivate: true), cancellationToken);
        string outcome;
        try
        {
            var value = interaction.Option(command.Options[0].Name)?.Value ?? "";
            var change = action == AdminAction.AddArticle
                ? await library.AddAsync(value, origin, cancellationToken)
                : await library.RemoveAsync(value, origin, cancellationToken);
            outcome = change.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DiscordLog.HandlerFailed(logger, ex, "interaction", interaction.Id);
            outcome = "Sorry, something went wrong while changing the articles. Please try again.";
        }

        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, ReplyRenderer.Text(outcome), cancellationToken);
    }

    /// <summary>The question option's value, or the command and its options as typed (<c>/source harbor-bridge 4</c>):
    /// the prefix keeps a command without options non-blank, since the core answers a blank text with its "ask me"
    /// hint whatever the intent.</summary>
    private static string QuestionText(DiscordInteraction interaction, ChatCommand command) => command.QuestionOption is { } name
        ? interaction.Option(name)?.Value ?? ""
        : string.Join(' ', command.Options.Select(option => interaction.Option(option.Name)?.Value).Where(value => value is { Length: > 0 }).Prepend("/" + command.Name));

    private async Task HandleAutocompleteAsync(DiscordInteraction interaction, InteractionCallback callback, CancellationToken cancellationToken)
    {
        var typed = interaction.FocusedOption?.Value ?? "";
        var choices = answerer.SuggestQuotes(typed, DiscordLimits.AutocompleteChoices).Take(DiscordLimits.AutocompleteChoices).Select(suggestion =>
            (suggestion.Speaker is { Length: > 0 } speaker ? $"“{suggestion.Quote}” — {speaker}" : $"“{suggestion.Quote}”", suggestion.Quote));
        await callback(InteractionResponses.Autocomplete(choices), cancellationToken);
    }

    private async Task HandleButtonAsync(DiscordInteraction interaction, InteractionCallback callback, CancellationToken cancellationToken)
    {
        if (interaction.CustomId is not { } customId || !ButtonIds.TryParse(customId, out var kind, out var subject, out var number))
        {
            await callback(Callback(ChannelMessage, ReplyRenderer.Text(Expired), isPrivate: true), cancellationToken);
            return;
        }

        var wasPrivate = (interaction.MessageFlags & DiscordInteraction.EphemeralFlag) != 0;
        switch (kind)
        {
            case "para":
                // The full paragraph goes only to whoever asked for it, so the channel is not flooded.
                await RespondAsync(interaction, callback, new ChatQuestion($"{subject} {number}", QuestionIntent.Source)
                    {
                        Origin = Origin(interaction),
                        // The channel's articles as they are now: a paragraph of another is not shown there.
                        ArticleIds = channels.For(Origin(interaction)).ArticleIds,
                    },
                    isPrivate: true, questionKey: null, cancellationToken, showShare: false);
                break;
            case "more" or "share" when memory.Recall(subject) is { } remembered:
                var question = new ChatQuestion(remembered.Text, remembered.Intent, remembered.Top, number)
                {
                    Origin = Origin(interaction),
                    ArticleIds = remembered.ArticleIds,
                };
                var isPrivate = (kind == "more" && wasPrivate) || interaction.IsUserInstallOnly;
                await RespondAsync(interaction, callback, question, isPrivate, subject, cancellationToken);
                break;
            case FeedbackButtons.Helpful or FeedbackButtons.NotHelpful
                when FeedbackButtons.TrySplit(subject, out var key, out var articleId) && memory.Recall(key) is { } asked:
                // Latest click wins: the store keeps one vote per user, question and passage.
                feedback?.Record(new AnswerFeedback(asked.Text, articleId, number, kind == FeedbackButtons.Helpful) { Origin = Origin(interaction) });
                await callback(Callback(ChannelMessage, ReplyRenderer.Text(FeedbackButtons.Thanks(kind == FeedbackButtons.Helpful)), isPrivate: true), cancellationToken);
                break;
            default:
                await callback(Callback(ChannelMessage, ReplyRenderer.Text(Expired), isPrivate: true), cancellationToken);
                break;
        }
    }

    private async Task RespondAsync(
        DiscordInteraction interaction, InteractionCallback callback, ChatQuestion question, bool isPrivate, string? questionKey,
        CancellationToken cancellationToken, bool showShare = true)
    {
        var buttons = new ReplyButtons(questionKey, isPrivate && showShare, question.Skip, question.Top);
        // Answering is synchronous (Lucene has no cancellation); it runs off this task only so that a slow search
        // can be raced against the 3 s interaction deadline.
        var answering = Task.Run(() => answerer.Answer(question), cancellationToken);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(DeferAfter, time, timer.Token);
        if (await Task.WhenAny(answering, deadline) == answering)
        {
            await timer.CancelAsync();
            var message = await RenderSafelyAsync(interaction, answering, buttons);
            await callback(Callback(ChannelMessage, message, isPrivate), cancellationToken);
            return;
        }

        await callback(InteractionResponses.Deferred(isPrivate), cancellationToken);
        var answer = await RenderSafelyAsync(interaction, answering, buttons);
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, answer, cancellationToken);
    }

    private async Task<JsonObject> RenderSafelyAsync(DiscordInteraction interaction, Task<ChatReply> answering, ReplyButtons buttons)
    {
        try
        {
            return ReplyRenderer.Render(await answering, buttons);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DiscordLog.HandlerFailed(logger, ex, "interaction", interaction.Id);
            return ReplyRenderer.Text("Sorry, something went wrong while answering that. Please try again.");
        }
    }

    private static JsonObject Callback(int type, JsonObject message, bool isPrivate) => InteractionResponses.Message(type, message, isPrivate);

    private ChatOrigin Origin(DiscordInteraction interaction) =>
        channels.Origin(interaction.UserId, interaction.ChannelId, interaction.GuildId, interaction.Id, interaction.ChannelParentId);
}
