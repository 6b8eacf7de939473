namespace ArticleBot.Core.Answering.Ranking;

/// <summary>What the ranker knows of one candidate paragraph for one question, each on a 0–1 scale.</summary>
/// <param name="Bm25">BM25 score divided by the best candidate's.</param>
/// <param name="Coverage">Share of the question's concepts, weighted by rarity, the paragraph holds.</param>
/// <param name="Sentence">That share for the paragraph's best sentence.</param>
/// <param name="Proximity">Share of neighbouring question words that stand close together.</param>
/// <param name="Speaker">1 when the question names a person the paragraph quotes.</param>
/// <param name="AnswerType">When the question wants a kind of answer (a number, a date, a name): the best, over the
/// paragraph's sentences, of its coverage of the question times how strongly it holds that kind (AnswerStrength).</param>
/// <param name="Semantic">Cosine to the question, min-max normalised over the candidates (0 without a model).</param>
/// <param name="SentenceSemantic">The cosine of the paragraph's sentence nearest the question, normalised the same
/// way (0 without sentence vectors).</param>
/// <param name="Meaning">The nearer of the paragraph's and its best sentence's cosine, normalised the same way: the
/// model's side of min-max fusion with BM25 (0 without a model).</param>
/// <param name="AnswerPresence">How strongly the paragraph holds the kind of answer asked for anywhere (the best of
/// its sentences' AnswerStrength), whether or not beside the question's words.</param>
/// <param name="ArticleMargin">How near its article comes to the question against the nearest article, on a fixed
/// scale: the nearer of paragraph and best sentence cosine of the article's nearest candidate, 1 for the article
/// holding the nearest candidate, 0 at <see cref="CandidateFeatures.MarginWidth"/> below it; the same for every
/// paragraph of one article (<see cref="CandidateFeatures"/>; 0 without a model).</param>
/// <param name="MeaningRank">Where the nearer of its paragraph's and best sentence's cosine ranks among the
/// candidates, as (k + 1) / (k + rank): 1 for the nearest (<see cref="CandidateFeatures"/>; 0 without a model).</param>
public readonly record struct PassageFeatures(
    double Bm25,
    double Coverage,
    double Sentence,
    double Proximity,
    double Speaker,
    double AnswerType,
    double Semantic,
    double SentenceSemantic = 0,
    double Meaning = 0,
    double AnswerPresence = 0,
    double ArticleMargin = 0,
    double MeaningRank = 0)
{
    /// <summary>How well the passage matches the question, leaving out what it holds of the kind of answer asked
    /// for: what decides whether a passage is worth showing at all beside the best one.</summary>
    public PassageFeatures Matching => this with { AnswerType = 0, AnswerPresence = 0 };
}
