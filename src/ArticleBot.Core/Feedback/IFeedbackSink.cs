namespace ArticleBot.Core.Feedback;

/// <summary>
/// Where front ends hand readers' votes. The host's store implements it; front ends never see the database, and a
/// host without a store simply registers none. Recording is fire-and-forget: it never blocks and never throws, a vote
/// that cannot be kept is logged and dropped.
/// </summary>
public interface IFeedbackSink
{
    void Record(AnswerFeedback feedback);
}
