using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Core.Telemetry;
using ArticleBot.WebChat;
using Microsoft.Extensions.Options;

namespace ArticleBot.Hosting.RateLimiting;

/// <summary>
/// Wraps the answerer the chat front ends use, so one limit covers Discord and Slack alike: a user (or a
/// channel) that asks too often gets a polite reply saying when to try again, and the index is not touched.
/// Keys come from <see cref="ChatQuestion.Origin"/>; a question without a user or channel id is not limited on that
/// count, the CLI (one person at a terminal) is never limited, and the web chat has its own per-request limit.
/// A channel's settings (<c>ArticleBot:Channels</c>) may replace the user and channel limits for questions asked there.
/// </summary>
internal sealed partial class RateLimitedAnswerer(
    IQuestionAnswerer inner,
    IOptions<RateLimitOptions> options,
    TimeProvider timeProvider,
    ILogger<RateLimitedAnswerer> logger,
    ArticleBotMetrics? metrics = null,
    ChannelPolicy? channels = null) : IQuestionAnswerer
{
    private readonly Lock _gate = new();
    private readonly SlidingWindowLimiter _users = new(options.Value.UserQuestions, options.Value.UserWindow);
    private readonly SlidingWindowLimiter _channels = new(options.Value.ChannelQuestions, options.Value.ChannelWindow);

    public ChatReply Answer(ChatQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var origin = question.Origin;
        // The web API limits requests before they get here (WebRequestLimiter, answered 429 with Retry-After); a
        // second, per-question limit here would turn into a 200 "slow down" reply that reads as "not in the article".
        if (!options.Value.Enabled || origin.Platform == ChatOrigin.CommandLine.Platform || origin.Platform == WebChatPlatform.Name)
        {
            return inner.Answer(question);
        }

        var user = origin.UserId is { Length: > 0 } userId ? $"{origin.Platform}/{userId}" : null;
        var channel = origin.ChannelId is { Length: > 0 } channelId ? $"{origin.Platform}/{channelId}" : null;
        var settings = channels?.For(origin) ?? ChannelSettings.Default;
        TimeSpan wait;
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var userWait = user is null ? TimeSpan.Zero : _users.RetryAfter(user, now, settings.UserQuestions);
            var channelWait = channel is null ? TimeSpan.Zero : _channels.RetryAfter(channel, now, settings.ChannelQuestions);
            wait = userWait > channelWait ? userWait : channelWait;
            if (wait == TimeSpan.Zero)
            {
                if (user is not null)
                {
                    _users.Record(user, now);
                }

                if (channel is not null)
                {
                    _channels.Record(channel, now);
                }
            }
        }

        if (wait == TimeSpan.Zero)
        {
            return inner.Answer(question);
        }

        LogLimited(logger, origin.Platform, origin.MessageId, (int)Math.Ceiling(wait.TotalSeconds));
        metrics?.QuestionRateLimited(origin.Platform);
        return SlowDown(question, wait);
    }

    public IReadOnlyList<QuoteSuggestion> SuggestQuotes(string partialText, int max) => inner.SuggestQuotes(partialText, max);

    internal static ChatReply SlowDown(ChatQuestion question, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var message = $"You're asking faster than I can keep up. Please slow down and try again in {seconds} second{(seconds == 1 ? "" : "s")}.";
        return new ChatReply(question.Text, false, question.Intent ?? QuestionIntent.Ask, [], message, []);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limit: asked {Platform} message {MessageId} to wait {Seconds} s")]
    private static partial void LogLimited(ILogger logger, string platform, string? messageId, int seconds);
}
