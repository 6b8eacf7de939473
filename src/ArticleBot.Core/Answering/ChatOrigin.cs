namespace ArticleBot.Core.Answering;

/// <summary>Where a question came from; used for logging and per-user limits, never for ranking.</summary>
/// <param name="Platform">"discord", "slack", "web" or "cli".</param>
public sealed record ChatOrigin(string Platform, string? UserId = null, string? ChannelId = null, string? MessageId = null)
{
    public static ChatOrigin CommandLine { get; } = new("cli");
}
