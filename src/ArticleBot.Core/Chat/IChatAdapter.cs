namespace ArticleBot.Core.Chat;

/// <summary>
/// A chat platform connection (Discord, Slack). It turns platform events into questions for
/// <see cref="Answering.IQuestionAnswerer"/> and replies into platform messages. The host runs every enabled adapter.
/// </summary>
public interface IChatAdapter
{
    /// <summary>Lower-case platform name, as used in logs and metrics ("discord", "slack").</summary>
    string Platform { get; }

    /// <summary>True while the adapter can receive questions (for readiness checks).</summary>
    bool IsConnected { get; }

    /// <summary>Runs until cancelled. Transient faults are retried inside; a fatal one throws
    /// <see cref="ArticleBotException"/> with <see cref="ArticleBotException.IsFatal"/> set.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
