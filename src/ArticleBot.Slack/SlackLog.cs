using Microsoft.Extensions.Logging;

namespace ArticleBot.Slack;

/// <summary>Source-generated logs of the Slack adapter. Tokens and secrets never appear in them; question text only at Debug.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(1, LogLevel.Information, "Slack adapter starting in {Mode} mode")]
    public static partial void Starting(ILogger logger, string mode);

    [LoggerMessage(2, LogLevel.Information, "Slack Socket Mode connected ({Connections} connection(s) open, recycled in about {ApproximateSeconds} s)")]
    public static partial void SocketConnected(ILogger logger, int connections, int approximateSeconds);

    [LoggerMessage(3, LogLevel.Information, "Slack asked this socket to disconnect: {Reason}")]
    public static partial void SocketDisconnectRequested(ILogger logger, string reason);

    // A network fault is expected and retried: its message says enough, and a stack trace per retry is what turned
    // 15 s of an unreachable Slack into hundreds of log lines. Only an unexpected exception brings its stack.
    [LoggerMessage(4, LogLevel.Warning, "Slack socket dropped ({Reason}); reconnecting in {Delay}")]
    public static partial void SocketDropped(ILogger logger, string reason, TimeSpan delay, Exception? exception = null);

    [LoggerMessage(5, LogLevel.Warning, "Slack Web API {Method} rate limited; waiting {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string method, TimeSpan retryAfter);

    [LoggerMessage(6, LogLevel.Warning, "Slack Web API {Method} failed transiently ({Reason}, attempt {Attempt}); retrying in {Delay}")]
    public static partial void TransientFailure(ILogger logger, string method, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(7, LogLevel.Debug, "Slack duplicate delivery {Key} ignored")]
    public static partial void DuplicateIgnored(ILogger logger, string key);

    [LoggerMessage(8, LogLevel.Debug, "Slack question from {UserId} in {ChannelId} ({MessageId}): {Text}")]
    public static partial void Question(ILogger logger, string? userId, string? channelId, string? messageId, string text);

    [LoggerMessage(9, LogLevel.Error, "Slack message {MessageId} in {ChannelId} could not be answered")]
    public static partial void HandlingFailed(ILogger logger, string? channelId, string? messageId, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "Slack reaction on {MessageId} in {ChannelId} failed: {Error}")]
    public static partial void ReactionFailed(ILogger logger, string? channelId, string? messageId, string error);

    [LoggerMessage(11, LogLevel.Warning, "Slack request to {Path} rejected: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string path, string reason);

    [LoggerMessage(12, LogLevel.Warning, "Slack reports the app is over its event rate limit (minute {Minute})")]
    public static partial void EventsRateLimited(ILogger logger, long minute);

    [LoggerMessage(13, LogLevel.Debug, "Slack envelope {EnvelopeId} of type {Type} acknowledged (retry attempt {RetryAttempt})")]
    public static partial void EnvelopeAcked(ILogger logger, string envelopeId, string type, int retryAttempt);

    [LoggerMessage(14, LogLevel.Information, "Slack adapter disabled: {Key} is not set")]
    public static partial void Disabled(ILogger logger, string key);

    [LoggerMessage(15, LogLevel.Warning, "Slack Socket Mode: skipped a frame of {Bytes} bytes that does not parse ({Error})")]
    public static partial void MalformedFrame(ILogger logger, int bytes, string error);
}
