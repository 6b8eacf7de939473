using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary>A miss names what was searched: "the article" when one is in scope, "the articles" when there are several.</summary>
public sealed class MissTextTests
{
    private const string OffTopic = "What is the boiling point of water?";
    private const string UnknownQuotation = "the weather in Reykjavik is lovely in spring";

    [Fact]
    public void A_miss_over_one_article_says_it_is_not_in_the_article()
    {
        var reply = SeedAnswerer.Shared.Answer(new ChatQuestion(OffTopic));

        Assert.False(reply.Answered);
        Assert.Equal("I couldn't find that in the article.", reply.Message);
    }

    [Fact]
    public void A_miss_over_several_articles_says_it_is_not_in_the_articles()
    {
        var reply = SeedAnswerer.TwoArticles.Answer(new ChatQuestion(OffTopic));

        Assert.False(reply.Answered);
        Assert.Equal("I couldn't find that in the articles.", reply.Message);
    }

    [Fact]
    public void A_miss_within_one_of_several_articles_says_it_is_not_in_the_article()
    {
        var reply = SeedAnswerer.TwoArticles.Answer(new ChatQuestion(OffTopic) { ArticleIds = ["harbor-bridge"] });

        Assert.Equal("I couldn't find that in the article.", reply.Message);
    }

    [Fact]
    public void A_quotation_missed_over_several_articles_is_not_in_the_articles()
    {
        var reply = SeedAnswerer.TwoArticles.Answer(new ChatQuestion(UnknownQuotation, QuestionIntent.Quote));

        Assert.False(reply.Answered);
        Assert.Equal("I couldn't find a quotation like that in the articles.", reply.Message);
    }

    [Fact]
    public void A_quotation_missed_on_the_page_within_one_article_is_not_in_the_article()
    {
        var reply = SeedAnswerer.TwoArticles.Answer(new ChatQuestion(UnknownQuotation, QuestionIntent.Quote) { ArticleId = "deepseek-liang-wenfeng" });

        Assert.Equal("I couldn't find a quotation like that in the article.", reply.Message);
    }
}
