using ArticleBot.Testing;
using ArticleBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ArticleBot.Slack.Tests.Chaos;

/// <summary>
/// Slack posts the reply but answers chat.postMessage after the client has given up (HttpClient's timeout, shortened
/// here through the adapter's named HttpClient as a host could). chat.postMessage has no idempotency key, so any
/// second post after the timeout, a retry or an apology, would show the user two messages for one question.
/// </summary>
public sealed class SlowResponseTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromMilliseconds(400);

    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task A_reply_posted_slower_than_the_client_timeout_is_posted_exactly_once()
    {
        await using var bot = SlackBotHarness.Start(SlackBotHarness.BuildServices(_slack, _answerer, configure: services =>
            services.AddHttpClient(SlackWebApiClient.HttpClientName, client => client.Timeout = ClientTimeout)));
        await Eventually.Until(() => bot.Adapter.IsConnected && _slack.OpenConnections.Count > 0, "a live connection", TimeSpan.FromSeconds(5));
        var asked = new List<string>();

        for (var round = 0; round < 6; round++)
        {
            if (round % 2 == 1)
            {
                _slack.SlowDown("chat.postMessage", 1, ClientTimeout * 3);
            }

            var envelope = SlackEnvelopes.Mention($"<@U111> question {round}?");
            asked.Add(SlackEnvelopes.EventTs(envelope));
            var before = _slack.Messages.Count;
            await _slack.SendEnvelopeAsync(envelope);
            await Eventually.Until(() => _slack.Messages.Count > before, $"the reply to question {round}", TimeSpan.FromSeconds(5));
        }

        // Long enough for anything the bot would send after each timeout to arrive.
        await Task.Delay(ClientTimeout * 4);
        var replied = _slack.Messages.Select(message => message.ThreadTs!).ToList();
        var lost = asked.Except(replied).ToList();
        var duplicated = replied.GroupBy(ts => ts).Count(group => group.Count() > 1);
        TestReport.Line(output, $"slack slow responses: 3 faults, {asked.Count} questions, {replied.Distinct().Count()} answered, {lost.Count} lost, " +
                         $"{duplicated} duplicated; {_slack.Calls("chat.postMessage")} chat.postMessage calls");

        Assert.Empty(lost);
        Assert.Equal(0, duplicated);
        Assert.Equal(asked.Count, _answerer.Questions.Count);
        Assert.Equal(asked.Count, _slack.Calls("chat.postMessage"));
    }
}
