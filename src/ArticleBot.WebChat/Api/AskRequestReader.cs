using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ArticleBot.Core.Answering;

namespace ArticleBot.WebChat.Api;

/// <summary>
/// Reads an ask body by hand rather than through model binding, so every way it can be wrong (too big, not JSON,
/// wrong types, out of range) gets its own plain 4xx message instead of a framework error page.
/// </summary>
internal static class AskRequestReader
{
    public static async Task<(AskRequest? Request, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        // Only JSON, which a browser sends cross-site only after a CORS preflight this API never grants: a
        // text/plain or form POST is a "simple" request any other web page can make (Fetch standard, CORS-safelisted
        // request headers), and must not be answered.
        if (!request.HasJsonContentType())
        {
            return (null, ApiResults.Error(StatusCodes.Status415UnsupportedMediaType, "Send the request body as JSON, with Content-Type: application/json."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        // The body is parsed where Kestrel buffered it (no copy into a stream and an array per request), once it is
        // all there; anything longer than the limit is refused as soon as that many bytes have arrived.
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var body = read.Buffer;
            if (body.Length > maxBytes)
            {
                reader.AdvanceTo(body.Start, body.End);
                return (null, TooLarge(maxBytes));
            }

            if (!read.IsCompleted)
            {
                reader.AdvanceTo(body.Start, body.End);
                continue;
            }

            try
            {
                return Parse(body);
            }
            finally
            {
                reader.AdvanceTo(body.End);
            }
        }
    }

    private static (AskRequest?, IResult?) Parse(ReadOnlySequence<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return (null, BadRequest("The request body must be JSON like {\"question\": \"Who founded DeepSeek?\"}."));
        }

        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    private static (AskRequest?, IResult?) Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, BadRequest("The request body must be a JSON object like {\"question\": \"Who founded DeepSeek?\"}."));
        }

        if (!root.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String)
        {
            return (null, BadRequest("\"question\" must be a string."));
        }

        if (!TryReadInt(root, "top", ChatQuestion.DefaultTop, 1, ChatQuestion.MaxTop, out var top))
        {
            return (null, BadRequest($"\"top\" must be a whole number from 1 to {ChatQuestion.MaxTop}."));
        }

        if (!TryReadInt(root, "skip", 0, 0, AskRequest.MaxSkip, out var skip))
        {
            return (null, BadRequest($"\"skip\" must be a whole number from 0 to {AskRequest.MaxSkip}."));
        }

        if (!TryReadString(root, "article", 200, out var article) || (article is not null && !WebChatApi.IsArticleId(article)))
        {
            return (null, BadRequest("\"article\" must be an article id, as GET /api/articles lists them."));
        }

        if (!TryReadString(root, "conversation", Core.Conversations.ConversationState.MaxTokenLength, out var conversation))
        {
            return (null, BadRequest("\"conversation\" must be the token the previous reply returned."));
        }

        // JSON escapes can spell lone surrogates ("\ud800"), which are not text; GetString refuses them.
        string text;
        try
        {
            text = question.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return (null, BadRequest("\"question\" is not valid Unicode text."));
        }

        return (new AskRequest(text, top, skip, article, conversation), null);
    }

    /// <summary>An optional string no longer than <paramref name="maxLength"/>; null (absent) is fine.</summary>
    private static bool TryReadString(JsonElement root, string name, int maxLength, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            value = element.GetString();
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        return value is not null && value.Length <= maxLength;
    }

    private static bool TryReadInt(JsonElement root, string name, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value) && value >= min && value <= max;
    }

    private static IResult TooLarge(int maxBytes) =>
        ApiResults.Error(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes; ask a shorter question.");

    private static IResult BadRequest(string message) => ApiResults.Error(StatusCodes.Status400BadRequest, message);
}
