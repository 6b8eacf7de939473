using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Evaluation;

public sealed class DevQuestionSetTests(ITestOutputHelper output)
{
    [Fact]
    public void The_dev_question_set_meets_the_quality_floors()
    {
        var questions = EvalQuestion.ReadFile(RepoPaths.DevQuestions);

        var report = Evaluator.Run(SeedAnswerer.Product, questions);

        TestReport.Line(output, $"quality, dev set: {report.ToSummaryLine()}");
        output.WriteLine(string.Join('\n', report.Misses));
        Assert.Empty(report.Shortfalls(QualityFloors.Of("dev-questions.jsonl").Floors));
    }
}
