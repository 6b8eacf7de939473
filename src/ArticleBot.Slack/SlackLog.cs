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

    [LoggerMessage(14, LogLevel.Information, "Slack adapter disabled: {Key} {Why}")]
    public static partial void Disabled(ILogger logger, string key, string why);

    [LoggerMessage(15, LogLevel.Warning, "Slack Socket Mode: skipped a frame of {Bytes} bytes that does not parse ({Error})")]
    public static partial void MalformedFrame(ILogger logger, int bytes, string error);

    [LoggerMessage(16, LogLevel.Information, "Slack assistant thread {ThreadTs} opened by {UserId} in {ChannelId} (viewing {ContextChannelId})")]
    public static partial void AssistantThreadStarted(ILogger logger, string? userId, string channelId, string threadTs, string? contextChannelId);

    [LoggerMessage(17, LogLevel.Warning, "Slack {Method} in {ChannelId} thread {ThreadTs} failed: {Error}")]
    public static partial void AssistantCallFailed(ILogger logger, string method, string channelId, string threadTs, string error);

    [LoggerMessage(18, LogLevel.Debug, "Slack vote from {UserId} on {MessageId} in {ChannelId}: helpful {Helpful}")]
    public static partial void VoteRecorded(ILogger logger, string userId, string? channelId, string? messageId, bool helpful);

    [LoggerMessage(19, LogLevel.Warning, "Slack vote on {MessageId} in {ChannelId} ignored: its value is not a vote or it has no user")]
    public static partial void VoteIgnored(ILogger logger, string? channelId, string? messageId);

    [LoggerMessage(20, LogLevel.Debug, "Slack {Kind} {MessageId} in {ChannelId} not answered: the channel is switched off in ArticleBot:Channels")]
    public static partial void ChannelSwitchedOff(ILogger logger, string kind, string? channelId, string? messageId);
}
