using System.Diagnostics;
using System.Globalization;
using ArticleBot.Benchmarks.Harness;

namespace ArticleBot.Benchmarks.Chat;

/// <summary>
/// One burst through a fake platform: when each question was sent, when each reply arrived (by the id of the question
/// it answers), and the figures BENCHMARKS.md quotes: messages per second from the first event sent to the last reply
/// posted, event-to-reply percentiles, replies lost and duplicated.
/// </summary>
internal sealed class ChatRun(string name, IReadOnlyList<string> questionIds)
{
    private readonly Dictionary<string, long> _sent = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public IReadOnlyList<string> QuestionIds { get; } = questionIds;

    public long SendStarted { get; private set; }

    public long SendFinished { get; private set; }

    public void Sending(string id)
    {
        var now = Stopwatch.GetTimestamp();
        if (_sent.Count == 0)
        {
            SendStarted = now;
        }

        _sent[id] = now;
    }

    public void SentAll() => SendFinished = Stopwatch.GetTimestamp();

    /// <summary>Prints the figures for replies given as (id of the question answered, time the fake received it), and
    /// returns the questions lost and the replies duplicated.</summary>
    public (int Lost, int Duplicated) Report(IReadOnlyList<(string QuestionId, long ReceivedAt)> replies)
    {
        var ours = replies.Where(reply => _sent.ContainsKey(reply.QuestionId)).ToList();
        var first = ours.GroupBy(reply => reply.QuestionId).ToDictionary(group => group.Key, group => group.Min(reply => reply.ReceivedAt));
        var duplicated = ours.Count - first.Count;
        var lost = QuestionIds.Count(id => !first.ContainsKey(id));
        var latency = new Percentiles(Name + " event to reply");
        foreach (var (id, receivedAt) in first)
        {
            latency.Add(_sent[id], receivedAt);
        }

        var lastReply = first.Count == 0 ? SendFinished : first.Values.Max();
        var seconds = (lastReply - SendStarted) / (double)Stopwatch.Frequency;
        Console.WriteLine(Percentiles.Header);
        Console.WriteLine(latency.Row());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {QuestionIds.Count} questions sent in {(SendFinished - SendStarted) * 1000.0 / Stopwatch.Frequency:F0} ms; " +
            $"{first.Count} answered in {seconds:F2} s = {first.Count / seconds:F0} msgs/s; lost {lost}, duplicated {duplicated}"));
        return (lost, duplicated);
    }
}
