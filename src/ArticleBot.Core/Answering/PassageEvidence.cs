namespace ArticleBot.Core.Answering;

/// <summary>How well one passage answers a question's concepts.</summary>
/// <param name="Coverage">Share of the question's concepts (weighted by rarity) the passage contains, 0–1.</param>
/// <param name="BestSentence">The sentence that covers most, as a range of the passage.</param>
/// <param name="SentenceCoverage">That sentence's coverage, 0–1.</param>
/// <param name="Proximity">Share of neighbouring question words that stand close together in the passage, 0–1.</param>
/// <param name="Matches">Where matched words stand in the passage.</param>
/// <param name="DirectCoverage">Like <paramref name="Coverage"/>, counting only the question's own words (and
/// corrected typos), not related words.</param>
/// <param name="MatchedConcepts">How many of the question's concepts the passage contains at all.</param>
/// <param name="AnswerStrength">The best, over the passage's sentences, of the sentence's coverage times how
/// strongly it holds the kind of answer asked for (<see cref="Answering.AnswerStrength"/>): high where the question's
/// words and its answer stand together.</param>
/// <param name="HoldsAnswer">Whether a sentence holds the kind of answer asked for at least in part
/// (<see cref="Answering.AnswerStrength.Partial"/>: a number, a date, a name), which a question wanting a number or
/// a date needs to be answered at all.</param>
/// <param name="AnswerPresence">The strongest of the sentences' answer strengths.</param>
public sealed record PassageEvidence(double Coverage, Range BestSentence, double SentenceCoverage, double Proximity, IReadOnlyList<TextRange> Matches, double DirectCoverage = 0, int MatchedConcepts = 0, double AnswerStrength = 0, bool HoldsAnswer = false, double AnswerPresence = 0);
