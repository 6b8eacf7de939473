using ArticleBot.Core.Telemetry;
using ArticleBot.WebChat;
using ArticleBot.WebChat.Security;
using Microsoft.Extensions.Options;

namespace ArticleBot.Hosting.RateLimiting;

/// <summary>The web API's limit: <see cref="RateLimitOptions.WebRequests"/> requests per client IP address per
/// <see cref="RateLimitOptions.WebWindow"/>, over every API endpoint together.</summary>
internal sealed partial class WebRequestLimiter(
    IOptions<RateLimitOptions> options,
    TimeProvider timeProvider,
    ILogger<WebRequestLimiter> logger,
    ArticleBotMetrics? metrics = null) : IWebRequestLimiter
{
    private readonly Lock _gate = new();
    private readonly SlidingWindowLimiter _clients = new(options.Value.WebRequests, options.Value.WebWindow);

    public TimeSpan Acquire(string client)
    {
        if (!options.Value.Enabled)
        {
            return TimeSpan.Zero;
        }

        TimeSpan wait;
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            wait = _clients.RetryAfter(client, now);
            if (wait == TimeSpan.Zero)
            {
                _clients.Record(client, now);
                return wait;
            }
        }

        LogLimited(logger, (int)Math.Ceiling(wait.TotalSeconds));
        metrics?.QuestionRateLimited(WebChatPlatform.Name);
        return wait;
    }

    // Debug, not Information: one client looping on the API would otherwise write a line per refused request (the
    // metric articlebot.questions.rate_limited{platform="web"} counts them). No address: it is personal data.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Rate limit: asked a web client to wait {Seconds} s")]
    private static partial void LogLimited(ILogger logger, int seconds);
}
