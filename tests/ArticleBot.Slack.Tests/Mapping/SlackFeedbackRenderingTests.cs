using ArticleBot.Slack.Mapping;

namespace ArticleBot.Slack.Tests.Mapping;

public sealed class SlackFeedbackRenderingTests
{
    private static AnswerPassage Passage(string articleId = "deepseek-liang-wenfeng") =>
        new(articleId, "DeepSeek", 2, "Liang Wenfeng founded DeepSeek.", "Liang Wenfeng founded DeepSeek.", [], null, null, 1.0, "https://example.com/a");

    private static ChatReply Answer(QuestionIntent intent, string articleId = "deepseek-liang-wenfeng") =>
        new("q", true, intent, [Passage(articleId)]);

    private static IEnumerable<JsonObject> Objects(SlackMessage message) =>
        PostedMessage.Descendants(message.Blocks).OfType<JsonObject>();

    [Fact]
    public void The_longest_question_a_button_carries_still_fits_both_votes_in_slacks_2000_character_value()
    {
        var question = new ChatQuestion(new string('x', 3000));

        var message = SlackReplyRenderer.Render(Answer(QuestionIntent.Ask), question, isPrivate: false, feedback: SlackFeedbackStyle.Buttons);

        var votes = Objects(message).Where(o => ((string?)o["action_id"])?.StartsWith("feedback", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, votes.Count);
        Assert.All(votes, vote => Assert.InRange(((string)vote["value"]!).Length, 1, 2000));
        Assert.Equal(new SlackVote(new string('x', 1500), "deepseek-liang-wenfeng", 2, true), SlackVote.Decode((string)votes[0]["value"]!));
    }

    [Fact]
    public void In_an_assistant_thread_the_vote_is_one_feedback_buttons_element_in_a_context_actions_block_after_the_answer()
    {
        var message = SlackReplyRenderer.Render(Answer(QuestionIntent.Quote), new ChatQuestion("moats"), isPrivate: false, feedback: SlackFeedbackStyle.FeedbackButtons);

        var last = message.Blocks[^1]!.AsObject();
        Assert.Equal("context_actions", (string?)last["type"]);
        var element = last["elements"]!.AsArray().Single()!;
        Assert.Equal(("feedback_buttons", "feedback"), ((string?)element["type"], (string?)element["action_id"]));
        Assert.True(SlackVote.Decode((string)element["positive_button"]!["value"]!)!.Helpful);
        Assert.False(SlackVote.Decode((string)element["negative_button"]!["value"]!)!.Helpful);
        Assert.DoesNotContain(Objects(message), o => (string?)o["type"] == "button" && ((string?)o["action_id"])!.StartsWith("feedback", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(QuestionIntent.Source)]
    [InlineData(QuestionIntent.Help)]
    public void Listings_and_help_offer_no_vote(QuestionIntent intent)
    {
        var message = SlackReplyRenderer.Render(Answer(intent), new ChatQuestion("deepseek 2", intent), isPrivate: true, feedback: SlackFeedbackStyle.FeedbackButtons);

        Assert.DoesNotContain(Objects(message), o => ((string?)o["action_id"])?.StartsWith("feedback", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_vote_that_would_not_fit_is_left_out_rather_than_making_slack_refuse_the_answer()
    {
        var message = SlackReplyRenderer.Render(Answer(QuestionIntent.Ask, new string('a', 600)), new ChatQuestion(new string('q', 1500)), isPrivate: false, feedback: SlackFeedbackStyle.Buttons);

        Assert.DoesNotContain(Objects(message), o => ((string?)o["action_id"])?.StartsWith("feedback", StringComparison.Ordinal) == true);
        Assert.Contains("Liang Wenfeng founded DeepSeek.", string.Join("\n", PostedMessage.Texts(message.Blocks)));
    }

    [Fact]
    public void A_suggested_prompt_cannot_ping_anyone_when_it_is_sent_as_the_users_message()
    {
        var body = SlackRequests.SuggestedPrompts("D1", "1.2", "Try asking", ["Who said \"<!channel> & <@U1> rule\"?"]);

        var prompt = body["prompts"]!.AsArray().Single()!;
        Assert.Equal("Who said \"&lt;!channel&gt; &amp; &lt;@U1&gt; rule\"?", (string?)prompt["message"]);
        Assert.Equal("Who said \"<!channel> & <@U1> rule\"?", (string?)prompt["title"]);
    }
}
