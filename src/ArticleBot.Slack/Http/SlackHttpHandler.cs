using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Slack.Mapping;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ArticleBot.Slack.Http;

/// <summary>
/// HTTP mode: Slack's POSTs are verified on their raw bytes, answered with 200 at once (Slack gives 3 s), and the
/// work is queued for the adapter, exactly as Socket Mode envelopes are.
/// </summary>
internal sealed class SlackHttpHandler(
    IOptions<SlackOptions> options,
    SlackSignatureVerifier verifier,
    SlackIngress ingress,
    ILogger<SlackHttpHandler> logger)
{
    private const int MaxBodyBytes = 1024 * 1024;

    public Task<IResult> EventsAsync(HttpContext context) => HandleAsync(context, (body, _) =>
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "url_verification")
        {
            var challenge = root.TryGetProperty("challenge", out var c) ? c.GetString() : null;
            return Results.Json(SlackRequests.Challenge(challenge));
        }

        if (type == "app_rate_limited")
        {
            SlackLog.EventsRateLimited(logger, root.TryGetProperty("minute_rate_limited", out var m) && m.TryGetInt64(out var minute) ? minute : 0);
        }

        // Retries (X-Slack-Retry-Num) carry the same event_id, which the ingress has already seen.
        ingress.Accept(SlackPayloadReader.ReadEventCallback(root));
        return Results.Ok();
    });

    public Task<IResult> CommandsAsync(HttpContext context) => HandleAsync(context, (body, _) =>
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        ingress.Accept(SlackPayloadReader.ReadSlashCommand(name => Field(form, name)));
        // An empty 200 shows nothing; the private answer follows through response_url.
        return Results.Ok();
    });

    public Task<IResult> InteractionsAsync(HttpContext context) => HandleAsync(context, (body, _) =>
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (Field(form, "payload") is not { } payload)
        {
            return Results.BadRequest();
        }

        using var document = JsonDocument.Parse(payload);
        ingress.Accept(SlackPayloadReader.ReadInteraction(document.RootElement));
        return Results.Ok();
    });

    private async Task<IResult> HandleAsync(HttpContext context, Func<byte[], HttpContext, IResult> handle)
    {
        if (!options.Value.UsesHttpMode)
        {
            return Results.NotFound();
        }

        var path = context.Request.Path.Value ?? "";
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // The signature covers the raw bytes, so they are read before any parsing.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = buffer.ToArray();
        if (IsSslCheck(context, body))
        {
            // Slack's certificate probe carries no meaningful signature and asks for nothing but a 200.
            return Results.Ok();
        }

        var check = verifier.Verify(
            context.Request.Headers["X-Slack-Request-Timestamp"].ToString(),
            context.Request.Headers["X-Slack-Signature"].ToString(),
            body);
        if (check != SignatureCheck.Valid)
        {
            SlackLog.RequestRejected(logger, path, check.ToString());
            return Results.Unauthorized();
        }

        try
        {
            return handle(body, context);
        }
        catch (JsonException)
        {
            SlackLog.RequestRejected(logger, path, "malformed JSON");
            return Results.BadRequest();
        }
    }

    private static bool IsSslCheck(HttpContext context, byte[] body) =>
        context.Request.HasFormContentType && body.Length < 1024
        && Field(QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)), "ssl_check") == "1";

    private static string? Field(Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var value) ? value.ToString() : null;
}
