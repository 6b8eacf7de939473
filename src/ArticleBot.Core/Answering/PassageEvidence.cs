namespace ArticleBot.Core.Answering;

/// <summary>How well one passage answers a question's concepts.</summary>
/// <param name="Coverage">Share of the question's concepts (weighted by rarity) the passage contains, 0–1.</param>
/// <param name="BestSentence">The sentence that covers most, as a range of the passage.</param>
/// <param name="SentenceCoverage">That sentence's coverage, 0–1.</param>
/// <param name="Proximity">Share of neighbouring question words that stand close together in the passage, 0–1.</param>
/// <param name="Matches">Where matched words stand in the passage.</param>
public sealed record PassageEvidence(double Coverage, Range BestSentence, double SentenceCoverage, double Proximity, IReadOnlyList<TextRange> Matches);
