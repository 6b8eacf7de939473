namespace ArticleBot.Slack.Http;

internal enum SignatureCheck
{
    Valid,
    Missing,
    Stale,
    Mismatch,
}
