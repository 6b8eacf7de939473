namespace ArticleBot.Slack.Tests.Channels;

/// <summary><c>ArticleBot:Channels</c> on Slack, keyed by channel id: a channel switched off, one that answers from
/// some articles only (for mentions, commands and the More results button), and one that answers in threads only.</summary>
public sealed class SlackChannelSettingsTests : IAsyncLifetime
{
    private const string QuietChannel = "C0QUIET01";
    private const string ScopedChannel = "C0SCOPED1";
    private const string ThreadsChannel = "C0THREADS";
    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeSlack _slack = null!;
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _bot = SlackBotHarness.Start(_slack, _answerer, new Dictionary<string, string?>
        {
            [$"ArticleBot:Channels:{QuietChannel}:Enabled"] = "false",
            [$"ArticleBot:Channels:{ScopedChannel}:Articles:0"] = "harbor-bridge",
            [$"ArticleBot:Channels:{ScopedChannel}:Articles:1"] = "deepseek-liang-wenfeng",
            [$"ArticleBot:Channels:{ThreadsChannel}:ThreadsOnly"] = "true",
        });
        await Eventually.Until(() => _bot.Adapter.IsConnected && _slack.OpenConnections.Count == 1, "the bot to connect");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task A_channel_switched_off_ignores_mentions_and_says_so_privately_to_commands_and_buttons()
    {
        var mention = SlackEnvelopes.Mention("<@U111> who founded DeepSeek?", channel: QuietChannel);
        var command = SlackEnvelopes.SlashCommand(_slack, "/ask", "who founded DeepSeek?", "quiet-ask", channel: QuietChannel);
        var more = new JsonObject { ["action_id"] = "more_results", ["value"] = """{"q":"who founded DeepSeek?","i":null,"s":3,"t":3}""" };

        await _slack.SendEnvelopeAsync(mention);
        await _slack.SendEnvelopeAsync(command);
        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, more, "quiet-more", ephemeral: false, channel: QuietChannel));
        await Eventually.Until(() => _slack.Responses.Count == 2 && _slack.Acks.Count == 3, "the notes to the command and the click");
        await Task.Delay(200);

        Assert.Empty(_slack.Messages);
        Assert.Empty(_slack.Reactions);
        Assert.Empty(_answerer.Questions);
        Assert.All(_slack.Responses, response =>
        {
            Assert.Equal("ephemeral", response.ResponseType);
            Assert.Equal("ArticleBot is switched off in this channel.", response.BlockText);
        });
        Assert.Equal(["quiet-ask", "quiet-more"], _slack.Responses.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task A_channel_answers_from_its_articles_for_mentions_commands_and_more_results_and_other_channels_from_all()
    {
        _answerer.Reply = question => new ChatReply(question.Text, true, QuestionIntent.Ask,
            [FakeQuestionAnswerer.Passage($"You asked: {question.Text}")]) { HasMore = question.Skip == 0 };
        var mention = SlackEnvelopes.Mention("<@U111> in the channel", channel: ScopedChannel);
        await _slack.SendEnvelopeAsync(mention);
        await _slack.SendEnvelopeAsync(SlackEnvelopes.SlashCommand(_slack, "/ask", "by command", "scoped-ask", channel: ScopedChannel));
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> elsewhere"));
        await Eventually.Until(() => _slack.Messages.Count == 2 && _slack.Responses.Count == 1, "the three answers");
        var answer = _slack.Messages.Single(m => m.Channel == ScopedChannel);
        var moreButton = answer.Buttons.Single(b => (string?)b["action_id"] == "more_results");

        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, moreButton, "scoped-more", threadTs: SlackEnvelopes.EventTs(mention), ephemeral: false, channel: ScopedChannel));
        await Eventually.Until(() => _slack.Messages.Count == 3, "the more results");

        var articles = _answerer.Questions.Select(q => (q.Text, q.Skip, Articles: string.Join(",", q.ArticleIds ?? []))).ToList();
        Assert.Contains(("in the channel", 0, "harbor-bridge,deepseek-liang-wenfeng"), articles);
        Assert.Contains(("by command", 0, "harbor-bridge,deepseek-liang-wenfeng"), articles);
        Assert.Contains(("in the channel", 3, "harbor-bridge,deepseek-liang-wenfeng"), articles);
        Assert.Contains(("elsewhere", 0, ""), articles);
        Assert.Equal(4, articles.Count);
        var more = _slack.Messages.Last();
        Assert.Equal((ScopedChannel, SlackEnvelopes.EventTs(mention)), (more.Channel, more.ThreadTs));
    }

    [Fact]
    public async Task In_a_threads_only_channel_a_mention_is_answered_in_a_thread_under_it_and_nothing_can_be_shared_into_the_channel()
    {
        var mention = SlackEnvelopes.Mention("<@U111> who founded DeepSeek?", channel: ThreadsChannel);
        await _slack.SendEnvelopeAsync(mention);
        await _slack.SendEnvelopeAsync(SlackEnvelopes.SlashCommand(_slack, "/ask", "who founded DeepSeek?", "threads-ask", channel: ThreadsChannel));
        await _slack.SendEnvelopeAsync(SlackEnvelopes.SlashCommand(_slack, "/ask", "who founded DeepSeek?", "other-ask"));
        await Eventually.Until(() => _slack.Messages.Count == 1 && _slack.Responses.Count == 2, "the answers");

        var answer = _slack.Messages.Single();
        Assert.Equal((ThreadsChannel, SlackEnvelopes.EventTs(mention)), (answer.Channel, answer.ThreadTs));
        var privately = _slack.Responses.Single(r => r.Id == "threads-ask");
        Assert.DoesNotContain(privately.Buttons, b => (string?)b["action_id"] == "share");
        // The same command elsewhere offers Share, so the absence above is the channel's doing.
        var share = _slack.Responses.Single(r => r.Id == "other-ask").Buttons.Single(b => (string?)b["action_id"] == "share");

        // A Share button made before the channel became threads-only is refused, privately.
        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, share, "threads-share", channel: ThreadsChannel));
        await Eventually.Until(() => _slack.Responses.Count == 3, "the note");

        var note = _slack.Responses.Last();
        Assert.Equal(("threads-share", "ephemeral"), (note.Id, note.ResponseType));
        Assert.Contains("in threads", note.BlockText);
        Assert.DoesNotContain(_slack.Responses, r => r.ResponseType == "in_channel");
        Assert.Single(_slack.Messages);
    }
}
