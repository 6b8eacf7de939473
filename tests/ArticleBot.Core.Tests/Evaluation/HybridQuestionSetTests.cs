using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>The seed's question sets with the embedding model on (ArticleBot:Semantic:Enabled, the default): the
/// hybrid ranker, fitted on the squad11 articles pooled with these sets and holding their floors, must not fall below
/// what it was measured at when it was fitted (README, Answer quality).</summary>
public sealed class HybridQuestionSetTests(ITestOutputHelper output)
{
    /// <summary>Measured 3 Dec with the weights of ranker-weights.json: dev 1.000 / 1.000 / 1.000, paraphrased
    /// 0.973 / 0.986 / 0.979 (0 of 97 declined, 16 of 16 out of scope declined), blind 0.896 / 0.965 / 0.928 (3 of
    /// 139 declined, 19 of 21 out of scope declined).</summary>
    public static TheoryData<string, double, double, double, double, double> Sets => new()
    {
        { "dev-questions.jsonl", 1.0, 1.0, 1.0, 1.0, 0.0 },
        { "paraphrased-questions.jsonl", 0.97, 0.98, 0.97, 1.0, 0.0 },
        { "blind-questions.jsonl", 0.89, 0.96, 0.92, 0.9, 0.022 },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_hybrid_ranker_keeps_its_measured_floors_on_the_seed(string file, double hit1, double hit3, double mrr, double declined, double wronglyDeclined)
    {
        var report = Evaluator.Run(SeedAnswerer.Hybrid, EvalQuestion.ReadFile(RepoPaths.InRepo("tests", "eval", file)));

        TestReport.Line(output, $"quality with the embedding model, {file}: {report.ToSummaryLine()}");
        output.WriteLine(string.Join('\n', report.Misses));
        Assert.Empty(report.Shortfalls(new EvalFloors(hit1, hit3, mrr, 1.0, 1.0, 1.0, declined, wronglyDeclined)));
    }
}
