using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Core;
using ArticleBot.Discord.Mapping;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Discord.Rest;

/// <summary>
/// The REST calls the bot makes. Every call goes through <see cref="DiscordRateLimiter"/>; a 429 waits
/// <c>retry_after</c> and is retried, a 5xx or network error is retried with backoff, so a reply is not dropped
/// because Discord was briefly busy. Every message body gets <c>allowed_mentions: {"parse": []}</c> here, whoever
/// built it, because replies quote user and article text and must never ping anyone.
/// </summary>
internal sealed class DiscordRestClient(
    HttpClient http,
    DiscordOptions options,
    DiscordRateLimiter limiter,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    private const int MaxRateLimitRetries = 10;
    private const int MaxServerErrorRetries = 5;

    private readonly string _baseUrl = options.ApiBaseUrl.TrimEnd('/');

    /// <summary>First wait after a 5xx; doubles each time.</summary>
    public TimeSpan ServerErrorDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var document = await SendAsync(
            HttpMethod.Get, "/gateway/bot", null, new DiscordRoute("GET /gateway/bot", ""), cancellationToken);
        return GatewayBotInfo.Parse(document!.RootElement);
    }

    /// <summary>Posts a message and returns its id. The nonce makes a retried POST safe: Discord deduplicates it.</summary>
    public async Task<string> CreateMessageAsync(string channelId, JsonObject message, string? nonce, CancellationToken cancellationToken)
    {
        using var document = await SendAsync(
            HttpMethod.Post, $"/channels/{channelId}/messages", DiscordRequests.Outgoing(message, nonce),
            new DiscordRoute("POST /channels/{channel}/messages", channelId), cancellationToken);
        return document?.RootElement.GetStringOrNull("id") ?? "";
    }

    public async Task AddReactionAsync(string channelId, string messageId, string emoji, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(
            HttpMethod.Put, $"/channels/{channelId}/messages/{messageId}/reactions/{Uri.EscapeDataString(emoji)}/@me", null,
            new DiscordRoute("PUT /channels/{channel}/messages/{message}/reactions", channelId), cancellationToken);
    }

    public async Task CreateInteractionResponseAsync(string interactionId, string token, JsonObject response, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(
            HttpMethod.Post, $"/interactions/{interactionId}/{token}/callback", DiscordRequests.OutgoingResponse(response),
            new DiscordRoute("POST /interactions/{id}/{token}/callback", interactionId, ExemptFromGlobal: true),
            cancellationToken, authorize: false);
    }

    public async Task EditOriginalResponseAsync(string applicationId, string token, JsonObject message, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(
            HttpMethod.Patch, $"/webhooks/{applicationId}/{token}/messages/@original", DiscordRequests.Outgoing(message),
            new DiscordRoute("PATCH /webhooks/{app}/{token}/messages/@original", $"{applicationId}/{token}", ExemptFromGlobal: true),
            cancellationToken, authorize: false);
    }

    public async Task CreateFollowupAsync(string applicationId, string token, JsonObject message, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(
            HttpMethod.Post, $"/webhooks/{applicationId}/{token}", DiscordRequests.Outgoing(message),
            new DiscordRoute("POST /webhooks/{app}/{token}", $"{applicationId}/{token}", ExemptFromGlobal: true),
            cancellationToken, authorize: false);
    }

    /// <summary>The bot's own application id (Get Current Application).</summary>
    public async Task<string> GetApplicationIdAsync(CancellationToken cancellationToken)
    {
        using var document = await SendAsync(
            HttpMethod.Get, "/applications/@me", null, new DiscordRoute("GET /applications/@me", ""), cancellationToken);
        return document?.RootElement.GetStringOrNull("id") ?? throw new JsonException("the application has no id");
    }

    /// <summary>Opens a public thread on a message and returns its id (a thread started on a message has the
    /// message's id). Asked again, as a retry after a lost response would, Discord refuses with 160004 and the thread
    /// already there is used.</summary>
    public async Task<string> StartThreadFromMessageAsync(string channelId, string messageId, string name, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await SendAsync(
                HttpMethod.Post, $"/channels/{channelId}/messages/{messageId}/threads",
                DiscordRequests.StartThread(name),
                new DiscordRoute("POST /channels/{channel}/messages/{message}/threads", channelId), cancellationToken);
            return document?.RootElement.GetStringOrNull("id") ?? messageId;
        }
        catch (DiscordRestException exception) when (exception.Code == ThreadAlreadyCreated)
        {
            return messageId;
        }
    }

    /// <summary>"A thread has already been created for this message" (JSON error codes, 160004).</summary>
    private const int ThreadAlreadyCreated = 160004;

    /// <summary>Replaces all commands in the scope: the guild when one is given (instant), else global.</summary>
    public async Task BulkOverwriteCommandsAsync(string applicationId, string? guildId, JsonArray commands, CancellationToken cancellationToken)
    {
        var path = guildId is null
            ? $"/applications/{applicationId}/commands"
            : $"/applications/{applicationId}/guilds/{guildId}/commands";
        using var _ = await SendAsync(
            HttpMethod.Put, path, commands,
            new DiscordRoute(guildId is null ? "PUT /applications/{app}/commands" : "PUT /applications/{app}/guilds/{guild}/commands", guildId ?? applicationId),
            cancellationToken);
    }

    private async Task<JsonDocument?> SendAsync(
        HttpMethod method, string path, JsonNode? body, DiscordRoute route, CancellationToken cancellationToken, bool authorize = true)
    {
        var bodyText = body?.ToJsonString();
        var serverErrors = 0;
        var rateLimits = 0;
        while (true)
        {
            HttpResponseMessage response;
            using (await limiter.AcquireAsync(route, cancellationToken))
            {
                try
                {
                    response = await http.SendAsync(BuildRequest(method, path, bodyText, authorize), cancellationToken);
                }
                catch (Exception ex) when (serverErrors < MaxServerErrorRetries && !cancellationToken.IsCancellationRequested &&
                                           ex is HttpRequestException or TaskCanceledException)
                {
                    // A network error or HttpClient's own timeout: the reply is retried, not dropped (the nonce keeps
                    // a retried message from being posted twice).
                    DiscordLog.RestUnreachable(logger, route.Template, ex is TaskCanceledException ? "timed out" : ex.Message);
                    await Task.Delay(ServerErrorDelay * Math.Pow(2, serverErrors++), time, cancellationToken);
                    continue;
                }

                limiter.Update(route, response);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var (retryAfter, global) = await ReadRetryAfterAsync(response, cancellationToken);
                    limiter.OnRateLimited(route, retryAfter, global);
                    DiscordLog.RateLimited(logger, route.Template, retryAfter.TotalSeconds, global);
                }
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    if (++rateLimits > MaxRateLimitRetries)
                    {
                        throw new DiscordRestException(response.StatusCode, null, $"still rate limited after {MaxRateLimitRetries} retries");
                    }

                    continue;
                }

                if ((int)response.StatusCode >= 500 && serverErrors < MaxServerErrorRetries)
                {
                    DiscordLog.RestRetry(logger, route.Template, (int)response.StatusCode, response.ReasonPhrase ?? "");
                    await Task.Delay(ServerErrorDelay * Math.Pow(2, serverErrors++), time, cancellationToken);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.Unauthorized && authorize)
                {
                    throw new ArticleBotException(
                        "Discord rejected the bot token (HTTP 401). Set ArticleBot:Discord:Token to the token from the " +
                        "Developer Portal (your application → Bot → Reset Token).", isFatal: true);
                }

                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw ToException(response.StatusCode, text);
                }

                return text.Length == 0 ? null : JsonDocument.Parse(text);
            }
        }
    }

    private HttpRequestMessage BuildRequest(HttpMethod method, string path, string? body, bool authorize)
    {
        var request = new HttpRequestMessage(method, _baseUrl + path);
        request.Headers.TryAddWithoutValidation("User-Agent", DiscordUserAgent.Value);
        if (authorize)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        return request;
    }

    private static async Task<(TimeSpan RetryAfter, bool Global)> ReadRetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        double? seconds = null;
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.Any(v => v == "true");
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var body = RateLimitedResponse.Parse(document.RootElement);
            seconds = body.RetryAfterSeconds;
            global |= body.Global;
        }
        catch (JsonException)
        {
            // Cloudflare's 429 page is not JSON; the Retry-After header still holds.
        }

        if (seconds is null && response.Headers.RetryAfter?.Delta is { } delta)
        {
            seconds = delta.TotalSeconds;
        }

        return (TimeSpan.FromSeconds(Math.Max(seconds ?? 1, 0)), global);
    }

    private static DiscordRestException ToException(HttpStatusCode status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return new DiscordRestException(
                status,
                document.RootElement.GetInt32OrNull("code"),
                document.RootElement.GetStringOrNull("message") ?? body);
        }
        catch (JsonException)
        {
            return new DiscordRestException(status, null, body.Length > 200 ? body[..200] : body);
        }
    }
}
