namespace ArticleBot.Core.Answering.Ranking;

/// <summary>Orders candidate paragraphs and says whether the best one is close enough in meaning to answer on its
/// own. A new ranker is a new implementation, chosen where the answerer is made.</summary>
public interface IPassageRanker
{
    double Score(in PassageFeatures features);

    /// <summary>True when the raw cosine alone shows the passage answers, even if it shares few of the question's
    /// words (a paraphrase).</summary>
    bool IsCloseInMeaning(double cosine);

    /// <summary>True when the cosine of the passage's nearest sentence shows it is about something else than the
    /// question asks, however many of its words it shares.</summary>
    bool IsFarInMeaning(double cosine);
}
