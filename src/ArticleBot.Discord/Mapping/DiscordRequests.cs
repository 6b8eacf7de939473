using System.Text.Json.Nodes;

namespace ArticleBot.Discord.Mapping;

/// <summary>The REST bodies the bot sends besides rendered replies, and what every message gets on its way out.
/// https://discord.com/developers/docs/resources/message#create-message</summary>
internal static class DiscordRequests
{
    /// <summary>Discord's limit on a nonce's length.</summary>
    private const int MaxNonce = 25;

    /// <summary>The message as sent: no pings (a quoted passage may hold "@everyone"), and with a nonce Discord
    /// deduplicates on, so a POST retried after a 5xx cannot post the answer twice.</summary>
    public static JsonObject Outgoing(JsonObject message, string? nonce = null)
    {
        message["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() };
        if (nonce is not null)
        {
            message["nonce"] = nonce.Length > MaxNonce ? nonce[..MaxNonce] : nonce;
            message["enforce_nonce"] = true;
        }

        return message;
    }

    /// <summary>An interaction response that carries a message (types 4 and 7) gets no pings either.</summary>
    public static JsonObject OutgoingResponse(JsonObject response)
    {
        if (response["data"] is JsonObject data && response["type"]?.GetValue<int>() is InteractionResponses.ChannelMessage or InteractionResponses.UpdateMessage)
        {
            Outgoing(data);
        }

        return response;
    }

    /// <summary>The reply to a message, shown under it. If the question was deleted meanwhile, the answer is still
    /// posted rather than failing.</summary>
    public static JsonObject ReplyingTo(JsonObject message, DiscordMessage question)
    {
        message["message_reference"] = new JsonObject
        {
            ["message_id"] = question.Id,
            ["channel_id"] = question.ChannelId,
            ["guild_id"] = question.GuildId,
            ["fail_if_not_exists"] = false,
        };
        return message;
    }

    /// <summary>Start Thread from Message: a public thread archived after a day without messages.</summary>
    public static JsonObject StartThread(string name) => new() { ["name"] = name, ["auto_archive_duration"] = 1440 };
}
