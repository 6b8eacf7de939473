namespace ArticleBot.Core.Answering.Declining;

/// <summary>The thresholds of <see cref="ThresholdGate"/>: data in the weights file (its <c>declines</c>), fitted by
/// <c>articlebot fit</c> beside the ranker's weights.</summary>
/// <param name="MinimumCoverage">Below this share of the question's concepts (weighted by rarity) a passage does not
/// answer on its words.</param>
/// <param name="SingleWordCoverage">The share needed when the passage holds only one of several question words
/// ("boiling point" finding "pointing out"): thin evidence, so it must carry most of the question on its own.</param>
/// <param name="SemanticAccept">At or above this cosine a paragraph answers on meaning alone, whatever words it shares
/// (a paraphrase). Above 1: never.</param>
/// <param name="SemanticReject">Below this cosine of its nearest sentence a passage that shares the question's words
/// still does not answer: it shares the words but not the point (a figure the article never gives). 0: never.</param>
public sealed record DeclineThresholds(double MinimumCoverage, double SingleWordCoverage, double SemanticAccept, double SemanticReject)
{
    /// <summary>The coverage floors set by hand before they were fitted, and what a weights file without a
    /// <c>declines</c> section means.</summary>
    public const double HandSetCoverage = 0.45;

    /// <inheritdoc cref="HandSetCoverage"/>
    public const double HandSetSingleWordCoverage = 2.0 / 3;

    /// <summary>The hand-set coverage floors, never answering on meaning alone and never declining on it.</summary>
    public static DeclineThresholds HandSet { get; } = new(HandSetCoverage, HandSetSingleWordCoverage, SemanticAccept: 2, SemanticReject: 0);

    public override string ToString() =>
        FormattableString.Invariant($"coverage {MinimumCoverage:0.###}, single word {SingleWordCoverage:0.###}, accept {SemanticAccept:0.##}, reject {SemanticReject:0.##}");
}
