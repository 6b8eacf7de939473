using System.Diagnostics;
using System.Net;
using ArticleBot.Discord.Rest;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Discord.Tests.Rest;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public Task DisposeAsync() => _discord.DisposeAsync().AsTask();

    [Fact]
    public async Task A_429_is_retried_after_retry_after_and_the_reply_is_delivered_exactly_once()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();
        _discord.RateLimitNext("/messages", retryAfterSeconds: 0.4);
        var clock = Stopwatch.StartNew();

        await _discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "701"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(400), $"retried after {clock.ElapsedMilliseconds} ms");
        await Eventually.SettleAsync();
        Assert.Equal(1, _discord.RateLimitsServed);
        Assert.Single(_discord.Messages);
        Assert.Empty(_discord.Rejected);
    }

    [Fact]
    public async Task A_server_error_after_the_message_was_stored_does_not_post_the_reply_twice()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();
        _discord.FailNextMessages(1);

        await _discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "702"));

        await Eventually.TrueAsync(() => _discord.Requests >= 5, "the retry");
        await Eventually.SettleAsync();
        var sent = Assert.Single(_discord.Messages);
        Assert.Equal("702", sent.Body.GetProperty("nonce").GetString());
        Assert.True(sent.Body.GetProperty("enforce_nonce").GetBoolean());
    }

    [Fact]
    public async Task A_bucket_with_nothing_remaining_waits_for_its_reset()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var limiter = new DiscordRateLimiter(time);
        var route = new DiscordRoute("POST /channels/{channel}/messages", "1");
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset-After", "2.5");
        response.Headers.Add("X-RateLimit-Bucket", "abcd1234");
        limiter.Update(route, response);

        var waiting = limiter.AcquireAsync(route, CancellationToken.None);
        var otherChannel = limiter.AcquireAsync(route with { Major = "2" }, CancellationToken.None);

        Assert.True(otherChannel.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.6));
        (await waiting.WaitAsync(TimeSpan.FromSeconds(2))).Dispose();
        (await otherChannel).Dispose();
    }

    [Fact]
    public async Task A_global_429_pauses_every_route_except_interaction_callbacks()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var limiter = new DiscordRateLimiter(time);
        var messages = new DiscordRoute("POST /channels/{channel}/messages", "1");
        limiter.OnRateLimited(messages, TimeSpan.FromSeconds(1), global: true);

        var reaction = limiter.AcquireAsync(new DiscordRoute("PUT /reactions", "9"), CancellationToken.None);
        var callback = limiter.AcquireAsync(new DiscordRoute("POST /interactions/{id}/{token}/callback", "5", ExemptFromGlobal: true), CancellationToken.None);

        Assert.True(callback.IsCompleted);
        Assert.False(reaction.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        (await reaction.WaitAsync(TimeSpan.FromSeconds(2))).Dispose();
        (await callback).Dispose();
    }

    [Fact]
    public async Task Every_request_carries_the_bot_token_and_a_discord_user_agent()
    {
        await using var bot = BotHarness.Start(_discord, _answerer);
        await bot.ConnectedAsync();

        await _discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "703"));

        // The fake answers 401/403 to requests without them; the reply and reaction getting through shows both were sent.
        await Eventually.TrueAsync(() => _discord.Messages.Count == 1 && _discord.Reactions.Count == 1, "the reply");
        Assert.Empty(_discord.Rejected);
    }
}
