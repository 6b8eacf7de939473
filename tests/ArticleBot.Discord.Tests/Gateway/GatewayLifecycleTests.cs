using System.Text.Json;
using ArticleBot.Core;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Gateway;

public sealed class GatewayLifecycleTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
    }

    public Task DisposeAsync() => _discord.DisposeAsync().AsTask();

    [Fact]
    public async Task The_bot_identifies_with_only_the_intents_it_needs()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();

        var identify = Assert.Single(_discord.Gateway.Identifies);
        Assert.Equal(FakeDiscord.Token, identify.GetProperty("token").GetString());
        Assert.Equal(4609, identify.GetProperty("intents").GetInt32());
        var properties = identify.GetProperty("properties");
        Assert.Equal(["browser", "device", "os"], properties.EnumerateObject().Select(p => p.Name).Order());
        Assert.False(identify.TryGetProperty("shard", out _));
    }

    [Fact]
    public async Task Answering_thread_follow_ups_is_the_only_thing_that_asks_for_message_content()
    {
        _discord.Gateway.EnabledPrivilegedIntents = 1 << 15;
        await using var bot = BotHarness.Start(_discord, _answerer, new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:AnswerThreadFollowUps"] = "true",
        });
        await bot.ConnectedAsync();

        Assert.Equal(37377, Assert.Single(_discord.Gateway.Identifies).GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task With_thread_follow_ups_on_a_later_message_in_an_answered_thread_needs_no_mention()
    {
        _discord.Gateway.EnabledPrivilegedIntents = 1 << 15;
        await using var bot = BotHarness.Start(_discord, _answerer, new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:AnswerThreadFollowUps"] = "true",
        });
        await bot.ConnectedAsync();
        var question = Payloads.Mention("who founded DeepSeek?", id: "610");
        question["channel_id"] = "777";
        question["channel_type"] = 11;
        await _discord.DispatchMessageAsync(question);
        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the answer in the thread");

        var followUp = Payloads.PlainMessage("and when?", id: "611");
        followUp["channel_id"] = "777";
        followUp["channel_type"] = 11;
        await _discord.DispatchMessageAsync(followUp);

        await Eventually.TrueAsync(() => _discord.Messages.Count == 2, "the follow-up answer");
        Assert.All(_discord.Messages, m => Assert.Equal("777", m.RouteValue("channelId")));
        Assert.Equal("and when?", _answerer.Questions.Last().Text);
    }

    [Fact]
    public async Task The_bot_resumes_with_its_session_after_a_drop_and_answers_a_replayed_message_once()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();
        await _discord.DispatchMessageAsync(Payloads.Mention("first question", id: "601"));
        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the first reply");
        _discord.Gateway.ReplayOverlap = 1; // the resume also re-delivers the first question

        _discord.Gateway.Current!.Drop();
        await _discord.DispatchMessageAsync(Payloads.Mention("asked while the bot was away", id: "602"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 2, "the reply to the missed message");
        await Eventually.SettleAsync();
        var resume = Assert.Single(_discord.Gateway.Resumes);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32()); // READY = 1, first question = 2
        Assert.Equal(FakeDiscord.Token, resume.GetProperty("token").GetString());
        Assert.True(_discord.Gateway.Current!.OnResumeUrl);
        Assert.Single(_discord.Gateway.Identifies);
        Assert.Equal(["601", "602"], _discord.Messages.Select(m =>
            m.Body.GetProperty("message_reference").GetProperty("message_id").GetString()).Order());
        Assert.Equal(2, _answerer.Questions.Count);
    }

    [Fact]
    public async Task A_resume_the_server_no_longer_accepts_falls_back_to_a_fresh_identify()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();
        _discord.Gateway.LatestSession!.Ended = true;

        _discord.Gateway.Current!.Drop();

        await Eventually.TrueAsync(() => _discord.Gateway.Identifies.Count == 2, "a fresh identify");
        Assert.Single(_discord.Gateway.Resumes);
        await Eventually.TrueAsync(() => bot.Adapter.Shards[0].Session.SessionId == "session-2", "the new session");
    }

    [Fact]
    public async Task A_missing_heartbeat_ack_makes_the_bot_reconnect_and_resume()
    {
        _discord.Gateway.HeartbeatIntervalMs = 200;
        // The bot's own zombie check is under test, not the fake's session timeout: at 1.5 intervals (300 ms) a beat
        // delayed on a busy machine ended the session with 4009 first, and the bot rightly started a new one.
        _discord.Gateway.SessionTimeoutIntervals = 10;
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();

        _discord.Gateway.WithholdAcks = true;
        await Eventually.TrueAsync(() => _discord.Gateway.Resumes.Count >= 1, "a resume after the zombie link");
        _discord.Gateway.WithholdAcks = false;

        Assert.Equal("session-1", _discord.Gateway.Resumes.First().GetProperty("session_id").GetString());
        Assert.Single(_discord.Gateway.Identifies);
        await bot.ConnectedAsync();
    }

    [Fact]
    public async Task Op_7_reconnect_resumes_the_session()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();

        await _discord.Gateway.Current!.SendAsync(Payloads.Load("reconnect.json").ToJsonString());

        await Eventually.TrueAsync(() => _discord.Gateway.Resumes.Count == 1, "the resume");
        Assert.Equal("session-1", _discord.Gateway.Resumes.Single().GetProperty("session_id").GetString());
        Assert.Single(_discord.Gateway.Identifies);
    }

    [Fact]
    public async Task Op_9_false_makes_the_bot_identify_afresh()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();

        await _discord.Gateway.Current!.SendAsync(Payloads.Load("invalid_session.json").ToJsonString());

        await Eventually.TrueAsync(() => _discord.Gateway.Identifies.Count == 2, "a second identify");
        await Eventually.TrueAsync(() => bot.Adapter.Shards[0].Session.SessionId == "session-2", "the new session");
        Assert.Empty(_discord.Gateway.Resumes);
        Assert.Equal(1, bot.Adapter.Shards[0].Session.Sequence); // the new session's READY, not the old count
    }

    [Fact]
    public async Task Op_9_true_makes_the_bot_resume()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();

        await _discord.Gateway.Current!.SendAsync("""{"op":9,"d":true}""");

        await Eventually.TrueAsync(() => _discord.Gateway.Resumes.Count == 1, "the resume");
        Assert.Single(_discord.Gateway.Identifies);
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4008, true)]
    [InlineData(4009, false)]
    [InlineData(4007, false)]
    public async Task A_resumable_close_resumes_and_a_timed_out_session_identifies(int closeCode, bool resumes)
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();

        await _discord.Gateway.Current!.CloseAsync(closeCode, "test");

        await Eventually.TrueAsync(() => _discord.Gateway.Resumes.Count + _discord.Gateway.Identifies.Count == 2, "the reconnect");
        Assert.Equal(resumes ? 1 : 0, _discord.Gateway.Resumes.Count);
        await bot.ConnectedAsync();
    }

    [Fact]
    public async Task A_heartbeat_request_from_the_server_is_answered_at_once_with_the_last_sequence()
    {
        _discord.Gateway.HeartbeatIntervalMs = 20_000;
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();
        var before = _discord.Gateway.Heartbeats.Count;

        await _discord.Gateway.Current!.SendAsync("""{"op":1,"d":null}""");

        await Eventually.TrueAsync(() => _discord.Gateway.Heartbeats.Count > before, "a heartbeat", timeoutMs: 1000);
        Assert.Equal(1, _discord.Gateway.Heartbeats.Last().GetInt32());
    }

    [Theory]
    [InlineData(4004, "ArticleBot:Discord:Token")]
    [InlineData(4010, "ArticleBot:Discord:ShardId")]
    [InlineData(4014, "Message Content Intent")]
    public async Task A_fatal_close_code_stops_the_bot_with_a_message_naming_the_fix(int closeCode, string named)
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();

        await _discord.Gateway.Current!.CloseAsync(closeCode, "test");

        var error = await Assert.ThrowsAsync<ArticleBotException>(() => bot.Running.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(error.IsFatal);
        Assert.Contains(named, error.Message);
        Assert.Contains(closeCode.ToString(), error.Message);
        Assert.Single(_discord.Gateway.Identifies);
    }

    [Fact]
    public async Task Asking_for_message_content_without_enabling_it_in_the_portal_stops_the_bot_naming_the_intent()
    {
        await using var bot = BotHarness.Start(_discord, _answerer, new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:AnswerThreadFollowUps"] = "true",
        });

        var error = await Assert.ThrowsAsync<ArticleBotException>(() => bot.Running.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(error.IsFatal);
        Assert.Contains("4014", error.Message);
        Assert.Contains("Message Content Intent", error.Message);
        Assert.Contains("ArticleBot:Discord:AnswerThreadFollowUps", error.Message);
    }

    [Fact]
    public async Task A_rejected_token_stops_the_bot_naming_the_setting()
    {
        await using var bot = BotHarness.Start(_discord, _answerer, new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:Token"] = "wrong-token",
        });

        var error = await Assert.ThrowsAsync<ArticleBotException>(() => bot.Running.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(error.IsFatal);
        Assert.Contains("ArticleBot:Discord:Token", error.Message);
        Assert.Equal(0, _discord.Gateway.Connections);
    }

    [Fact]
    public async Task With_several_shards_each_identifies_with_its_shard_id()
    {
        _discord.Shards = 2;
        await using var bot = BotHarness.Start(_discord, _answerer);

        await Eventually.TrueAsync(() => _discord.Gateway.Identifies.Count == 2, "two identifies");

        Assert.Equal(["[0,2]", "[1,2]"], _discord.Gateway.Identifies.Select(i => i.GetProperty("shard").GetRawText().Replace(" ", "")).Order());
    }
}
