namespace ArticleBot.Discord.Gateway;

/// <summary>What to do after a connection ends (protocol fact sheet 1.4).</summary>
internal enum DisconnectAction
{
    /// <summary>Reconnect to resume_gateway_url and RESUME.</summary>
    Resume,

    /// <summary>Forget the session, reconnect to the gateway URL and IDENTIFY.</summary>
    Identify,

    /// <summary>A configuration error: stop and say what to fix.</summary>
    Stop,
}
