using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary>A question asked within one article of several, as the page's article picker asks it.</summary>
public sealed class OneArticleTests : IDisposable
{
    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-one-article-").FullName;
    private readonly SeedAnswerer _answerer;

    public OneArticleTests()
    {
        File.Copy(RepoPaths.InRepo("tests", "fixtures", "articles", "harbor-bridge.md"), Path.Combine(_articles, "harbor-bridge.md"));
        File.Copy(Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"), Path.Combine(_articles, "deepseek-liang-wenfeng.md"));
        _answerer = SeedAnswerer.Create(_articles);
    }

    public void Dispose()
    {
        _answerer.Dispose();
        Directory.Delete(_articles, recursive: true);
    }

    [Fact]
    public void A_question_asked_within_one_article_is_answered_only_from_it()
    {
        var all = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?", Top: 10));
        var within = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?", Top: 10) { ArticleId = "harbor-bridge" });

        Assert.Equal("deepseek-liang-wenfeng", all.Results[0].ArticleId);
        Assert.All(within.Results, passage => Assert.Equal("harbor-bridge", passage.ArticleId));
    }

    [Fact]
    public void A_quotation_looked_up_within_the_other_article_is_not_found_there()
    {
        var reply = _answerer.Answerer.Answer(new ChatQuestion("no inscrutable wizards", QuestionIntent.Quote) { ArticleId = "harbor-bridge" });

        Assert.DoesNotContain(reply.Results, passage => passage.ArticleId != "harbor-bridge");
        Assert.DoesNotContain(reply.Results, passage => passage.Quote?.Contains("wizards", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_article_that_is_not_indexed_gets_a_clear_answer()
    {
        var reply = _answerer.Answerer.Answer(new ChatQuestion("Who is the founder?") { ArticleId = "no-such-article" });

        Assert.False(reply.Answered);
        Assert.Equal("There is no article \"no-such-article\". /source lists them.", reply.Message);
    }
}
