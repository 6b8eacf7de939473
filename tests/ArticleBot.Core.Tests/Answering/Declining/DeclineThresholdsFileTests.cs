using ArticleBot.Core.Answering.Declining;
using ArticleBot.Core.Answering.Ranking;

namespace ArticleBot.Core.Tests.Answering.Declining;

/// <summary>The decide stage's thresholds live in the weights file beside the ranker's weights; a file written before
/// they had a section of their own still reads, with the values it meant.</summary>
public sealed class DeclineThresholdsFileTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"articlebot-weights-{Guid.NewGuid():N}.json");

    [Fact]
    public void A_weights_file_without_declines_keeps_its_cosines_and_the_hand_set_coverage_floors()
    {
        File.WriteAllText(_file, """
            {
              "lexical": { "bm25": 0.25, "coverage": 0.35, "sentence": 0.35, "proximity": 0.05, "speaker": 0.1, "answerType": 0.15, "semantic": 0, "semanticAccept": 2 },
              "hybrid": { "bm25": 0.25, "coverage": 0.35, "sentence": 0.35, "proximity": 0.05, "speaker": 0, "answerType": 0.4, "semantic": 0, "semanticAccept": 0.69, "semanticReject": 0.45 }
            }
            """);

        var file = RankerWeightsFile.Read(_file);

        Assert.Equal(new DeclineThresholds(0.45, 2.0 / 3, 0.69, 0.45), file.DeclinesFor(semantic: true));
        Assert.Equal(new DeclineThresholds(0.45, 2.0 / 3, 2, 0), file.DeclinesFor(semantic: false));
        Assert.Equal(0.4, file.Hybrid.AnswerType);
    }

    [Fact]
    public void The_declines_a_file_holds_are_read_back_as_written()
    {
        var declines = new DeclineSets(DeclineThresholds.HandSet with { MinimumCoverage = 0.4 }, new DeclineThresholds(0.38, 0.6, 0.7, 0.5));
        File.WriteAllText(_file, (RankerWeightsFile.Default with { Declines = declines }).ToJson());

        var file = RankerWeightsFile.Read(_file);

        Assert.Equal(declines, file.Declines);
        Assert.Equal(new DeclineThresholds(0.38, 0.6, 0.7, 0.5), file.DeclinesFor(semantic: true));
    }

    [Fact]
    public void The_built_in_file_has_declines_for_both_sets()
    {
        var declines = RankerWeightsFile.Default.Declines;

        Assert.NotNull(declines);
        Assert.InRange(declines.Hybrid.MinimumCoverage, 0.01, 0.99);
        Assert.InRange(declines.Lexical.SingleWordCoverage, 0.01, 1.0);
    }

    public void Dispose() => File.Delete(_file);
}
