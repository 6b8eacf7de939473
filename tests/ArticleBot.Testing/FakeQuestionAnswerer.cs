using System.Collections.Concurrent;
using ArticleBot.Core.Answering;

namespace ArticleBot.Testing;

/// <summary>
/// A hand-written answerer for adapter tests that are about the platform protocol, not about answers:
/// it records every question and answers with whatever the test sets.
/// </summary>
public sealed class FakeQuestionAnswerer : IQuestionAnswerer
{
    private readonly ConcurrentQueue<ChatQuestion> _questions = new();

    public IReadOnlyCollection<ChatQuestion> Questions => _questions;

    /// <summary>Builds the reply for a question; by default one passage that echoes the question.</summary>
    public Func<ChatQuestion, ChatReply> Reply { get; set; } = question => new ChatReply(
        question.Text,
        Answered: true,
        question.Intent ?? QuestionIntent.Ask,
        [Passage($"You asked: {question.Text}")]);

    public IReadOnlyList<QuoteSuggestion> Suggestions { get; set; } = [];

    public ChatReply Answer(ChatQuestion question)
    {
        _questions.Enqueue(question);
        return Reply(question);
    }

    public IReadOnlyList<QuoteSuggestion> SuggestQuotes(string partialText, int max) => Suggestions.Take(max).ToList();

    public static AnswerPassage Passage(string text, string? speaker = null, int paragraph = 1) => new(
        ArticleId: "test-article",
        Title: "Test Article",
        Paragraph: paragraph,
        Text: text,
        Snippet: text,
        Highlights: [],
        Speaker: speaker,
        Quote: speaker is null ? null : text,
        Score: 1.0,
        Url: "https://example.com/article");
}
