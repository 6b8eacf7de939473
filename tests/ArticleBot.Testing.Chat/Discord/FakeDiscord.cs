using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSec.Cryptography;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>
/// A faithful fake Discord on Kestrel at 127.0.0.1:0: <c>/api/v10/gateway/bot</c>, the gateway WebSocket (see
/// <see cref="FakeGateway"/>) and the REST routes the bot uses. REST checks <c>Authorization: Bot …</c> and
/// <c>User-Agent: DiscordBot (…)</c>, sends X-RateLimit-* headers, can answer 429 or 5xx on demand, enforces the
/// message limits, and records what the bot sent.
/// </summary>
internal sealed class FakeDiscord : IAsyncDisposable
{
    public const string Token = "fake-bot-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Recorded> _messages = new();
    private readonly ConcurrentQueue<Recorded> _reactions = new();
    private readonly ConcurrentQueue<Recorded> _callbacks = new();
    private readonly ConcurrentQueue<Recorded> _webhooks = new();
    private readonly ConcurrentQueue<Recorded> _commands = new();
    private readonly ConcurrentDictionary<string, Recorded> _threads = new();
    private readonly ConcurrentQueue<Recorded> _rejected = new();
    private readonly ConcurrentQueue<InjectedRateLimit> _rateLimits = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _interactions = new();
    private readonly ConcurrentDictionary<string, bool> _acknowledged = new();
    private readonly ConcurrentDictionary<string, string> _nonces = new();
    private long _nextId = 1_100_000_000_000_000_000;
    private int _serverErrors;
    private int _slowMessages;
    private int _nonceRepeats;
    private TimeSpan _slowBy;
    private int _requests;
    private int _rateLimitsServed;

    private readonly Key _signingKey = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly HttpClient _outbound = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly ConcurrentQueue<Recorded> _httpResponses = new();

    private FakeDiscord(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The fake application's public key (a fresh Ed25519 key pair per fake), as the portal shows it.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(_signingKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>Initial responses the bot gave to HTTP interactions with 200, for assertions.</summary>
    public IReadOnlyCollection<Recorded> HttpResponses => _httpResponses;

    public FakeGateway Gateway { get; } = new(Token);

    public string ApiBaseUrl { get; private set; } = "";

    public int Shards { get; set; } = 1;

    /// <summary>Discord's 3 s window for the first interaction response.</summary>
    public TimeSpan CallbackWindow { get; set; } = TimeSpan.FromSeconds(3);

    public IReadOnlyCollection<Recorded> Messages => _messages;

    public IReadOnlyCollection<Recorded> Reactions => _reactions;

    public IReadOnlyCollection<Recorded> Callbacks => _callbacks;

    public IReadOnlyCollection<Recorded> Webhooks => _webhooks;

    public IReadOnlyCollection<Recorded> Commands => _commands;

    /// <summary>Threads started on messages, by message (and thread) id.</summary>
    public IReadOnlyDictionary<string, Recorded> Threads => _threads;

    /// <summary>Requests answered 4xx for breaking a rule (not injected 429s).</summary>
    public IReadOnlyCollection<Recorded> Rejected => _rejected;

    public int Requests => _requests;

    public int RateLimitsServed => _rateLimitsServed;

    /// <summary>Message creations that repeated an enforced nonce and got the stored message back.</summary>
    public int NonceRepeats => _nonceRepeats;

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        fake.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ApiBaseUrl = address + "/api/v10";
        fake.Gateway.ResumeUrl = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume-gateway");
        return fake;
    }

    /// <summary>The next request whose path contains <paramref name="pathContains"/> gets a 429.</summary>
    public void RateLimitNext(string pathContains, double retryAfterSeconds, bool global = false) =>
        _rateLimits.Enqueue(new InjectedRateLimit(pathContains, retryAfterSeconds, global, global ? "global" : "user"));

    /// <summary>The next <paramref name="count"/> message creations fail with 502 after being stored, like a
    /// gateway timeout where Discord did post the message: only the nonce keeps the retry from posting twice.</summary>
    public void FailNextMessages(int count) => Interlocked.Exchange(ref _serverErrors, count);

    /// <summary>The next <paramref name="count"/> message creations are stored at once but answered only after
    /// <paramref name="delay"/>, like a slow Discord that did post: a client that times out must not post twice.</summary>
    public void SlowNextMessages(int count, TimeSpan delay)
    {
        _slowBy = delay;
        Interlocked.Exchange(ref _slowMessages, count);
    }

    /// <summary>Sends an INTERACTION_CREATE and opens its 3 s callback window.</summary>
    public Task DispatchInteractionAsync(JsonObject interaction)
    {
        _interactions[interaction["id"]!.GetValue<string>()] = DateTimeOffset.UtcNow;
        return Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
    }

    /// <summary>
    /// Delivers an interaction as Discord does to an Interactions Endpoint URL: a POST with the raw JSON body signed
    /// (Ed25519 over timestamp + body, hex in X-Signature-Ed25519). A 200 response must be a valid callback within
    /// the 3 s window (its type, its message limits); it then counts as the acknowledgement that makes the
    /// interaction's webhook usable. <paramref name="signature"/> replaces the real signature (null: none sent).
    /// </summary>
    public async Task<(int Status, string Body)> SendHttpInteractionAsync(Uri endpoint, JsonObject interaction, Func<string, string?>? signature = null)
    {
        var body = interaction.ToJsonString();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var real = Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_signingKey, System.Text.Encoding.UTF8.GetBytes(timestamp + body)));
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("User-Agent", "Discord-Interactions/1.0 (+https://discord.com)");
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        if ((signature is null ? real : signature(real)) is { } sent)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", sent);
        }

        var started = DateTimeOffset.UtcNow;
        using var response = await _outbound.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == System.Net.HttpStatusCode.OK)
        {
            var recorded = new Recorded("POST", endpoint.AbsolutePath, JsonDocument.Parse(text).RootElement.Clone(),
                new Dictionary<string, string> { ["id"] = interaction["id"]?.GetValue<string>() ?? "", ["token"] = interaction["token"]?.GetValue<string>() ?? "" });
            var type = recorded.Body.GetProperty("type").GetInt32();
            var error = DateTimeOffset.UtcNow - started > CallbackWindow ? "answered after the 3 s window" : type switch
            {
                not (1 or 4 or 5 or 6 or 7 or 8 or 9) => $"invalid callback type {type}",
                4 or 7 => MessageRules.CheckMessage(recorded.Body.GetProperty("data")),
                _ => null,
            };
            if (error is null && type != 1)
            {
                _acknowledged.TryAdd(recorded.RouteValue("token"), true);
            }

            (error is null ? _httpResponses : _rejected).Enqueue(recorded);
        }

        return ((int)response.StatusCode, text);
    }

    public Task DispatchMessageAsync(JsonObject message) => Gateway.DispatchAsync("MESSAGE_CREATE", message);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _outbound.Dispose();
        _signingKey.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.UseWebSockets();
        app.Use(CheckRestAsync);
        app.Map("/gateway", (HttpContext c) => Gateway.HandleAsync(c, onResumeUrl: false));
        app.Map("/resume-gateway", (HttpContext c) => Gateway.HandleAsync(c, onResumeUrl: true));
        app.MapGet("/api/v10/gateway/bot", (HttpContext c) =>
        {
            var body = Payloads.Load("gateway_bot.json");
            body["url"] = $"ws://{c.Request.Host}/gateway";
            body["shards"] = Shards;
            return Results.Text(body.ToJsonString(), "application/json");
        });
        app.MapGet("/api/v10/applications/@me", () => Results.Json(new { id = Payloads.ApplicationId, name = "ArticleBot", bot_public = true }));
        app.MapPost("/api/v10/channels/{channelId}/messages", (Func<HttpContext, Task<IResult>>)CreateMessageAsync);
        app.MapPut("/api/v10/channels/{channelId}/messages/{messageId}/reactions/{emoji}/@me", async (HttpContext c) =>
        {
            _reactions.Enqueue(await RecordAsync(c));
            return Results.NoContent();
        });
        app.MapPost("/api/v10/channels/{channelId}/messages/{messageId}/threads", (Func<HttpContext, Task<IResult>>)StartThreadAsync);
        app.MapPost("/api/v10/interactions/{id}/{token}/callback", (Func<HttpContext, Task<IResult>>)CallbackAsync);
        app.MapPatch("/api/v10/webhooks/{applicationId}/{token}/messages/@original", (Func<HttpContext, Task<IResult>>)WebhookAsync);
        app.MapPost("/api/v10/webhooks/{applicationId}/{token}", (Func<HttpContext, Task<IResult>>)WebhookAsync);
        app.MapPut("/api/v10/applications/{applicationId}/commands", (Func<HttpContext, Task<IResult>>)CommandsAsync);
        app.MapPut("/api/v10/applications/{applicationId}/guilds/{guildId}/commands", (Func<HttpContext, Task<IResult>>)CommandsAsync);
    }

    private async Task CheckRestAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        Interlocked.Increment(ref _requests);
        var response = context.Response;
        if (!context.Request.Headers.UserAgent.ToString().StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            response.StatusCode = 403;
            await response.WriteAsync("Cloudflare: missing User-Agent");
            return;
        }

        // Interaction and webhook-token routes work without a bot token; any Authorization sent must still be right.
        var tokenRoute = path.StartsWith("/api/v10/interactions/", StringComparison.Ordinal) ||
                         path.StartsWith("/api/v10/webhooks/", StringComparison.Ordinal);
        var authorization = context.Request.Headers.Authorization.ToString();
        if ((!tokenRoute || authorization.Length > 0) && authorization != $"Bot {Token}")
        {
            await Error(response, 401, 0, "401: Unauthorized");
            return;
        }

        var bucket = "bucket-" + (uint)string.Join('/', path.Split('/').Take(4)).GetHashCode();
        var resetAt = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeMilliseconds() / 1000.0;
        response.Headers["X-RateLimit-Limit"] = "5";
        response.Headers["X-RateLimit-Remaining"] = "4";
        response.Headers["X-RateLimit-Reset"] = resetAt.ToString("0.000", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset-After"] = "1";
        response.Headers["X-RateLimit-Bucket"] = bucket;

        if (_rateLimits.TryPeek(out var limit) && path.Contains(limit.PathContains, StringComparison.Ordinal) &&
            _rateLimits.TryDequeue(out limit))
        {
            Interlocked.Increment(ref _rateLimitsServed);
            response.StatusCode = 429;
            response.Headers["Retry-After"] = Math.Ceiling(limit.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Remaining"] = "0";
            response.Headers["X-RateLimit-Reset-After"] = limit.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Scope"] = limit.Scope;
            if (limit.Global)
            {
                response.Headers["X-RateLimit-Global"] = "true";
            }

            var body = Payloads.Load("rate_limit_429.json");
            body["retry_after"] = limit.RetryAfterSeconds;
            body["global"] = limit.Global;
            response.ContentType = "application/json";
            await response.WriteAsync(body.ToJsonString());
            return;
        }

        await next(context);
    }

    private async Task<IResult> CreateMessageAsync(HttpContext context)
    {
        var recorded = await RecordAsync(context);
        if (MessageRules.CheckMessage(recorded.Body) is { } error)
        {
            _rejected.Enqueue(recorded);
            return InvalidFormBody(error);
        }

        var nonce = recorded.Body.TryGetProperty("nonce", out var n) ? n.GetString() : null;
        var enforce = recorded.Body.TryGetProperty("enforce_nonce", out var e) && e.GetBoolean();
        var id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        if (nonce is not null && enforce && !_nonces.TryAdd(nonce, id))
        {
            Interlocked.Increment(ref _nonceRepeats);
            return MessageResult(_nonces[nonce], recorded);
        }

        _messages.Enqueue(recorded);
        if (Interlocked.Decrement(ref _slowMessages) >= 0)
        {
            await Task.Delay(_slowBy);
        }

        if (Interlocked.Decrement(ref _serverErrors) >= 0)
        {
            return Results.StatusCode(502);
        }

        return MessageResult(id, recorded);
    }

    /// <summary>Start Thread from Message: the thread takes the message's id; a second thread on the same message is
    /// refused with 160004, as Discord does.</summary>
    private async Task<IResult> StartThreadAsync(HttpContext context)
    {
        var recorded = await RecordAsync(context);
        var name = recorded.Body.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        if (name.Length is 0 or > 100)
        {
            _rejected.Enqueue(recorded);
            return InvalidFormBody("name: must be between 1 and 100 in length");
        }

        var messageId = recorded.RouteValue("messageId");
        if (!_threads.TryAdd(messageId, recorded))
        {
            return Results.Json(new { message = "A thread has already been created for this message", code = 160004 }, statusCode: 400);
        }

        return Results.Json(new { id = messageId, type = 11, parent_id = recorded.RouteValue("channelId"), name });
    }

    private async Task<IResult> CallbackAsync(HttpContext context)
    {
        var recorded = await RecordAsync(context);
        var id = recorded.RouteValue("id");
        if (!_interactions.TryGetValue(id, out var created) || DateTimeOffset.UtcNow - created > CallbackWindow)
        {
            _rejected.Enqueue(recorded);
            return Results.Json(new { message = "Unknown interaction", code = 10062 }, statusCode: 404);
        }

        if (!_acknowledged.TryAdd(recorded.RouteValue("token"), true))
        {
            _rejected.Enqueue(recorded);
            return Results.Json(new { message = "Interaction has already been acknowledged.", code = 40060 }, statusCode: 400);
        }

        var type = recorded.Body.GetProperty("type").GetInt32();
        var data = recorded.Body.TryGetProperty("data", out var d) ? d : default;
        var flags = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("flags", out var f) ? f.GetInt32() : 0;
        var error = type switch
        {
            not (1 or 4 or 5 or 6 or 7 or 8 or 9) => $"invalid callback type {type}",
            5 when (flags & ~64) != 0 => "only EPHEMERAL may be set on a deferred response",
            4 or 7 => MessageRules.CheckMessage(data),
            8 when data.GetProperty("choices").GetArrayLength() > 25 => "choices: must be 25 or fewer",
            _ => null,
        };
        if (error is not null)
        {
            _rejected.Enqueue(recorded);
            return InvalidFormBody(error);
        }

        _callbacks.Enqueue(recorded);
        return Results.NoContent();
    }

    private async Task<IResult> WebhookAsync(HttpContext context)
    {
        var recorded = await RecordAsync(context);
        if (!_acknowledged.ContainsKey(recorded.RouteValue("token")) || MessageRules.CheckMessage(recorded.Body) is not null)
        {
            _rejected.Enqueue(recorded);
            return Results.Json(new { message = "Unknown Webhook", code = 10015 }, statusCode: 404);
        }

        _webhooks.Enqueue(recorded);
        return MessageResult(Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture), recorded);
    }

    private async Task<IResult> CommandsAsync(HttpContext context)
    {
        var recorded = await RecordAsync(context);
        if (MessageRules.CheckCommands(recorded.Body) is { } error)
        {
            _rejected.Enqueue(recorded);
            return InvalidFormBody(error);
        }

        _commands.Enqueue(recorded);
        var stored = JsonNode.Parse(recorded.Body.GetRawText())!.AsArray();
        foreach (var command in stored.OfType<JsonObject>())
        {
            command["id"] = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
            command["application_id"] = recorded.RouteValue("applicationId");
        }

        return Results.Text(stored.ToJsonString(), "application/json");
    }

    private static IResult MessageResult(string id, Recorded recorded)
    {
        var message = JsonNode.Parse(recorded.Body.ValueKind == JsonValueKind.Undefined ? "{}" : recorded.Body.GetRawText())!.AsObject();
        message["id"] = id;
        message["channel_id"] = recorded.RouteValue("channelId");
        message["author"] = new JsonObject { ["id"] = Payloads.BotUserId, ["bot"] = true };
        return Results.Text(message.ToJsonString(), "application/json");
    }

    private static IResult InvalidFormBody(string reason)
    {
        var body = Payloads.Load("error_invalid_form_body.json");
        body["errors"] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = "INVALID", ["message"] = reason }) };
        return Results.Text(body.ToJsonString(), "application/json", statusCode: 400);
    }

    private static async Task Error(HttpResponse response, int status, int code, string message)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.WriteAsync(JsonSerializer.Serialize(new { message, code }));
    }

    private static async Task<Recorded> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        var route = context.Request.RouteValues.ToDictionary(r => r.Key, r => Uri.UnescapeDataString(r.Value?.ToString() ?? ""));
        return new Recorded(context.Request.Method, context.Request.Path.Value ?? "", body, route);
    }
}
