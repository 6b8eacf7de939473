using ArticleBot.Core.Telemetry;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Telemetry;

public sealed class GatewayMetricsTests : IAsyncLifetime
{
    private readonly MetricsRecorder _recorder = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _recorder.Dispose();
    }

    [Fact]
    public async Task An_op_7_reconnect_is_counted_as_one_reconnect_and_one_resume()
    {
        await using var bot = BotHarness.Start(_discord, new FakeQuestionAnswerer(), metrics: new ArticleBotMetrics(_recorder));
        await bot.ConnectedAsync();
        Assert.Equal(0, _recorder.Total("articlebot.gateway.reconnects"));

        await _discord.Gateway.Current!.SendAsync(Payloads.Load("reconnect.json").ToJsonString());

        await Eventually.TrueAsync(() => _recorder.Total("articlebot.gateway.resumes", ("platform", "discord")) == 1, "the resume to be counted");
        Assert.Equal(1, _recorder.Total("articlebot.gateway.reconnects", ("platform", "discord")));
    }
}
