using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Slack.Tests.Chaos;

/// <summary>
/// Socket Mode frames Slack does not document, between real envelopes: text that is not JSON, JSON of the wrong
/// shape, message and envelope types the bot does not know, wrong-typed fields, and an oversized envelope. None is a
/// reason to drop the connection or lose a question.
/// </summary>
public sealed class MalformedEnvelopeTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Garbage =
    [
        "not json at all",
        "{\"envelope_id\":\"e1\",\"type\":\"events_api\",\"payload\":{",
        "",
        "[1,2,3]",
        "42",
        "{\"type\":\"some_future_message\"}",
        "{\"type\":7}",
        "{\"envelope_id\":\"" + "e-unknown" + "\",\"type\":\"some_future_envelope\",\"payload\":{\"x\":1}}",
        "{\"envelope_id\":\"e-no-payload\",\"type\":\"events_api\"}",
        "{\"envelope_id\":\"e-string-payload\",\"type\":\"events_api\",\"payload\":\"oops\"}",
        "{\"envelope_id\":\"e-odd-event\",\"type\":\"events_api\",\"payload\":{\"type\":\"event_callback\",\"event\":[]}}",
        "{\"envelope_id\":5,\"type\":\"events_api\",\"payload\":{}}",
        "{\"type\":\"hello\",\"num_connections\":\"one\",\"debug_info\":{\"approximate_connection_time\":[]}}",
        "{\"envelope_id\":\"e-odd-retry\",\"type\":\"some_future_envelope\",\"retry_attempt\":\"two\",\"payload\":{}}",

    ];

    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task Malformed_frames_between_envelopes_cost_no_connection_and_no_question()
    {
        using var logs = new CapturedLogs();
        await using var bot = SlackBotHarness.Start(SlackBotHarness.BuildServices(_slack, _answerer, logs: logs));
        await Eventually.Until(() => bot.Adapter.IsConnected && _slack.OpenConnections.Count > 0, "a live connection", TimeSpan.FromSeconds(5));
        var asked = new List<string>();
        var faults = 0;

        for (var round = 0; round < 3 * Garbage.Length; round++)
        {
            var envelope = SlackEnvelopes.Mention($"<@U111> question {round}?");
            asked.Add(SlackEnvelopes.EventTs(envelope));
            await _slack.SendEnvelopeAsync(envelope);
            await _slack.OpenConnections.Last().SendRawAsync(Garbage[round % Garbage.Length]);
            faults++;
        }

        var big = SlackEnvelopes.Mention("<@U111> " + new string('w', 200_000) + "?");
        asked.Add(SlackEnvelopes.EventTs(big));
        await _slack.SendEnvelopeAsync(big);
        faults++;

        await Eventually.Until(() => _slack.Messages.Count >= asked.Count, "a reply to every mention", TimeSpan.FromSeconds(10));
        await Task.Delay(300);
        var replied = _slack.Messages.Select(message => message.ThreadTs!).ToList();
        var lost = asked.Except(replied).ToList();
        var duplicated = replied.GroupBy(ts => ts).Count(group => group.Count() > 1);
        TestReport.Line(output, $"slack malformed frames: {faults} faults, {asked.Count} questions, {replied.Distinct().Count()} answered, " +
                         $"{lost.Count} lost, {duplicated} duplicated; {_slack.ConnectionsAccepted} connections");

        Assert.Empty(lost);
        Assert.Equal(0, duplicated);
        Assert.Equal(asked.Count, _answerer.Questions.Count);
        Assert.Equal(1, _slack.ConnectionsAccepted);
        Assert.False(bot.Run.IsCompleted);
        Assert.Contains(logs.Entries, entry => entry.Contains("skipped a frame", StringComparison.Ordinal));
    }
}
