using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Core;
using ArticleBot.Slack.Mapping;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Slack.WebApi;

/// <summary>
/// The Web API methods ArticleBot calls. A 429 is waited out per method (Retry-After), faults that happened before
/// Slack processed the call are retried with backoff, and a rejected token stops the adapter with the setting to fix.
/// </summary>
internal sealed class SlackWebApiClient(
    IHttpClientFactory httpClientFactory,
    IOptions<SlackOptions> options,
    SlackRateLimitGate gate,
    SlackTimings timings,
    TimeProvider time,
    ILogger<SlackWebApiClient> logger)
{
    public const string HttpClientName = "ArticleBot.Slack";
    private const string ResponseUrlMethod = "response_url";

    /// <summary>Errors that mean the token itself is bad: calling again cannot help.</summary>
    private static readonly HashSet<string> FatalErrors = ["invalid_auth", "not_authed", "token_revoked", "account_inactive", "token_expired"];

    /// <summary>Errors Slack documents as its own transient failures.</summary>
    private static readonly HashSet<string> TransientErrors = ["internal_error", "service_unavailable", "fatal_error"];

    private SlackOptions Options => options.Value;

    /// <summary>Gets a fresh Socket Mode WebSocket URL; every connection needs its own (tickets are single-use).</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync(
            "apps.connections.open",
            SlackToken.App,
            () => new FormUrlEncodedContent([]),
            retryTimeouts: true,
            cancellationToken);
        ThrowIfFailed("apps.connections.open", result);
        return Uri.TryCreate(result.GetString("url"), UriKind.Absolute, out var url)
            ? url
            : throw new ArticleBotException("Slack apps.connections.open returned no WebSocket URL.");
    }

    /// <summary>Posts a message and returns its <c>ts</c>.</summary>
    public async Task<string> PostMessageAsync(JsonObject body, CancellationToken cancellationToken)
    {
        // A timed-out post may have been delivered; retrying it could post the answer twice, so it is not retried.
        var result = await CallAsync("chat.postMessage", SlackToken.Bot, () => JsonContent.Create(body), retryTimeouts: false, cancellationToken);
        ThrowIfFailed("chat.postMessage", result);
        return result.GetString("ts") ?? "";
    }

    /// <summary>Adds a reaction; returns the error code when Slack refused (already_reacted counts as done).</summary>
    public async Task<string?> AddReactionAsync(string channel, string timestamp, string name, CancellationToken cancellationToken)
    {
        var body = SlackRequests.Reaction(channel, timestamp, name);
        var result = await CallAsync("reactions.add", SlackToken.Bot, () => JsonContent.Create(body), retryTimeouts: true, cancellationToken);
        return result.Ok || result.Error == "already_reacted" ? null : result.Error;
    }

    /// <summary>Offers prompts in an assistant thread; returns the error code when Slack refused.</summary>
    public Task<string?> SetSuggestedPromptsAsync(string channel, string threadTs, string title, IEnumerable<string> prompts, CancellationToken cancellationToken) =>
        CallAssistantAsync("assistant.threads.setSuggestedPrompts", SlackRequests.SuggestedPrompts(channel, threadTs, title, prompts), cancellationToken);

    /// <summary>Shows "ArticleBot &lt;status&gt;" in an assistant thread (empty clears it); returns the error code when Slack refused.</summary>
    public Task<string?> SetStatusAsync(string channel, string threadTs, string status, CancellationToken cancellationToken) =>
        CallAssistantAsync("assistant.threads.setStatus", SlackRequests.Status(channel, threadTs, status), cancellationToken);

    /// <summary>Names an assistant thread in the panel's history; returns the error code when Slack refused.</summary>
    public Task<string?> SetTitleAsync(string channel, string threadTs, string title, CancellationToken cancellationToken) =>
        CallAssistantAsync("assistant.threads.setTitle", SlackRequests.Title(channel, threadTs, title), cancellationToken);

    /// <summary>Status and prompts are courtesies around an answer, so a refusal is reported, not thrown (a rejected
    /// token still is).</summary>
    private async Task<string?> CallAssistantAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        // Setting a status or prompts twice does no harm, so a timed-out call may be retried.
        var result = await CallAsync(method, SlackToken.Bot, () => JsonContent.Create(body), retryTimeouts: true, cancellationToken);
        return result.Ok ? null : result.Error;
    }

    /// <summary>Posts to a slash command's or an interaction's <c>response_url</c> (no token; the URL is the credential).</summary>
    public async Task PostResponseAsync(Uri responseUrl, JsonObject body, CancellationToken cancellationToken)
    {
        var result = await CallAsync(ResponseUrlMethod, SlackToken.None, () => JsonContent.Create(body), retryTimeouts: false, cancellationToken, responseUrl);
        ThrowIfFailed(ResponseUrlMethod, result);
    }

    private async Task<SlackApiResult> CallAsync(
        string method,
        SlackToken token,
        Func<HttpContent> content,
        bool retryTimeouts,
        CancellationToken cancellationToken,
        Uri? absoluteUrl = null)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var url = absoluteUrl ?? new Uri(WithTrailingSlash(Options.ApiBaseUrl), method);
        var failures = 0;
        var rateLimitWaits = 0;
        while (true)
        {
            await gate.WaitAsync(method, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content() };
            if (token != SlackToken.None)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token == SlackToken.App ? Options.AppToken : Options.BotToken);
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                                       && (ex is HttpRequestException || (retryTimeouts && ex is TaskCanceledException))
                                       && ++failures < timings.MaxAttempts)
            {
                await RetryLaterAsync(method, failures, ex is TaskCanceledException ? "timed out" : ex.Message, cancellationToken);
                continue;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    await WaitOutRateLimitAsync(method, RetryAfter(response), ++rateLimitWaits, cancellationToken);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && ++failures < timings.MaxAttempts)
                {
                    await RetryLaterAsync(method, failures, $"HTTP {(int)response.StatusCode}", cancellationToken);
                    continue;
                }

                var result = await ReadResultAsync(method, response, cancellationToken);
                if (result.Error is "ratelimited" or "rate_limited")
                {
                    await WaitOutRateLimitAsync(method, RetryAfter(response), ++rateLimitWaits, cancellationToken);
                    continue;
                }

                if (result.Error is { } error && TransientErrors.Contains(error) && ++failures < timings.MaxAttempts)
                {
                    await RetryLaterAsync(method, failures, error, cancellationToken);
                    continue;
                }

                if (result.Error is { } fatal && FatalErrors.Contains(fatal))
                {
                    throw new ArticleBotException(FatalMessage(method, token, fatal), isFatal: true);
                }

                return result;
            }
        }
    }

    private async Task WaitOutRateLimitAsync(string method, TimeSpan retryAfter, int waits, CancellationToken cancellationToken)
    {
        if (waits > timings.MaxRateLimitWaits)
        {
            throw new ArticleBotException($"Slack kept rate-limiting {method}; gave up after {waits - 1} waits.");
        }

        SlackLog.RateLimited(logger, method, retryAfter);
        gate.Block(method, retryAfter);
        await gate.WaitAsync(method, cancellationToken);
    }

    /// <summary>Only expected faults get here (network errors, timeouts, 5xx, Slack's transient error codes), so
    /// the log line carries the reason and no stack trace.</summary>
    private async Task RetryLaterAsync(string method, int attempt, string reason, CancellationToken cancellationToken)
    {
        var delay = Backoff.Delay(attempt - 1, timings);
        SlackLog.TransientFailure(logger, method, reason, attempt, delay);
        await Task.Delay(delay, time, cancellationToken);
    }

    private TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => timings.DefaultRetryAfter,
        };

    private static async Task<SlackApiResult> ReadResultAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (method == ResponseUrlMethod && response.IsSuccessStatusCode && !text.TrimStart().StartsWith('{'))
        {
            return new SlackApiResult(true, null, default);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement.Clone();
            var ok = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ok", out var okValue) && okValue.ValueKind == JsonValueKind.True;
            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            return new SlackApiResult(ok, ok ? null : error ?? $"http_{(int)response.StatusCode}", root);
        }
        catch (JsonException)
        {
            return new SlackApiResult(false, $"http_{(int)response.StatusCode}", default);
        }
    }

    private static void ThrowIfFailed(string method, SlackApiResult result)
    {
        if (!result.Ok)
        {
            throw new ArticleBotException($"Slack {method} failed: {result.Error}.");
        }
    }

    private static string FatalMessage(string method, SlackToken token, string error) => token switch
    {
        SlackToken.App => $"Slack rejected the app-level token ({error}) on {method}. Set {SlackOptions.AppTokenKey} to an app-level token (xapp-…) with the connections:write scope, from the app's Basic Information page.",
        _ => $"Slack rejected the bot token ({error}) on {method}. Set {SlackOptions.BotTokenKey} to the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, and reinstall the app if its scopes changed.",
    };

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
