using System.Globalization;
using ArticleBot.WebChat.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.WebChat.Security;

/// <summary>Puts <see cref="IWebRequestLimiter"/> in front of every endpoint of the JSON API.</summary>
internal static class RequestLimitFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (context.RequestServices.GetRequiredService<WebChatServices>().Limiter is { } limiter)
        {
            var wait = limiter.Acquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            if (wait > TimeSpan.Zero)
            {
                // Whole seconds, rounded up: Retry-After takes delta-seconds (RFC 9110, 10.2.3), and a client that
                // waits the rounded-down value would be refused once more.
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ApiResults.Error(StatusCodes.Status429TooManyRequests,
                    $"You're asking faster than I can keep up. Please slow down and try again in {seconds} second{(seconds == 1 ? "" : "s")}.");
            }
        }

        return await next(invocation);
    }
}
