namespace ArticleBot.Core.Answering.Ranking;

/// <summary>Orders candidate paragraphs and says whether the best one is close enough in meaning to answer on its
/// own. A new ranker is a new implementation, chosen where the answerer is made.</summary>
public interface IPassageRanker
{
    double Score(in PassageFeatures features);

    /// <summary>True when the raw cosine alone shows the passage answers, even if it shares few of the question's
    /// words (a paraphrase).</summary>
    bool IsCloseInMeaning(double cosine);
}
