namespace ArticleBot.Core.Answering.Ranking;

/// <summary>Orders candidate paragraphs; whether the best one answers is the decide stage's
/// (<see cref="Declining.IAnswerGate"/>). A new ranker is a new implementation, chosen where the answerer is made.</summary>
public interface IPassageRanker
{
    double Score(in PassageFeatures features);
}
