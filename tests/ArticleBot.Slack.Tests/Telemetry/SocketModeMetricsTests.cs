using ArticleBot.Testing;
using ArticleBot.Core.Telemetry;

namespace ArticleBot.Slack.Tests.Telemetry;

public sealed class SocketModeMetricsTests : IAsyncLifetime
{
    private readonly MetricsRecorder _recorder = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _recorder.Dispose();
    }

    [Fact]
    public async Task A_reconnect_after_an_abrupt_drop_is_counted()
    {
        await using var bot = SlackBotHarness.Start(SlackBotHarness.BuildServices(_slack, new FakeQuestionAnswerer(), metrics: new ArticleBotMetrics(_recorder)));
        await Eventually.Until(() => bot.Adapter.IsConnected && _slack.OpenConnections.Count == 1, "the bot to connect");
        Assert.Equal(0, _recorder.Total("articlebot.gateway.reconnects"));

        await _slack.DisconnectAsync("abrupt");
        await Eventually.Until(() => _slack.ConnectionsAccepted == 2 && _slack.OpenConnections.Count == 1, "a reconnect");

        Assert.Equal(1, _recorder.Total("articlebot.gateway.reconnects", ("platform", "slack")));
    }
}
