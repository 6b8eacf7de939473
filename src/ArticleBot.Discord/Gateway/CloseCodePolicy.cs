namespace ArticleBot.Discord.Gateway;

/// <summary>Maps gateway close codes to an action, from the close-code table in
/// https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes.</summary>
internal static class CloseCodePolicy
{
    public static DisconnectAction ActionFor(int? closeCode) => closeCode switch
    {
        4004 or (>= 4010 and <= 4014) => DisconnectAction.Stop,

        // Not authenticated, invalid seq and session timeout all mean the session is gone.
        4003 or 4007 or 4009 => DisconnectAction.Identify,

        // 4000/4001/4002/4005/4008, a TCP drop and anything unknown leave the session resumable for a while;
        // if it is not, the RESUME is answered with op 9 false and the bot identifies then.
        _ => DisconnectAction.Resume,
    };

    /// <summary>The message of the fatal exception: what went wrong and which setting or portal switch fixes it.</summary>
    public static string FatalMessage(int closeCode) => closeCode switch
    {
        4004 => "Discord closed the gateway with 4004 (authentication failed): the bot token is wrong or was reset. " +
                "Set ArticleBot:Discord:Token to the token from the Developer Portal (your application → Bot → Reset Token).",
        4010 => "Discord closed the gateway with 4010 (invalid shard): check ArticleBot:Discord:ShardId and " +
                "ArticleBot:Discord:ShardCount (ShardId must be less than ShardCount).",
        4011 => "Discord closed the gateway with 4011 (sharding required): set ArticleBot:Discord:ShardCount, or leave " +
                "ArticleBot:Discord:ShardId and ShardCount empty to use Discord's recommended shard count.",
        4012 => "Discord closed the gateway with 4012 (invalid API version): ArticleBot:Discord:ApiBaseUrl must point at " +
                "API v10 (https://discord.com/api/v10).",
        4013 => "Discord closed the gateway with 4013 (invalid intents): the identify intents are not valid. " +
                "This is a bug in ArticleBot's Discord adapter; please report it.",
        4014 => "Discord closed the gateway with 4014 (disallowed intent): the privileged MESSAGE CONTENT intent is not " +
                "enabled for this application. Either enable \"Message Content Intent\" in the Developer Portal " +
                "(your application → Bot → Privileged Gateway Intents) or set ArticleBot:Discord:AnswerThreadFollowUps to false.",
        _ => $"Discord closed the gateway with {closeCode}, which cannot be retried.",
    };
}
