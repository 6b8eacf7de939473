using ArticleBot.WebChat.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ArticleBot.WebChat.Security;

/// <summary>
/// The one place failures are caught for HTTP: safe headers on every response, and a JSON error instead of an
/// empty 500 or a stack trace when something below throws.
/// </summary>
internal sealed class EdgeMiddleware(RequestDelegate next, ILogger<EdgeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            SecurityHeaders.Apply(((HttpResponse)state).Headers);
            return Task.CompletedTask;
        }, context.Response);

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // Kestrel's own limits (body too large, malformed request) surface here as 4xx.
            await ApiResults.WriteErrorAsync(context, exception.StatusCode, "The request could not be read.");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away; there is no one to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            Log.UnhandledError(logger, context.Request.Method, context.Request.Path.Value ?? "/", exception);
            await ApiResults.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "Something went wrong on our side. Please try again.");
        }
    }
}
