using System.Globalization;
using System.Text.RegularExpressions;
using ArticleBot.Core.Answering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.WebChat.Api;

/// <summary>The JSON API beneath the page. Every handler answers with JSON, errors included.</summary>
internal static partial class WebChatApi
{
    private const int MaxQueryLength = 2000;

    /// <summary><c>POST /api/ask</c>: exactly the shared <see cref="ReplyDocument"/>, as <c>ask --json</c> prints it.</summary>
    public static async Task<IResult> AskAsync(HttpContext context)
    {
        var (request, error) = await ReadAskAsync(context);
        if (request is null)
        {
            return error!;
        }

        var reply = Answer(context, new ChatQuestion(request.Question, Top: request.Top, Skip: request.Skip) { ArticleId = request.Article });
        return ApiResults.RawJson(ReplyDocument.From(reply).ToJson());
    }

    /// <summary><c>POST /api/chat</c>: the page's richer reply, with message, suggestions and highlights.</summary>
    public static async Task<IResult> ChatAsync(HttpContext context)
    {
        var (request, error) = await ReadAskAsync(context);
        if (request is null)
        {
            return error!;
        }

        // The page holds the conversation: each reply returns its state as a token, and the page sends it back with
        // the next question (the server keeps nothing per reader). A token that is not one starts a new conversation.
        var reply = Answer(context, new ChatQuestion(request.Question, Top: request.Top, Skip: request.Skip)
        {
            ArticleId = request.Article,
            InConversation = true,
            Previous = Core.Conversations.ConversationState.FromToken(request.Conversation),
        });
        return ApiResults.Json(WebReply.From(reply, request.Top, request.Skip), WebChatJsonContext.Default.WebReply);
    }

    /// <summary><c>GET /api/quote?q=</c>: a quote lookup, in the shared <see cref="ReplyDocument"/> shape.</summary>
    public static IResult Quote(HttpContext context)
    {
        var words = context.Request.Query["q"].ToString();
        if (string.IsNullOrWhiteSpace(words))
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "Add the words you remember as ?q=, e.g. /api/quote?q=closed-source moats.");
        }

        if (words.Length > MaxQueryLength)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, $"\"q\" is longer than {MaxQueryLength} characters.");
        }

        var reply = Answer(context, new ChatQuestion(words, QuestionIntent.Quote));
        return ApiResults.RawJson(ReplyDocument.From(reply).ToJson());
    }

    /// <summary><c>GET /api/articles</c>: the articles the bot answers about.</summary>
    public static IResult Articles(HttpContext context)
    {
        // "/source" rather than an empty text: the answerer treats a blank question as a request for help before
        // it looks at the intent, and the command spells the listing either way.
        var reply = Answer(context, new ChatQuestion("/source", QuestionIntent.Source, Top: ChatQuestion.MaxTop));
        var articles = reply.Results
            .DistinctBy(passage => passage.ArticleId)
            .Select(passage => new ArticleSummary(passage.ArticleId, passage.Title, passage.Url, passage.Publisher))
            .ToList();
        return ApiResults.Json(new ArticleList(articles), WebChatJsonContext.Default.ArticleList);
    }

    /// <summary><c>GET /api/articles/{id}/paragraphs/{n}</c>: one paragraph in full, or 404.</summary>
    public static IResult Paragraph(HttpContext context, string id, string n)
    {
        // Ids are file names without extension; anything else (slashes, dots, spaces) cannot name an article and
        // must not reach the core as extra words of the source command.
        if (!ArticleId().IsMatch(id) || id.Contains("..", StringComparison.Ordinal)
            || !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph) || paragraph < 1)
        {
            return NotFound();
        }

        var reply = Answer(context, new ChatQuestion($"{id} {paragraph}", QuestionIntent.Source));
        var passage = reply.Results.FirstOrDefault();
        if (!reply.Answered || passage is null || passage.ArticleId != id || passage.Paragraph != paragraph)
        {
            return NotFound(reply.Message);
        }

        return ApiResults.Json(ResultDocument.From(passage), WebChatJsonContext.Default.ResultDocument);
    }

    public static bool IsArticleId(string id) => ArticleId().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal);

    public static IResult UnknownApi() => ApiResults.Error(StatusCodes.Status404NotFound, "There is no such API endpoint.");

    private static IResult NotFound(string? message = null) =>
        ApiResults.Error(StatusCodes.Status404NotFound, message ?? "There is no such article or paragraph.");

    private static Task<(AskRequest? Request, IResult? Error)> ReadAskAsync(HttpContext context) =>
        AskRequestReader.ReadAsync(context.Request, Services(context).MaxRequestBodyBytes, context.RequestAborted);

    private static ChatReply Answer(HttpContext context, ChatQuestion question)
    {
        var services = Services(context);
        var reply = services.Answerer.Answer(question with
        {
            Origin = new ChatOrigin(WebChatPlatform.Name, context.Connection.RemoteIpAddress?.ToString(), MessageId: context.TraceIdentifier),
        });

        Log.Answered(services.Logger, reply.Intent, reply.Answered, question.Text);
        return reply;
    }

    private static WebChatServices Services(HttpContext context) => context.RequestServices.GetRequiredService<WebChatServices>();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleId();
}
