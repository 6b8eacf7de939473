namespace ArticleBot.WebChat.Security;

/// <summary>
/// The web API's rate limit, supplied by the host (which owns the limit settings and metrics). The web chat asks it
/// once per API request, before any answering, so a limited request becomes a 429 with Retry-After rather than an
/// empty answer that reads as "not in the article". Without one registered the API is not limited.
/// </summary>
public interface IWebRequestLimiter
{
    /// <summary>Zero when <paramref name="client"/> may make this request (it is counted); otherwise how long to wait.</summary>
    TimeSpan Acquire(string client);
}
