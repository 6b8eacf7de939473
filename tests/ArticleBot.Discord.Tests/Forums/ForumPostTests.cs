using ArticleBot.Discord.Gateway;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Forums;

/// <summary>New posts in a forum channel enabled with <c>ArticleBot:Channels:{id}:Forum</c>: the title and first
/// message answered once in the post, even when a resume replays the post to a restarted bot.</summary>
public sealed class ForumPostTests : IAsyncLifetime
{
    private const string ForumId = "1190000000000000001";
    private const string OtherForumId = "1190000000000000002";
    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly string _state = Directory.CreateTempSubdirectory("articlebot-forum-").FullName;
    private FakeDiscord _discord = null!;

    private Dictionary<string, string?> Settings => new()
    {
        ["ArticleBot:Discord:SessionFolder"] = _state,
        [$"ArticleBot:Channels:{ForumId}:Forum"] = "true",
    };

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        // Starter messages mention no one, so their content needs the privileged intent, switched on in the portal.
        _discord.Gateway.EnabledPrivilegedIntents = (int)GatewayIntents.MessageContent;
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        Directory.Delete(_state, recursive: true);
    }

    [Fact]
    public async Task A_new_post_is_answered_in_its_thread_from_its_title_and_first_message()
    {
        await using var bot = BotHarness.Start(_discord, _answerer, Settings);
        await bot.ConnectedAsync();

        await PostAsync("1190000000000000101", ForumId, "Who founded DeepSeek?", "I read the article but missed it.");

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the answer in the post");
        var answer = _discord.Messages.Single();
        Assert.Equal("/api/v10/channels/1190000000000000101/messages", answer.Path);
        Assert.Equal("Who founded DeepSeek?\nI read the article but missed it.", Assert.Single(_answerer.Questions).Text);
        Assert.NotEqual(0, _discord.Gateway.Identifies.Single().GetProperty("intents").GetInt32() & (int)GatewayIntents.MessageContent);
    }

    [Fact]
    public async Task Posts_in_a_forum_without_the_setting_and_replies_in_a_post_are_left_alone()
    {
        await using var bot = BotHarness.Start(_discord, _answerer, Settings);
        await bot.ConnectedAsync();

        await PostAsync("1190000000000000201", OtherForumId, "Not for the bot", "Chat among members.");
        var laterMessage = Payloads.StarterMessage("1190000000000000201", "a second message in the post, not a post");
        laterMessage["id"] = "1190000000000000999";
        await _discord.DispatchMessageAsync(laterMessage);

        await Eventually.SettleAsync();
        Assert.Empty(_discord.Messages);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task A_post_is_answered_once_when_a_restarted_bot_resumes_and_the_post_is_replayed()
    {
        await using (var first = BotHarness.Start(_discord, _answerer, Settings))
        {
            await first.ConnectedAsync();
            await PostAsync("1190000000000000301", ForumId, "Who founded DeepSeek?", "Asked before the restart.");
            await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the first post's answer");
            await first.StopAsync();
            await Eventually.TrueAsync(() => File.Exists(Path.Combine(_state, "discord-shard-0.json")), "the saved session");
        }

        // Posted while the bot was down; the resume replays it, and (overlap) the first post as well.
        await PostAsync("1190000000000000302", ForumId, "What is DeepSeek's goal?", "Asked while the bot was down.");
        _discord.Gateway.ReplayOverlap = 2;
        await using var second = BotHarness.Start(_discord, _answerer, Settings);

        await Eventually.TrueAsync(() => _discord.Messages.Count == 2, "the answer to the post made while down", timeoutMs: 10_000);
        await Eventually.SettleAsync();
        Assert.Single(_discord.Gateway.Resumes);
        Assert.Equal(
            ["/api/v10/channels/1190000000000000301/messages", "/api/v10/channels/1190000000000000302/messages"],
            _discord.Messages.Select(m => m.Path).Order());
        Assert.Equal(2, _answerer.Questions.Count);
        // Not saved by the fake's nonce check either: the restarted bot never tried to answer the first post again.
        Assert.Equal(0, _discord.NonceRepeats);
    }

    private async Task PostAsync(string threadId, string forumId, string title, string body)
    {
        await _discord.Gateway.DispatchAsync("THREAD_CREATE", Payloads.ForumPost(threadId, forumId, title));
        await _discord.DispatchMessageAsync(Payloads.StarterMessage(threadId, body));
    }
}
