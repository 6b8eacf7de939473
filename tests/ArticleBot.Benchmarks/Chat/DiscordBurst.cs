using System.Globalization;
using System.Text.Json.Nodes;
using ArticleBot.Core.Answering;
using ArticleBot.Discord.Tests.Fakes;

namespace ArticleBot.Benchmarks.Chat;

/// <summary>The Discord half of figure 5: MESSAGE_CREATE mentions on the fake gateway, replies on the fake REST API.</summary>
internal static class DiscordBurst
{
    public static async Task RunAsync(IQuestionAnswerer answerer, IReadOnlyList<string> questions, int messages, int channels, TimeSpan timeout)
    {
        await using var discord = await FakeDiscord.StartAsync();
        // Heartbeats at Discord's usual pace: a burst must not be mistaken for a dead link.
        discord.Gateway.HeartbeatIntervalMs = 41_250;
        await using var bot = BotHarness.Start(discord, answerer);
        await bot.ConnectedAsync(20_000);

        // Warm-up (JIT, connection pool), not measured.
        await BurstAsync(discord, "discord warm-up", 1_000_000, Math.Min(200, messages), questions, channels, timeout, report: false);
        await BurstAsync(discord, "discord", 2_000_000, messages, questions, channels, timeout, report: true);
    }

    private static async Task BurstAsync(FakeDiscord discord, string name, long firstId, int count, IReadOnlyList<string> questions, int channels, TimeSpan timeout, bool report)
    {
        // Payloads are built before the clock starts: the fake reads them from disk.
        var template = Payloads.Mention("question");
        var events = Enumerable.Range(0, count).Select(i =>
        {
            var mention = template.DeepClone().AsObject();
            var id = (firstId + i).ToString(CultureInfo.InvariantCulture);
            mention["id"] = id;
            mention["content"] = $"<@{Payloads.BotUserId}> {questions[i % questions.Count]}";
            mention["channel_id"] = (long.Parse(Payloads.ChannelId, CultureInfo.InvariantCulture) + i % channels).ToString(CultureInfo.InvariantCulture);
            return (Id: id, Event: mention);
        }).ToList();
        var run = new ChatRun(name, events.Select(e => e.Id).ToList());
        var ids = run.QuestionIds.ToHashSet(StringComparer.Ordinal);
        foreach (var (id, mention) in events)
        {
            run.Sending(id);
            await discord.DispatchMessageAsync(mention);
        }

        run.SentAll();
        await ChatCommand.WaitForAsync(() => Replies(discord).Count(reply => ids.Contains(reply.QuestionId)) >= count, timeout);
        if (report)
        {
            run.Report(Replies(discord));
            Console.WriteLine($"discord: {discord.Requests} REST requests, {discord.Reactions.Count} reactions, {discord.Rejected.Count} rejected, {discord.NonceRepeats} nonce repeats");
        }
    }

    private static List<(string QuestionId, long ReceivedAt)> Replies(FakeDiscord discord) =>
        discord.Messages
            .Select(message => (message.Body.GetProperty("message_reference").GetProperty("message_id").GetString()!, message.ReceivedAt))
            .ToList();
}
