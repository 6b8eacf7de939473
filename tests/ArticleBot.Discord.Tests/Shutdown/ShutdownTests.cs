using System.Diagnostics;
using ArticleBot.Core.Answering;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Shutdown;

public sealed class ShutdownTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private AnswerGate _gate = null!;
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _gate = AnswerGate.Hold(_answerer);
    }

    public async Task DisposeAsync()
    {
        _gate.Dispose();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task On_stop_the_gateway_closes_resumably_and_the_reply_in_flight_is_still_sent()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();
        await _discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "600"));
        Assert.True(_gate.WaitUntilAnswering(TimeSpan.FromSeconds(5)), "The question never reached the answerer.");

        await bot.StopAsync();
        await Eventually.TrueAsync(() => _discord.Gateway.ClientCloses.Count == 1, "the bot's close frame");
        Assert.False(bot.Running.IsCompleted, "The bot stopped before its reply in flight was sent.");
        _gate.Release();
        await StoppedAsync(bot);

        var close = Assert.Single(_discord.Gateway.ClientCloses);
        Assert.NotEqual(1000, close);
        Assert.NotEqual(1001, close);
        Assert.False(_discord.Gateway.LatestSession!.Ended, "The session was ended, so a restart could not resume it.");
        var reply = Assert.Single(_discord.Messages);
        Assert.Contains("who founded DeepSeek?", reply.Body.GetProperty("embeds")[0].GetProperty("description").GetString());
    }

    private static async Task StoppedAsync(BotHarness bot)
    {
        try
        {
            await bot.Running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (OperationCanceledException) when (bot.Running.IsCanceled || bot.Running.IsFaulted)
        {
            // How a BackgroundService's work ends on stop; the host expects it.
        }
    }

    [Fact]
    public async Task A_reply_that_outlasts_the_drain_timeout_does_not_hold_up_the_exit()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        bot.Adapter.DrainTimeout = TimeSpan.FromMilliseconds(200);
        await bot.ConnectedAsync();
        await _discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "601"));
        Assert.True(_gate.WaitUntilAnswering(TimeSpan.FromSeconds(5)), "The question never reached the answerer.");
        var clock = Stopwatch.StartNew();

        await bot.StopAsync();
        await StoppedAsync(bot);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"Stopping took {clock.Elapsed}.");
        Assert.Single(_discord.Gateway.ClientCloses);
    }
}
