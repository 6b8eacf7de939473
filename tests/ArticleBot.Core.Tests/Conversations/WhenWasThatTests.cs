using ArticleBot.Core.Answering;
using ArticleBot.Core.Conversations;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Conversations;

/// <summary>"When was that?" after an answer, on the seed and on the harbour bridge article: the article's own sentence
/// giving the date or time in the passage just shown, or a plain reply that the article does not say.</summary>
public sealed class WhenWasThatTests
{
    private static IQuestionAnswerer Answerer => SeedAnswerer.TwoArticles;

    private static List<ChatReply> Converse(params string[] questions) => Answerer.Converse(questions);

    [Theory]
    [InlineData("What did DeepSeek introduce?", "deepseek-liang-wenfeng", "In January 2025, Chinese AI firm DeepSeek introduced DeepSeek-R1")]
    [InlineData("What damage did the Calder & Finch inspection find?", "harbor-bridge", "The inspection, carried out in January by the engineering firm Calder & Finch")]
    public void After_a_topic_answer_it_answers_with_the_passages_sentence_giving_the_date(string question, string article, string dated)
    {
        var replies = Converse(question, "when was that?");

        var first = replies[0].Results[0];
        var when = replies[1];
        Assert.True(when.Answered);
        Assert.StartsWith(dated, when.Lead!.Text);
        Assert.EndsWith("[1]", when.Lead.Text);
        Assert.Equal((article, first.Paragraph), (when.Results[0].ArticleId, when.Results[0].Paragraph));
    }

    [Theory]
    [InlineData("Who said more investment doesn't necessarily result in more innovation?", "when was that?")]
    [InlineData("Who said more investment doesn't necessarily result in more innovation?", "when did he say that?")]
    [InlineData("Who said nobody wants to close the busiest crossing in the city?", "when was that?")]
    public void After_a_who_said_answer_whose_passage_gives_no_date_it_says_plainly_that_the_article_does_not_say(string question, string followUp)
    {
        var replies = Converse(question, followUp);

        Assert.True(replies[0].Answered);
        Assert.False(replies[1].Answered);
        Assert.Equal(ReplyTexts.NoDate, replies[1].Message);
        Assert.Empty(replies[1].Results);
    }

    [Fact]
    public void The_modal_may_in_the_passage_is_not_taken_for_the_month()
    {
        // The seed's closing paragraph: "… the balance of power in global technology may shift dramatically …"; no date.
        var replies = Converse("What does DeepSeek's rise signal for the AI industry?", "when was that?");

        Assert.Contains("may shift dramatically", replies[0].Results[0].Text);
        Assert.Equal(ReplyTexts.NoDate, replies[1].Message);
    }

    [Fact]
    public void Only_the_best_passage_is_read_for_the_date_not_the_next_ones_about_something_else()
    {
        // The best passage (¶2, the commissioner on the inspection) gives no date; ¶3 (the inspection itself, in January) is second.
        var replies = Converse("What did the inspection find?", "when was that?");

        Assert.Equal(2, replies[0].Results[0].Paragraph);
        Assert.Equal(ReplyTexts.NoDate, replies[1].Message);
    }

    [Fact]
    public void A_date_inside_the_quotation_is_not_taken_for_when_it_was_said()
    {
        // ¶15: “… Pushing it back to September would simply mean closing the bridge in the middle of winter …” Okafor said.
        var replies = Converse("Who said every month we delay the repair gets bigger?", "when was that?");

        Assert.Equal("Maria Okafor", replies[0].Results[0].Speaker);
        Assert.Equal(ReplyTexts.NoDate, replies[1].Message);
    }

    [Fact]
    public void The_turn_after_it_still_refers_to_the_question_before_it()
    {
        var replies = Converse("What did the inspection find?", "when was that?", "tell me more");

        Assert.Equal("What did the inspection find?", replies[1].Conversation!.Question);
        Assert.Empty(replies[2].Results.Select(p => p.Paragraph).Intersect(replies[0].Results.Select(p => p.Paragraph)));
        Assert.True(replies[2].Answered);
    }

    [Fact]
    public void A_state_token_from_before_the_latest_passages_were_kept_still_reads()
    {
        var state = new ConversationState("What did the inspection find?", QuestionIntent.Ask, null, "harbor-bridge", [new ShownPassage("harbor-bridge", 3)], 3, 0);

        var read = ConversationState.FromToken(state.ToToken());

        Assert.NotNull(read);
        Assert.Null(read.Latest);
    }
}
