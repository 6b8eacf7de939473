using System.Text.Json.Nodes;
using ArticleBot.Slack.Tests.Fakes;

namespace ArticleBot.Slack.Tests;

/// <summary>Envelopes built from the real payloads in ../shared/protocol/slack/, with the fields a test cares about changed.</summary>
internal static class SlackEnvelopes
{
    private static int _next;

    public static string NewTs() => $"1610241741.{Interlocked.Increment(ref _next) + 100_000:D6}";

    /// <summary>socket_events_api_app_mention.json with its own event_id, text and ts.</summary>
    public static JsonObject Mention(string text, string? ts = null, string? threadTs = null, string channel = "C111") =>
        FakeSlack.Envelope("socket_events_api_app_mention.json", envelope =>
        {
            var payload = envelope["payload"]!;
            payload["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
            var ev = payload["event"]!;
            ev["text"] = text;
            ev["ts"] = ts ?? NewTs();
            ev["event_ts"] = ev["ts"]!.GetValue<string>();
            ev["channel"] = channel;
            if (threadTs is not null)
            {
                ev["thread_ts"] = threadTs;
            }
        });

    /// <summary>The HTTP example events_message_im.json (or a channel message), wrapped in a Socket Mode envelope.</summary>
    public static JsonObject Message(string text, string channelType = "im", string channel = "D024BE91L", string? threadTs = null, string? botId = null, string? subtype = null)
    {
        var payload = FakeSlack.Payload("events_message_im.json");
        payload["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var ev = payload["event"]!;
        ev["text"] = text;
        ev["ts"] = NewTs();
        ev["channel"] = channel;
        ev["channel_type"] = channelType;
        if (threadTs is not null)
        {
            ev["thread_ts"] = threadTs;
        }

        if (botId is not null)
        {
            ev["bot_id"] = botId;
        }

        if (subtype is not null)
        {
            ev["subtype"] = subtype;
        }

        return FakeSlack.EventsApiEnvelope(payload);
    }

    /// <summary>socket_slash_command.json for <paramref name="command"/>, answering to the fake's response_url.</summary>
    public static JsonObject SlashCommand(FakeSlack fake, string command, string text, string responseId, string? channel = null) =>
        FakeSlack.Envelope("socket_slash_command.json", envelope =>
        {
            var payload = envelope["payload"]!;
            if (channel is not null)
            {
                payload["channel_id"] = channel;
            }

            payload["command"] = command;
            payload["text"] = text;
            payload["response_url"] = fake.ResponseUrl(responseId).ToString();
            payload["trigger_id"] = Guid.NewGuid().ToString("N");
        });

    /// <summary>An <c>interactive</c> envelope for a click on <paramref name="button"/> of a private (ephemeral) message.</summary>
    public static JsonObject ButtonClick(FakeSlack fake, JsonObject button, string responseId, string? threadTs = null, bool ephemeral = true, string user = "U222", string channel = "C111") =>
        BlockActions(fake, new JsonObject
        {
            ["action_id"] = button["action_id"]!.GetValue<string>(),
            ["block_id"] = "b1",
            ["type"] = "button",
            ["value"] = button["value"]!.GetValue<string>(),
            ["action_ts"] = NewTs(),
        }, responseId, channel, NewTs(), threadTs, ephemeral, user);

    /// <summary>A message in an assistant thread: message.im in the thread, with the <c>assistant_thread</c> object
    /// and <c>parent_user_id</c> Slack adds to such messages.</summary>
    public static JsonObject AssistantMessage(string text, string channel, string threadTs, bool marked = true)
    {
        var envelope = Message(text, channel: channel, threadTs: threadTs);
        var ev = envelope["payload"]!["event"]!;
        ev["parent_user_id"] = "U0FAKEBOT";
        if (marked)
        {
            ev["assistant_thread"] = new JsonObject { ["action_token"] = "10116779555154.10138525474272." + Guid.NewGuid().ToString("N") };
        }

        return envelope;
    }

    /// <summary>An <c>interactive</c> envelope for a click on one side of a <c>feedback_buttons</c> element: the action
    /// carries the element's action_id and the clicked button's value and text (block_actions reference).</summary>
    public static JsonObject FeedbackButtonsClick(FakeSlack fake, JsonObject element, bool positive, string responseId, string channel, string messageTs, string threadTs, string user = "U123ABC456")
    {
        var button = element[positive ? "positive_button" : "negative_button"]!;
        return BlockActions(fake, new JsonObject
        {
            ["action_id"] = element["action_id"]!.GetValue<string>(),
            ["block_id"] = "fb1",
            ["type"] = "feedback_buttons",
            ["value"] = button["value"]!.GetValue<string>(),
            ["text"] = button["text"]!.DeepClone(),
            ["action_ts"] = NewTs(),
        }, responseId, channel, messageTs, threadTs, ephemeral: false, user);
    }

    private static JsonObject BlockActions(FakeSlack fake, JsonObject action, string responseId, string channel, string messageTs, string? threadTs, bool ephemeral, string user) => new()
    {
        ["envelope_id"] = Guid.NewGuid().ToString(),
        ["type"] = "interactive",
        ["accepts_response_payload"] = false,
        ["payload"] = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = ephemeral, ["thread_ts"] = threadTs },
            ["response_url"] = fake.ResponseUrl(responseId).ToString(),
            ["trigger_id"] = Guid.NewGuid().ToString("N"),
            ["actions"] = new JsonArray(action),
        },
    };

    public static string EventTs(JsonObject envelope) => envelope["payload"]!["event"]!["ts"]!.GetValue<string>();

    public static string Channel(JsonObject envelope) => envelope["payload"]!["event"]!["channel"]!.GetValue<string>();
}
