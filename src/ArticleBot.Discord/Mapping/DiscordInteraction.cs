using System.Globalization;
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

    private const int SubCommandType = 1;

    /// <summary>The thread's parent when the interaction came from a thread (or forum post).</summary>
    public string? ChannelParentId { get; init; }

    /// <summary>Where it was used: 0 a server, 1 a DM with the bot, 2 another DM or group DM.</summary>
    public int? Context { get; init; }

    /// <summary>The installs it was authorised by: key "0" a server install (value the guild id, "0" in the bot's
    /// DM), key "1" a user install (value the user id). Empty from a gateway too old to send it.</summary>
    public IReadOnlyDictionary<string, string> AuthorizingOwners { get; init; } = new Dictionary<string, string>();

    /// <summary>True when only a user install of the app allowed this interaction: the server (or DM) has no install of
    /// its own, so Discord shows public replies there only to few members, and the answer is sent ephemeral.</summary>
    public bool IsUserInstallOnly => AuthorizingOwners.ContainsKey("1") && !AuthorizingOwners.ContainsKey("0");

    /// <summary>The member's permissions in the channel (<c>member.permissions</c>, a bit set as a decimal string);
    /// null outside a server, where there is no member.</summary>
    public long? MemberPermissions { get; init; }

    public InteractionOption? Option(string name) => Options.FirstOrDefault(o => o.Name == name);

    public InteractionOption? FocusedOption => Options.FirstOrDefault(o => o.Focused);

    public static DiscordInteraction Parse(JsonElement json)
    {
        var data = json.GetObjectOrNull("data");
        var name = data?.GetStringOrNull("name");
        var options = data is { } d ? d.GetArrayOrEmpty("options").ToList() : [];
        // A subcommand (type 1, https://discord.com/developers/docs/interactions/application-commands#subcommands-and-subcommand-groups)
        // comes as the command's one option, holding its own options: "articles" + "add" is the command "articles add".
        if (options is [var only] && only.GetInt32OrNull("type") == SubCommandType)
        {
            name = $"{name} {only.GetStringOrNull("name")}";
            options = only.GetArrayOrEmpty("options").ToList();
        }

        var member = json.GetObjectOrNull("member");
        // In a guild the user is member.user; in a DM it is user.
        var user = member?.GetObjectOrNull("user") ?? json.GetObjectOrNull("user");
        return new DiscordInteraction(
            json.GetStringOrNull("id") ?? throw new JsonException("interaction has no id"),
            json.GetStringOrNull("application_id") ?? "",
            (InteractionType)(json.GetInt32OrNull("type") ?? 0),
            json.GetStringOrNull("token") ?? throw new JsonException("interaction has no token"),
            json.GetStringOrNull("channel_id"),
            json.GetStringOrNull("guild_id"),
            user?.GetStringOrNull("id"),
            name,
            options.Select(InteractionOption.Parse).ToList(),
            data?.GetStringOrNull("custom_id"),
            json.GetObjectOrNull("message")?.GetInt32OrNull("flags") ?? 0)
        {
            ChannelParentId = json.GetObjectOrNull("channel")?.GetStringOrNull("parent_id"),
            MemberPermissions = long.TryParse(member?.GetStringOrNull("permissions"), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : null,
            Context = json.GetInt32OrNull("context"),
            AuthorizingOwners = json.GetObjectOrNull("authorizing_integration_owners") is { } owners
                ? owners.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.String).ToDictionary(o => o.Name, o => o.Value.GetString()!)
                : new Dictionary<string, string>(),
        };
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
