using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>Discord's documented message and command limits (fact sheet 2.3 and 3.3), as the fake enforces them.
/// Each check returns the reason for a 50035 "Invalid Form Body", or null when the body is valid.</summary>
internal static partial class MessageRules
{
    public static string? CheckMessage(JsonElement body)
    {
        if (body.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String &&
            content.GetString()!.Length > 2000)
        {
            return "content: must be 2000 or fewer in length";
        }

        if (body.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array)
        {
            if (embeds.GetArrayLength() > 10)
            {
                return "embeds: must be 10 or fewer in length";
            }

            var total = 0;
            foreach (var embed in embeds.EnumerateArray())
            {
                if ((Check(embed, "title", 256, ref total) ?? Check(embed, "description", 4096, ref total)) is { } error)
                {
                    return error;
                }

                if (embed.TryGetProperty("footer", out var footer) && Check(footer, "text", 2048, ref total) is { } f)
                {
                    return f;
                }

                if (embed.TryGetProperty("author", out var author) && Check(author, "name", 256, ref total) is { } a)
                {
                    return a;
                }

                if (embed.TryGetProperty("fields", out var fields))
                {
                    if (fields.GetArrayLength() > 25)
                    {
                        return "embed.fields: must be 25 or fewer in length";
                    }

                    foreach (var field in fields.EnumerateArray())
                    {
                        if ((Check(field, "name", 256, ref total) ?? Check(field, "value", 1024, ref total)) is { } fe)
                        {
                            return fe;
                        }
                    }
                }
            }

            if (total > 6000)
            {
                return "embeds: total size exceeds 6000";
            }
        }

        if (body.TryGetProperty("components", out var rows) && rows.ValueKind == JsonValueKind.Array)
        {
            if (rows.GetArrayLength() > 5)
            {
                return "components: must be 5 or fewer in length";
            }

            var ids = new HashSet<string>();
            foreach (var row in rows.EnumerateArray())
            {
                var buttons = row.GetProperty("components");
                if (buttons.GetArrayLength() > 5)
                {
                    return "components.components: must be 5 or fewer in length";
                }

                foreach (var button in buttons.EnumerateArray())
                {
                    var id = button.TryGetProperty("custom_id", out var c) ? c.GetString() ?? "" : "";
                    if (id.Length is 0 or > 100 || !ids.Add(id))
                    {
                        return $"custom_id '{id}': must be 1-100 characters and unique";
                    }

                    if (button.TryGetProperty("label", out var label) && label.GetString()!.Length > 80)
                    {
                        return "label: must be 80 or fewer in length";
                    }
                }
            }
        }

        if (body.TryGetProperty("allowed_mentions", out var mentions) &&
            mentions.TryGetProperty("parse", out var parse) && parse.EnumerateArray().Any(p => p.GetString() == "users") &&
            mentions.TryGetProperty("users", out var users) && users.GetArrayLength() > 0)
        {
            return "allowed_mentions: parse users conflicts with users";
        }

        return null;
    }

    public static string? CheckCommands(JsonElement commands)
    {
        foreach (var command in commands.EnumerateArray())
        {
            var name = command.GetProperty("name").GetString() ?? "";
            if (!CommandName().IsMatch(name) || name != name.ToLowerInvariant())
            {
                return $"name '{name}' is invalid";
            }

            // Installation contexts (https://discord.com/developers/docs/resources/application#installation-context):
            // 0 GUILD_INSTALL, 1 USER_INSTALL; interaction contexts: 0 GUILD, 1 BOT_DM, 2 PRIVATE_CHANNEL.
            if (!ValuesWithin(command, "integration_types", 0, 1) || !ValuesWithin(command, "contexts", 0, 2))
            {
                return $"integration_types or contexts of '{name}' are invalid";
            }

            var description = command.GetProperty("description").GetString() ?? "";
            if (description.Length is 0 or > 100)
            {
                return $"description of '{name}' must be 1-100 characters";
            }

            if (command.TryGetProperty("options", out var options))
            {
                if (options.GetArrayLength() > 25)
                {
                    return "options: must be 25 or fewer";
                }

                var seenOptional = false;
                foreach (var option in options.EnumerateArray())
                {
                    var required = option.TryGetProperty("required", out var r) && r.GetBoolean();
                    if (required && seenOptional)
                    {
                        return "required options must be placed before non-required options";
                    }

                    seenOptional |= !required;
                    var optionName = option.GetProperty("name").GetString() ?? "";
                    var optionDescription = option.GetProperty("description").GetString() ?? "";
                    if (!CommandName().IsMatch(optionName) || optionDescription.Length is 0 or > 100)
                    {
                        return $"option '{optionName}' is invalid";
                    }

                    if (option.TryGetProperty("autocomplete", out var ac) && ac.GetBoolean() && option.TryGetProperty("choices", out _))
                    {
                        return "autocomplete cannot be set with choices";
                    }
                }
            }
        }

        return null;
    }

    private static bool ValuesWithin(JsonElement command, string name, int min, int max) =>
        !command.TryGetProperty(name, out var values) || values.ValueKind == JsonValueKind.Null ||
        (values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0 &&
         values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number && v.GetInt32() >= min && v.GetInt32() <= max));

    private static string? Check(JsonElement element, string name, int max, ref int total)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            var length = value.GetString()!.Length;
            total += length;
            if (length > max)
            {
                return $"{name}: must be {max} or fewer in length";
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}
