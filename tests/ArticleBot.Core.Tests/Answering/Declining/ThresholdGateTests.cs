using ArticleBot.Core.Answering.Declining;

namespace ArticleBot.Core.Tests.Answering.Declining;

/// <summary>The decide stage on its own: a ranked list of evidence in, the passage that answers (or none) out.</summary>
public sealed class ThresholdGateTests
{
    private static readonly ThresholdGate Gate = new(new DeclineThresholds(MinimumCoverage: 0.45, SingleWordCoverage: 2.0 / 3, SemanticAccept: 0.69, SemanticReject: 0.45));

    private static AnswerEvidence Words(double coverage, int matched = 2, int concepts = 3, bool holdsAnswer = false) =>
        new(coverage, matched, concepts, holdsAnswer);

    [Fact]
    public void The_best_passage_answers_when_it_covers_enough_of_the_question() =>
        Assert.Equal(0, Gate.Choose([Words(0.5), Words(0.9)], wantsMeasure: false));

    [Fact]
    public void A_best_passage_covering_too_little_is_declined_whatever_comes_after_it() =>
        Assert.Null(Gate.Choose([Words(0.4), Words(0.9)], wantsMeasure: false));

    [Fact]
    public void Nothing_ranked_is_declined() =>
        Assert.Null(Gate.Choose([], wantsMeasure: false));

    [Theory]
    [InlineData(0.6, 1, 2, false)]
    [InlineData(0.7, 1, 2, true)]
    [InlineData(0.6, 2, 2, true)]
    [InlineData(0.5, 1, 1, true)]
    public void A_passage_holding_one_of_several_question_words_must_cover_most_of_the_question(double coverage, int matched, int concepts, bool answers) =>
        Assert.Equal(answers, Gate.Choose([Words(coverage, matched, concepts)], wantsMeasure: false) == 0);

    [Fact]
    public void A_passage_close_in_meaning_answers_though_it_shares_few_words() =>
        Assert.Equal(0, Gate.Choose([Words(0.1) with { Cosine = 0.7f, SentenceCosine = 0.5f }], wantsMeasure: false));

    [Fact]
    public void A_passage_sharing_the_words_but_far_from_the_question_in_meaning_is_declined()
    {
        // The nearer of paragraph and sentence counts: 0.44 is below the reject cosine, 0.46 is not.
        Assert.Null(Gate.Choose([Words(0.9) with { Cosine = 0.40f, SentenceCosine = 0.44f }], wantsMeasure: false));
        Assert.Equal(0, Gate.Choose([Words(0.9) with { Cosine = 0.46f, SentenceCosine = 0.30f }], wantsMeasure: false));
    }

    [Fact]
    public void A_question_wanting_a_measure_is_answered_by_the_best_ranked_passage_that_covers_it_and_holds_one()
    {
        // The first holds no number, the second holds one but covers too little, the third does both.
        var ranked = new[] { Words(0.9), Words(0.3, holdsAnswer: true), Words(0.6, holdsAnswer: true), Words(0.9, holdsAnswer: true) };

        Assert.Equal(2, Gate.Choose(ranked, wantsMeasure: true));
        Assert.Equal(0, Gate.Choose(ranked, wantsMeasure: false));
    }

    [Fact]
    public void A_question_wanting_a_measure_that_no_covering_passage_holds_is_declined() =>
        Assert.Null(Gate.Choose([Words(0.9), Words(0.8), Words(0.3, holdsAnswer: true)], wantsMeasure: true));

    [Fact]
    public void The_thresholds_are_data_the_same_evidence_decides_differently_under_others()
    {
        var evidence = new[] { Words(0.4) with { Cosine = 0.6f, SentenceCosine = 0.6f } };
        var looser = new ThresholdGate(Gate.Thresholds with { MinimumCoverage = 0.35 });
        var onMeaning = new ThresholdGate(Gate.Thresholds with { SemanticAccept = 0.55 });
        var stricter = new ThresholdGate(Gate.Thresholds with { MinimumCoverage = 0.35, SemanticReject = 0.65 });

        Assert.Null(Gate.Choose(evidence, wantsMeasure: false));
        Assert.Equal(0, looser.Choose(evidence, wantsMeasure: false));
        Assert.Equal(0, onMeaning.Choose(evidence, wantsMeasure: false));
        Assert.Null(stricter.Choose(evidence, wantsMeasure: false));
    }
}
