using System.Net.Http.Json;
using System.Text.Json;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Hosting.RateLimiting;
using ArticleBot.Testing;
using ArticleBot.Tests.Hosting;
using ArticleBot.WebChat.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Tests.RateLimiting;

public sealed class RateLimitTests
{
    private readonly FakeQuestionAnswerer _inner = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    private RateLimitedAnswerer Limiter(int user = 3, int channel = 5) => new(
        _inner,
        Options.Create(new RateLimitOptions { UserQuestions = user, UserWindow = TimeSpan.FromMinutes(1), ChannelQuestions = channel, ChannelWindow = TimeSpan.FromMinutes(1) }),
        _time,
        NullLogger<RateLimitedAnswerer>.Instance);

    [Fact]
    public void A_channels_own_limits_replace_the_defaults_there_and_nowhere_else()
    {
        var channels = new ChannelOptions();
        channels.Channels["C-strict"] = new ChannelSettings { ChannelQuestions = 2 };
        channels.Channels["G-generous"] = new ChannelSettings { UserQuestions = 6 };
        var limiter = new RateLimitedAnswerer(
            _inner,
            Options.Create(new RateLimitOptions { UserQuestions = 3, UserWindow = TimeSpan.FromMinutes(1), ChannelQuestions = 5, ChannelWindow = TimeSpan.FromMinutes(1) }),
            _time,
            NullLogger<RateLimitedAnswerer>.Instance,
            channels: new ChannelPolicy(Options.Create(channels)));

        var strict = Enumerable.Range(0, 3).Select(i => limiter.Answer(From("slack", $"U{i}", "C-strict"))).ToList();
        // One user in several channels of the server, so only the user's limit counts.
        var generous = Enumerable.Range(0, 6).Select(i => limiter.Answer(From("discord", "U-keen", $"C-{i}") with
        {
            Origin = new ChatOrigin("discord", "U-keen", $"C-{i}") { ChannelParents = ["G-generous"] },
        })).ToList();
        var ordinary = Enumerable.Range(0, 4).Select(_ => limiter.Answer(From("discord", "U-other", "C-plain"))).ToList();

        Assert.Equal([true, true, false], strict.Select(reply => reply.Answered));
        Assert.All(generous, reply => Assert.True(reply.Answered));
        Assert.Equal([true, true, true, false], ordinary.Select(reply => reply.Answered));
    }

    private static ChatQuestion From(string platform, string? user, string? channel, string text = "Who founded DeepSeek?") =>
        new(text) { Origin = new ChatOrigin(platform, user, channel, Guid.NewGuid().ToString()) };

    [Fact]
    public void A_user_who_asks_too_often_is_asked_politely_to_slow_down_and_is_answered_again_after_the_window()
    {
        var limiter = Limiter(user: 3);

        var replies = Enumerable.Range(0, 4).Select(_ => limiter.Answer(From("discord", "U1", "C1"))).ToList();

        Assert.All(replies.Take(3), reply => Assert.True(reply.Answered));
        var slowDown = replies[3];
        Assert.False(slowDown.Answered);
        Assert.Equal("You're asking faster than I can keep up. Please slow down and try again in 60 seconds.", slowDown.Message);
        Assert.Equal(3, _inner.Questions.Count);

        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.Contains("in 40 seconds", limiter.Answer(From("discord", "U1", "C1")).Message);

        _time.Advance(TimeSpan.FromSeconds(40));
        Assert.True(limiter.Answer(From("discord", "U1", "C1")).Answered);
        Assert.Equal(4, _inner.Questions.Count);
    }

    [Fact]
    public void A_busy_channel_is_limited_even_when_each_user_asks_once()
    {
        var limiter = Limiter(user: 3, channel: 5);

        var replies = Enumerable.Range(0, 6).Select(i => limiter.Answer(From("slack", $"U{i}", "C-busy"))).ToList();

        Assert.Equal(5, replies.Count(reply => reply.Answered));
        Assert.Contains("slow down", replies[5].Message);
        Assert.True(limiter.Answer(From("slack", "U0", "C-quiet")).Answered);
    }

    [Fact]
    public void Users_are_counted_apart_per_platform_and_the_command_line_is_never_limited()
    {
        var limiter = Limiter(user: 1, channel: 100);

        Assert.True(limiter.Answer(From("discord", "42", "C1")).Answered);
        Assert.True(limiter.Answer(From("slack", "42", "C1")).Answered);
        Assert.True(limiter.Answer(From("discord", "43", "C1")).Answered);
        Assert.False(limiter.Answer(From("discord", "42", "C1")).Answered);
        Assert.All(Enumerable.Range(0, 20), _ => Assert.True(limiter.Answer(new ChatQuestion("Who founded DeepSeek?")).Answered));
    }

    [Fact]
    public void A_slowed_down_question_keeps_its_intent_and_text_so_each_front_end_shows_it_as_a_plain_reply()
    {
        var limiter = Limiter(user: 1);
        limiter.Answer(From("slack", "U1", null));

        var reply = limiter.Answer(new ChatQuestion("closed-source moats", QuestionIntent.Quote) { Origin = new ChatOrigin("slack", "U1") });

        Assert.Equal((QuestionIntent.Quote, "closed-source moats"), (reply.Intent, reply.Question));
        Assert.Empty(reply.Results);
        Assert.Empty(reply.SuggestionsOrEmpty);
    }

    [Fact]
    public void Users_who_stopped_asking_are_forgotten_after_a_window()
    {
        var limiter = Limiter(user: 5);
        var users = new SlidingWindowLimiter(5, TimeSpan.FromMinutes(1));
        for (var i = 0; i < 1000; i++)
        {
            users.Record($"discord/{i}", _time.GetUtcNow());
        }

        _time.Advance(TimeSpan.FromMinutes(2));
        users.RetryAfter("discord/new", _time.GetUtcNow());

        Assert.Equal(0, users.ActiveKeys);
        Assert.True(limiter.Answer(From("discord", "1", "C1")).Answered);
    }

    [Fact]
    public async Task The_host_puts_the_question_limit_in_front_of_the_chat_front_ends_and_the_request_limit_in_front_of_the_web_api()
    {
        using var index = new TempIndex();
        await using var host = await RealHost.StartAsync(index.Settings());

        Assert.IsType<RateLimitedAnswerer>(host.App.Services.GetRequiredService<IQuestionAnswerer>());
        Assert.IsType<WebRequestLimiter>(host.App.Services.GetRequiredService<IWebRequestLimiter>());
        Assert.Equal(60, host.App.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.WebRequests);
    }

    [Fact]
    public void A_web_client_is_counted_per_address_told_how_long_to_wait_and_let_in_again_after_the_window()
    {
        var limiter = new WebRequestLimiter(
            Options.Create(new RateLimitOptions { WebRequests = 2, WebWindow = TimeSpan.FromMinutes(1) }), _time, NullLogger<WebRequestLimiter>.Instance);

        var first = new[] { limiter.Acquire("127.0.0.1"), limiter.Acquire("127.0.0.1"), limiter.Acquire("127.0.0.1") };
        var other = limiter.Acquire("::1");
        _time.Advance(TimeSpan.FromSeconds(45));
        var later = limiter.Acquire("127.0.0.1");
        _time.Advance(TimeSpan.FromSeconds(15));
        var after = limiter.Acquire("127.0.0.1");

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMinutes(1)], first);
        Assert.Equal(TimeSpan.Zero, other);
        Assert.Equal(TimeSpan.FromSeconds(15), later);
        Assert.Equal(TimeSpan.Zero, after);
    }

    [Fact]
    public void A_web_question_is_not_limited_again_per_question_because_the_web_api_limits_requests()
    {
        var limiter = Limiter(user: 1);

        var replies = Enumerable.Range(0, 5).Select(_ => limiter.Answer(From("web", "127.0.0.1", null))).ToList();

        Assert.All(replies, reply => Assert.True(reply.Answered));
    }

    [Fact]
    public async Task A_rate_limit_setting_out_of_range_stops_the_host_naming_the_setting()
    {
        using var index = new TempIndex();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            RealHost.StartAsync(index.Settings(), new Dictionary<string, string?> { ["ArticleBot:RateLimits:UserQuestions"] = "0" }));

        Assert.Contains("UserQuestions", exception.Message);
    }
}
