using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

public sealed class ReplyTextsTests
{
    [Theory]
    [InlineData("We never intended to be a disruptor, it just happened.", "We never intended to be a disruptor")]
    [InlineData("Money has never been the problem for us.", "Money has never been the problem for us")]
    [InlineData("Short and whole", "Short and whole")]
    [InlineData("one two three four five six seven eight nine ten eleven twelve", "one two three four five six seven eight…")]
    public void A_suggested_quotation_is_a_whole_phrase_or_says_it_goes_on(string quotation, string expected)
    {
        Assert.Equal(expected, ReplyTexts.OpeningWords(quotation));
    }

    [Fact]
    public void Help_gives_an_example_question_drawn_from_the_articles_indexed()
    {
        var reply = SeedAnswerer.Shared.Answer(new ChatQuestion("/help"));

        Assert.Equal(QuestionIntent.Help, reply.Intent);
        Assert.Matches(@"Ask a question: ""Who is (Liang Wenfeng|Zhu Xiaohu)[^""]*\?""", reply.Message);
    }
}
