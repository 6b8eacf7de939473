using System.Collections.Concurrent;
using ArticleBot.Core.Feedback;

namespace ArticleBot.Testing;

/// <summary>The host's store as the adapter sees it: the votes handed to it, in order.</summary>
public sealed class RecordingFeedbackSink : IFeedbackSink
{
    private readonly ConcurrentQueue<AnswerFeedback> _votes = new();

    public IReadOnlyCollection<AnswerFeedback> Votes => _votes;

    public void Record(AnswerFeedback feedback) => _votes.Enqueue(feedback);
}
