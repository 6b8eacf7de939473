using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Slack.Http;

public static class SlackEndpoints
{
    /// <summary>
    /// Maps Slack's HTTP-mode Request URLs: <c>POST /slack/events</c>, <c>/slack/commands</c> and
    /// <c>/slack/interactions</c>. Safe to call when Slack is off: they answer 404 unless the adapter is enabled and
    /// <c>ArticleBot:Slack:SigningSecret</c> is set.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var slack = endpoints.MapGroup("/slack").DisableAntiforgery();
        slack.MapPost("/events", (HttpContext context, IServiceProvider services) => Handle(services, handler => handler.EventsAsync(context)));
        slack.MapPost("/commands", (HttpContext context, IServiceProvider services) => Handle(services, handler => handler.CommandsAsync(context)));
        slack.MapPost("/interactions", (HttpContext context, IServiceProvider services) => Handle(services, handler => handler.InteractionsAsync(context)));
        return endpoints;
    }

    private static Task<IResult> Handle(IServiceProvider services, Func<SlackHttpHandler, Task<IResult>> handle) =>
        services.GetService<SlackHttpHandler>() is { } handler ? handle(handler) : Task.FromResult(Results.NotFound());
}
