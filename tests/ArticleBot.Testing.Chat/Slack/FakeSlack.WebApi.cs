using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ArticleBot.Slack.Tests.Fakes;

public sealed partial class FakeSlack
{
    private readonly ConcurrentDictionary<string, byte> _tickets = new();
    private readonly ConcurrentDictionary<string, int> _responseUrlUses = new();

    private void MapWebApi(WebApplication app)
    {
        app.MapPost("/api/{method}", async (string method, HttpContext context) =>
        {
            _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
            var body = await ReadBodyAsync(context.Request);
            var bearer = context.Request.Headers.Authorization.ToString() is var auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : body?["token"]?.GetValue<string>();
            if (method == "chat.postMessage")
            {
                PostMessageAttempts.Enqueue(DateTimeOffset.UtcNow);
            }

            // Slack answers 429 only for rate limits; every other failure is HTTP 200 with ok:false.
            if (TryTakeRateLimit(method, out var retryAfter))
            {
                context.Response.Headers.RetryAfter = retryAfter.ToString();
                return Results.Json(Error("ratelimited"), statusCode: StatusCodes.Status429TooManyRequests);
            }

            if (TryTakeServerError(method))
            {
                return Results.Text("<html>Service Unavailable</html>", "text/html", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var expectedToken = method == "apps.connections.open" ? AppToken : BotToken;
            if (string.IsNullOrEmpty(bearer))
            {
                return Results.Json(Error("not_authed"));
            }

            if (AuthError is { } authError || bearer != expectedToken)
            {
                return Results.Json(Error(AuthError ?? "invalid_auth"));
            }

            var result = method switch
            {
                "apps.connections.open" => Results.Json(OpenConnection()),
                "chat.postMessage" => Results.Json(PostMessage(body)),
                "reactions.add" => Results.Json(AddReaction(body)),
                "assistant.threads.setSuggestedPrompts" => Results.Json(SetSuggestedPrompts(body)),
                "assistant.threads.setStatus" => Results.Json(SetStatus(body)),
                "assistant.threads.setTitle" => Results.Json(SetTitle(body)),
                _ => Results.Json(Error("unknown_method")),
            };
            if (TryTakeSlowDown(method, out var delay))
            {
                await Task.Delay(delay);
            }

            return result;
        });

        app.MapPost("/commands/{id}", async (string id, HttpContext context) =>
        {
            var uses = _responseUrlUses.AddOrUpdate(id, 1, (_, n) => n + 1);
            if (uses > 5)
            {
                return Results.Json(Error("used_url"), statusCode: StatusCodes.Status404NotFound);
            }

            var body = await ReadBodyAsync(context.Request);
            if (body is null)
            {
                return Results.Json(Error("invalid_payload"), statusCode: StatusCodes.Status400BadRequest);
            }

            Responses.Enqueue(new ResponsePost(id, body));
            return Results.Json(new JsonObject { ["ok"] = true });
        });
    }

    private JsonObject OpenConnection()
    {
        var ticket = Guid.NewGuid().ToString();
        _tickets[ticket] = 0;
        var url = new UriBuilder(BaseUrl) { Scheme = "ws", Path = "link/", Query = $"ticket={ticket}&app_id=A111" }.Uri;
        return new JsonObject { ["ok"] = true, ["url"] = url.ToString() };
    }

    private JsonObject PostMessage(JsonObject? body)
    {
        if (body?["channel"]?.GetValue<string>() is not { Length: > 0 } channel)
        {
            return Error("channel_not_found");
        }

        var text = body["text"]?.GetValue<string>();
        var blocks = body["blocks"] switch
        {
            JsonArray array => array,
            JsonValue value when value.TryGetValue<string>(out var json) => JsonNode.Parse(json) as JsonArray,
            _ => null,
        };
        if (body["markdown_text"] is not null && (text is not null || blocks is not null))
        {
            return Error("markdown_text_conflict");
        }

        if (string.IsNullOrEmpty(text) && (blocks is null || blocks.Count == 0) && body["markdown_text"] is null)
        {
            return Error("no_text");
        }

        if (blocks is not null && InvalidBlocks(blocks) is { } problem)
        {
            return new JsonObject { ["ok"] = false, ["error"] = "invalid_blocks", ["errors"] = new JsonArray(problem) };
        }

        if (text is { Length: > 40_000 })
        {
            text = text[..40_000];
        }

        var ts = NextTs();
        var threadTs = body["thread_ts"]?.GetValue<string>();
        ClearStatusOnReply(channel, threadTs);
        Messages.Enqueue(new PostedMessage(channel, ts, threadTs, text, blocks) { Sequence = NextSequence() });
        return new JsonObject
        {
            ["ok"] = true,
            ["channel"] = channel,
            ["ts"] = ts,
            ["message"] = new JsonObject { ["type"] = "message", ["subtype"] = "bot_message", ["bot_id"] = "B0FAKEBOT", ["text"] = text, ["ts"] = ts, ["thread_ts"] = threadTs },
        };
    }

    /// <summary>The documented Block Kit limits (protocol README 6.3).</summary>
    private static string? InvalidBlocks(JsonArray blocks)
    {
        if (blocks.Count > 50)
        {
            return $"too many blocks: {blocks.Count}";
        }

        var blockIds = new HashSet<string>();
        foreach (var block in blocks.OfType<JsonObject>())
        {
            if (block["block_id"]?.GetValue<string>() is { } blockId && (blockId.Length > 255 || !blockIds.Add(blockId)))
            {
                return "bad block_id";
            }

            switch ((string?)block["type"])
            {
                case "section":
                    var text = block["text"]?["text"]?.GetValue<string>();
                    if (text is null || text.Length is < 1 or > 3000)
                    {
                        return $"section text length {text?.Length}";
                    }

                    break;
                case "context":
                    if (block["elements"] is not JsonArray { Count: >= 1 and <= 10 })
                    {
                        return "context elements";
                    }

                    break;
                case "actions":
                    if (block["elements"] is not JsonArray { Count: >= 1 and <= 25 } elements)
                    {
                        return "actions elements";
                    }

                    if (elements.OfType<JsonObject>().Select(e => (string?)e["action_id"]).GroupBy(a => a).Any(g => g.Count() > 1))
                    {
                        return "duplicate action_id";
                    }

                    break;
                case "context_actions":
                    if (InvalidContextActions(block) is { } contextActionsProblem)
                    {
                        return contextActionsProblem;
                    }

                    break;
                case "header" or "divider" or "image" or "rich_text" or "markdown":
                    break;
                default:
                    return $"unknown block type {(string?)block["type"]}";
            }
        }

        foreach (var button in blocks.OfType<JsonNode>().SelectMany(PostedMessage.Descendants).OfType<JsonObject>().Where(o => (string?)o["type"] == "button"))
        {
            if (((string?)button["value"])?.Length > 2000 || ((string?)button["text"]?["text"])?.Length > 75)
            {
                return "button too long";
            }
        }

        return null;
    }

    /// <summary>The context actions block and its feedback buttons element (Block Kit reference): 1–5 elements of
    /// type feedback_buttons or icon_button; feedback buttons need both buttons, each with plain_text of at most 75
    /// characters and a value of at most 2000.</summary>
    private static string? InvalidContextActions(JsonObject block)
    {
        if (block["elements"] is not JsonArray { Count: >= 1 and <= 5 } elements)
        {
            return "context_actions elements";
        }

        foreach (var element in elements.OfType<JsonObject>())
        {
            switch ((string?)element["type"])
            {
                case "feedback_buttons":
                    foreach (var side in new[] { "positive_button", "negative_button" })
                    {
                        if (element[side] is not JsonObject button
                            || (string?)button["text"]?["type"] != "plain_text"
                            || ((string?)button["text"]?["text"]) is not { Length: >= 1 and <= 75 }
                            || ((string?)button["value"]) is not { Length: >= 1 and <= 2000 })
                        {
                            return $"feedback_buttons {side}";
                        }
                    }

                    break;
                case "icon_button":
                    break;
                default:
                    return $"context_actions element {(string?)element["type"]}";
            }
        }

        return null;
    }

    private JsonObject AddReaction(JsonObject? body)
    {
        var channel = body?["channel"]?.GetValue<string>();
        var timestamp = body?["timestamp"]?.GetValue<string>();
        var name = body?["name"]?.GetValue<string>();
        if (channel is null || timestamp is null || name is null)
        {
            return Error("invalid_arguments");
        }

        if (Reactions.Any(r => r.Channel == channel && r.Timestamp == timestamp && r.Name == name))
        {
            return Error("already_reacted");
        }

        Reactions.Enqueue(new Reaction(channel, timestamp, name));
        return new JsonObject { ["ok"] = true };
    }

    /// <summary>Slack accepts JSON bodies and form bodies alike.</summary>
    private static async Task<JsonObject?> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                return JsonNode.Parse(text) as JsonObject;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var form = new JsonObject();
        foreach (var (key, value) in QueryHelpers.ParseQuery(text))
        {
            form[key] = value.ToString();
        }

        return form;
    }

    private static JsonObject Error(string code) => new() { ["ok"] = false, ["error"] = code };
}
