using ArticleBot.Core.Answering;

namespace ArticleBot.Store;

/// <summary>
/// Queues every question the core answers for the store, after the answer, with a non-blocking write: the reply
/// leaves as fast as without it. It sits inside the rate limit, so questions turned away are not kept as unanswered.
/// </summary>
internal sealed class RecordingAnswerer(IQuestionAnswerer inner, StoreQueue queue, TimeProvider timeProvider) : IQuestionAnswerer
{
    public ChatReply Answer(ChatQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var reply = inner.Answer(question);
        // Help and source listings (the page asks for the article list and paragraphs by itself) are navigation, not
        // questions about the articles; keeping them would bury the questions readers actually asked.
        if (reply.Intent is QuestionIntent.Ask or QuestionIntent.Quote or QuestionIntent.Who)
        {
            var top = reply.Results.Count > 0 ? reply.Results[0] : null;
            queue.Enqueue(new QuestionRecord(timeProvider.GetUtcNow(), question.Text, reply.Intent, reply.Answered, top?.ArticleId, top?.Paragraph, question.Origin));
        }

        return reply;
    }

    public IReadOnlyList<QuoteSuggestion> SuggestQuotes(string partialText, int max) => inner.SuggestQuotes(partialText, max);
}
