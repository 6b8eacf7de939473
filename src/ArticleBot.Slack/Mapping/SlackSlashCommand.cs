namespace ArticleBot.Slack.Mapping;

/// <summary>The fields of a slash-command request ArticleBot uses.</summary>
internal sealed record SlackSlashCommand(
    string Command,
    string Text,
    string? ChannelId,
    string? UserId,
    Uri ResponseUrl,
    string? TriggerId);
