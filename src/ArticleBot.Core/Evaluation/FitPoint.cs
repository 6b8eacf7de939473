using ArticleBot.Core.Answering.Declining;
using ArticleBot.Core.Answering.Ranking;

namespace ArticleBot.Core.Evaluation;

/// <summary>One point of the fit's search: the ranker's weights and the decide stage's thresholds, which answer
/// together.</summary>
internal sealed record FitPoint(RankerWeights Weights, DeclineThresholds Declines);
