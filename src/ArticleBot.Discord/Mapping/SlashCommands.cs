using System.Text.Json.Nodes;

namespace ArticleBot.Discord.Mapping;

/// <summary>The slash commands, registered on start by bulk overwrite (PUT replaces the whole set, so a renamed
/// command does not linger). Names and limits follow https://discord.com/developers/docs/interactions/application-commands.</summary>
internal static class SlashCommands
{
    public const string Ask = "ask";
    public const string Quote = "quote";
    public const string Source = "source";
    public const string Help = "help";

    public static JsonArray Definitions() =>
    [
        Command(Ask, "Ask a question about the article",
            Option(3, "question", "What you want to know", required: true, maxLength: 500),
            Option(5, "private", "Only you see the answer (you can share it afterwards)")),
        Command(Quote, "Find a quotation by the words you remember",
            Option(3, "text", "Words of the quotation", required: true, maxLength: 500, autocomplete: true)),
        Command(Source, "List the articles, or show one paragraph in full",
            Option(3, "article", "Article id, as listed by /source"),
            Option(4, "paragraph", "Paragraph number (¶)", minValue: 1)),
        Command(Help, "What ArticleBot can do"),
    ];

    private static JsonObject Command(string name, string description, params JsonObject[] options) => new()
    {
        ["name"] = name,
        ["type"] = 1,
        ["description"] = description,
        ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
        // Installable to a server (0) and to a user (1), so /ask works wherever a person installed the app for
        // themselves: servers (0), the bot's DM (1) and other DMs and group DMs (2).
        ["contexts"] = new JsonArray(0, 1, 2),
        ["integration_types"] = new JsonArray(0, 1),
    };

    private static JsonObject Option(
        int type, string name, string description, bool required = false, int? maxLength = null, bool autocomplete = false, int? minValue = null)
    {
        var option = new JsonObject
        {
            ["type"] = type,
            ["name"] = name,
            ["description"] = description,
            ["required"] = required,
        };
        if (maxLength is { } max)
        {
            option["max_length"] = max;
        }

        if (autocomplete)
        {
            option["autocomplete"] = true;
        }

        if (minValue is { } min)
        {
            option["min_value"] = min;
        }

        return option;
    }
}
