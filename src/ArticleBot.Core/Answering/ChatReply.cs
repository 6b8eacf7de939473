namespace ArticleBot.Core.Answering;

/// <summary>The core's answer to one question, as data; each front end decides how it looks.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Answered">False when the article does not answer it (or for help), so the front end shows <see cref="Message"/>.</param>
/// <param name="Intent">The intent the core answered.</param>
/// <param name="Results">Best passage first.</param>
/// <param name="Message">A short plain-text sentence to show above or instead of the results.</param>
/// <param name="Suggestions">Questions the person could ask instead, when nothing matched or for help.</param>
public sealed record ChatReply(
    string Question,
    bool Answered,
    QuestionIntent Intent,
    IReadOnlyList<AnswerPassage> Results,
    string? Message = null,
    IReadOnlyList<string>? Suggestions = null)
{
    /// <summary>True when more passages exist beyond these, for a "More results" control.</summary>
    public bool HasMore { get; init; }

    /// <summary>The sentence(s) that answer, with numbered citations of <see cref="Results"/>; null when not answered.</summary>
    public AnswerLead? Lead { get; init; }

    /// <summary>What the next question of the conversation may refer to; pass it back as <see cref="ChatQuestion.Previous"/>.</summary>
    public Conversations.ConversationState? Conversation { get; init; }

    public IReadOnlyList<string> SuggestionsOrEmpty => Suggestions ?? [];
}
