using ArticleBot.Core.Answering;
using ArticleBot.Core.Feedback;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.WebChat.Api;

/// <summary><c>POST /api/feedback</c>: a reader's 👍 or 👎 on one passage of an answer, with an optional reason.</summary>
internal static class FeedbackApi
{
    /// <summary>204 once the vote is handed to the host's <see cref="IFeedbackSink"/>; 400 with a message for a body
    /// that is not a vote. A host without a store registers no sink, and the vote is accepted and not kept: the
    /// reader's click is not the place to report how the bot is configured.</summary>
    public static async Task<IResult> PostAsync(HttpContext context)
    {
        var services = context.RequestServices.GetRequiredService<WebChatServices>();
        var (feedback, error) = await FeedbackRequestReader.ReadAsync(context.Request, services.MaxRequestBodyBytes, context.RequestAborted);
        if (feedback is null)
        {
            return error!;
        }

        // On the web the reader is their address (as for the rate limit); the store keeps only its salted hash.
        context.RequestServices.GetService<IFeedbackSink>()?.Record(feedback with
        {
            Origin = new ChatOrigin("web", context.Connection.RemoteIpAddress?.ToString(), MessageId: context.TraceIdentifier),
        });
        return Results.NoContent();
    }
}
