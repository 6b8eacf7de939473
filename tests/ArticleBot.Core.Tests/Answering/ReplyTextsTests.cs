using ArticleBot.Core.Answering;

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
}
