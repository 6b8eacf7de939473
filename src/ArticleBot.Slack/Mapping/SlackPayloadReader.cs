using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArticleBot.Slack.Mapping;

/// <summary>
/// The one place that reads Slack's JSON. Socket Mode envelopes carry exactly the bodies the HTTP Request URL would
/// get, so both modes end up here.
/// </summary>
internal static partial class SlackPayloadReader
{
    /// <summary>Reads an <c>events_api</c> payload (an <c>event_callback</c> body).</summary>
    public static SlackIncoming ReadEventCallback(JsonElement payload)
    {
        if (Str(payload, "type") == "app_rate_limited")
        {
            return new SlackIncoming.Ignored("app_rate_limited");
        }

        if (Str(payload, "type") != "event_callback" || !payload.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object)
        {
            return new SlackIncoming.Ignored("not an event_callback");
        }

        var type = Str(ev, "type");
        if (type == "assistant_thread_started")
        {
            return ReadAssistantThreadStarted(payload, ev);
        }

        if (type is not ("app_mention" or "message"))
        {
            return new SlackIncoming.Ignored($"event {type}");
        }

        var channel = Str(ev, "channel");
        var ts = Str(ev, "ts");
        if (channel is null || ts is null)
        {
            return new SlackIncoming.Ignored("event without channel or ts");
        }

        var eventId = Str(payload, "event_id") ?? $"{channel}:{ts}";
        return new SlackIncoming.Message(new SlackMessageEvent(
            eventId,
            type,
            Str(ev, "subtype"),
            Str(ev, "user"),
            Str(ev, "bot_id"),
            channel,
            Str(ev, "channel_type"),
            Str(ev, "text") ?? "",
            ts,
            Str(ev, "thread_ts"),
            Obj(ev, "assistant_thread") is not null));
    }

    private static SlackIncoming ReadAssistantThreadStarted(JsonElement payload, JsonElement ev)
    {
        var thread = Obj(ev, "assistant_thread");
        var channel = Str(thread, "channel_id");
        var threadTs = Str(thread, "thread_ts");
        if (channel is null || threadTs is null)
        {
            return new SlackIncoming.Ignored("assistant_thread_started without channel_id or thread_ts");
        }

        var context = thread is { } t ? Obj(t, "context") : null;
        return new SlackIncoming.AssistantThreadStarted(new SlackAssistantThread(
            Str(payload, "event_id") ?? $"{channel}:{threadTs}",
            channel,
            threadTs,
            Str(thread, "user_id"),
            Str(context, "channel_id")));
    }

    /// <summary>Reads a slash command, given as a JSON object (Socket Mode) or as form fields (HTTP).</summary>
    public static SlackIncoming ReadSlashCommand(Func<string, string?> field)
    {
        var command = field("command");
        var responseUrl = field("response_url");
        if (command is null || !Uri.TryCreate(responseUrl, UriKind.Absolute, out var url))
        {
            return new SlackIncoming.Ignored("slash command without command or response_url");
        }

        return new SlackIncoming.Command(new SlackSlashCommand(
            command, field("text") ?? "", field("channel_id"), field("user_id"), url, field("trigger_id")));
    }

    public static SlackIncoming ReadSlashCommand(JsonElement payload) => ReadSlashCommand(name => Str(payload, name));

    /// <summary>Reads an <c>interactive</c> payload; only button clicks in <c>block_actions</c> matter.</summary>
    public static SlackIncoming ReadInteraction(JsonElement payload)
    {
        if (Str(payload, "type") != "block_actions"
            || !payload.TryGetProperty("actions", out var actions)
            || actions.ValueKind != JsonValueKind.Array
            || actions.GetArrayLength() == 0)
        {
            return new SlackIncoming.Ignored("not a block action");
        }

        var action = actions[0];
        var container = Obj(payload, "container");
        var message = Obj(payload, "message");
        Uri.TryCreate(Str(payload, "response_url"), UriKind.Absolute, out var responseUrl);
        return new SlackIncoming.Action(new SlackBlockAction(
            Str(action, "action_id") ?? "",
            Str(action, "value") ?? "",
            Str(Obj(payload, "channel"), "id") ?? Str(container, "channel_id"),
            Str(Obj(payload, "user"), "id"),
            responseUrl,
            Str(payload, "trigger_id"),
            Str(container, "message_ts") ?? Str(message, "ts"),
            Str(container, "thread_ts") ?? Str(message, "thread_ts"),
            container is { } c && c.TryGetProperty("is_ephemeral", out var eph) && eph.ValueKind == JsonValueKind.True));
    }

    /// <summary>
    /// Turns message text into the question: user mentions (the bot's own, wherever it was typed) are dropped and
    /// Slack's three escapes are undone.
    /// </summary>
    public static string QuestionText(string text)
    {
        var withoutMentions = UserMention().Replace(text, " ");
        var unescaped = withoutMentions.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
        return SpaceBeforePunctuation().Replace(Whitespace().Replace(unescaped, " "), "$1").Trim();
    }

    /// <summary>A link as a slash command's text carries it: bare, or escaped as <c>&lt;https://…|label&gt;</c> when the
    /// command escapes links (https://api.slack.com/interactivity/slash-commands#creating_commands).</summary>
    public static string LinkText(string text)
    {
        var trimmed = text.Trim();
        return EscapedLink().Match(trimmed) is { Success: true } link ? link.Groups["url"].Value : trimmed;
    }

    private static string? Str(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static JsonElement? Obj(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    [GeneratedRegex(@"<@[UW][A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"\s+([?!.,;:])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"^<(?<url>[^|>]+)(\|[^>]*)?>$")]
    private static partial Regex EscapedLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
