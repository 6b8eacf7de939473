using ArticleBot.Core.Answering;

namespace ArticleBot.Discord.Mapping;

/// <summary>Which buttons a rendered reply gets.</summary>
/// <param name="QuestionKey">Key of the question in <see cref="QuestionMemory"/>; null leaves out "More results" and "Share".</param>
/// <param name="IsPrivate">An ephemeral answer, which gets a "Share" button.</param>
/// <param name="Skip">The page shown; "More results" asks for <c>Skip + Top</c>.</param>
internal sealed record ReplyButtons(string? QuestionKey, bool IsPrivate = false, int Skip = 0, int Top = ChatQuestion.DefaultTop)
{
    public static ReplyButtons None { get; } = new(QuestionKey: null);
}
