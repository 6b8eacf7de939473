using ArticleBot.Testing;
using System.Diagnostics;
using Xunit.Abstractions;

namespace ArticleBot.Slack.Tests.Chaos;

/// <summary>
/// A steady stream of app mentions while the fake Slack refreshes and drops Socket Mode connections, loses ACKs (so it
/// redelivers), and answers chat.postMessage with 429s and 5xx bursts: every question answered exactly once.
/// </summary>
public sealed class SlackChaosTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Faults = 200;
    private const int Seed = 20261128;

    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _slack.AckDeadline = TimeSpan.FromMilliseconds(200);
    }

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task Every_question_is_answered_exactly_once_through_two_hundred_socket_and_web_api_faults()
    {
        await using var bot = SlackBotHarness.Start(_slack, _answerer);
        var random = new Random(Seed);
        var injected = new Dictionary<string, int>();
        var asked = new List<string>();
        var clock = Stopwatch.StartNew();

        for (var fault = 0; fault < Faults; fault++)
        {
            for (var q = random.Next(1, 3); q > 0; q--)
            {
                asked.Add(await AskAsync(bot));
            }

            var kind = random.Next(100) switch
            {
                < 25 => "refresh_requested",
                < 45 => "abrupt drop",
                < 65 => "lost ACK",
                < 80 => "429",
                _ => "5xx",
            };
            injected[kind] = injected.GetValueOrDefault(kind) + 1;
            await InjectAsync(kind, bot, random);
        }

        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (_slack.Messages.Count < asked.Count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await Task.Delay(500);
        var replied = _slack.Messages.Select(message => message.ThreadTs!).ToList();
        var lost = asked.Except(replied).ToList();
        var duplicated = replied.GroupBy(ts => ts).Count(group => group.Count() > 1);

        TestReport.Line(output, $"slack chaos (seed {Seed}): {Faults} faults injected in {clock.Elapsed.TotalSeconds:F1} s: " +
                         string.Join(", ", injected.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key} {pair.Value}")));
        TestReport.Line(output, $"slack chaos: {asked.Count} questions, {replied.Distinct().Count()} answered, {lost.Count} lost, {duplicated} duplicated; " +
                         $"{_slack.ConnectionsAccepted} connections, {_slack.SentEnvelopes.Count} envelopes sent (with redeliveries), {_slack.Calls("chat.postMessage")} chat.postMessage calls");
        foreach (var ts in lost)
        {
            var envelopes = _slack.SentEnvelopes.Count(envelope => (string?)envelope["payload"]?["event"]?["ts"] == ts);
            var acked = _slack.Acks.Count(ack => _slack.SentEnvelopes.Any(envelope => (string?)envelope["envelope_id"] == ack.EnvelopeId && (string?)envelope["payload"]?["event"]?["ts"] == ts));
            output.WriteLine($"lost {ts}: sent in {envelopes} envelopes, {acked} acknowledged");
        }

        Assert.Empty(lost);
        Assert.Equal(0, duplicated);
        Assert.Equal(asked.Count, _answerer.Questions.Count);
    }

    /// <summary>Sends one mention on a live connection, again if the link fails mid-send (as Slack retries).</summary>
    private async Task<string> AskAsync(SlackBotHarness bot)
    {
        var envelope = SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?");
        for (var attempt = 0; ; attempt++)
        {
            await Eventually.Until(() => bot.Adapter.IsConnected && _slack.OpenConnections.Count > 0, "a live connection", TimeSpan.FromSeconds(10));
            try
            {
                await _slack.SendEnvelopeAsync(envelope);
                return SlackEnvelopes.EventTs(envelope);
            }
            catch (Exception ex) when (attempt < 5 && ex is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                envelope = envelope.DeepClone().AsObject();
                envelope["envelope_id"] = Guid.NewGuid().ToString();
            }
        }
    }

    private async Task InjectAsync(string kind, SlackBotHarness bot, Random random)
    {
        await Eventually.Until(() => bot.Adapter.IsConnected && _slack.OpenConnections.Count > 0, "a live connection", TimeSpan.FromSeconds(10));
        switch (kind)
        {
            case "refresh_requested":
            case "abrupt drop":
                try
                {
                    await _slack.DisconnectAsync(kind == "abrupt drop" ? "abrupt" : "refresh_requested");
                }
                catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    // The connection was already going away.
                }

                break;
            case "lost ACK":
                _slack.LoseNextAcks(1);
                break;
            case "429":
                _slack.RateLimit("chat.postMessage", 1, 0);
                break;
            default:
                _slack.FailWithServerError("chat.postMessage", random.Next(1, 3));
                break;
        }

        await Task.Delay(random.Next(0, 30));
    }
}
