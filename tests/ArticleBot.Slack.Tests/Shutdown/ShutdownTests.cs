using ArticleBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Slack.Tests.Shutdown;

public sealed class ShutdownTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private AnswerGate _gate = null!;
    private FakeSlack _slack = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _gate = AnswerGate.Hold(_answerer);
    }

    public async Task DisposeAsync()
    {
        _gate.Dispose();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task On_stop_an_acknowledged_question_in_flight_is_still_answered_before_the_bot_exits()
    {
        // The production drain timeout: with the harness's 500 ms, a busy machine could spend the rest of it between
        // releasing the answer and posting it, and the test would see the timeout instead of the drain.
        var drainsLikeProduction = SlackBotHarness.FastTimings with { DrainTimeout = new SlackTimings().DrainTimeout };
        await using var bot = SlackBotHarness.Start(SlackBotHarness.BuildServices(_slack, _answerer,
            configure: services => services.AddSingleton(drainsLikeProduction)));
        await Eventually.Until(() => bot.Adapter.IsConnected && _slack.OpenConnections.Count == 1, "the bot to connect");
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?"));
        Assert.True(_gate.WaitUntilAnswering(TimeSpan.FromSeconds(5)), "The question never reached the answerer.");
        // The bot sends the ACK before it queues the question, but the fake reads it on its own loop: the answer
        // (no longer behind the 👀 round trip) may start before the fake has recorded it.
        await Eventually.Until(() => !_slack.Acks.IsEmpty, "the acknowledgement", TimeSpan.FromSeconds(5));
        Assert.Single(_slack.Acks);

        await bot.StopAsync();
        await Task.Delay(100);
        Assert.False(bot.Run.IsCompleted, "The bot stopped before its acknowledged question was answered.");
        _gate.Release();
        await StoppedAsync(bot);

        Assert.Contains("You asked: Who founded DeepSeek?", Assert.Single(_slack.Messages).BlockText);
    }

    private static async Task StoppedAsync(SlackBotHarness bot)
    {
        try
        {
            await bot.Run.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (OperationCanceledException) when (bot.Run.IsCanceled || bot.Run.IsFaulted)
        {
            // How a BackgroundService's work ends on stop; the host expects it.
        }
    }

    [Fact]
    public async Task A_reply_that_outlasts_the_drain_timeout_does_not_hold_up_the_exit()
    {
        var services = SlackBotHarness.BuildServices(_slack, _answerer, new Dictionary<string, string?>());
        await using var bot = SlackBotHarness.Start(services);
        await Eventually.Until(() => bot.Adapter.IsConnected, "the bot to connect");
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?"));
        Assert.True(_gate.WaitUntilAnswering(TimeSpan.FromSeconds(5)), "The question never reached the answerer.");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await bot.StopAsync();
        await StoppedAsync(bot);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"Stopping took {clock.Elapsed}.");
    }
}
