using ArticleBot.Core.Answering.Declining;

namespace ArticleBot.Core.Answering.Ranking;

/// <summary>
/// The features of a candidate that depend on the other candidates of its question, computed in one place for the
/// answerer and for the fitter, which computes them again from the raw cosines a candidates file keeps.
/// </summary>
/// <remarks>Why the article and not the paragraph: held out by article, every form of the paragraph's own cosine
/// tried (min-max, rank, a fixed-width margin, its best sentence's, times coverage) moves the seed's kept answers,
/// almost all of them one-quotation paragraphs ("We never intended to be a disruptor…") that the words find through
/// general synonyms while the model, seeing a quotation without the subject its article names in the paragraph
/// before, prefers that paragraph. Which article a question is about is where the model is sure, and a feature that
/// is the same for every paragraph of one article cannot reorder them.</remarks>
internal static class CandidateFeatures
{
    /// <summary>The cosine below the nearest candidate's at which a margin reaches 0: a fixed width, not min-max over
    /// the candidates, which stretches whatever spread they have (a few hundredths when all are on one subject) to
    /// the whole scale.</summary>
    public const double MarginWidth = 0.2;

    /// <summary>The k of 1/(k + rank): how slowly the credit for a rank falls off. Small, because a question has
    /// tens of candidates, not the thousands reciprocal rank fusion's k = 60 was chosen for (Cormack et al. 2009).</summary>
    public const int RankOffset = 2;

    /// <summary>The features with <see cref="PassageFeatures.Meaning"/>, <see cref="PassageFeatures.ArticleMargin"/> and
    /// <see cref="PassageFeatures.MeaningRank"/> filled in, in candidate order: each from the nearer of a candidate's
    /// cosines (<see cref="AnswerEvidence.MeaningOf"/>), computed once here.</summary>
    /// <param name="cosines">Each candidate's paragraph cosine to the question (null without the model).</param>
    /// <param name="sentenceCosines">Each candidate's nearest sentence's cosine (null without sentence vectors).</param>
    /// <param name="articles">Each candidate's article.</param>
    public static PassageFeatures[] Fill(IReadOnlyList<PassageFeatures> features, IReadOnlyList<float?> cosines, IReadOnlyList<float?> sentenceCosines, IReadOnlyList<string> articles)
    {
        var meanings = cosines.Select((cosine, i) => AnswerEvidence.MeaningOf(cosine, sentenceCosines[i])).ToList();
        var nearestOfArticle = articles.Zip(meanings)
            .Where(pair => pair.Second is not null)
            .GroupBy(pair => pair.First, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Max(pair => pair.Second), StringComparer.Ordinal);
        var margins = Margins([.. articles.Select(article => nearestOfArticle.GetValueOrDefault(article))]);
        var found = meanings.Any(meaning => meaning is not null);
        var ranks = found ? Ranks([.. meanings.Select(meaning => (double)(meaning ?? 0))]) : new double[meanings.Count];
        var scaled = found ? FeatureScale.MinMax([.. meanings.Select(meaning => (double)(meaning ?? 0))]) : new double[meanings.Count];
        return [.. features.Select((feature, i) => feature with { Meaning = scaled[i], ArticleMargin = margins[i], MeaningRank = ranks[i] })];
    }

    /// <summary>(k + 1) / (k + rank) of each value among all, 1 for the best; ties share the better rank, so the
    /// order the candidates came in does not matter.</summary>
    internal static double[] Ranks(IReadOnlyList<double> values) =>
        [.. values.Select(value => (RankOffset + 1.0) / (RankOffset + 1 + values.Count(other => other > value)))];

    /// <summary>1 for the best cosine, falling linearly to 0 at <see cref="MarginWidth"/> below it; 0 without one.</summary>
    internal static double[] Margins(IReadOnlyList<float?> cosines)
    {
        var best = cosines.Max();
        return [.. cosines.Select(cosine => cosine is { } value && best is { } top ? Math.Max(0, 1 - ((top - value) / MarginWidth)) : 0)];
    }
}
