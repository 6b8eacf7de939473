using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Gateway;

/// <summary>Scale-out by shards: two processes, one configured ShardId 0 and one ShardId 1 of ShardCount 2, share
/// one bot token; each runs only its own shard.</summary>
public sealed class ShardSplitTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task Two_processes_each_run_their_own_shard_of_two()
    {
        await using var zero = BotHarness.Start(_discord, _answerer, Shard(0));
        await using var one = BotHarness.Start(_discord, _answerer, Shard(1));

        await zero.ConnectedAsync();
        await one.ConnectedAsync();
        await Eventually.TrueAsync(() => _discord.Gateway.Identifies.Count == 2, "two identifies");
        // The session Discord routes this guild to answers once; the other shard never sees it.
        await _discord.DispatchMessageAsync(Payloads.Mention("Who founded DeepSeek?", "5000001"));
        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply");
        await Eventually.SettleAsync();

        Assert.Equal(["[0,2]", "[1,2]"], _discord.Gateway.Identifies.Select(i => i.GetProperty("shard").GetRawText().Replace(" ", "")).Order());
        Assert.Equal(0, Assert.Single(zero.Adapter.Shards).ShardId);
        Assert.Equal(1, Assert.Single(one.Adapter.Shards).ShardId);
        Assert.Single(_discord.Messages);
    }

    private static Dictionary<string, string?> Shard(int id) => new()
    {
        ["ArticleBot:Discord:ShardId"] = id.ToString(),
        ["ArticleBot:Discord:ShardCount"] = "2",
    };
}
