using System.Net;
using System.Net.Sockets;

namespace ArticleBot.Tests.Hosting;

/// <summary>The real program, started as a process, failing to start the way a person can act on.</summary>
public sealed class StartupFailureTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task A_busy_port_ends_with_exit_code_1_and_one_line_naming_the_address()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var settings = new Dictionary<string, string?>(_index.Settings()) { ["ArticleBot:Web:Url"] = $"http://127.0.0.1:{port}" };

        var (exitCode, output, error) = await ProgramProcess.RunAsync(settings, Timeout, "serve");

        Assert.Equal(1, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.Contains($"127.0.0.1:{port}", line);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public async Task A_slack_bot_token_without_a_way_to_receive_events_ends_with_exit_code_1_naming_the_missing_keys_every_time()
    {
        var settings = new Dictionary<string, string?>(_index.Settings())
        {
            ["ArticleBot:Slack:BotToken"] = "xoxb-test-not-real",
            ["ArticleBot:Web:Url"] = "http://127.0.0.1:0",
        };

        // The abort was a race (2 runs in 3 on the reporter's machine), so one clean run proves little.
        for (var run = 0; run < 3; run++)
        {
            var (exitCode, output, error) = await ProgramProcess.RunAsync(settings, Timeout, "serve");

            Assert.True(exitCode == 1, $"run {run}: exit code {exitCode}\n{output}\n{error}");
            Assert.Contains("ArticleBot:Slack:AppToken", output + error);
            Assert.Contains("ArticleBot:Slack:SigningSecret", output + error);
            Assert.DoesNotContain("Unhandled exception", output + error);
        }
    }

    [Fact]
    public async Task Slack_enabled_without_its_bot_token_ends_with_exit_code_1_naming_the_key_instead_of_running_without_slack()
    {
        var settings = new Dictionary<string, string?>(_index.Settings())
        {
            ["ArticleBot:Slack:Enabled"] = "true",
            // The mistake the setting guards against: a token under a mistyped key.
            ["ArticleBot:Slack:BotTokn"] = "xoxb-test-not-real",
            ["ArticleBot:Slack:AppToken"] = "xapp-test-not-real",
            ["ArticleBot:Web:Url"] = "http://127.0.0.1:0",
        };

        var (exitCode, output, error) = await ProgramProcess.RunAsync(settings, Timeout, "serve");

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{output}\n{error}");
        Assert.Contains("ArticleBot:Slack:BotToken", error);
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("xapp-test-not-real", output + error);
    }

    [Fact]
    public async Task Discord_enabled_without_a_token_or_public_key_ends_with_exit_code_1_naming_the_key()
    {
        var settings = new Dictionary<string, string?>(_index.Settings())
        {
            ["ArticleBot:Discord:Enabled"] = "true",
            ["ArticleBot:Web:Url"] = "http://127.0.0.1:0",
        };

        var (exitCode, output, error) = await ProgramProcess.RunAsync(settings, Timeout, "serve");

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{output}\n{error}");
        Assert.Contains("ArticleBot:Discord:Token is required", output + error);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Theory]
    [InlineData("ArticleBot:Conversations:Capacity", "0")]
    [InlineData("ArticleBot:Discord:SeenIdCapacity", "10")]
    [InlineData("ArticleBot:Slack:ThreadCapacity", "0")]
    [InlineData("ArticleBot:Slack:DedupeWindow", "00:00:05")]
    public async Task A_memory_capacity_out_of_range_ends_with_exit_code_1_naming_the_key(string key, string value)
    {
        var settings = new Dictionary<string, string?>(_index.Settings())
        {
            ["ArticleBot:Discord:Token"] = key.StartsWith("ArticleBot:Discord:", StringComparison.Ordinal) ? "test-not-real" : null,
            ["ArticleBot:Slack:BotToken"] = key.StartsWith("ArticleBot:Slack:", StringComparison.Ordinal) ? "xoxb-test-not-real" : null,
            ["ArticleBot:Slack:AppToken"] = key.StartsWith("ArticleBot:Slack:", StringComparison.Ordinal) ? "xapp-test-not-real" : null,
            ["ArticleBot:Web:Url"] = "http://127.0.0.1:0",
            [key] = value,
        };

        var (exitCode, output, error) = await ProgramProcess.RunAsync(settings, Timeout, "serve");

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{output}\n{error}");
        Assert.Contains(key, error);
        Assert.DoesNotContain("   at ", output + error);
    }
}
