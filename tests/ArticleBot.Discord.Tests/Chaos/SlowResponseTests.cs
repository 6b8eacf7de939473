using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ArticleBot.Discord.Tests.Chaos;

/// <summary>
/// Discord posts the reply but answers the create-message call after the client has given up (HttpClient's timeout,
/// shortened here through the adapter's named HttpClient as a host could). The client retries, and only the nonce
/// stands between the retry and a second copy of the reply.
/// </summary>
public sealed class SlowResponseTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromMilliseconds(400);

    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task A_reply_posted_slower_than_the_client_timeout_is_posted_exactly_once()
    {
        await using var bot = BotHarness.Start(_discord, _answerer, configure: services =>
            services.AddHttpClient(DiscordAdapter.HttpClientName, client => client.Timeout = ClientTimeout));
        await bot.ConnectedAsync();
        var asked = new List<string>();

        for (var round = 0; round < 6; round++)
        {
            if (round % 2 == 1)
            {
                _discord.SlowNextMessages(1, ClientTimeout * 3);
            }

            var id = (4_000_000 + round).ToString();
            asked.Add(id);
            var before = _discord.Messages.Count;
            await _discord.DispatchMessageAsync(Payloads.Mention($"question {id}?", id));
            await Eventually.TrueAsync(() => _discord.Messages.Count > before, $"the reply to {id}");
        }

        // Long enough for each slow call's retry to have been made and answered.
        await Eventually.SettleAsync((int)(ClientTimeout * 4).TotalMilliseconds);
        var replied = _discord.Messages.Select(m => m.Body.GetProperty("message_reference").GetProperty("message_id").GetString()!).ToList();
        var lost = asked.Except(replied).ToList();
        var duplicated = replied.GroupBy(r => r).Count(g => g.Count() > 1);
        TestReport.Line(output, $"discord slow responses: 3 faults, {asked.Count} questions, {replied.Distinct().Count()} answered, {lost.Count} lost, {duplicated} duplicated; {_discord.NonceRepeats} retries answered from the nonce");

        Assert.Empty(lost);
        Assert.Equal(0, duplicated);
        Assert.Equal(asked.Count, _answerer.Questions.Count);
        Assert.Empty(_discord.Rejected);
        Assert.True(_discord.NonceRepeats >= 3, "each slow call should have timed out and been retried");
    }
}
