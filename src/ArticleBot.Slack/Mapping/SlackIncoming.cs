namespace ArticleBot.Slack.Mapping;

/// <summary>What an incoming Slack payload asks of the bot, whether it came over the socket or over HTTP.</summary>
internal abstract record SlackIncoming
{
    /// <summary>Key used to recognise a redelivery of the same thing.</summary>
    public abstract string DedupeKey { get; }

    public sealed record Message(SlackMessageEvent Event) : SlackIncoming
    {
        public override string DedupeKey => "event:" + Event.EventId;
    }

    public sealed record AssistantThreadStarted(SlackAssistantThread Thread) : SlackIncoming
    {
        public override string DedupeKey => "event:" + Thread.EventId;
    }

    public sealed record Command(SlackSlashCommand SlashCommand) : SlackIncoming
    {
        public override string DedupeKey => "command:" + (SlashCommand.TriggerId ?? SlashCommand.ResponseUrl.ToString());
    }

    public sealed record Action(SlackBlockAction BlockAction) : SlackIncoming
    {
        public override string DedupeKey => "action:" + (BlockAction.TriggerId ?? BlockAction.ResponseUrl?.ToString() ?? Guid.NewGuid().ToString());
    }

    /// <summary>Anything else (other event types, other interactions): acknowledged and ignored.</summary>
    public sealed record Ignored(string Why) : SlackIncoming
    {
        public override string DedupeKey => "ignored:" + Guid.NewGuid();
    }
}
