namespace ArticleBot.Core.Answering.Declining;

/// <summary>
/// The decide stage: from the ranked passages' evidence, which one answers the question, or none (the articles do not
/// say). The answerer and the fitter both ask it, so what the fit measures is what the bot replies. A new gate is a
/// new implementation, chosen where the answerer is made (as <see cref="Ranking.IPassageRanker"/> is).
/// </summary>
internal interface IAnswerGate
{
    /// <summary>The index in <paramref name="ranked"/> of the passage to answer with (shown first), or null to decline.</summary>
    /// <param name="ranked">Each ranked passage's evidence, best-ranked first.</param>
    /// <param name="wantsMeasure">The question asks for a time or a quantity ("when…", "how many…").</param>
    int? Choose(IReadOnlyList<AnswerEvidence> ranked, bool wantsMeasure);
}
