namespace ArticleBot.Slack.Mapping;

/// <summary>A button click from a <c>block_actions</c> payload.</summary>
internal sealed record SlackBlockAction(
    string ActionId,
    string Value,
    string? ChannelId,
    string? UserId,
    Uri? ResponseUrl,
    string? TriggerId,
    string? MessageTs,
    string? ThreadTs,
    bool IsEphemeral);
