namespace ArticleBot.Slack.Tests.Assistant;

/// <summary>Slack's Agents &amp; AI Apps surface: the assistant panel's thread, its suggested prompts, the status while
/// answering, and feedback buttons under each answer.</summary>
public sealed class AssistantThreadTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly RecordingFeedbackSink _votes = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _answerer.Reply = question => question.Intent == QuestionIntent.Help
            ? new ChatReply(question.Text, true, QuestionIntent.Help, [], "I answer questions.", ["Who is Ada Lovelace?", "Who said \"The engine weaves patterns\"?", "/source"])
            : new ChatReply(question.Text, true, QuestionIntent.Ask, [FakeQuestionAnswerer.Passage($"You asked: {question.Text}", paragraph: 4)]);
    }

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private Task<SlackBotHarness> StartConnectedAsync() => SlackBotHarness.StartConnectedAsync(_slack, _answerer, _votes);

    [Fact]
    public async Task Opening_the_assistant_panel_offers_the_questions_the_core_suggests_as_prompts_without_slash_commands()
    {
        await using var bot = await StartConnectedAsync();

        var (channel, threadTs) = await _slack.StartAssistantThreadAsync();
        await Eventually.Until(() => _slack.Prompts.Count == 1, "the suggested prompts");

        var prompts = _slack.Prompts.Single();
        Assert.Equal((channel, threadTs, "Try asking"), (prompts.Channel, prompts.ThreadTs, prompts.Title));
        Assert.Equal(
            [("Who is Ada Lovelace?", "Who is Ada Lovelace?"), ("Who said \"The engine weaves patterns\"?", "Who said \"The engine weaves patterns\"?")],
            prompts.List);
        Assert.Equal(QuestionIntent.Help, Assert.Single(_answerer.Questions).Intent);
        Assert.Empty(_slack.Messages);
    }

    [Fact]
    public async Task A_message_in_the_assistant_thread_shows_a_status_then_gets_its_answer_in_the_thread_which_clears_it()
    {
        await using var bot = await StartConnectedAsync();
        var (channel, threadTs) = await _slack.StartAssistantThreadAsync();
        await Eventually.Until(() => _slack.Prompts.Count == 1, "the suggested prompts");

        await _slack.SendEnvelopeAsync(SlackEnvelopes.AssistantMessage("Who is Ada Lovelace?", channel, threadTs));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer");

        var status = Assert.Single(_slack.StatusUpdates);
        var answer = _slack.Messages.Single();
        Assert.Equal((channel, threadTs, "is looking in the articles…"), (status.Channel, status.ThreadTs, status.Status));
        Assert.True(status.Sequence < answer.Sequence, "the status is set before the answer is posted");
        Assert.Equal((channel, threadTs), (answer.Channel, answer.ThreadTs));
        Assert.Contains("You asked: Who is Ada Lovelace?", answer.BlockText);
        Assert.Equal("", _slack.CurrentStatus(channel, threadTs));
        // The status line replaces the 👀 there.
        Assert.Empty(_slack.Reactions);
    }

    [Fact]
    public async Task Follow_ups_in_the_assistant_thread_are_each_answered_in_it_with_their_own_status()
    {
        await using var bot = await StartConnectedAsync();
        var (channel, threadTs) = await _slack.StartAssistantThreadAsync();

        await _slack.SendEnvelopeAsync(SlackEnvelopes.AssistantMessage("Who is Ada Lovelace?", channel, threadTs));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the first answer");
        await _slack.SendEnvelopeAsync(SlackEnvelopes.AssistantMessage("What did she write?", channel, threadTs));
        await Eventually.Until(() => _slack.Messages.Count == 2, "the follow-up's answer");

        Assert.All(_slack.Messages, message => Assert.Equal(threadTs, message.ThreadTs));
        Assert.Equal(2, _slack.StatusUpdates.Count);
        // The first question names the thread in the panel's history; a follow-up does not rename it.
        Assert.Equal((channel, threadTs, "Who is Ada Lovelace?"), Assert.Single(_slack.Titles));
        Assert.Equal(["Who is Ada Lovelace?", "What did she write?"], _answerer.Questions.Where(q => q.Intent != QuestionIntent.Help).Select(q => q.Text));
    }

    [Fact]
    public async Task After_a_restart_a_message_slack_marks_as_in_an_assistant_thread_still_gets_the_status()
    {
        await using var bot = await StartConnectedAsync();

        await _slack.SendEnvelopeAsync(SlackEnvelopes.AssistantMessage("Who is Ada Lovelace?", "D123ABC456", "1729999327.187299"));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer");

        Assert.Equal("is looking in the articles…", Assert.Single(_slack.StatusUpdates).Status);
        Assert.Equal("1729999327.187299", _slack.Messages.Single().ThreadTs);
        Assert.Empty(_slack.Titles);
    }

    [Fact]
    public async Task A_threaded_direct_message_outside_an_assistant_thread_gets_the_eyes_and_ordinary_buttons_not_a_status()
    {
        await using var bot = await StartConnectedAsync();

        var envelope = SlackEnvelopes.AssistantMessage("Who is Ada Lovelace?", "D024BE91L", "1610241741.000001", marked: false);
        await _slack.SendEnvelopeAsync(envelope);
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer");

        Assert.Empty(_slack.StatusUpdates);
        Assert.Single(_slack.Reactions);
        var answer = _slack.Messages.Single();
        Assert.Contains(answer.Buttons, b => (string?)b["action_id"] == "feedback_helpful");
        Assert.DoesNotContain(answer.Blocks!, b => (string?)b!["type"] == "context_actions");
    }

    [Fact]
    public async Task An_answer_in_the_assistant_thread_carries_feedback_buttons_whose_click_is_recorded_and_acknowledged()
    {
        await using var bot = await StartConnectedAsync();
        var (channel, threadTs) = await _slack.StartAssistantThreadAsync();
        await _slack.SendEnvelopeAsync(SlackEnvelopes.AssistantMessage("Who is Ada Lovelace?", channel, threadTs));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer");
        var answer = _slack.Messages.Single();
        var block = Assert.Single(answer.Blocks!, b => (string?)b!["type"] == "context_actions")!;
        var element = block["elements"]!.AsArray().Single()!.AsObject();

        await _slack.SendEnvelopeAsync(SlackEnvelopes.FeedbackButtonsClick(_slack, element, positive: false, "fb-1", channel, answer.Ts, threadTs));
        await Eventually.Until(() => _votes.Votes.Count == 1 && _slack.Responses.Count == 1, "the vote and its acknowledgement");

        Assert.Equal("feedback_buttons", (string?)element["type"]);
        Assert.DoesNotContain(answer.Buttons, b => ((string?)b["action_id"])!.StartsWith("feedback", StringComparison.Ordinal));
        var vote = _votes.Votes.Single();
        Assert.Equal(("Who is Ada Lovelace?", "test-article", 4, false), (vote.Question, vote.ArticleId, vote.Paragraph, vote.Helpful));
        Assert.Equal(new ChatOrigin("slack", "U123ABC456", channel, answer.Ts), vote.Origin);
        Assert.Equal("ephemeral", _slack.Responses.Single().ResponseType);
    }

    [Fact]
    public async Task A_failed_status_call_does_not_cost_the_answer()
    {
        _slack.FailWithServerError("assistant.threads.setStatus", times: 10);
        await using var bot = await StartConnectedAsync();
        var (channel, threadTs) = await _slack.StartAssistantThreadAsync();

        await _slack.SendEnvelopeAsync(SlackEnvelopes.AssistantMessage("Who is Ada Lovelace?", channel, threadTs));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer", TimeSpan.FromSeconds(20));

        Assert.Empty(_slack.StatusUpdates);
        Assert.Equal(threadTs, _slack.Messages.Single().ThreadTs);
    }

    [Fact]
    public async Task Over_the_http_events_endpoint_the_assistant_thread_gets_its_prompts_status_and_answer_the_same_way()
    {
        const string secret = "assistant-signing-secret";
        await using var host = await Http.SlackHttpBotHost.StartAsync(_slack, _answerer, secret);
        var (threadTs, started) = _slack.OpenAssistantThread();
        var message = SlackEnvelopes.AssistantMessage("Who is Ada Lovelace?", "D123ABC456", threadTs)["payload"]!.ToJsonString();

        var first = await host.PostAsync("slack/events", started.ToJsonString(), "application/json", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        await Eventually.Until(() => _slack.Prompts.Count == 1, "the suggested prompts");
        var second = await host.PostAsync("slack/events", message, "application/json", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer");

        Assert.Equal((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(threadTs, _slack.Prompts.Single().ThreadTs);
        Assert.True(_slack.StatusUpdates.Single().Sequence < _slack.Messages.Single().Sequence);
        Assert.Equal(threadTs, _slack.Messages.Single().ThreadTs);
        Assert.Contains(_slack.Messages.Single().Blocks!, b => (string?)b!["type"] == "context_actions");
    }

    [Fact]
    public async Task An_answerer_failing_while_prompts_are_built_costs_no_prompts_call_and_no_later_answer()
    {
        _answerer.Reply = question => question.Intent == QuestionIntent.Help
            ? throw new InvalidOperationException("index not ready")
            : new ChatReply(question.Text, true, QuestionIntent.Ask, [FakeQuestionAnswerer.Passage($"You asked: {question.Text}")]);
        await using var bot = await StartConnectedAsync();

        var (channel, threadTs) = await _slack.StartAssistantThreadAsync();
        await Eventually.Until(() => _answerer.Questions.Count == 1, "the prompts to be asked for");
        await _slack.SendEnvelopeAsync(SlackEnvelopes.AssistantMessage("Who is Ada Lovelace?", channel, threadTs));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer");

        Assert.Empty(_slack.Prompts);
        Assert.Equal(threadTs, _slack.Messages.Single().ThreadTs);
    }
}
