namespace ArticleBot.Core.Answering;

/// <summary>
/// The one entry point chat front ends use. Answering is synchronous on purpose: Lucene.Net 4.8's search takes no
/// cancellation token, and wrapping it in Task.Run would only add a thread hop.
/// Implementations never throw for user input: bad questions get an ordinary reply.
/// </summary>
public interface IQuestionAnswerer
{
    ChatReply Answer(ChatQuestion question);

    /// <summary>Quotations whose words match what has been typed so far, best first.</summary>
    IReadOnlyList<QuoteSuggestion> SuggestQuotes(string partialText, int max);
}
