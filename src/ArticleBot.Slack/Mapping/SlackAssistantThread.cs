namespace ArticleBot.Slack.Mapping;

/// <summary>
/// An <c>assistant_thread_started</c> event: someone opened ArticleBot in Slack's assistant panel (Agents &amp; AI
/// Apps), which makes a thread in their DM with the app. <see cref="ContextChannelId"/> is the channel they were
/// viewing; ArticleBot answers from its articles whatever the channel, so it is only logged.
/// </summary>
internal sealed record SlackAssistantThread(string EventId, string ChannelId, string ThreadTs, string? UserId, string? ContextChannelId);
