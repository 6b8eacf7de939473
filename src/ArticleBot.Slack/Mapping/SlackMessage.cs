using System.Text.Json.Nodes;

namespace ArticleBot.Slack.Mapping;

/// <summary>A rendered reply: the notification / screen-reader text and the Block Kit blocks.</summary>
internal sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>Body of <c>chat.postMessage</c>.</summary>
    public JsonObject ToPostMessage(string channel, string? threadTs)
    {
        var body = new JsonObject
        {
            ["channel"] = channel,
            ["text"] = Text,
            ["blocks"] = Blocks.DeepClone(),
            ["unfurl_links"] = false,
            ["unfurl_media"] = false,
        };
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        return body;
    }

    /// <summary>Body of a <c>response_url</c> post (or a slash-command ack payload).</summary>
    public JsonObject ToResponse(bool inChannel) => new()
    {
        ["response_type"] = inChannel ? "in_channel" : "ephemeral",
        ["replace_original"] = false,
        ["text"] = Text,
        ["blocks"] = Blocks.DeepClone(),
    };
}
