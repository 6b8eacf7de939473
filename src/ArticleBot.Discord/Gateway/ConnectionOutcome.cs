namespace ArticleBot.Discord.Gateway;

/// <summary>How one connection ended and what comes next.</summary>
/// <param name="ReachedSession">READY or RESUMED arrived, so the link was healthy and backoff starts over.</param>
internal sealed record ConnectionOutcome(DisconnectAction Action, string Reason, int? CloseCode = null, bool ReachedSession = false);
