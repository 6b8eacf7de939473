using Xunit.Abstractions;

namespace ArticleBot.Slack.Tests.Security;

public sealed class SecretLeakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Neither_token_appears_in_any_log_entry_error_or_reply_across_faults_reconnects_and_a_fatal_stop()
    {
        var logs = new CapturedLogs();
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = SlackBotHarness.Start(SlackBotHarness.BuildServices(slack, new FakeQuestionAnswerer(), logs: logs));
        await Eventually.Until(() => bot.Adapter.IsConnected && slack.OpenConnections.Count == 1, "the bot to connect");

        await slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?"));
        await Eventually.Until(() => slack.Messages.Count == 1, "the first reply");
        slack.RateLimit("chat.postMessage", 1, 0);
        await slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> after a 429?"));
        await Eventually.Until(() => slack.Messages.Count == 2, "the reply after a 429");
        slack.FailWithServerError("chat.postMessage", 2);
        await slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> after a 500?"));
        await Eventually.Until(() => slack.Messages.Count == 3, "the reply after two 500s");
        await slack.DisconnectAsync("refresh_requested");
        await Eventually.Until(() => slack.ConnectionsAccepted >= 2 && bot.Adapter.IsConnected, "the reconnect");
        await slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> after a reconnect?"));
        await Eventually.Until(() => slack.Messages.Count == 4, "the reply after a reconnect");
        slack.AuthError = "invalid_auth";
        slack.OpenConnections.Single().Abort();
        var fatal = await Assert.ThrowsAsync<ArticleBotException>(() => bot.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.True(logs.Entries.Count > 5, "Too few log entries to prove anything.");
        Assert.Empty(logs.Leaking(FakeSlack.BotToken, FakeSlack.AppToken));
        Assert.DoesNotContain(FakeSlack.BotToken, fatal.ToString());
        Assert.DoesNotContain(FakeSlack.AppToken, fatal.ToString());
        Assert.All(slack.Messages, message => Assert.DoesNotContain("fake-", message.Text + message.BlockText));
        output.WriteLine($"slack: {logs.Entries.Count} log entries (Trace and up), 1 fatal error and {slack.Messages.Count} replies scanned; 0 contain a token");
    }
}
