using ArticleBot.Slack.Mapping;

namespace ArticleBot.Slack.Tests.Channels;

/// <summary>A channel's <c>ArticleBot:Channels:&lt;id&gt;:Articles</c> on what the bot offers and shows there beyond
/// answers: the assistant thread's suggested prompts and the Full paragraph button, with the real answerer over two
/// articles.</summary>
public sealed class SlackChannelScopeTests : IAsyncLifetime
{
    private const string BridgeOnlyDm = "D0BRIDGE01";
    private const string BridgeOnlyChannel = "C0BRIDGE01";
    private FakeSlack _slack = null!;
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _bot = await Task.Run(() => SlackBotHarness.Start(_slack, SeedAnswerer.TwoArticles, new Dictionary<string, string?>
        {
            [$"ArticleBot:Channels:{BridgeOnlyDm}:Articles:0"] = "harbor-bridge",
            [$"ArticleBot:Channels:{BridgeOnlyChannel}:Articles:0"] = "harbor-bridge",
        }));
        await Eventually.Until(() => _bot.Adapter.IsConnected && _slack.OpenConnections.Count == 1, "the bot to connect");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task The_assistant_threads_prompts_come_from_its_channels_articles_only()
    {
        await _slack.StartAssistantThreadAsync(channel: "D0OPEN0001");
        await _slack.StartAssistantThreadAsync(channel: BridgeOnlyDm);
        await Eventually.Until(() => _slack.Prompts.Count == 2, "the suggested prompts", TimeSpan.FromSeconds(20));

        var open = _slack.Prompts.Single(p => p.Channel == "D0OPEN0001").List.Select(p => p.Message).ToList();
        var scoped = _slack.Prompts.Single(p => p.Channel == BridgeOnlyDm).List.Select(p => p.Message).ToList();
        Assert.Contains(open, prompt => prompt.Contains("Liang Wenfeng", StringComparison.Ordinal));
        Assert.NotEmpty(scoped);
        Assert.DoesNotContain(scoped, prompt => prompt.Contains("Liang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_full_paragraph_button_does_not_show_a_paragraph_of_another_article()
    {
        // A button made where the seed article was answered (another channel, or before this one was narrowed).
        var button = new JsonObject
        {
            ["action_id"] = SlackButton.FullParagraph + ":1",
            ["value"] = new SlackButton("deepseek-liang-wenfeng 2", QuestionIntent.Source, 0, 1, FullText: true).Encode(),
        };

        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, button, "full-open", channel: "C0OPEN0001"));
        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, button, "full-scoped", channel: BridgeOnlyChannel));
        await Eventually.Until(() => _slack.Responses.Count == 2, "both responses", TimeSpan.FromSeconds(20));

        Assert.Contains("Liang Wenfeng", _slack.Responses.Single(r => r.Id == "full-open").BlockText);
        var scoped = _slack.Responses.Single(r => r.Id == "full-scoped");
        Assert.DoesNotContain("Liang Wenfeng", scoped.BlockText);
        Assert.Contains("I don't know that article", scoped.BlockText.Replace("&#39;", "'").Replace("’", "'"));
    }
}
