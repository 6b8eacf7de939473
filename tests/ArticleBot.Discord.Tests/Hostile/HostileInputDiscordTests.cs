using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Discord.Tests.Messages;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Discord.Tests.Hostile;

/// <summary>The hostile corpus as mentions and as /ask commands on the fake Discord, answered by the real seed index.</summary>
public sealed partial class HostileInputDiscordTests(ITestOutputHelper output) : IAsyncLifetime
{
    private FakeDiscord _discord = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _bot = BotHarness.Start(_discord, SeedAnswerer.Shared);
        await _bot.ConnectedAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Every_hostile_mention_gets_one_reply_that_pings_nobody_and_injects_no_markdown()
    {
        var inputs = HostileInputs.Texts;

        for (var i = 0; i < inputs.Count; i++)
        {
            await _discord.DispatchMessageAsync(Payloads.Mention(inputs[i].Value, id: (900_000 + i).ToString()));
        }

        await Eventually.TrueAsync(() => _discord.Messages.Count >= inputs.Count, $"{inputs.Count} replies", timeoutMs: 30_000);
        await Eventually.SettleAsync();
        Assert.Empty(_discord.Rejected);
        var replies = _discord.Messages.ToList();
        Assert.Equal(inputs.Count, replies.Count);
        Assert.Equal(inputs.Count, replies.Select(reply => reply.Body.GetProperty("message_reference").GetProperty("message_id").GetString()).Distinct().Count());
        foreach (var reply in replies)
        {
            var index = int.Parse(reply.Body.GetProperty("message_reference").GetProperty("message_id").GetString()!) - 900_000;
            AssertSafe(reply.Body, inputs[index]);
        }

        TestReport.Line(output, $"discord: {inputs.Count} hostile mentions -> {replies.Count} replies, 0 rejected by Discord's limits, 0 pings");
    }

    [Fact]
    public async Task Every_hostile_ask_command_gets_one_callback_that_pings_nobody()
    {
        var inputs = HostileInputs.Texts;

        for (var i = 0; i < inputs.Count; i++)
        {
            await _discord.DispatchInteractionAsync(Payloads.Command((800_000 + i).ToString(), "ask", ("question", System.Text.Json.Nodes.JsonValue.Create(inputs[i].Value))));
        }

        await Eventually.TrueAsync(() => _discord.Callbacks.Count >= inputs.Count, $"{inputs.Count} callbacks", timeoutMs: 30_000);
        await Eventually.SettleAsync();
        Assert.Empty(_discord.Rejected);
        var callbacks = _discord.Callbacks.ToList();
        Assert.Equal(inputs.Count, callbacks.Count);
        foreach (var callback in callbacks)
        {
            var index = int.Parse(callback.Path.Split('/')[4]) - 800_000;
            AssertSafe(callback.Body.GetProperty("data"), inputs[index]);
        }

        TestReport.Line(output, $"discord: {inputs.Count} hostile /ask commands -> {callbacks.Count} callbacks, 0 rejected, 0 pings");
    }

    private static void AssertSafe(JsonElement message, HostileInput input)
    {
        MentionTests.AssertPingsNobody(message);
        var text = message.GetRawText();
        var shown = string.Join("\n", Strings(message));
        HostileAssert.NoStackTrace(shown, input);
        Assert.False(UnescapedMention().IsMatch(shown), $"An unescaped mention for {input}: {shown}");
        Assert.False(UnescapedScriptLink().IsMatch(shown), $"An unescaped javascript: link for {input}: {shown}");
        Assert.True(text.Length < 20_000, $"A {text.Length}-character message for {input}");
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Strings(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(@"(?<!\\)<[@#!&:/]|(?<!\\)<a:|(?<!\\)<t:")]
    private static partial Regex UnescapedMention();

    [GeneratedRegex(@"(?<!\\)\]\((?:javascript|https://evil)")]
    private static partial Regex UnescapedScriptLink();
}
