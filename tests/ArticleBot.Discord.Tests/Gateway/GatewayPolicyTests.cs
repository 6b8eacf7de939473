using ArticleBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Discord.Tests.Gateway;

public sealed class GatewayPolicyTests
{
    [Theory]
    [InlineData(4004, "Stop")]
    [InlineData(4010, "Stop")]
    [InlineData(4011, "Stop")]
    [InlineData(4012, "Stop")]
    [InlineData(4013, "Stop")]
    [InlineData(4014, "Stop")]
    [InlineData(4003, "Identify")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(null, "Resume")]
    public void Each_close_code_gets_the_documented_action(int? code, string expected)
    {
        Assert.Equal(expected, CloseCodePolicy.ActionFor(code).ToString());
    }

    [Fact]
    public void Reconnects_back_off_exponentially_up_to_the_cap_and_start_over_after_a_healthy_session()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), random: () => 1.0);

        var delays = Enumerable.Range(0, 6).Select(_ => backoff.Next().TotalSeconds).ToList();
        backoff.Reset();

        Assert.Equal([0, 1, 2, 4, 8, 8], delays);
        Assert.Equal(TimeSpan.Zero, backoff.Next());
    }

    [Fact]
    public async Task Identifies_are_spaced_by_the_identify_window()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var gate = new IdentifyGate(maxConcurrency: 1, TimeSpan.FromSeconds(5), time);

        await gate.WaitTurnAsync(0, CancellationToken.None);
        var second = gate.WaitTurnAsync(1, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Message_content_is_asked_for_only_when_thread_follow_ups_are_on()
    {
        Assert.Equal(4609, (int)GatewayIntentSets.For(new DiscordOptions()));
        Assert.Equal(37377, (int)GatewayIntentSets.For(new DiscordOptions { AnswerThreadFollowUps = true }));
    }
}
