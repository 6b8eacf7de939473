using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord;

/// <summary>Source-generated log messages. The token is never an argument of any of them.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(1, LogLevel.Information, "Discord shard {Shard} connecting to {Url}")]
    public static partial void Connecting(ILogger logger, int shard, Uri url);

    [LoggerMessage(2, LogLevel.Information, "Discord shard {Shard} ready as {User} (session started)")]
    public static partial void Ready(ILogger logger, int shard, string user);

    [LoggerMessage(3, LogLevel.Information, "Discord shard {Shard} resumed its session")]
    public static partial void Resumed(ILogger logger, int shard);

    [LoggerMessage(4, LogLevel.Warning, "Discord shard {Shard} disconnected ({Reason}); next: {Action} in {DelayMs} ms")]
    public static partial void Disconnected(ILogger logger, int shard, string reason, string action, double delayMs);

    [LoggerMessage(5, LogLevel.Warning, "Discord shard {Shard}: no heartbeat ACK since the last beat; reconnecting (zombie link)")]
    public static partial void Zombie(ILogger logger, int shard);

    [LoggerMessage(6, LogLevel.Warning, "Discord REST {Route} rate limited; retrying after {RetryAfterSeconds} s (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, double retryAfterSeconds, bool global);

    [LoggerMessage(7, LogLevel.Warning, "Discord REST {Route} failed with {Status} {Reason}; retrying")]
    public static partial void RestRetry(ILogger logger, string route, int status, string reason);

    // A network error is expected and retried: its message, never its stack trace.
    [LoggerMessage(15, LogLevel.Warning, "Discord REST {Route} could not be reached ({Reason}); retrying")]
    public static partial void RestUnreachable(ILogger logger, string route, string reason);

    [LoggerMessage(8, LogLevel.Error, "Discord: handling {Kind} {Id} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string kind, string id);

    [LoggerMessage(9, LogLevel.Warning, "Discord: registering slash commands failed; the bot still answers mentions and DMs")]
    public static partial void CommandRegistrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(10, LogLevel.Information, "Discord: registered {Count} slash commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(11, LogLevel.Warning, "Discord: no session starts left today; waiting {WaitMs} ms before identifying")]
    public static partial void NoSessionStarts(ILogger logger, double waitMs);

    [LoggerMessage(12, LogLevel.Debug, "Discord question {MessageId} from {UserId}: {Text}")]
    public static partial void Question(ILogger logger, string messageId, string? userId, string text);

    [LoggerMessage(13, LogLevel.Information, "Discord adapter disabled: set ArticleBot:Discord:Token (or PublicKey and ApplicationId) to enable it")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(16, LogLevel.Information, "Discord: no bot token, so no gateway; answering HTTP interactions only")]
    public static partial void HttpOnly(ILogger logger);

    [LoggerMessage(17, LogLevel.Warning, "Discord HTTP interaction refused: {Reason}")]
    public static partial void HttpRefused(ILogger logger, string reason);

    [LoggerMessage(14, LogLevel.Warning, "Discord shard {Shard}: skipped a gateway frame that does not parse ({Error})")]
    public static partial void MalformedFrame(ILogger logger, int shard, string error);
}
