using System.Text.Json;

namespace ArticleBot.Discord.Mapping;

/// <summary>An INTERACTION_CREATE: a slash command, an autocomplete request or a button press.</summary>
internal sealed record DiscordInteraction(
    string Id,
    string ApplicationId,
    InteractionType Type,
    string Token,
    string? ChannelId,
    string? GuildId,
    string? UserId,
    string? CommandName,
    IReadOnlyList<InteractionOption> Options,
    string? CustomId,
    int MessageFlags)
{
    public const int EphemeralFlag = 64;

    public InteractionOption? Option(string name) => Options.FirstOrDefault(o => o.Name == name);

    public InteractionOption? FocusedOption => Options.FirstOrDefault(o => o.Focused);

    public static DiscordInteraction Parse(JsonElement json)
    {
        var data = json.GetObjectOrNull("data");
        // In a guild the user is member.user; in a DM it is user.
        var user = json.GetObjectOrNull("member")?.GetObjectOrNull("user") ?? json.GetObjectOrNull("user");
        return new DiscordInteraction(
            json.GetStringOrNull("id") ?? throw new JsonException("interaction has no id"),
            json.GetStringOrNull("application_id") ?? "",
            (InteractionType)(json.GetInt32OrNull("type") ?? 0),
            json.GetStringOrNull("token") ?? throw new JsonException("interaction has no token"),
            json.GetStringOrNull("channel_id"),
            json.GetStringOrNull("guild_id"),
            user?.GetStringOrNull("id"),
            data?.GetStringOrNull("name"),
            data is { } d ? d.GetArrayOrEmpty("options").Select(InteractionOption.Parse).ToList() : [],
            data?.GetStringOrNull("custom_id"),
            json.GetObjectOrNull("message")?.GetInt32OrNull("flags") ?? 0);
    }
}

internal enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}
