using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Feedback;

/// <summary>A reader's vote on one passage of an answer: helpful or not, with an optional reason.</summary>
/// <param name="Question">The question as the reader asked it; the store keeps it normalised, as it keeps questions.</param>
/// <param name="ArticleId">The passage's article (<see cref="AnswerPassage.ArticleId"/>).</param>
/// <param name="Paragraph">The passage's 1-based paragraph number.</param>
public sealed record AnswerFeedback(string Question, string ArticleId, int Paragraph, bool Helpful, string? Comment = null)
{
    public const int MaxCommentLength = 1000;

    /// <summary>Who voted: one vote per user per answer is kept, so the user id is what tells two votes apart.</summary>
    public ChatOrigin Origin { get; init; } = ChatOrigin.CommandLine;
}
