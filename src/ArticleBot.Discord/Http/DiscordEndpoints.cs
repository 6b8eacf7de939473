using System.Text.Json;
using ArticleBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Discord.Http;

public static class DiscordEndpoints
{
    public const string InteractionsPath = "/discord/interactions";

    /// <summary>Discord's interaction bodies are small; this bounds what an unsigned sender can make the bot read.</summary>
    private const int MaxBodyBytes = 256 * 1024;

    /// <summary>
    /// Maps <c>POST /discord/interactions</c>, the Interactions Endpoint URL of the Developer Portal. Safe to call when
    /// Discord is off: it answers 404 unless the adapter runs with <c>ArticleBot:Discord:PublicKey</c> set.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscordEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(InteractionsPath, (Func<HttpContext, Task<IResult>>)HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        if (services.GetService<DiscordAdapter>() is not { } adapter || services.GetService<InteractionSignature>() is not { } signature)
        {
            return Results.NotFound();
        }

        var logger = services.GetRequiredService<ILogger<DiscordAdapter>>();
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            DiscordLog.HttpRefused(logger, "body too large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var headers = context.Request.Headers;
        if (!signature.IsValid(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            DiscordLog.HttpRefused(logger, "missing or bad signature");
            return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        HttpInteractionResponse? response;
        try
        {
            using var document = JsonDocument.Parse(body);
            response = await adapter.HandleHttpInteractionAsync(document.RootElement, context.RequestAborted);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            DiscordLog.HttpRefused(logger, "not an interaction: " + ex.Message);
            return Results.BadRequest("not an interaction");
        }

        if (response is null)
        {
            return Results.BadRequest("nothing to answer");
        }

        // Written here rather than returned, so the handler learns the deferral is on its way before it edits it.
        try
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body.ToJsonString(), context.RequestAborted);
            await context.Response.CompleteAsync();
        }
        finally
        {
            response.Sent();
        }

        return Results.Empty;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
