using System.Text.Json.Nodes;
using ArticleBot.Core.Analysis;

namespace ArticleBot.Discord.Mapping;

/// <summary>The bot's responses to interactions, by callback type.
/// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object</summary>
internal static class InteractionResponses
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;

    /// <summary>The answer to Discord's PING on the interactions endpoint.</summary>
    public static JsonObject PongResponse() => new() { ["type"] = Pong };

    /// <summary>A message (<paramref name="type"/> 4, or 7 to edit the one clicked), seen only by the asker when
    /// <paramref name="isPrivate"/>.</summary>
    public static JsonObject Message(int type, JsonObject message, bool isPrivate)
    {
        if (isPrivate)
        {
            message["flags"] = DiscordInteraction.EphemeralFlag;
        }

        return new JsonObject { ["type"] = type, ["data"] = message };
    }

    /// <summary>"Thinking…", to be replaced by editing @original; private now means private then.</summary>
    public static JsonObject Deferred(bool isPrivate)
    {
        var data = new JsonObject();
        if (isPrivate)
        {
            data["flags"] = DiscordInteraction.EphemeralFlag;
        }

        return new JsonObject { ["type"] = DeferredChannelMessage, ["data"] = data };
    }

    /// <summary>Autocomplete choices, each a name shown and the value filled in (both within Discord's limits).</summary>
    public static JsonObject Autocomplete(IEnumerable<(string Name, string Value)> choices) => new()
    {
        ["type"] = AutocompleteResult,
        ["data"] = new JsonObject
        {
            ["choices"] = new JsonArray(choices.Select(choice => (JsonNode)new JsonObject
            {
                ["name"] = TextTrimmer.Trim(choice.Name, DiscordLimits.ChoiceText),
                ["value"] = TextTrimmer.Trim(choice.Value, DiscordLimits.ChoiceText),
            }).ToArray()),
        },
    };
}
