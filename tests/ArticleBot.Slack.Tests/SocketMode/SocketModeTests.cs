namespace ArticleBot.Slack.Tests.SocketMode;

public sealed class SocketModeTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private async Task<SlackBotHarness> StartConnectedAsync()
    {
        var bot = SlackBotHarness.Start(_slack, _answerer);
        await Eventually.Until(() => bot.Adapter.IsConnected && _slack.OpenConnections.Count == 1, "the bot to connect");
        return bot;
    }

    [Fact]
    public async Task An_app_mention_is_answered_in_its_thread_with_the_answer_and_an_attribution_that_cannot_ping_anyone()
    {
        _answerer.Reply = question => new ChatReply(question.Text, true, QuestionIntent.Ask,
        [
            FakeQuestionAnswerer.Passage("Liang Wenfeng founded DeepSeek <!channel> & told <@U0ALL> <!here>.", speaker: "Liang Wenfeng", paragraph: 2),
        ]);
        await using var bot = await StartConnectedAsync();
        var envelope = SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?");

        await _slack.SendEnvelopeAsync(envelope);
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer");

        var answer = _slack.Messages.Single();
        Assert.Equal("C111", answer.Channel);
        Assert.Equal(SlackEnvelopes.EventTs(envelope), answer.ThreadTs);
        Assert.Contains("Liang Wenfeng founded DeepSeek &lt;!channel&gt; &amp; told &lt;@U0ALL&gt; &lt;!here&gt;.", answer.BlockText);
        Assert.Contains("— *Liang Wenfeng* · <https://example.com/article|Test Article> · ¶2", answer.BlockText);
        Assert.DoesNotContain("<!channel>", answer.BlockText + answer.Text);
        Assert.DoesNotContain("<!here>", answer.BlockText + answer.Text);
        Assert.Contains(_slack.Acks, ack => ack.EnvelopeId == (string)envelope["envelope_id"]!);
        Assert.Contains(new Reaction("C111", SlackEnvelopes.EventTs(envelope), "eyes"), _slack.Reactions);
        var question = Assert.Single(_answerer.Questions);
        Assert.Equal("Who founded DeepSeek?", question.Text);
        Assert.Equal(new ChatOrigin("slack", "U222", "C111", SlackEnvelopes.EventTs(envelope)), question.Origin);
    }

    [Fact]
    public async Task The_bots_own_messages_and_edits_are_ignored_but_a_direct_message_is_answered()
    {
        await using var bot = await StartConnectedAsync();
        var own = SlackEnvelopes.Message("You asked: hi", botId: "B0FAKEBOT", subtype: "bot_message");
        var edit = SlackEnvelopes.Message("edited", subtype: "message_changed");
        var direct = SlackEnvelopes.Message("What is DeepSeek?");

        await _slack.SendEnvelopeAsync(own);
        await _slack.SendEnvelopeAsync(edit);
        await _slack.SendEnvelopeAsync(direct);
        await Eventually.Until(() => _slack.Messages.Count == 1 && _slack.Acks.Count == 3, "the DM answer and three acks");
        await Task.Delay(100);

        var answer = Assert.Single(_slack.Messages);
        Assert.Equal("D024BE91L", answer.Channel);
        Assert.Equal(SlackEnvelopes.EventTs(direct), answer.ThreadTs);
        Assert.Equal("What is DeepSeek?", Assert.Single(_answerer.Questions).Text);
    }

    [Fact]
    public async Task A_redelivered_envelope_is_answered_once()
    {
        _slack.AckDeadline = TimeSpan.FromMilliseconds(200);
        _slack.LoseNextAcks(1);
        await using var bot = await StartConnectedAsync();
        var envelope = SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?");

        await _slack.SendEnvelopeAsync(envelope);
        await Eventually.Until(() => _slack.Acks.Count == 1 && _slack.SentEnvelopes.Count == 2, "the redelivery and its ack");
        await Task.Delay(200);

        var redelivery = _slack.SentEnvelopes.Last();
        Assert.Equal(1, (int)redelivery["retry_attempt"]!);
        Assert.Equal((string)envelope["payload"]!["event_id"]!, (string)redelivery["payload"]!["event_id"]!);
        Assert.Single(_slack.Messages);
        Assert.Single(_answerer.Questions);
    }

    [Fact]
    public async Task A_follow_up_in_the_bots_thread_is_answered_without_a_mention_under_the_same_parent()
    {
        await using var bot = await StartConnectedAsync();
        var mention = SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?");
        await _slack.SendEnvelopeAsync(mention);
        await Eventually.Until(() => _slack.Messages.Count == 1, "the first answer");
        var parent = SlackEnvelopes.EventTs(mention);

        await _slack.SendEnvelopeAsync(SlackEnvelopes.Message("Where is he from?", channelType: "channel", channel: "C111", threadTs: parent));
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Message("unrelated chatter", channelType: "channel", channel: "C111", threadTs: "1600000000.000001"));
        await Eventually.Until(() => _slack.Messages.Count == 2 && _slack.Acks.Count == 3, "the follow-up answer");
        await Task.Delay(100);

        Assert.All(_slack.Messages, message => Assert.Equal(parent, message.ThreadTs));
        Assert.Equal(["Who founded DeepSeek?", "Where is he from?"], _answerer.Questions.Select(q => q.Text));
    }

    [Fact]
    public async Task A_mention_in_the_bots_thread_arriving_as_both_app_mention_and_message_is_answered_once()
    {
        await using var bot = await StartConnectedAsync();
        var mention = SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?");
        await _slack.SendEnvelopeAsync(mention);
        await Eventually.Until(() => _slack.Messages.Count == 1, "the first answer");
        var parent = SlackEnvelopes.EventTs(mention);
        var ts = SlackEnvelopes.NewTs();

        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> And when?", ts: ts, threadTs: parent));
        var asMessage = SlackEnvelopes.Message("<@U111> And when?", channelType: "channel", channel: "C111", threadTs: parent);
        asMessage["payload"]!["event"]!["ts"] = ts;
        await _slack.SendEnvelopeAsync(asMessage);
        await Eventually.Until(() => _slack.Messages.Count == 2 && _slack.Acks.Count == 3, "the second answer");
        await Task.Delay(100);

        Assert.Equal(2, _slack.Messages.Count);
        Assert.Equal(parent, _slack.Messages.Last().ThreadTs);
    }

    [Fact]
    public async Task A_refresh_requested_disconnect_leads_to_a_new_connection_that_keeps_answering()
    {
        await using var bot = await StartConnectedAsync();

        await _slack.DisconnectAsync("refresh_requested");
        await Eventually.Until(() => _slack.ConnectionsAccepted == 2 && _slack.OpenConnections.Count == 1, "a new connection");
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Still there?"));
        await Eventually.Until(() => _slack.Messages.Count == 1, "an answer on the new connection");

        Assert.Equal(2, _slack.Calls("apps.connections.open"));
        Assert.True(bot.Adapter.IsConnected);
    }

    [Fact]
    public async Task A_warning_opens_a_second_connection_before_slack_closes_the_first()
    {
        _slack.WarningLead = TimeSpan.FromMilliseconds(600);
        await using var bot = await StartConnectedAsync();

        await _slack.DisconnectAsync("warning");
        await Eventually.Until(() => _slack.OpenConnections.Count == 2, "two connections during the handover");
        await Eventually.Until(() => _slack.OpenConnections.Count == 1 && _slack.ConnectionsAccepted == 2, "the old connection to close");
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Still there?"));
        await Eventually.Until(() => _slack.Messages.Count == 1, "an answer after the handover");

        Assert.Equal(2, _slack.Calls("apps.connections.open"));
    }

    [Fact]
    public async Task Envelopes_sent_on_the_old_connection_during_a_handover_are_still_answered()
    {
        _slack.WarningLead = TimeSpan.FromSeconds(2);
        await using var bot = await StartConnectedAsync();
        var old = _slack.OpenConnections.Single();

        await _slack.DisconnectAsync("warning");
        await Eventually.Until(() => _slack.OpenConnections.Count == 2, "the second connection");
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> On the old link?"), on: old);
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> On the new link?"));
        await Eventually.Until(() => _slack.Messages.Count == 2, "both answers");

        Assert.True(old.IsOpen);
        Assert.Equal(["On the new link?", "On the old link?"], _answerer.Questions.Select(q => q.Text).Order());
    }

    [Fact]
    public async Task A_post_failing_with_a_server_error_is_retried_with_backoff_and_delivered_once()
    {
        _slack.FailWithServerError("chat.postMessage", times: 2);
        await using var bot = await StartConnectedAsync();

        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?"));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer after two failures");
        await Task.Delay(100);

        Assert.Single(_slack.Messages);
        Assert.Equal(3, _slack.PostMessageAttempts.Count);
    }

    [Fact]
    public async Task Link_disabled_stops_the_adapter_instead_of_reconnecting()
    {
        await using var bot = await StartConnectedAsync();

        await _slack.DisconnectAsync("link_disabled");
        var error = await Assert.ThrowsAsync<ArticleBotException>(() => bot.Run.WaitAsync(TimeSpan.FromSeconds(5)));
        await Task.Delay(200);

        Assert.True(error.IsFatal);
        Assert.Contains("link_disabled", error.Message);
        Assert.Equal(1, _slack.Calls("apps.connections.open"));
        Assert.False(bot.Adapter.IsConnected);
    }

    [Fact]
    public async Task An_abrupt_drop_is_followed_by_a_reconnect_and_answers_continue()
    {
        await using var bot = await StartConnectedAsync();

        await _slack.DisconnectAsync("abrupt");
        await Eventually.Until(() => _slack.ConnectionsAccepted == 2 && _slack.OpenConnections.Count == 1, "a reconnect");
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Still there?"));
        await Eventually.Until(() => _slack.Messages.Count == 1, "an answer after the reconnect");

        Assert.Equal(2, _slack.Calls("apps.connections.open"));
    }

    [Fact]
    public async Task A_rate_limited_post_is_retried_after_Retry_After_and_delivered_exactly_once()
    {
        _slack.RateLimit("chat.postMessage", times: 1, retryAfterSeconds: 1);
        await using var bot = await StartConnectedAsync();

        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?"));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the delayed answer");
        await Task.Delay(200);

        Assert.Single(_slack.Messages);
        var attempts = _slack.PostMessageAttempts.ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromMilliseconds(950), $"retried after {attempts[1] - attempts[0]}");
    }

    [Fact]
    public async Task An_invalid_bot_token_stops_the_adapter_with_a_message_naming_the_setting()
    {
        await using var bot = await StartConnectedAsync();
        _slack.AuthError = "invalid_auth";

        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?"));
        var error = await Assert.ThrowsAsync<ArticleBotException>(() => bot.Run.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(error.IsFatal);
        Assert.Contains("invalid_auth", error.Message);
        Assert.Contains(SlackOptions.BotTokenKey, error.Message);
        Assert.Empty(_slack.Messages);
    }

    [Fact]
    public async Task A_revoked_app_token_stops_the_adapter_before_it_connects()
    {
        _slack.AuthError = "token_revoked";
        var bot = SlackBotHarness.Start(_slack, _answerer);
        await using var _ = bot;

        var error = await Assert.ThrowsAsync<ArticleBotException>(() => bot.Run.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(error.IsFatal);
        Assert.Contains(SlackOptions.AppTokenKey, error.Message);
        Assert.Equal(1, _slack.Calls("apps.connections.open"));
    }

    [Fact]
    public async Task A_quote_slash_command_is_acknowledged_and_answered_privately_with_a_share_button()
    {
        _answerer.Reply = question => new ChatReply(question.Text, true, QuestionIntent.Quote,
            [FakeQuestionAnswerer.Passage("We won't go closed source.", speaker: "Liang Wenfeng", paragraph: 6)]);
        await using var bot = await StartConnectedAsync();
        var envelope = SlackEnvelopes.SlashCommand(_slack, "/quote", "closed-source moats", "quote-1");

        await _slack.SendEnvelopeAsync(envelope);
        await Eventually.Until(() => _slack.Responses.Count == 1, "the private answer");

        Assert.Contains(_slack.Acks, ack => ack.EnvelopeId == (string)envelope["envelope_id"]!);
        var question = Assert.Single(_answerer.Questions);
        Assert.Equal(("closed-source moats", QuestionIntent.Quote), (question.Text, question.Intent));
        var response = Assert.Single(_slack.Responses);
        Assert.Equal("quote-1", response.Id);
        Assert.Equal("ephemeral", response.ResponseType);
        Assert.Contains("— *Liang Wenfeng*", response.BlockText);
        Assert.Contains(response.Buttons, button => (string?)button["action_id"] == "share");
        Assert.Empty(_slack.Messages);
    }

    [Fact]
    public async Task More_results_on_a_thread_answer_continue_in_the_same_thread()
    {
        _answerer.Reply = question => new ChatReply(question.Text, true, QuestionIntent.Ask,
            [FakeQuestionAnswerer.Passage($"Result after {question.Skip}.")]) { HasMore = question.Skip == 0 };
        await using var bot = await StartConnectedAsync();
        var mention = SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?");
        await _slack.SendEnvelopeAsync(mention);
        await Eventually.Until(() => _slack.Messages.Count == 1, "the first answer");
        var more = _slack.Messages.Single().Buttons.Single(b => (string?)b["action_id"] == "more_results");

        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, more, "more-1", threadTs: SlackEnvelopes.EventTs(mention), ephemeral: false));
        await Eventually.Until(() => _slack.Messages.Count == 2, "more results");

        var second = _slack.Messages.Last();
        Assert.Equal(SlackEnvelopes.EventTs(mention), second.ThreadTs);
        Assert.Contains("Result after 3.", second.BlockText);
        Assert.DoesNotContain(second.Buttons, b => (string?)b["action_id"] is "more_results" or "share");
        Assert.Equal([0, 3], _answerer.Questions.Select(q => q.Skip));
    }

    [Fact]
    public async Task An_unanswerable_question_gets_a_short_not_in_the_article_reply_with_suggestions()
    {
        _answerer.Reply = question => new ChatReply(question.Text, false, QuestionIntent.Ask, [],
            "I couldn't find that in the article.", ["Who is the founder of DeepSeek?", "What did Liang say about <moats>?"]);
        await using var bot = await StartConnectedAsync();

        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> What is the weather?"));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the reply");

        var reply = _slack.Messages.Single().BlockText;
        Assert.Contains("I couldn't find that in the article.", reply);
        Assert.Contains("• Who is the founder of DeepSeek?", reply);
        Assert.Contains("&lt;moats&gt;", reply);
    }
}
