using ArticleBot.Core.Analysis;
using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>
/// A made-up second article (tests/fixtures/articles/harbor-bridge.md) indexed beside the seed article: nothing may
/// be tuned to the seed, so its quotes must be attributed and its questions answered from it.
/// </summary>
public sealed class SecondArticleTests(ITestOutputHelper output)
{
    private const string ArticleId = "harbor-bridge";
    private static readonly string FixturePath = RepoPaths.InRepo("tests", "fixtures", "articles", "harbor-bridge.md");

    [Fact]
    public void Its_quotations_are_attributed_to_the_people_who_said_them()
    {
        var article = ArticleBuilder.Read(FixturePath);
        var direct = article.Quotes.Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal("Maria Okafor", direct.Single(quote => quote.Paragraph == 4).Speaker);
        Assert.Equal("Maria Okafor", direct.Single(quote => quote.Paragraph == 6).Speaker);
        Assert.Equal("Priya Nair", direct.Single(quote => quote.Paragraph == 9).Speaker);
        Assert.All(direct.Where(quote => quote.Paragraph == 11), quote => Assert.Equal("Maria Okafor", quote.Speaker));
        Assert.DoesNotContain(direct, quote => quote.Speaker == "Graham Whitlock");
        Assert.Contains(article.Quotes, quote => quote is { IsParaphrase: true, Speaker: "Graham Whitlock", Paragraph: 10 });
    }

    [Theory]
    [InlineData("harbor-bridge-questions.jsonl", "second article")]
    [InlineData("harbor-bridge-blind-questions.jsonl", "second article, blind")]
    public void Its_questions_are_answered_from_it_and_not_from_the_seed_article(string file, string name)
    {
        using var answerer = SeedAnswerer.OverCopiesOf(semantic: true, FixturePath, RepoPaths.SeedArticle);
        var questions = EvalQuestion.ReadFile(RepoPaths.InRepo("tests", "eval", file))
            .Select(question => question with { Expect = (question.Expect ?? new EvalExpectation(null, null, null)) with { Article = ArticleId } })
            .ToList();

        var report = Evaluator.Run(answerer.Answerer, questions);

        TestReport.Line(output, $"quality, {name}: {report.ToSummaryLine()}");
        output.WriteLine(string.Join('\n', report.Misses));
        Assert.Empty(report.Shortfalls(QualityFloors.Of(file).Floors));
    }
}
