namespace ArticleBot.Core.Answering.Declining;

/// <summary>
/// Answers from the best-ranked passage when it covers enough of the question and is not far from it in meaning, or
/// is close to it in meaning whatever words it shares; a question wanting a time or a quantity needs a passage that
/// holds one.
/// </summary>
internal sealed class ThresholdGate(DeclineThresholds thresholds) : IAnswerGate
{
    public DeclineThresholds Thresholds { get; } = thresholds;

    /// <summary>Whether the article gives the number or date a question asks for is a question about the article, not
    /// about its best-ranked passage: where that passage holds none, the best-ranked one that answers (covers the
    /// question and holds one) answers instead, and the question is declined only when there is none. How strongly each
    /// holds it is the ranker's to weigh; this only keeps a passage that cannot answer from hiding one that can.</summary>
    public int? Choose(IReadOnlyList<AnswerEvidence> ranked, bool wantsMeasure)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        if (ranked.Count == 0)
        {
            return null;
        }

        if (!wantsMeasure || ranked[0].HoldsAnswerType)
        {
            return Answers(ranked[0], wantsMeasure) ? 0 : null;
        }

        // The first passage holds no measure, so it cannot answer: the measured-answer move.
        for (var i = 1; i < ranked.Count; i++)
        {
            if (Answers(ranked[i], wantsMeasure))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Whether this one passage answers on its own evidence.</summary>
    public bool Answers(in AnswerEvidence evidence, bool wantsMeasure) =>
        ((Covers(evidence) && !IsFarInMeaning(evidence)) || IsCloseInMeaning(evidence)) && (evidence.HoldsAnswerType || !wantsMeasure);

    /// <summary>It covers enough of the question's words to answer on them.</summary>
    public bool Covers(in AnswerEvidence evidence) =>
        evidence.Coverage >= (evidence.MatchedConcepts < 2 && evidence.Concepts >= 2 ? Thresholds.SingleWordCoverage : Thresholds.MinimumCoverage);

    private bool IsCloseInMeaning(in AnswerEvidence evidence) => evidence.Cosine is { } cosine && cosine >= Thresholds.SemanticAccept;

    private bool IsFarInMeaning(in AnswerEvidence evidence) => evidence.Meaning is { } meaning && meaning < Thresholds.SemanticReject;
}
