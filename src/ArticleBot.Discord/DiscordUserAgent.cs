namespace ArticleBot.Discord;

/// <summary>Discord requires <c>User-Agent: DiscordBot ($url, $version)</c> on REST calls; without it Cloudflare may
/// block requests (https://discord.com/developers/docs/reference#user-agent).</summary>
internal static class DiscordUserAgent
{
    public const string Value = "DiscordBot (https://github.com/articlebot/articlebot, 1.0) ArticleBot";
}
