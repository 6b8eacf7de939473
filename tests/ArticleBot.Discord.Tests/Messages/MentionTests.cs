using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Core.Answering;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Messages;

public sealed class MentionTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _bot = BotHarness.Start(_discord, _answerer);
        await _bot.ConnectedAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task A_mention_with_a_question_gets_a_reply_to_that_message_that_pings_nobody()
    {
        await _discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "500"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply");
        var reply = _discord.Messages.Single();
        Assert.Equal(Payloads.ChannelId, reply.RouteValue("channelId"));
        var reference = reply.Body.GetProperty("message_reference");
        Assert.Equal("500", reference.GetProperty("message_id").GetString());
        Assert.Equal(Payloads.ChannelId, reference.GetProperty("channel_id").GetString());
        Assert.Equal(Payloads.GuildId, reference.GetProperty("guild_id").GetString());
        AssertPingsNobody(reply.Body);
        Assert.Equal("who founded DeepSeek?", Assert.Single(_answerer.Questions).Text);
        Assert.Contains("You asked: who founded DeepSeek?", reply.Body.GetProperty("embeds")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_bot_reacts_to_the_question_before_it_replies()
    {
        await _discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "501"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply");
        var reaction = Assert.Single(_discord.Reactions);
        Assert.Equal("501", reaction.RouteValue("messageId"));
        Assert.Equal("👀", reaction.RouteValue("emoji"));
    }

    [Fact]
    public async Task A_passage_containing_everyone_and_mentions_pings_nobody()
    {
        _answerer.Reply = q => new ChatReply(q.Text, true, QuestionIntent.Ask,
            [FakeQuestionAnswerer.Passage("Hey @everyone and @here, ask <@123456> or <@&987654> about **this**.")]);

        await _discord.DispatchMessageAsync(Payloads.Mention("@everyone what happened?", id: "502"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply");
        var body = _discord.Messages.Single().Body;
        AssertPingsNobody(body);
        var description = body.GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.Contains(@"\<@123456\>", description);
        Assert.Contains(@"\*\*this\*\*", description);
    }

    [Fact]
    public async Task Messages_without_a_mention_and_messages_from_bots_are_ignored()
    {
        await _discord.DispatchMessageAsync(Payloads.PlainMessage("who founded DeepSeek?", id: "503"));
        var fromBot = Payloads.Mention("who founded DeepSeek?", id: "504");
        fromBot["author"]!["bot"] = true;
        await _discord.DispatchMessageAsync(fromBot);
        // A message the bot can see and must answer, to know the two before it were processed.
        await _discord.DispatchMessageAsync(Payloads.Mention("and this one?", id: "505"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply to the last message");
        await Eventually.SettleAsync();
        Assert.Equal("505", _discord.Messages.Single().Body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal("and this one?", Assert.Single(_answerer.Questions).Text);
    }

    [Fact]
    public async Task A_direct_message_is_answered_without_a_mention()
    {
        var dm = Payloads.PlainMessage("who founded DeepSeek?", id: "506");
        dm.Remove("guild_id");
        dm.Remove("member");
        dm["channel_type"] = 1;

        await _discord.DispatchMessageAsync(dm);

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply");
        Assert.Equal("who founded DeepSeek?", Assert.Single(_answerer.Questions).Text);
    }

    [Fact]
    public async Task A_reply_to_the_bots_message_is_answered_without_a_new_mention()
    {
        var followUp = Payloads.PlainMessage("and when was it founded?", id: "507");
        followUp["type"] = 19;
        followUp["referenced_message"] = new JsonObject
        {
            ["id"] = "400",
            ["author"] = new JsonObject { ["id"] = Payloads.BotUserId, ["bot"] = true },
        };

        await _discord.DispatchMessageAsync(followUp);

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply");
        Assert.Equal("and when was it founded?", Assert.Single(_answerer.Questions).Text);
    }

    [Fact]
    public async Task A_duplicated_message_event_is_answered_once()
    {
        await _discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "508"));
        await _discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "508"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply");
        await Eventually.SettleAsync();
        Assert.Single(_discord.Messages);
        Assert.Single(_answerer.Questions);
    }

    [Fact]
    public async Task A_question_the_article_does_not_answer_gets_a_short_reply_with_suggestions()
    {
        _answerer.Reply = q => new ChatReply(q.Text, false, QuestionIntent.Ask, [],
            "I couldn't find that in the article.", ["Who is the founder of DeepSeek?", "What did Liang Wenfeng say about moats?"]);

        await _discord.DispatchMessageAsync(Payloads.Mention("what is the weather?", id: "509"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply");
        var body = _discord.Messages.Single().Body;
        var content = body.GetProperty("content").GetString()!;
        Assert.Contains("I couldn't find that in the article.", content);
        Assert.Contains("Who is the founder of DeepSeek?", content);
        Assert.False(body.TryGetProperty("embeds", out _));
        AssertPingsNobody(body);
    }

    internal static void AssertPingsNobody(JsonElement message)
    {
        var mentions = message.GetProperty("allowed_mentions");
        Assert.Equal(JsonValueKind.Array, mentions.GetProperty("parse").ValueKind);
        Assert.Equal(0, mentions.GetProperty("parse").GetArrayLength());
        Assert.False(mentions.TryGetProperty("users", out _));
        Assert.False(mentions.TryGetProperty("roles", out _));
    }
}
