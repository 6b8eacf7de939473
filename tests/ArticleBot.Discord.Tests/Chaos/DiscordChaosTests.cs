using System.Diagnostics;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Discord.Tests.Chaos;

/// <summary>
/// A steady stream of questions while the fake Discord drops the connection, asks for reconnects (op 7), invalidates
/// the session resumably (op 9), withholds heartbeat ACKs, and answers REST calls with 429s (bucket and global) and
/// 502s. Every fault here is one Discord recovers from by RESUME, so every question must be answered exactly once.
/// </summary>
public sealed class DiscordChaosTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Faults = 200;
    private const string Seed = "20261128";

    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task Every_question_is_answered_exactly_once_through_two_hundred_connection_and_rest_faults()
    {
        // A short interval so missing ACKs are noticed quickly, with room for a loaded CI machine to heartbeat late:
        // a heartbeat past the fake's timeout ends the session (4009, as on Discord), which is not the fault under test.
        _discord.Gateway.HeartbeatIntervalMs = 300;
        _discord.Gateway.SessionTimeoutIntervals = 6;
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();
        var random = new Random(int.Parse(Seed));
        var injected = new Dictionary<string, int>();
        var asked = new List<string>();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();

        for (var fault = 0; fault < Faults; fault++)
        {
            await LiveAsync(bot);
            for (var q = random.Next(1, 3); q > 0; q--)
            {
                var id = (1_000_000 + asked.Count).ToString();
                asked.Add(id);
                await DispatchAsync(Payloads.Mention($"question {id}?", id));
            }

            var kind = random.Next(100) switch
            {
                < 25 => "drop",
                < 40 => "op 7",
                < 55 => "op 9 (resumable)",
                < 60 => "missing heartbeat ACKs",
                < 75 => "429 bucket",
                < 85 => "429 global",
                _ => "502",
            };
            injected[kind] = injected.GetValueOrDefault(kind) + 1;
            await InjectAsync(kind, bot, random);
            // A question while the link may be down: Discord buffers it and replays it on RESUME.
            var during = (1_000_000 + asked.Count).ToString();
            asked.Add(during);
            await DispatchAsync(Payloads.Mention($"question {during}?", during));
        }

        await LiveAsync(bot);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_discord.Messages.Count < asked.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await Eventually.SettleAsync(500);
        var replied = _discord.Messages.Select(m => m.Body.GetProperty("message_reference").GetProperty("message_id").GetString()!).ToList();
        var lost = asked.Except(replied).ToList();
        var duplicated = replied.GroupBy(id => id).Count(group => group.Count() > 1);
        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);

        TestReport.Line(output, $"discord chaos (seed {Seed}): {Faults} faults injected in {clock.Elapsed.TotalSeconds:F1} s: " +
                         string.Join(", ", injected.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key} {pair.Value}")));
        TestReport.Line(output, $"discord chaos: {asked.Count} questions, {replied.Distinct().Count()} answered, {lost.Count} lost, {duplicated} duplicated; " +
                         $"{_discord.Gateway.Resumes.Count} resumes, {_discord.Gateway.Identifies.Count} identifies, {_discord.RateLimitsServed} 429s served; " +
                         $"managed memory {memoryBefore / 1024} KB -> {memoryAfter / 1024} KB");
        if (lost.Count > 0)
        {
            output.WriteLine($"lost: {string.Join(", ", lost)}; asked of the answerer: {_answerer.Questions.Count}; closes by the fake: {string.Join(", ", _discord.Gateway.ClientCloses)}");
        }

        Assert.Empty(lost);
        Assert.Equal(0, duplicated);
        Assert.Equal(asked.Count, _answerer.Questions.Count);
        Assert.Single(_discord.Gateway.Identifies);
        Assert.Empty(_discord.Rejected);
    }

    private async Task InjectAsync(string kind, BotHarness bot, Random random)
    {
        var connection = _discord.Gateway.Current;
        switch (kind)
        {
            case "drop":
                connection?.Drop();
                break;
            case "op 7":
                await SendQuietlyAsync(connection, "{\"op\":7,\"d\":null}");
                break;
            case "op 9 (resumable)":
                await SendQuietlyAsync(connection, "{\"op\":9,\"d\":true}");
                break;
            case "missing heartbeat ACKs":
                var resumes = _discord.Gateway.Resumes.Count;
                _discord.Gateway.WithholdAcks = true;
                await Eventually.TrueAsync(() => _discord.Gateway.Resumes.Count > resumes, "a resume after missing ACKs");
                _discord.Gateway.WithholdAcks = false;
                break;
            case "429 bucket":
                _discord.RateLimitNext("/messages", 0.02 + random.NextDouble() * 0.05);
                break;
            case "429 global":
                _discord.RateLimitNext("/messages", 0.02 + random.NextDouble() * 0.05, global: true);
                break;
            default:
                _discord.FailNextMessages(random.Next(1, 3));
                break;
        }

        await Task.Delay(random.Next(0, 30));
    }

    private async Task DispatchAsync(System.Text.Json.Nodes.JsonObject message)
    {
        try
        {
            await _discord.DispatchMessageAsync(message);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The link went down mid-send; the session buffered the event and replays it on RESUME.
        }
    }

    private static async Task SendQuietlyAsync(FakeGatewayConnection? connection, string frame)
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            await connection.SendAsync(frame);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException)
        {
        }
    }

    private async Task LiveAsync(BotHarness bot) =>
        await Eventually.TrueAsync(() => bot.Adapter.IsConnected && _discord.Gateway.Current is not null, "a live session", timeoutMs: 10_000);
}
