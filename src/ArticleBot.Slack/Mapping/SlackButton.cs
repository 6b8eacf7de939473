using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleBot.Core.Answering;

namespace ArticleBot.Slack.Mapping;

/// <summary>
/// What a button asks for, carried in the button's <c>value</c> (≤ 2000 characters): a question to answer again,
/// so a click needs no server-side state and survives restarts.
/// </summary>
internal sealed record SlackButton(
    [property: JsonPropertyName("q")] string Text,
    [property: JsonPropertyName("i")] QuestionIntent? Intent,
    [property: JsonPropertyName("s")] int Skip,
    [property: JsonPropertyName("t")] int Top,
    [property: JsonPropertyName("f")] bool FullText = false)
{
    public const string MoreResults = "more_results";
    public const string FullParagraph = "full_paragraph";
    public const string Share = "share";
    private const int MaxQuestionLength = 1500;

    public static SlackButton For(ChatQuestion question) => new(
        question.Text.Length > MaxQuestionLength ? question.Text[..MaxQuestionLength] : question.Text,
        question.Intent,
        question.Skip,
        question.Top);

    public ChatQuestion ToQuestion(ChatOrigin origin) =>
        new(Text, Intent, Math.Clamp(Top, 1, ChatQuestion.MaxTop), Math.Max(0, Skip)) { Origin = origin };

    public string Encode() => JsonSerializer.Serialize(this, SlackJsonContext.Default.SlackButton);

    public static SlackButton? Decode(string value)
    {
        try
        {
            return JsonSerializer.Deserialize(value, SlackJsonContext.Default.SlackButton);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(SlackButton))]
[JsonSerializable(typeof(SlackVote))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
