using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.WebChat.Tests.Hosting;

/// <summary>
/// The answerer the test host resolves; each test swaps in its own so one host (and one browser) can serve a whole
/// test class without one test's canned replies leaking into the next.
/// </summary>
public sealed class SwitchableAnswerer : IQuestionAnswerer
{
    private volatile IQuestionAnswerer _current = new FakeQuestionAnswerer();

    public IQuestionAnswerer Current
    {
        get => _current;
        set => _current = value;
    }

    public ChatReply Answer(ChatQuestion question) => _current.Answer(question);

    public IReadOnlyList<QuoteSuggestion> SuggestQuotes(string partialText, int max) => _current.SuggestQuotes(partialText, max);
}
