namespace ArticleBot.Core;

/// <summary>
/// The one exception type ArticleBot throws on purpose. A fatal one (bad token, disallowed intent, unreadable
/// article folder) stops the host with its message; a non-fatal one is retried or reported to the user.
/// </summary>
public sealed class ArticleBotException(string message, bool isFatal = false, Exception? innerException = null)
    : Exception(message, innerException)
{
    public bool IsFatal { get; } = isFatal;
}
