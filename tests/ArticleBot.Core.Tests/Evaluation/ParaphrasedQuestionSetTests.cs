using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>Our own questions, worded the way people ask (synonyms, typos, chat style), never the dev set's wording.</summary>
public sealed class ParaphrasedQuestionSetTests(ITestOutputHelper output)
{
    [Fact]
    public void The_paraphrased_question_set_does_not_fall_below_its_measured_quality()
    {
        var questions = EvalQuestion.ReadFile(RepoPaths.InRepo("tests", "eval", "paraphrased-questions.jsonl"));

        var report = Evaluator.Run(SeedAnswerer.Shared, questions);

        TestReport.Line(output, $"quality, paraphrased set: {report.ToSummaryLine()}");
        output.WriteLine(string.Join('\n', report.Misses));
        Assert.True(questions.Count >= 60);
        Assert.Empty(report.Shortfalls(QualityFloors.Paraphrased));
    }

    [Fact]
    public void The_blind_question_set_does_not_fall_below_its_measured_quality()
    {
        var questions = EvalQuestion.ReadFile(RepoPaths.InRepo("tests", "eval", "blind-questions.jsonl"));

        var report = Evaluator.Run(SeedAnswerer.Shared, questions);

        TestReport.Line(output, $"quality, blind set: {report.ToSummaryLine()}");
        output.WriteLine(string.Join('\n', report.Misses));
        Assert.Empty(report.Shortfalls(QualityFloors.Blind));
    }
}
