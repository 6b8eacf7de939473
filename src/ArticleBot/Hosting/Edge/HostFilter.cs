using System.Text.Json;

namespace ArticleBot.Hosting.Edge;

/// <summary>
/// Answers 400 to a request whose Host header is not one of <see cref="AllowedHosts"/>. The health probes are
/// exempt: an orchestrator probes by the container's address, and they reveal nothing a foreign page could use.
/// </summary>
internal sealed partial class HostFilter(RequestDelegate next, AllowedHosts allowed, ILogger<HostFilter> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (allowed.Allows(context.Request.Headers.Host.ToString()) || path == "/healthz" || path == "/readyz")
        {
            await next(context);
            return;
        }

        LogRefused(logger, context.Request.Headers.Host.ToString());
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(
            JsonSerializer.Serialize(new EdgeError("This server does not answer to that host name. Add it to ArticleBot:Web:AllowedHosts to allow it."), HealthJsonContext.Default.EdgeError),
            context.RequestAborted);
    }

    // The header is logged only at Debug: it is whatever a client sent.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a request for host {Host}: not in ArticleBot:Web:AllowedHosts")]
    private static partial void LogRefused(ILogger logger, string host);
}
