using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Channels;

/// <summary><c>ArticleBot:Channels</c> on Discord: a channel switched off, one that answers from some articles only
/// (also in its threads, and through its server's entry), and one that answers in threads only.</summary>
public sealed class DiscordChannelSettingsTests : IAsyncLifetime
{
    private const string QuietChannel = "1200000000000000001";
    private const string ThreadsChannel = "1200000000000000002";
    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _bot = BotHarness.Start(_discord, _answerer, new Dictionary<string, string?>
        {
            [$"ArticleBot:Channels:{QuietChannel}:Enabled"] = "false",
            [$"ArticleBot:Channels:{ThreadsChannel}:ThreadsOnly"] = "true",
            [$"ArticleBot:Channels:{Payloads.ChannelId}:Articles:0"] = "harbor-bridge",
            [$"ArticleBot:Channels:{Payloads.GuildId}:Articles:0"] = "deepseek-liang-wenfeng",
        });
        await _bot.ConnectedAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task A_channel_switched_off_ignores_mentions_and_says_so_to_commands()
    {
        var mention = Payloads.Mention("who founded DeepSeek?", id: "1301");
        mention["channel_id"] = QuietChannel;
        var command = Payloads.Command("1302", "ask", ("question", "who founded DeepSeek?"));
        command["channel_id"] = QuietChannel;

        await _discord.DispatchMessageAsync(mention);
        await _discord.DispatchInteractionAsync(command);

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the reply to the command");
        await Eventually.SettleAsync();
        Assert.Empty(_discord.Messages);
        Assert.Empty(_discord.Reactions);
        Assert.Empty(_answerer.Questions);
        var data = _discord.Callbacks.Single().Body.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("switched off", data.GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_channel_answers_from_its_articles_its_threads_follow_it_and_other_channels_follow_the_server()
    {
        await _discord.DispatchMessageAsync(Payloads.Mention("in the channel", id: "1311"));
        var thread = Payloads.ForumPost("1312", Payloads.ChannelId, "a thread");
        await _discord.Gateway.DispatchAsync("THREAD_CREATE", thread);
        var inThread = Payloads.Mention("in its thread", id: "1313");
        inThread["channel_id"] = "1312";
        await _discord.DispatchMessageAsync(inThread);
        var elsewhere = Payloads.Mention("elsewhere in the server", id: "1314");
        elsewhere["channel_id"] = "1200000000000000009";
        await _discord.DispatchMessageAsync(elsewhere);

        await Eventually.TrueAsync(() => _answerer.Questions.Count == 3, "the three questions");
        var articles = _answerer.Questions.ToDictionary(q => q.Text, q => string.Join(",", q.ArticleIds ?? []));
        Assert.Equal("harbor-bridge", articles["in the channel"]);
        Assert.Equal("harbor-bridge", articles["in its thread"]);
        Assert.Equal("deepseek-liang-wenfeng", articles["elsewhere in the server"]);
    }

    [Fact]
    public async Task In_a_threads_only_channel_the_answer_opens_a_thread_on_the_question()
    {
        var mention = Payloads.Mention("who founded DeepSeek?", id: "1321");
        mention["channel_id"] = ThreadsChannel;

        await _discord.DispatchMessageAsync(mention);

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the answer");
        var thread = Assert.Single(_discord.Threads);
        Assert.Equal("1321", thread.Key);
        Assert.Equal($"/api/v10/channels/{ThreadsChannel}/messages/1321/threads", thread.Value.Path);
        Assert.Equal("who founded DeepSeek?", thread.Value.Body.GetProperty("name").GetString());
        var answer = _discord.Messages.Single();
        Assert.Equal("/api/v10/channels/1321/messages", answer.Path);
        Assert.False(answer.Body.TryGetProperty("message_reference", out _));
    }

    [Fact]
    public async Task A_command_in_a_threads_only_channel_is_answered_privately()
    {
        var command = Payloads.Command("1331", "ask", ("question", "who founded DeepSeek?"));
        command["channel_id"] = ThreadsChannel;

        await _discord.DispatchInteractionAsync(command);

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the answer");
        Assert.Equal(64, _discord.Callbacks.Single().Body.GetProperty("data").GetProperty("flags").GetInt32());
    }
}
