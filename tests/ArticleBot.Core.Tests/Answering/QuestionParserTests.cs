using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Tests.Answering;

public sealed class QuestionParserTests
{
    [Theory]
    [InlineData("Who said we never intended to be a disruptor?", "we never intended to be a disruptor")]
    [InlineData("who was it that said big tech would have monopolized innovation", "big tech would have monopolized innovation")]
    [InlineData("Which person claimed DeepSeek never meant to disrupt anything?", "claimed DeepSeek never meant to disrupt anything")]
    [InlineData("Who has dismissed AGI?", "dismissed AGI")]
    public void A_who_said_question_looks_for_the_words_attributed(string question, string search)
    {
        var parsed = QuestionParser.Parse(question, null);

        Assert.Equal(QuestionIntent.Who, parsed.Intent);
        Assert.Equal(search, parsed.Search);
    }

    [Theory]
    [InlineData("Who is the founder of DeepSeek?", QuestionIntent.Ask)]
    [InlineData("find the quote about moats", QuestionIntent.Quote)]
    [InlineData("\"closed-source moats are fleeting\"", QuestionIntent.Quote)]
    [InlineData("show me paragraph 4", QuestionIntent.Source)]
    [InlineData("where does that come from?", QuestionIntent.Source)]
    [InlineData("help", QuestionIntent.Help)]
    [InlineData("/quote never intended", QuestionIntent.Quote)]
    [InlineData("/source deepseek-liang-wenfeng 3", QuestionIntent.Source)]
    public void The_wording_or_the_command_decides_the_intent(string question, QuestionIntent intent)
    {
        Assert.Equal(intent, QuestionParser.Parse(question, null).Intent);
    }

    [Fact]
    public void A_source_request_names_the_article_and_the_paragraph()
    {
        var parsed = QuestionParser.Parse("/source deepseek-liang-wenfeng 3", null);

        Assert.Equal("deepseek-liang-wenfeng", parsed.SourceArticle);
        Assert.Equal(3, parsed.SourceParagraph);
    }

    [Fact]
    public void A_slash_command_given_by_the_platform_wins_over_the_wording()
    {
        Assert.Equal(QuestionIntent.Quote, QuestionParser.Parse("Who is the founder of DeepSeek?", QuestionIntent.Quote).Intent);
    }
}
