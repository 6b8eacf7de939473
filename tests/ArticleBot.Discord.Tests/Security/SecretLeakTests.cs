using ArticleBot.Core;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Discord.Tests.Security;

public sealed class SecretLeakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_token_appears_in_no_log_entry_error_or_reply_across_connects_faults_resumes_and_a_fatal_stop()
    {
        var logs = new CapturedLogs();
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = BotHarness.Start(discord, new FakeQuestionAnswerer(), logs: logs);
        await bot.ConnectedAsync();

        await discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "700"));
        await Eventually.TrueAsync(() => discord.Messages.Count == 1, "the first reply");
        discord.RateLimitNext("/messages", 0.05);
        await discord.DispatchMessageAsync(Payloads.Mention("after a 429?", id: "701"));
        await Eventually.TrueAsync(() => discord.Messages.Count == 2, "the reply after a 429");
        discord.FailNextMessages(2);
        await discord.DispatchMessageAsync(Payloads.Mention("after a 500?", id: "702"));
        await Eventually.TrueAsync(() => discord.Messages.Count == 3, "the reply after two 500s");
        discord.Gateway.Current!.Drop();
        await Eventually.TrueAsync(() => discord.Gateway.Resumes.Count == 1 && bot.Adapter.IsConnected, "the resume");
        await discord.DispatchMessageAsync(Payloads.Mention("after a resume?", id: "703"));
        await Eventually.TrueAsync(() => discord.Messages.Count == 4, "the reply after a resume");
        await discord.Gateway.Current!.CloseAsync(4004, "Authentication failed.");
        var fatal = await Assert.ThrowsAsync<ArticleBotException>(() => bot.Running.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(logs.Entries.Count > 5, "Too few log entries to prove anything.");
        Assert.Empty(logs.Leaking(FakeDiscord.Token));
        Assert.DoesNotContain(FakeDiscord.Token, fatal.ToString());
        Assert.Contains("ArticleBot:Discord:Token", fatal.Message);
        Assert.All(discord.Messages, message => Assert.DoesNotContain(FakeDiscord.Token, message.Body.GetRawText()));
        output.WriteLine($"discord: {logs.Entries.Count} log entries (Trace and up), 1 fatal error and {discord.Messages.Count} replies scanned; 0 contain the token");
    }
}
