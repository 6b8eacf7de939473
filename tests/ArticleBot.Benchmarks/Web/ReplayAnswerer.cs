using System.Collections.Frozen;
using ArticleBot.Core.Answering;

namespace ArticleBot.Benchmarks.Web;

/// <summary>
/// A trivial answerer for measuring the request path alone: the real replies to a fixed set of questions, computed
/// once at start and then returned by a dictionary look-up, so the web API serializes exactly what it would with the
/// real answerer while the answer itself costs nothing.
/// </summary>
internal sealed class ReplayAnswerer(IQuestionAnswerer real, IEnumerable<string> questions) : IQuestionAnswerer
{
    private readonly FrozenDictionary<string, ChatReply> _replies =
        questions.Distinct(StringComparer.Ordinal).ToFrozenDictionary(question => question, question => real.Answer(new ChatQuestion(question)), StringComparer.Ordinal);

    public ChatReply Answer(ChatQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // Questions outside the set (a browser poking at the page) still get a real answer.
        return question.Skip == 0 && question.Intent is null && _replies.TryGetValue(question.Text, out var reply) ? reply : real.Answer(question);
    }

    public IReadOnlyList<QuoteSuggestion> SuggestQuotes(string partialText, int max) => real.SuggestQuotes(partialText, max);
}
