using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleBot.Core.Feedback;
using Microsoft.AspNetCore.Http;

namespace ArticleBot.WebChat.Api;

/// <summary>
/// Reads a <c>POST /api/feedback</c> body by hand, as <see cref="AskRequestReader"/> does an ask, so each way it can be
/// wrong gets its own plain 400 message: <c>{"question": str, "article": str, "paragraph": int, "helpful": bool,
/// "comment"?: str}</c>.
/// </summary>
internal static partial class FeedbackRequestReader
{
    private const int MaxQuestionLength = 2000;

    public static async Task<(AnswerFeedback? Feedback, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        // Bodies are small (a question, an id and a comment): read them whole, refusing as soon as the limit is passed.
        using var body = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            body.Write(buffer, 0, read);
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
            return Parse(document.RootElement);
        }
        catch (JsonException)
        {
            return Bad("The request body must be JSON like {\"question\": \"Who founded DeepSeek?\", \"article\": \"deepseek\", \"paragraph\": 3, \"helpful\": true}.");
        }
        catch (InvalidOperationException)
        {
            // GetString refuses lone surrogates that JSON escapes can spell ("\ud800"): they are not text.
            return Bad("\"question\" and \"comment\" must be valid Unicode text.");
        }
    }

    private static (AnswerFeedback?, IResult?) Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Bad("The request body must be a JSON object with \"question\", \"article\", \"paragraph\" and \"helpful\".");
        }

        if (!root.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String
            || question.GetString() is not { } questionText || string.IsNullOrWhiteSpace(questionText))
        {
            return Bad("\"question\" must be the question that was answered, as a string.");
        }

        if (questionText.Length > MaxQuestionLength)
        {
            return Bad($"\"question\" is longer than {MaxQuestionLength} characters.");
        }

        // The same ids the paragraph endpoint accepts: file names without extension.
        if (!root.TryGetProperty("article", out var article) || article.ValueKind != JsonValueKind.String
            || article.GetString() is not { } articleId || !ArticleId().IsMatch(articleId) || articleId.Contains("..", StringComparison.Ordinal))
        {
            return Bad("\"article\" must be an article id, as the answer gave it.");
        }

        if (!root.TryGetProperty("paragraph", out var paragraph) || paragraph.ValueKind != JsonValueKind.Number
            || !paragraph.TryGetInt32(out var paragraphNumber) || paragraphNumber < 1)
        {
            return Bad("\"paragraph\" must be a whole number from 1.");
        }

        if (!root.TryGetProperty("helpful", out var helpful) || helpful.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return Bad("\"helpful\" must be true or false.");
        }

        string? commentText = null;
        if (root.TryGetProperty("comment", out var comment) && comment.ValueKind != JsonValueKind.Null)
        {
            if (comment.ValueKind != JsonValueKind.String)
            {
                return Bad("\"comment\" must be a string or left out.");
            }

            commentText = comment.GetString();
            if (commentText!.Length > AnswerFeedback.MaxCommentLength)
            {
                return Bad($"\"comment\" is longer than {AnswerFeedback.MaxCommentLength} characters.");
            }
        }

        return (new AnswerFeedback(questionText, articleId, paragraphNumber, helpful.GetBoolean(), commentText), null);
    }

    private static (AnswerFeedback?, IResult?) Bad(string message) => (null, ApiResults.Error(StatusCodes.Status400BadRequest, message));

    private static IResult TooLarge(int maxBytes) =>
        ApiResults.Error(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes; shorten the comment.");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleId();
}
