using ArticleBot.WebChat.Api;
using ArticleBot.WebChat.Assets;
using ArticleBot.WebChat.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.WebChat;

public static class WebChatEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the chat page at <c>/</c>, its files under <c>/assets/</c>, and the JSON API under <c>/api/</c>
    /// (health endpoints belong to the host). Needs <see cref="WebChatServiceCollectionExtensions.AddWebChat"/> and an
    /// <see cref="Core.Answering.IQuestionAnswerer"/> in DI.
    /// </summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<WebChatMarker>() is null)
        {
            throw new InvalidOperationException("Call services.AddWebChat() before app.MapWebChat().");
        }

        endpoints.MapGet("/", (HttpContext context) => EmbeddedAssets.Serve(context, "index.html"));
        endpoints.MapGet("/assets/{name}", (HttpContext context, string name) => EmbeddedAssets.Serve(context, name));

        // Every API request counts against the host's limit, reading ones too: a page that lists articles and opens
        // paragraphs is as much load as one that asks.
        var api = endpoints.MapGroup("/api");
        api.AddEndpointFilter(RequestLimitFilter.InvokeAsync);
        api.MapPost("/ask", (Func<HttpContext, Task<IResult>>)WebChatApi.AskAsync);
        api.MapPost("/chat", (Func<HttpContext, Task<IResult>>)WebChatApi.ChatAsync);
        api.MapGet("/quote", WebChatApi.Quote);
        api.MapGet("/articles", WebChatApi.Articles);
        api.MapGet("/articles/{id}/paragraphs/{n}", WebChatApi.Paragraph);
        api.MapPost("/feedback", (Func<HttpContext, Task<IResult>>)FeedbackApi.PostAsync);
        // Anything else under /api (wrong method, wrong path, traversal attempts) gets a JSON 404, not an empty one.
        api.MapFallback("{**rest}", WebChatApi.UnknownApi);

        return endpoints;
    }
}
