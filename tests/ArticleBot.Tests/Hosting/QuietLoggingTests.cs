using System.Net;
using System.Net.Sockets;

namespace ArticleBot.Tests.Hosting;

/// <summary>What the real program logs, with its own appsettings.json, while the chat platforms are unreachable.</summary>
public sealed class QuietLoggingTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task With_discord_and_slack_unreachable_the_default_log_has_one_line_per_retry_and_no_stack_traces_or_http_client_lines()
    {
        var closed = ClosedPort();
        var settings = new Dictionary<string, string?>(_index.Settings())
        {
            ["ArticleBot:Web:Url"] = "http://127.0.0.1:0",
            ["ArticleBot:Discord:Token"] = "not-a-real-token",
            ["ArticleBot:Discord:ApiBaseUrl"] = $"http://127.0.0.1:{closed}/api/v10",
            ["ArticleBot:Slack:BotToken"] = "xoxb-not-real",
            ["ArticleBot:Slack:AppToken"] = "xapp-not-real",
            ["ArticleBot:Slack:ApiBaseUrl"] = $"http://127.0.0.1:{closed}/api/",
        };

        const string discordRetry = "Discord REST GET /gateway/bot could not be reached (Connection refused";
        const string slackRetry = "Slack Web API apps.connections.open failed transiently (Connection refused";
        // Both platforms' first failures, then 8 s of retrying: a slow start under load does not shrink the window.
        var (exited, log) = await ProgramProcess.RunUntilAsync(
            settings,
            text => text.Contains(discordRetry, StringComparison.Ordinal) && text.Contains(slackRetry, StringComparison.Ordinal),
            timeout: TimeSpan.FromSeconds(90),
            then: TimeSpan.FromSeconds(8),
            "serve");

        Assert.False(exited, log);
        Assert.Contains(discordRetry, log);
        Assert.Contains(slackRetry, log);
        Assert.DoesNotContain("System.Net.Http.HttpClient", log);
        Assert.DoesNotContain("   at ", log);
        // Console entries are two lines each (category, then message); 219 lines in 15 s was the reported figure.
        Assert.True(log.Split('\n').Length < 80, log);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
