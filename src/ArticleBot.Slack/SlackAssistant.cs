using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Slack.Mapping;
using ArticleBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack;

/// <summary>
/// Slack's Agents &amp; AI Apps panel: prompts when a thread opens, and the status (and a new thread's title) while a
/// question there is answered. Everything here is a courtesy around the answer: a refusal is logged, never thrown.
/// </summary>
internal sealed class SlackAssistant(
    IQuestionAnswerer answerer,
    SlackWebApiClient web,
    SlackAssistantThreads threads,
    ChannelPolicy channels,
    ILogger<SlackAssistant> logger)
{
    /// <summary>Shown as "ArticleBot is looking in the articles…": Slack puts the app's name in front.</summary>
    public const string AnsweringStatus = "is looking in the articles…";
    public const string PromptsTitle = "Try asking";

    /// <summary>Assistant threads live in the app's DM: known from their start, or marked by Slack on the message.</summary>
    public bool IsAssistantThread(SlackMessageEvent ev) =>
        ev.IsDirectMessage && ev.ThreadTs is { } threadTs && (ev.InAssistantThread || threads.IsAssistantThread(ev.Channel, threadTs));

    /// <summary>Someone opened the assistant panel: offer questions the articles can answer, built by the core from
    /// the index (its help suggestions), so they fit whatever articles are indexed.</summary>
    public async Task OfferPromptsAsync(SlackAssistantThread thread, CancellationToken cancellationToken)
    {
        threads.Started(thread.ChannelId, thread.ThreadTs);
        SlackLog.AssistantThreadStarted(logger, thread.UserId, thread.ChannelId, thread.ThreadTs, thread.ContextChannelId);
        ChatReply help;
        try
        {
            help = answerer.Answer(new ChatQuestion("help", QuestionIntent.Help)
            {
                Origin = new ChatOrigin(SlackResponder.Platform, thread.UserId, thread.ChannelId, thread.ThreadTs),
                // The prompts are questions asked in this thread's channel, so they come from its articles only.
                ArticleIds = channels.For(thread.ChannelId).ArticleIds,
            });
        }
        catch (Exception ex) when (SlackResponder.IsRecoverable(ex, cancellationToken))
        {
            // Caught at the edge, like a message's answer: the worker goes on with the next event.
            SlackLog.HandlingFailed(logger, thread.ChannelId, thread.ThreadTs, ex);
            return;
        }

        // A prompt is sent as the user's message; a slash command typed there would not reach the bot as one.
        var prompts = help.SuggestionsOrEmpty.Where(prompt => !prompt.StartsWith('/')).Take(SlackRequests.MaxPrompts).ToList();
        if (prompts.Count > 0)
        {
            await CourtesyAsync("assistant.threads.setSuggestedPrompts", thread.ChannelId, thread.ThreadTs,
                () => web.SetSuggestedPromptsAsync(thread.ChannelId, thread.ThreadTs, PromptsTitle, prompts, cancellationToken), cancellationToken);
        }
    }

    /// <summary>The status while answering, and on a thread's first question its title.</summary>
    public async Task ShowAnsweringAsync(string channel, string threadTs, string question, CancellationToken cancellationToken)
    {
        await CourtesyAsync("assistant.threads.setStatus", channel, threadTs, () => web.SetStatusAsync(channel, threadTs, AnsweringStatus, cancellationToken), cancellationToken);
        if (threads.TakeTitle(channel, threadTs))
        {
            await CourtesyAsync("assistant.threads.setTitle", channel, threadTs, () => web.SetTitleAsync(channel, threadTs, question, cancellationToken), cancellationToken);
        }
    }

    private async Task CourtesyAsync(string method, string channel, string threadTs, Func<Task<string?>> call, CancellationToken cancellationToken)
    {
        try
        {
            if (await call() is { } error)
            {
                SlackLog.AssistantCallFailed(logger, method, channel, threadTs, error);
            }
        }
        catch (Exception ex) when (SlackResponder.IsRecoverable(ex, cancellationToken))
        {
            // Like the 👀, prompts, status and title are courtesies; the answer matters more.
            SlackLog.AssistantCallFailed(logger, method, channel, threadTs, ex.Message);
        }
    }
}
