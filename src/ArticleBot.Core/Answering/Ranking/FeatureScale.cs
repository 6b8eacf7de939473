namespace ArticleBot.Core.Answering.Ranking;

/// <summary>Min-max normalisation over one question's candidates: BM25 and cosines live on different scales, and
/// fusing them raw lets BM25's swamp the cosine (retrieval notes, technique 10).</summary>
internal static class FeatureScale
{
    public static double[] MinMax(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        var (lowest, highest) = (values.Min(), values.Max());
        return [.. values.Select(value => highest > lowest ? (value - lowest) / (highest - lowest) : 0)];
    }
}
