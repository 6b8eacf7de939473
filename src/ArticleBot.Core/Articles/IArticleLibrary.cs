using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Articles;

/// <summary>
/// Adding and removing articles from a chat: what the admin commands of Discord and Slack call, so neither adapter
/// fetches a page or touches the index. Slow (a fetch within <c>ArticleBot:Fetch:Timeout</c>, then an index build):
/// callers answer the platform first and send the outcome after.
/// </summary>
public interface IArticleLibrary
{
    /// <summary>Fetches the link's page, keeps its story with the added articles and indexes it before returning,
    /// so the next question is answered from it. A bad link is an unsuccessful change saying why, never an exception.</summary>
    Task<ArticleChange> AddAsync(string link, ChatOrigin origin, CancellationToken cancellationToken);

    /// <summary>Removes an article added from a link (never one of the articles folder) and indexes without it.</summary>
    Task<ArticleChange> RemoveAsync(string id, ChatOrigin origin, CancellationToken cancellationToken);
}
