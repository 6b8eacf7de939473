using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>Our own questions, worded the way people ask (synonyms, typos, chat style), never the dev set's wording:
/// the paraphrased set, and the blind set written in rounds before any change was made for them.</summary>
public sealed class ParaphrasedQuestionSetTests(ITestOutputHelper output)
{
    /// <param name="semantic">With the embedding model (the default) or words alone (ArticleBot:Semantic:Enabled
    /// off): both settings hold the floors.</param>
    [Theory]
    [InlineData("paraphrased-questions.jsonl", "paraphrased set", true)]
    [InlineData("blind-questions.jsonl", "blind set", true)]
    [InlineData("paraphrased-questions.jsonl", "paraphrased set, words alone", false)]
    [InlineData("blind-questions.jsonl", "blind set, words alone", false)]
    public void A_question_set_of_our_own_does_not_fall_below_its_measured_quality(string file, string name, bool semantic)
    {
        var questions = EvalQuestion.ReadFile(RepoPaths.InRepo("tests", "eval", file));

        var report = Evaluator.Run(semantic ? SeedAnswerer.Product : SeedAnswerer.Shared, questions);

        TestReport.Line(output, $"quality, {name}: {report.ToSummaryLine()}");
        output.WriteLine(string.Join('\n', report.Misses));
        Assert.True(questions.Count >= 60);
        Assert.Empty(report.Shortfalls(QualityFloors.Of(file).Floors));
    }
}
