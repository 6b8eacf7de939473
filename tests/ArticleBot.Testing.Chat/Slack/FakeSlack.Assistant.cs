using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace ArticleBot.Slack.Tests.Fakes;

/// <summary>
/// The Agents &amp; AI Apps methods (assistant.threads.setSuggestedPrompts / setStatus / setTitle), following their reference
/// pages on docs.slack.dev: JSON or form bodies, <c>channel_id</c> and <c>thread_ts</c> naming a thread, at most four
/// prompts each with a title and a message, a status that an empty string or the app's next reply in the thread clears.
/// </summary>
public sealed partial class FakeSlack
{
    private readonly ConcurrentDictionary<(string Channel, string ThreadTs), string> _statuses = new();
    private readonly ConcurrentDictionary<(string Channel, string ThreadTs), byte> _assistantThreads = new();
    private long _sequence;

    public ConcurrentQueue<SuggestedPrompts> Prompts { get; } = new();

    public ConcurrentQueue<StatusUpdate> StatusUpdates { get; } = new();

    /// <summary>Titles set with assistant.threads.setTitle, by thread.</summary>
    public ConcurrentQueue<(string Channel, string ThreadTs, string Title)> Titles { get; } = new();

    /// <summary>The status an assistant thread shows now ("" when none).</summary>
    public string CurrentStatus(string channel, string threadTs) => _statuses.GetValueOrDefault((channel, threadTs), "");

    /// <summary>Opens an assistant thread as Slack does when a user opens the app's panel: a new thread in the user's
    /// DM with the app, announced by an <c>assistant_thread_started</c> envelope.</summary>
    public async Task<(string Channel, string ThreadTs)> StartAssistantThreadAsync(string userId = "U123ABC456", string channel = "D123ABC456")
    {
        var (threadTs, payload) = OpenAssistantThread(userId, channel);
        await SendEnvelopeAsync(EventsApiEnvelope(payload));
        return (channel, threadTs);
    }

    /// <summary>Opens an assistant thread and returns the <c>assistant_thread_started</c> event_callback body that
    /// announces it, for the HTTP Request URL.</summary>
    public (string ThreadTs, JsonObject Payload) OpenAssistantThread(string userId = "U123ABC456", string channel = "D123ABC456")
    {
        var threadTs = NextTs();
        _assistantThreads[(channel, threadTs)] = 0;
        var payload = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", "events_assistant_thread_started.json")))!.AsObject();
        payload["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var thread = payload["event"]!["assistant_thread"]!;
        thread["user_id"] = userId;
        thread["channel_id"] = channel;
        thread["thread_ts"] = threadTs;
        return (threadTs, payload);
    }

    /// <summary>An Events API body as Socket Mode carries it: the same payload the HTTP Request URL would get.</summary>
    public static JsonObject EventsApiEnvelope(JsonObject payload) => new()
    {
        ["envelope_id"] = Guid.NewGuid().ToString(),
        ["payload"] = payload,
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["retry_attempt"] = 0,
        ["retry_reason"] = "",
    };

    /// <summary>Position of a call among all recorded ones, to check what came first.</summary>
    private long NextSequence() => Interlocked.Increment(ref _sequence);

    private JsonObject SetSuggestedPrompts(JsonObject? body)
    {
        if (Thread(body) is not { } thread)
        {
            return Error("invalid_arguments");
        }

        // A form body carries the array as a JSON string, as Slack's docs show for the form encoding.
        var prompts = body!["prompts"] switch
        {
            JsonArray array => array,
            JsonValue value when value.TryGetValue<string>(out var json) => TryParse(json) as JsonArray,
            _ => null,
        };
        if (prompts is null || prompts.Count is < 1 or > 4)
        {
            return Error("invalid_arguments");
        }

        var list = new List<(string Title, string Message)>();
        foreach (var prompt in prompts)
        {
            if (prompt?["title"]?.GetValue<string>() is not { Length: > 0 } title || prompt["message"]?.GetValue<string>() is not { Length: > 0 } message)
            {
                return Error("invalid_arguments");
            }

            list.Add((title, message));
        }

        if (!_assistantThreads.ContainsKey(thread))
        {
            return Error("invalid_thread_ts");
        }

        Prompts.Enqueue(new SuggestedPrompts(thread.Channel, thread.ThreadTs, (string?)body["title"], list) { Sequence = NextSequence() });
        return new JsonObject { ["ok"] = true };
    }

    private JsonObject SetStatus(JsonObject? body)
    {
        // status is required but may be empty: "" clears it.
        if (Thread(body) is not { } thread || body!["status"] is not JsonValue statusValue || !statusValue.TryGetValue<string>(out var status))
        {
            return Error("invalid_arguments");
        }

        _statuses[thread] = status;
        StatusUpdates.Enqueue(new StatusUpdate(thread.Channel, thread.ThreadTs, status) { Sequence = NextSequence() });
        return new JsonObject { ["ok"] = true };
    }

    private JsonObject SetTitle(JsonObject? body)
    {
        if (Thread(body) is not { } thread || body!["title"] is not JsonValue titleValue || !titleValue.TryGetValue<string>(out var title) || title.Length == 0)
        {
            return Error("invalid_arguments");
        }

        if (!_assistantThreads.ContainsKey(thread))
        {
            return Error("invalid_thread_ts");
        }

        Titles.Enqueue((thread.Channel, thread.ThreadTs, title));
        return new JsonObject { ["ok"] = true };
    }

    /// <summary>"The status will be automatically cleared when the app sends a reply" (setStatus reference).</summary>
    private void ClearStatusOnReply(string channel, string? threadTs)
    {
        if (threadTs is not null)
        {
            _statuses.TryRemove((channel, threadTs), out _);
        }
    }

    private static (string Channel, string ThreadTs)? Thread(JsonObject? body) =>
        body?["channel_id"]?.GetValue<string>() is { Length: > 0 } channel && body["thread_ts"]?.GetValue<string>() is { Length: > 0 } threadTs
            ? (channel, threadTs)
            : null;

    private static JsonNode? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
