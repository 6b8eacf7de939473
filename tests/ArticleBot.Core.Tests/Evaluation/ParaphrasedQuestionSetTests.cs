using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>Our own questions, worded the way people ask (synonyms, typos, chat style), never the dev set's wording:
/// the paraphrased set, and the blind set written in rounds before any change was made for them.</summary>
public sealed class ParaphrasedQuestionSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("paraphrased-questions.jsonl", "paraphrased set")]
    [InlineData("blind-questions.jsonl", "blind set")]
    public void A_question_set_of_our_own_does_not_fall_below_its_measured_quality(string file, string name)
    {
        var questions = EvalQuestion.ReadFile(RepoPaths.InRepo("tests", "eval", file));

        var report = Evaluator.Run(SeedAnswerer.Product, questions);

        TestReport.Line(output, $"quality, {name}: {report.ToSummaryLine()}");
        output.WriteLine(string.Join('\n', report.Misses));
        Assert.True(questions.Count >= 60);
        Assert.Empty(report.Shortfalls(file.StartsWith("blind", StringComparison.Ordinal) ? QualityFloors.Blind : QualityFloors.Paraphrased));
    }
}
