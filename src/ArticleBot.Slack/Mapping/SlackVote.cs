using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Feedback;

namespace ArticleBot.Slack.Mapping;

/// <summary>
/// A 👍 or 👎 on one answer, carried in the button's <c>value</c> (≤ 2000 characters) like <see cref="SlackButton"/>:
/// the question and the passage the answer leads with, so a click needs no server-side state and survives restarts.
/// </summary>
internal sealed partial record SlackVote(
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("a")] string ArticleId,
    [property: JsonPropertyName("p")] int Paragraph,
    [property: JsonPropertyName("h")] bool Helpful)
{
    /// <summary>The action of the 👍 / 👎 buttons outside assistant threads (one action id per button, as an
    /// <c>actions</c> block needs) and of the <c>feedback_buttons</c> element inside them (one id, the value tells).</summary>
    public const string HelpfulAction = "feedback_helpful";
    public const string NotHelpfulAction = "feedback_not_helpful";
    public const string FeedbackButtonsAction = "feedback";
    public const int MaxValueLength = 2000;
    private const int MaxQuestionLength = 1500;

    public static bool IsVote(string actionId) => actionId is HelpfulAction or NotHelpfulAction or FeedbackButtonsAction;

    /// <summary>The vote on the answer to <paramref name="question"/>: a vote on its first passage, the one it leads with.</summary>
    public static SlackVote For(ChatQuestion question, AnswerPassage lead, bool helpful) => new(
        question.Text.Length > MaxQuestionLength ? question.Text[..MaxQuestionLength] : question.Text,
        lead.ArticleId,
        lead.Paragraph,
        helpful);

    public AnswerFeedback ToFeedback(ChatOrigin origin) => new(Question, ArticleId, Paragraph, Helpful) { Origin = origin };

    /// <summary>The shape of an article id (as the web chat's feedback API accepts it).</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleIdShape();

    public string Encode() => JsonSerializer.Serialize(this, SlackJsonContext.Default.SlackVote);

    public static SlackVote? Decode(string value)
    {
        try
        {
            // The value is ours, but it comes back from outside: only a vote that could have been rendered is kept.
            return JsonSerializer.Deserialize(value, SlackJsonContext.Default.SlackVote) is { Paragraph: > 0 } vote
                   && !string.IsNullOrWhiteSpace(vote.Question) && vote.Question.Length <= MaxQuestionLength
                   && ArticleIdShape().IsMatch(vote.ArticleId ?? "") && !vote.ArticleId!.Contains("..", StringComparison.Ordinal)
                ? vote
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
