using System.Text.Json.Nodes;
using ArticleBot.Core.Commands;

namespace ArticleBot.Discord.Mapping;

/// <summary>The slash commands, made from the table of commands (<see cref="ChatCommands"/>) and registered on start
/// by bulk overwrite (PUT replaces the whole set, so a renamed command does not linger). Names and limits follow
/// https://discord.com/developers/docs/interactions/application-commands.</summary>
internal static class SlashCommands
{
    private const int SubCommand = 1;

    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5), https://discord.com/developers/docs/topics/permissions: what "Manage
    /// Server" is in a member's permissions and in a command's default_member_permissions.</summary>
    public const long ManageGuild = 0x20;

    public static JsonArray Definitions()
    {
        var commands = new JsonArray();
        var discord = ChatCommands.On(CommandSurface.Discord).ToList();
        foreach (var command in discord.Where(command => command.Group is null))
        {
            commands.Add(Command(command.Name, command.Description, everyone: true, command.Options.Select(Option)));
        }

        // On Discord a permission belongs to a whole top-level command, so a group's subcommands share theirs.
        foreach (var group in discord.Where(command => command.Group is not null).GroupBy(command => command.Group!))
        {
            var subcommands = group.Select(command => new JsonObject
            {
                ["type"] = SubCommand,
                ["name"] = command.Name,
                ["description"] = command.Description,
                ["options"] = new JsonArray(command.Options.Select(option => (JsonNode)Option(option)).ToArray()),
            });
            commands.Add(Command(group.Key, $"Manage the articles: {string.Join(", ", group.Select(c => c.Name))}",
                everyone: group.All(command => command.Admin is null), subcommands));
        }

        return commands;
    }

    private static JsonObject Command(string name, string description, bool everyone, IEnumerable<JsonObject> options)
    {
        var command = new JsonObject
        {
            ["name"] = name,
            ["type"] = 1,
            ["description"] = description,
            ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
        };
        if (everyone)
        {
            // Installable to a server (0) and to a user (1), so /ask works wherever a person installed the app for
            // themselves: servers (0), the bot's DM (1) and other DMs and group DMs (2).
            command["contexts"] = new JsonArray(0, 1, 2);
            command["integration_types"] = new JsonArray(0, 1);
        }
        else
        {
            // Managing the articles is a server's business: only in servers that installed the app, shown only to
            // members with Manage Server (a server may change that in its settings; the bit is checked on use too).
            command["contexts"] = new JsonArray(0);
            command["integration_types"] = new JsonArray(0);
            command["default_member_permissions"] = ManageGuild.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return command;
    }

    private static JsonObject Option(CommandOption definition)
    {
        var option = new JsonObject
        {
            ["type"] = definition.Kind switch
            {
                CommandOptionKind.Integer => 4,
                CommandOptionKind.Flag => 5,
                _ => 3,
            },
            ["name"] = definition.Name,
            ["description"] = definition.Description,
            ["required"] = definition.Required,
        };
        if (definition.MaxLength is { } max)
        {
            option["max_length"] = max;
        }

        if (definition.Autocomplete)
        {
            option["autocomplete"] = true;
        }

        if (definition.MinValue is { } min)
        {
            option["min_value"] = min;
        }

        return option;
    }
}
