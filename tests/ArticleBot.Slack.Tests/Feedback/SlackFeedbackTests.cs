using ArticleBot.Core.Feedback;
using ArticleBot.Slack.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Slack.Tests.Feedback;

public sealed class SlackFeedbackTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly RecordingFeedbackSink _votes = new();
    private FakeSlack _slack = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _answerer.Reply = question => new ChatReply(question.Text, true, question.Intent ?? QuestionIntent.Ask,
        [
            FakeQuestionAnswerer.Passage("Liang Wenfeng founded DeepSeek.", paragraph: 2),
            FakeQuestionAnswerer.Passage("DeepSeek is based in Hangzhou.", paragraph: 5),
        ]);
    }

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    private Task<SlackBotHarness> StartConnectedAsync() => SlackBotHarness.StartConnectedAsync(_slack, _answerer, _votes);

    [Fact]
    public async Task A_reader_votes_on_an_answer_with_its_thumbs_buttons_and_each_click_is_recorded_and_acknowledged_privately()
    {
        await using var bot = await StartConnectedAsync();
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?"));
        await Eventually.Until(() => _slack.Messages.Count == 1, "the answer");
        var answer = _slack.Messages.Single();
        var up = answer.Buttons.Single(b => (string?)b["action_id"] == "feedback_helpful");
        var down = answer.Buttons.Single(b => (string?)b["action_id"] == "feedback_not_helpful");

        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, down, "vote-1", answer.ThreadTs, ephemeral: false, user: "U777"));
        await Eventually.Until(() => _votes.Votes.Count == 1 && _slack.Responses.Count == 1, "the first vote and its acknowledgement");
        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, up, "vote-2", answer.ThreadTs, ephemeral: false, user: "U777"));
        await Eventually.Until(() => _votes.Votes.Count == 2 && _slack.Responses.Count == 2, "the second vote and its acknowledgement");

        Assert.Equal("👍", (string?)up["text"]!["text"]);
        Assert.Equal("👎", (string?)down["text"]!["text"]);
        var votes = _votes.Votes.ToList();
        // The vote is on the answer, kept as a vote on the passage it leads with; the store keeps the latest per user.
        Assert.Equal(new AnswerFeedback("Who founded DeepSeek?", "test-article", 2, Helpful: false), votes[0] with { Origin = ChatOrigin.CommandLine });
        Assert.True(votes[1].Helpful);
        Assert.All(votes, vote => Assert.Equal(("slack", "U777", "C111"), (vote.Origin.Platform, vote.Origin.UserId, vote.Origin.ChannelId)));
        Assert.All(_slack.Responses, response => Assert.Equal("ephemeral", response.ResponseType));
        Assert.Contains("👎", _slack.Responses.First().BlockText);
        Assert.Contains("👍", _slack.Responses.Last().BlockText);
        Assert.Single(_slack.Messages);
        Assert.Single(_answerer.Questions);
    }

    [Fact]
    public async Task A_private_slash_command_answer_has_thumbs_buttons_too_but_help_has_none()
    {
        await using var bot = await StartConnectedAsync();

        await _slack.SendEnvelopeAsync(SlackEnvelopes.SlashCommand(_slack, "/ask", "Who founded DeepSeek?", "ask-1"));
        await Eventually.Until(() => _slack.Responses.Count == 1, "the private answer");
        _answerer.Reply = question => new ChatReply(question.Text, true, QuestionIntent.Help, [], "I answer questions.", ["Who is Liang Wenfeng?"]);
        await _slack.SendEnvelopeAsync(SlackEnvelopes.SlashCommand(_slack, "/help", "", "help-1"));
        await Eventually.Until(() => _slack.Responses.Count == 2, "the help");

        var (answer, help) = (_slack.Responses.First(), _slack.Responses.Last());
        Assert.Contains(answer.Buttons, b => (string?)b["action_id"] == "feedback_not_helpful");
        Assert.DoesNotContain(help.Buttons, b => ((string?)b["action_id"])!.StartsWith("feedback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_vote_whose_value_was_tampered_with_is_ignored_and_the_bot_keeps_answering()
    {
        await using var bot = await StartConnectedAsync();
        var forged = new JsonObject { ["action_id"] = "feedback_helpful", ["value"] = "{\"q\":\"x\",\"a\":\"\",\"p\":0,\"h\":true}" };
        var garbage = new JsonObject { ["action_id"] = "feedback_not_helpful", ["value"] = "not json" };
        var path = new JsonObject { ["action_id"] = "feedback_helpful", ["value"] = "{\"q\":\"x\",\"a\":\"../etc/passwd\",\"p\":2,\"h\":true}" };

        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, forged, "forged-1", ephemeral: false));
        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, garbage, "garbage-1", ephemeral: false));
        await _slack.SendEnvelopeAsync(SlackEnvelopes.ButtonClick(_slack, path, "path-1", ephemeral: false));
        await _slack.SendEnvelopeAsync(SlackEnvelopes.Mention("<@U111> Who founded DeepSeek?"));
        await Eventually.Until(() => _slack.Messages.Count == 1 && _slack.Acks.Count == 4, "the answer after the bad clicks");

        Assert.Empty(_votes.Votes);
        Assert.Empty(_slack.Responses);
    }

    [Fact]
    public async Task A_vote_over_the_http_interactivity_endpoint_is_recorded_like_one_over_the_socket()
    {
        const string secret = "8f742231b10e8888abcd99yyyzzz85a5";
        await using var host = await SlackHttpBotHost.StartAsync(_slack, _answerer, secret, configure: services => services.AddSingleton<IFeedbackSink>(_votes));
        var value = new ArticleBot.Slack.Mapping.SlackVote("Who founded DeepSeek?", "test-article", 2, Helpful: true).Encode();
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U123" },
            ["channel"] = new JsonObject { ["id"] = "C123" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1.2", ["channel_id"] = "C123", ["is_ephemeral"] = false },
            ["response_url"] = _slack.ResponseUrl("vote-http").ToString(),
            ["trigger_id"] = "t-vote",
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "feedback_helpful", ["type"] = "button", ["value"] = value }),
        };

        var response = await host.PostAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        await Eventually.Until(() => _votes.Votes.Count == 1 && _slack.Responses.Count == 1, "the vote and its acknowledgement");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var vote = _votes.Votes.Single();
        Assert.Equal(("Who founded DeepSeek?", "test-article", 2, true, "U123"), (vote.Question, vote.ArticleId, vote.Paragraph, vote.Helpful, vote.Origin.UserId));
        Assert.Equal("ephemeral", _slack.Responses.Single().ResponseType);
    }
}
