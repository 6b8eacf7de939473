using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleBot.Core.Evaluation;

/// <summary>One line of an evaluation file (the format of <c>dev-questions.jsonl</c>).</summary>
/// <param name="Kind">"ask", "quote", "who" or "none" (out of scope: the bot should abstain).</param>
public sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expect")] EvalExpectation? Expect)
{
    public static IReadOnlyList<EvalQuestion> ReadFile(string path)
    {
        var questions = new List<EvalQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var question = JsonSerializer.Deserialize(line, EvalJsonContext.Default.EvalQuestion);
                if (question is null || string.IsNullOrWhiteSpace(question.Question) || string.IsNullOrWhiteSpace(question.Kind))
                {
                    throw new JsonException("a question needs \"kind\" and \"question\"");
                }

                questions.Add(question);
            }
            catch (JsonException exception)
            {
                throw new ArticleBotException($"{path}, line {lineNumber}: not an evaluation question ({exception.Message}).", innerException: exception);
            }
        }

        return questions;
    }
}

public sealed record EvalExpectation(
    [property: JsonPropertyName("paragraphs")] IReadOnlyList<int>? Paragraphs,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("article")] string? Article);

[JsonSerializable(typeof(EvalQuestion))]
[JsonSerializable(typeof(EvalReport))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class EvalJsonContext : JsonSerializerContext;
