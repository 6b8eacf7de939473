using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>The seed's question sets with the embedding model on (ArticleBot:Semantic:Enabled, the default): the
/// hybrid ranker, fitted on the squad11 articles pooled with these sets and holding their floors, must not fall below
/// what it was measured at when it was fitted (README, Answer quality).</summary>
public sealed class HybridQuestionSetTests(ITestOutputHelper output)
{
    /// <summary>Their floors are the "hybrid" ones of tests/eval/floors.json, measured 3 Dec with the weights of
    /// ranker-weights.json.</summary>
    [Theory]
    [InlineData("dev-questions.jsonl")]
    [InlineData("paraphrased-questions.jsonl")]
    [InlineData("blind-questions.jsonl")]
    public void The_hybrid_ranker_keeps_its_measured_floors_on_the_seed(string file)
    {
        var report = Evaluator.Run(SeedAnswerer.Hybrid, EvalQuestion.ReadFile(RepoPaths.InRepo("tests", "eval", file)));

        TestReport.Line(output, $"quality with the embedding model, {file}: {report.ToSummaryLine()}");
        output.WriteLine(string.Join('\n', report.Misses));
        Assert.Empty(report.Shortfalls(QualityFloors.Of(file).Hybrid!));
    }
}
