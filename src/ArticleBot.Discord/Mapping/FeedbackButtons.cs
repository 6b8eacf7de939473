using System.Globalization;
using System.Text.Json.Nodes;
using ArticleBot.Core.Answering;

namespace ArticleBot.Discord.Mapping;

/// <summary>
/// 👍 / 👎 under an answer, a vote on its best passage (issue 15): <c>up:{key}/{article}:{¶}</c> and
/// <c>down:{key}/{article}:{¶}</c>, where the key finds the question in <see cref="QuestionMemory"/>. Question keys
/// are snowflakes (digits only), so the first slash ends the key whatever the article id holds.
/// </summary>
internal static class FeedbackButtons
{
    public const string Helpful = "up";
    public const string NotHelpful = "down";

    /// <summary>A row of its own, so the vote never takes the place of "More results" or "Full paragraph".</summary>
    public static JsonObject? Row(ChatReply reply, string? questionKey)
    {
        if (questionKey is null || !reply.Answered || reply.Intent is QuestionIntent.Help or QuestionIntent.Source ||
            reply.Results.FirstOrDefault(p => p.Paragraph > 0) is not { } best)
        {
            return null;
        }

        var up = Id(Helpful, questionKey, best);
        var down = Id(NotHelpful, questionKey, best);
        if (!ButtonIds.Fits(up) || !ButtonIds.Fits(down))
        {
            return null;
        }

        return new JsonObject
        {
            ["type"] = 1,
            ["components"] = new JsonArray(Button("👍", "Helpful", up), Button("👎", "Not helpful", down)),
        };
    }

    public static bool TrySplit(string subject, out string questionKey, out string articleId)
    {
        var slash = subject.IndexOf('/');
        questionKey = slash > 0 ? subject[..slash] : "";
        articleId = slash > 0 ? subject[(slash + 1)..] : "";
        return slash > 0 && articleId.Length > 0;
    }

    public static string Thanks(bool helpful) => helpful
        ? "Thanks, your 👍 is recorded. Click 👎 instead to change it."
        : "Thanks, your 👎 is recorded; it helps to improve the answers. Click 👍 instead to change it.";

    private static string Id(string kind, string questionKey, AnswerPassage passage) =>
        $"{kind}:{questionKey}/{passage.ArticleId}:{passage.Paragraph.ToString(CultureInfo.InvariantCulture)}";

    private static JsonObject Button(string emoji, string label, string customId) => new()
    {
        ["type"] = 2,
        ["style"] = 2,
        ["emoji"] = new JsonObject { ["name"] = emoji },
        ["label"] = label,
        ["custom_id"] = customId,
    };
}
