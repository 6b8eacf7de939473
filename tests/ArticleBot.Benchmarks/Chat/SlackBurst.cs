using System.Text.Json.Nodes;
using ArticleBot.Core.Answering;
using ArticleBot.Slack.Tests;
using ArticleBot.Slack.Tests.Fakes;

namespace ArticleBot.Benchmarks.Chat;

/// <summary>The Slack half of figure 5: app_mention envelopes over the fake Socket Mode, replies by chat.postMessage.</summary>
internal static class SlackBurst
{
    public static async Task RunAsync(IQuestionAnswerer answerer, IReadOnlyList<string> questions, int messages, int channels, TimeSpan timeout)
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = SlackBotHarness.Start(slack, answerer);
        await ChatCommand.WaitForAsync(() => bot.Adapter.IsConnected, TimeSpan.FromSeconds(20));
        if (!bot.Adapter.IsConnected)
        {
            throw new InvalidOperationException("The Slack adapter did not connect to the fake.");
        }

        await BurstAsync(slack, "slack warm-up", 100_000, Math.Min(200, messages), questions, channels, timeout, report: false);
        await BurstAsync(slack, "slack", 500_000, messages, questions, channels, timeout, report: true);
    }

    private static async Task BurstAsync(FakeSlack slack, string name, int firstTs, int count, IReadOnlyList<string> questions, int channels, TimeSpan timeout, bool report)
    {
        var envelopes = Enumerable.Range(0, count).Select(i =>
        {
            var ts = $"1700000000.{firstTs + i:D6}";
            return (Ts: ts, Envelope: SlackEnvelopes.Mention($"<@U111> {questions[i % questions.Count]}", ts, channel: $"C{100 + i % channels}"));
        }).ToList();
        var run = new ChatRun(name, envelopes.Select(e => e.Ts).ToList());
        var ids = run.QuestionIds.ToHashSet(StringComparer.Ordinal);
        foreach (var (ts, envelope) in envelopes)
        {
            run.Sending(ts);
            await slack.SendEnvelopeAsync(envelope);
        }

        run.SentAll();
        await ChatCommand.WaitForAsync(() => Replies(slack).Count(reply => ids.Contains(reply.QuestionId)) >= count, timeout);
        if (report)
        {
            run.Report(Replies(slack));
            Console.WriteLine($"slack: {slack.Calls("chat.postMessage")} chat.postMessage calls, {slack.Calls("reactions.add")} reactions.add, " +
                              $"{slack.SentEnvelopes.Count} envelopes sent (redeliveries included), {slack.Acks.Count} acks");
        }
    }

    private static List<(string QuestionId, long ReceivedAt)> Replies(FakeSlack slack) =>
        slack.Messages.Where(message => message.ThreadTs is not null).Select(message => (message.ThreadTs!, message.PostedAt)).ToList();
}
