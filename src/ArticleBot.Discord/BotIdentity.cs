namespace ArticleBot.Discord;

/// <summary>Who the bot is, learnt from READY: its user id (to spot mentions and its own messages) and its
/// application id (for commands and interaction webhooks).</summary>
internal sealed class BotIdentity
{
    private volatile string? _userId;
    private volatile string? _applicationId;

    public string? UserId => _userId;

    public string? ApplicationId => _applicationId;

    public void Set(string userId, string applicationId)
    {
        _userId = userId;
        _applicationId = applicationId;
    }
}
