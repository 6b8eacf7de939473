using ArticleBot.Core.Answering;
using ArticleBot.Core.Feedback;

namespace ArticleBot.Store;

/// <summary>What the answering path hands the writer: raw values only, so that normalising, hashing and SQL all happen
/// on the writer's thread, never while a reader waits for an answer.</summary>
internal abstract record StoreRecord(DateTimeOffset At);

/// <param name="Article">The top passage's article, when the reply had one.</param>
internal sealed record QuestionRecord(
    DateTimeOffset At,
    string Text,
    QuestionIntent Intent,
    bool Answered,
    string? Article,
    int? Paragraph,
    ChatOrigin Origin) : StoreRecord(At);

internal sealed record FeedbackRecord(DateTimeOffset At, AnswerFeedback Feedback) : StoreRecord(At);
