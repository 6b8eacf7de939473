namespace ArticleBot.Core.Answering.Declining;

/// <summary>What the decide stage knows of one ranked passage.</summary>
/// <param name="Coverage">Share of the question's concepts (weighted by rarity) the passage holds, 0–1.</param>
/// <param name="MatchedConcepts">How many of the question's concepts it holds at all.</param>
/// <param name="Concepts">How many concepts the question has.</param>
/// <param name="HoldsAnswerType">One of its sentences holds something of the kind of answer asked for (a number, a
/// date, a name).</param>
/// <param name="Cosine">The paragraph's cosine to the question; null without the embedding model.</param>
/// <param name="SentenceCosine">Its nearest sentence's cosine; null without sentence vectors.</param>
internal readonly record struct AnswerEvidence(double Coverage, int MatchedConcepts, int Concepts, bool HoldsAnswerType, float? Cosine = null, float? SentenceCosine = null)
{
    /// <summary>How close the passage comes to the question in meaning (<see cref="MeaningOf"/>).</summary>
    public float? Meaning => MeaningOf(Cosine, SentenceCosine);

    /// <summary>The nearest sentence's cosine, or the whole paragraph's where that is closer; null without the model.</summary>
    public static float? MeaningOf(float? paragraphCosine, float? sentenceCosine) =>
        sentenceCosine is { } sentence && paragraphCosine is { } paragraph ? Math.Max(sentence, paragraph) : sentenceCosine ?? paragraphCosine;
}
