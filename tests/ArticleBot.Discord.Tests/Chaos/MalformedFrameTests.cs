using System.Text.Json.Nodes;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Discord.Tests.Chaos;

/// <summary>
/// Frames Discord does not document, mixed into a stream of mentions: text that is not JSON, JSON that is not a frame,
/// opcodes and dispatch event types the bot does not know, a dispatch with a wrong-typed payload, and a dispatch far
/// larger than anything the bot sends. None of them is a reason to lose the session or a question.
/// </summary>
public sealed class MalformedFrameTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Garbage =
    [
        "not json at all",
        "{\"op\":0,\"d\":{\"id\":",
        "",
        "[1,2,3]",
        "{\"d\":null}",
        "{\"op\":\"ten\",\"d\":null}",
        "{\"op\":99999999999,\"d\":null}",
        "{\"op\":42,\"d\":{\"future\":true}}",
        "{\"op\":3,\"d\":null}",
        "\u0000\u0001\u0002",
    ];

    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task Malformed_frames_between_mentions_cost_no_session_and_no_question()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();
        var asked = new List<string>();
        var faults = 0;
        var random = new Random(20261128);

        for (var round = 0; round < 40; round++)
        {
            var id = (2_000_000 + round).ToString();
            asked.Add(id);
            await _discord.DispatchMessageAsync(Payloads.Mention($"question {id}?", id));
            faults++;
            switch (round % 4)
            {
                case 0:
                    await Eventually.TrueAsync(() => _discord.Gateway.Current is not null, "a live connection");
                    await _discord.Gateway.Current!.SendAsync(Garbage[random.Next(Garbage.Length)]);
                    break;
                case 1:
                    await _discord.Gateway.DispatchAsync("SOME_FUTURE_EVENT_" + round, new JsonObject { ["x"] = round });
                    break;
                case 2:
                    // A wrong-typed payload for a known event: the handler must skip it, not the session.
                    await _discord.Gateway.DispatchAsync("MESSAGE_CREATE", JsonValue.Create("not an object"));
                    break;
                default:
                    // Half a megabyte, in one frame: far past the 4096 bytes a client may send, which Discord does not
                    // promise for what it sends (GUILD_CREATE of a large guild is routinely bigger).
                    await _discord.Gateway.DispatchAsync("GUILD_CREATE", new JsonObject
                    {
                        ["id"] = "81384788765712384",
                        ["members"] = new JsonArray(Enumerable.Range(0, 5000).Select(i => (JsonNode)new JsonObject { ["nick"] = new string('x', 90) + i }).ToArray()),
                    });
                    break;
            }
        }

        // An oversized mention too: 60 KB of text from a client Discord let through.
        var huge = "3000000";
        asked.Add(huge);
        await _discord.DispatchMessageAsync(Payloads.Mention(new string('w', 60_000) + "?", huge));

        await Eventually.TrueAsync(() => _discord.Messages.Count >= asked.Count, "a reply to every mention", 10_000);
        await Eventually.SettleAsync(300);
        var replied = _discord.Messages.Select(m => m.Body.GetProperty("message_reference").GetProperty("message_id").GetString()!).ToList();
        var lost = asked.Except(replied).ToList();
        var duplicated = replied.GroupBy(r => r).Count(g => g.Count() > 1);
        TestReport.Line(output, $"discord malformed frames: {faults + 1} faults, {asked.Count} questions, {replied.Distinct().Count()} answered, " +
                         $"{lost.Count} lost, {duplicated} duplicated; {_discord.Gateway.Identifies.Count} identifies, {_discord.Gateway.Resumes.Count} resumes");

        Assert.Empty(lost);
        Assert.Equal(0, duplicated);
        Assert.Single(_discord.Gateway.Identifies);
        Assert.Empty(_discord.Gateway.Resumes);
        Assert.True(bot.Adapter.IsConnected);
        Assert.False(bot.Running.IsCompleted);
        Assert.Empty(_discord.Rejected);
    }
}
