using ArticleBot.Testing;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace ArticleBot.Slack.Tests.Hostile;

/// <summary>The hostile corpus as app mentions and /ask commands on the fake Slack, answered by the real seed index.</summary>
public sealed partial class HostileInputSlackTests(ITestOutputHelper output) : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _bot = SlackBotHarness.Start(_slack, SeedAnswerer.Shared);
        await Eventually.Until(() => _bot.Adapter.IsConnected && _slack.OpenConnections.Count == 1, "the bot to connect");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Every_hostile_mention_gets_one_threaded_reply_with_its_text_escaped()
    {
        var inputs = HostileInputs.Texts;
        var byThread = new Dictionary<string, HostileInput>();

        foreach (var input in inputs)
        {
            var envelope = SlackEnvelopes.Mention("<@U111> " + input.Value);
            byThread[SlackEnvelopes.EventTs(envelope)] = input;
            await _slack.SendEnvelopeAsync(envelope);
        }

        await Eventually.Until(() => _slack.Messages.Count >= inputs.Count, $"{inputs.Count} replies", TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        var replies = _slack.Messages.ToList();
        Assert.Equal(inputs.Count, replies.Count);
        Assert.Equal(inputs.Count, replies.Select(reply => reply.ThreadTs).Distinct().Count());
        foreach (var reply in replies)
        {
            AssertSafe(reply.Text + "\n" + reply.BlockText, byThread[reply.ThreadTs!]);
        }

        TestReport.Line(output, $"slack: {inputs.Count} hostile mentions -> {replies.Count} threaded replies, 0 unescaped <, > or &");
    }

    [Fact]
    public async Task Every_hostile_ask_command_gets_one_response_with_its_text_escaped()
    {
        var inputs = HostileInputs.Texts;

        for (var i = 0; i < inputs.Count; i++)
        {
            await _slack.SendEnvelopeAsync(SlackEnvelopes.SlashCommand(_slack, "/ask", inputs[i].Value, $"hostile-{i}"));
        }

        await Eventually.Until(() => _slack.Responses.Count + _slack.Messages.Count >= inputs.Count, $"{inputs.Count} responses", TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        var responses = _slack.Responses.ToList();
        Assert.Equal(inputs.Count, responses.Count);
        Assert.Equal(inputs.Count, responses.Select(response => response.Id).Distinct().Count());
        foreach (var response in responses)
        {
            AssertSafe((string?)response.Body["text"] + "\n" + response.BlockText, inputs[int.Parse(response.Id["hostile-".Length..])]);
        }

        TestReport.Line(output, $"slack: {inputs.Count} hostile /ask commands -> {responses.Count} responses, 0 unescaped <, > or &");
    }

    private static void AssertSafe(string shown, HostileInput input)
    {
        HostileAssert.NoStackTrace(shown, input);
        // Slack reads <...> as a mention, a channel ping or a link; only the bot's own links may use it.
        Assert.False(UnsafeAngle().IsMatch(shown), $"An unescaped < for {input}: {shown[..Math.Min(shown.Length, 400)]}");
        Assert.False(UnsafeAmpersand().IsMatch(shown), $"An unescaped & for {input}: {shown[..Math.Min(shown.Length, 400)]}");
    }

    [GeneratedRegex(@"<(?!https?://[^\s<>|]+\|[^<>]*>)")]
    private static partial Regex UnsafeAngle();

    [GeneratedRegex(@"&(?!amp;|lt;|gt;)")]
    private static partial Regex UnsafeAmpersand();
}
