using System.Collections.Concurrent;
using ArticleBot.Core.Feedback;

namespace ArticleBot.Slack.Tests.Feedback;

/// <summary>Stands in for the host's store: keeps every vote handed to it, in order.</summary>
internal sealed class RecordingFeedbackSink : IFeedbackSink
{
    public ConcurrentQueue<AnswerFeedback> Votes { get; } = new();

    public void Record(AnswerFeedback feedback) => Votes.Enqueue(feedback);
}
