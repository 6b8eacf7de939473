using System.Text.Json.Nodes;

namespace ArticleBot.Slack.Tests.Fakes;

/// <summary>A message the bot posted with chat.postMessage, as the fake stored it.</summary>
public sealed record PostedMessage(string Channel, string Ts, string? ThreadTs, string? Text, JsonArray? Blocks)
{
    /// <summary>When the fake stored it (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), for the chat benchmark.</summary>
    public long PostedAt { get; init; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>Position among the fake's recorded calls (messages, statuses, prompts), to check what came first.</summary>
    public long Sequence { get; init; }

    /// <summary>All mrkdwn / plain text of the blocks, in order, for assertions.</summary>
    public string BlockText => Blocks is null ? "" : string.Join("\n", Texts(Blocks));

    public IEnumerable<JsonObject> Buttons => Blocks is null ? [] : Descendants(Blocks).OfType<JsonObject>().Where(o => (string?)o["type"] == "button");

    internal static IEnumerable<string> Texts(JsonNode node) =>
        Descendants(node).OfType<JsonObject>()
            .Where(o => (string?)o["type"] is "mrkdwn" or "plain_text" && o["text"] is JsonValue)
            .Select(o => (string)o["text"]!);

    internal static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}

public sealed record Reaction(string Channel, string Timestamp, string Name);

/// <summary>A post to a response_url.</summary>
public sealed record ResponsePost(string Id, JsonObject Body)
{
    public string ResponseType => (string?)Body["response_type"] ?? "ephemeral";

    public string BlockText => Body["blocks"] is JsonNode blocks ? string.Join("\n", PostedMessage.Texts(blocks)) : "";

    public IEnumerable<JsonObject> Buttons => Body["blocks"] is JsonNode blocks
        ? PostedMessage.Descendants(blocks).OfType<JsonObject>().Where(o => (string?)o["type"] == "button")
        : [];
}

/// <summary>An acknowledgement the bot sent on the socket.</summary>
public sealed record Ack(string EnvelopeId, JsonNode? Payload);

/// <summary>An assistant.threads.setSuggestedPrompts call the fake accepted.</summary>
public sealed record SuggestedPrompts(string Channel, string ThreadTs, string? Title, IReadOnlyList<(string Title, string Message)> List)
{
    public long Sequence { get; init; }
}

/// <summary>An assistant.threads.setStatus call the fake accepted ("" clears the status).</summary>
public sealed record StatusUpdate(string Channel, string ThreadTs, string Status)
{
    public long Sequence { get; init; }
}
