namespace ArticleBot.Slack.WebApi;

/// <summary>Which credential a call uses; response_url posts need none.</summary>
internal enum SlackToken
{
    None,
    Bot,
    App,
}
