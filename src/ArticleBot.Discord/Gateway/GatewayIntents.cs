namespace ArticleBot.Discord.Gateway;

/// <summary>IDENTIFY intent bits (https://discord.com/developers/docs/events/gateway#gateway-intents).</summary>
[Flags]
internal enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: must be switched on in the Developer Portal, else close 4014.</summary>
    MessageContent = 1 << 15,
}

internal static class GatewayIntentSets
{
    /// <summary>Mentions, DMs and slash commands arrive with their content without MESSAGE_CONTENT, so the bot asks
    /// for it only when it must read un-mentioned messages: thread follow-ups, or the first message of a forum post
    /// (<paramref name="forumPosts"/>). 4609 without it, 37377 with it.</summary>
    public static GatewayIntents For(DiscordOptions options, bool forumPosts = false)
    {
        var intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages;
        return options.AnswerThreadFollowUps || forumPosts ? intents | GatewayIntents.MessageContent : intents;
    }
}
