namespace ArticleBot.Core.Answering.Ranking;

/// <summary>A weighted sum of the features, with weights fitted by <c>articlebot fit</c> (ranker-weights.json).</summary>
public sealed class LinearPassageRanker(RankerWeights weights) : IPassageRanker
{
    public RankerWeights Weights { get; } = weights;

    public double Score(in PassageFeatures features) =>
        (Weights.Bm25 * features.Bm25)
        + (Weights.Coverage * features.Coverage)
        + (Weights.Sentence * features.Sentence)
        + (Weights.Proximity * features.Proximity)
        + (Weights.Speaker * features.Speaker)
        + (Weights.AnswerType * features.AnswerType)
        + (Weights.Semantic * features.Semantic)
        + (Weights.SentenceSemantic * features.SentenceSemantic)
        + (Weights.Meaning * features.Meaning)
        + (Weights.AnswerPresence * features.AnswerPresence)
        + (Weights.ArticleMargin * features.ArticleMargin)
        + (Weights.MeaningRank * features.MeaningRank);
}
