namespace ArticleBot.Slack.Mapping;

/// <summary>The inner event of an <c>event_callback</c> that ArticleBot may answer (<c>app_mention</c> or <c>message</c>).</summary>
/// <param name="InAssistantThread">Slack marked the message as one in an assistant thread (it carries an
/// <c>assistant_thread</c> object); threads started while the bot runs are also known from their start event.</param>
internal sealed record SlackMessageEvent(
    string EventId,
    string Type,
    string? Subtype,
    string? User,
    string? BotId,
    string Channel,
    string? ChannelType,
    string Text,
    string Ts,
    string? ThreadTs,
    bool InAssistantThread = false)
{
    public bool IsMention => Type == "app_mention";

    public bool IsDirectMessage => Type == "message" && ChannelType == "im";

    /// <summary>Bots (this one included) and edits, deletions and joins are never questions.</summary>
    public bool IsFromBotOrSystem => BotId is not null || Subtype is not null || User is null;

    /// <summary>Replies go under the thread's parent, never under a reply (thread_ts is always the parent's ts).</summary>
    public string ReplyThreadTs => ThreadTs ?? Ts;
}
