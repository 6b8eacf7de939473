using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary>Help's starter questions (the page's empty-chat chips) come from the articles and are answered by them.</summary>
public sealed class StarterQuestionTests : IDisposable
{
    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-starters-").FullName;

    public void Dispose() => Directory.Delete(_articles, recursive: true);

    [Fact]
    public void Help_offers_at_least_three_starters_each_of_which_the_articles_answer()
    {
        var help = SeedAnswerer.Product.Answer(new ChatQuestion("/help"));

        Assert.InRange(help.SuggestionsOrEmpty.Count, 3, ReplyTexts.MaxStarters);
        Assert.All(help.SuggestionsOrEmpty, starter => Assert.True(SeedAnswerer.Product.Answer(new ChatQuestion(starter)).Answered, starter));
    }

    [Fact]
    public void With_two_articles_the_starters_draw_on_both()
    {
        File.Copy(RepoPaths.InRepo("tests", "fixtures", "articles", "harbor-bridge.md"), Path.Combine(_articles, "harbor-bridge.md"));
        File.Copy(Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"), Path.Combine(_articles, "deepseek-liang-wenfeng.md"));
        using var answerer = SeedAnswerer.Create(_articles);

        var starters = answerer.Answerer.Answer(new ChatQuestion("/help")).SuggestionsOrEmpty;

        var answered = starters.Select(starter => answerer.Answerer.Answer(new ChatQuestion(starter))).ToList();
        Assert.All(answered, reply => Assert.True(reply.Answered, reply.Question));
        Assert.Equal(["deepseek-liang-wenfeng", "harbor-bridge"], answered.Select(reply => reply.Results[0].ArticleId).Distinct().Order());
    }
}
