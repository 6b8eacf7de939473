using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Conversations;

/// <summary>Conversations with the seed article: each turn passes back the state the reply before it left.</summary>
public sealed class ConversationTests
{
    private static IQuestionAnswerer Answerer => SeedAnswerer.Product;

    private static List<ChatReply> Converse(params string[] questions) => Answerer.Converse(questions);

    [Fact]
    public void What_else_did_he_say_after_a_who_said_answer_gives_other_quotations_of_that_speaker()
    {
        var replies = Converse("Who said more investment doesn't necessarily result in more innovation?", "what else did he say?");

        var first = replies[0].Results[0];
        var other = replies[1];
        Assert.True(other.Answered);
        Assert.All(other.Results, passage => Assert.Equal("Liang Wenfeng", passage.Speaker));
        Assert.All(other.Results, passage => Assert.False(passage.IsParaphrase));
        Assert.DoesNotContain(other.Results, passage => passage.Paragraph == first.Paragraph);
        Assert.StartsWith("Liang Wenfeng also said: “", other.Lead!.Text);
    }

    [Fact]
    public void Tell_me_more_shows_the_next_passages_not_the_same_ones()
    {
        var replies = Converse("How much funding did DeepSeek have?", "tell me more");

        Assert.True(replies[1].Answered);
        Assert.Empty(replies[1].Results.Select(p => p.Paragraph).Intersect(replies[0].Results.Select(p => p.Paragraph)));
    }

    [Fact]
    public void Who_is_he_after_a_quotation_is_about_its_speaker()
    {
        var replies = Converse("no inscrutable wizards", "who is he?");

        Assert.True(replies[1].Answered);
        Assert.Contains("Liang Wenfeng", replies[1].Lead!.Text);
    }

    [Fact]
    public void A_follow_up_with_nobody_to_refer_to_says_so_and_asks_for_the_name()
    {
        var reply = Converse("what else did she say?")[0];

        Assert.False(reply.Answered);
        Assert.StartsWith("I'm not sure who you mean. Ask again with their name", reply.Message);
    }

    [Fact]
    public void A_one_off_question_is_answered_as_it_is_even_with_a_pronoun()
    {
        var reply = Answerer.Answer(new ChatQuestion("what else did he say?"));

        Assert.DoesNotContain("not sure who you mean", reply.Message ?? "");
    }
}
