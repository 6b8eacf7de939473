namespace ArticleBot.Core.Answering;

/// <summary>Where a question came from; used for logging and per-user limits, never for ranking.</summary>
/// <param name="Platform">"discord", "slack", "web" or "cli".</param>
public sealed record ChatOrigin(string Platform, string? UserId = null, string? ChannelId = null, string? MessageId = null)
{
    public static ChatOrigin CommandLine { get; } = new("cli");

    /// <summary>What holds the channel, nearest first: a thread's parent channel, then the server (Discord guild).
    /// Per-channel settings (<see cref="Chat.ChannelPolicy"/>) fall back to these.</summary>
    public IReadOnlyList<string> ChannelParents { get; init; } = [];
}
