namespace ArticleBot.Discord.Rest;

/// <summary>A REST route for rate limiting: the template (method and path with ids left out) plus the top-level
/// resource, since Discord limits <c>/channels/A/messages</c> and <c>/channels/B/messages</c> separately.</summary>
internal sealed record DiscordRoute(string Template, string Major, bool ExemptFromGlobal = false)
{
    public string Key => $"{Template}|{Major}";
}
