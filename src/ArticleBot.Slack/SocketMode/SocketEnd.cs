namespace ArticleBot.Slack.SocketMode;

/// <summary>How one Socket Mode connection ended.</summary>
internal enum SocketEnd
{
    /// <summary>Closed or dropped without warning: reconnect with backoff.</summary>
    Dropped,

    /// <summary>Closed after Slack announced it (warning / refresh_requested); a replacement is already open.</summary>
    Retired,

    /// <summary>Socket Mode was turned off for the app: stop, don't loop.</summary>
    LinkDisabled,

    /// <summary>Over Slack's connection cap: back off before opening another.</summary>
    TooManyConnections,
}
