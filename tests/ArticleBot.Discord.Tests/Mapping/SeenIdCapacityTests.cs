using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Mapping;

/// <summary><c>ArticleBot:Discord:SeenIdCapacity</c> bounds the ids remembered against redelivery: the oldest is
/// forgotten first, the newest still stop a repeat.</summary>
public sealed class SeenIdCapacityTests
{
    [Fact]
    public async Task With_a_capacity_of_100_the_oldest_message_is_forgotten_and_asked_again_when_redelivered_but_a_recent_one_is_not()
    {
        var answerer = new FakeQuestionAnswerer();
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = BotHarness.Start(discord, answerer, new Dictionary<string, string?> { ["ArticleBot:Discord:SeenIdCapacity"] = "100" });
        await bot.ConnectedAsync();
        for (var id = 1000; id <= 1100; id++)
        {
            await discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        await Eventually.TrueAsync(() => discord.Messages.Count == 101, "101 replies", 20_000);

        await discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "1100"));
        await discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "1001"));
        await discord.DispatchMessageAsync(Payloads.Mention("who founded DeepSeek?", id: "1000"));

        // Answered again; the reply's enforced nonce (the message id) then makes Discord return the first reply
        // instead of posting a second one, so the channel still sees one.
        await Eventually.TrueAsync(() => answerer.Questions.Count == 102, "the forgotten message asked again");
        await Eventually.TrueAsync(() => discord.NonceRepeats == 1, "the second reply's nonce repeat");
        await Eventually.SettleAsync();
        Assert.Equal(102, answerer.Questions.Count);
        Assert.Equal(101, discord.Messages.Count);
        Assert.Empty(discord.Rejected);
    }
}
