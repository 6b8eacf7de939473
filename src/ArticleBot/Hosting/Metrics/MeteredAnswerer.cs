using ArticleBot.Core.Answering;
using ArticleBot.Core.Telemetry;

namespace ArticleBot.Hosting.Metrics;

/// <summary>Counts and times every question the answerer handles. It sits inside the rate limit, so a question
/// turned away is counted once, as rate limited, and never skews the latency of real answers.</summary>
internal sealed class MeteredAnswerer(IQuestionAnswerer inner, ArticleBotMetrics metrics, TimeProvider timeProvider) : IQuestionAnswerer
{
    public ChatReply Answer(ChatQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var started = timeProvider.GetTimestamp();
        var reply = inner.Answer(question);
        metrics.QuestionAnswered(question.Origin, reply, timeProvider.GetElapsedTime(started));
        return reply;
    }

    public IReadOnlyList<QuoteSuggestion> SuggestQuotes(string partialText, int max) => inner.SuggestQuotes(partialText, max);
}
