using ArticleBot.Core.Answering;
using ArticleBot.Core.Answering.Declining;
using ArticleBot.Core.Answering.Ranking;

namespace ArticleBot.Core.Evaluation;

/// <summary>
/// What plain retrieval does on the same candidates, to measure the ranker against: BM25 alone, and min-max fusion
/// of BM25 with the model's cosine ((1-w)·bm25 + w·cos, each normalised over the question's candidates, the cosine
/// the nearer of the paragraph's and its best sentence's), with w chosen by the same by-article folds as the ranker.
/// Neither ever declines: they are ceilings of ordering, not of deciding.
/// </summary>
internal static class FitBaselines
{
    private static readonly double[] FusionSteps = [.. Enumerable.Range(0, 21).Select(step => Math.Round(step * 0.05, 2))];

    public static (RankerFitter.Outcome[] Bm25, RankerFitter.Outcome[] Fusion, IReadOnlyList<double> FusionWeights) Measure(
        IReadOnlyList<RankerFitter.FitItem> items, IReadOnlyDictionary<string, int> foldOf, int folds)
    {
        var scored = items.Select(Normalised.Of).ToList();
        var bm25 = scored.Select(item => item.Rank(0)).ToArray();
        var fusion = new RankerFitter.Outcome[items.Count];
        var weights = new List<double>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = scored.Where((_, index) => foldOf[items[index].Group] != fold).ToList();
            var w = FusionSteps.MaxBy(step => train.Sum(item => item.Rank(step).ReciprocalRank));
            weights.Add(w);
            for (var index = 0; index < items.Count; index++)
            {
                if (foldOf[items[index].Group] == fold)
                {
                    fusion[index] = scored[index].Rank(w);
                }
            }
        }

        return (bm25, fusion, weights);
    }

    /// <summary>A question's candidates with both scores min-max normalised, and which of them is the answer.</summary>
    private sealed record Normalised(bool Answerable, double[] Bm25, double[] Meaning, (string, int)[] Keys, bool[] Right)
    {
        public static Normalised Of(RankerFitter.FitItem item)
        {
            var candidates = item.Question.Candidates;
            var bm25 = FeatureScale.MinMax([.. candidates.Select(candidate => candidate.Features.Bm25)]);
            var meaning = FeatureScale.MinMax([.. candidates.Select(candidate => (double)(AnswerEvidence.MeaningOf(candidate.Cosine, candidate.SentenceCosine) ?? 0))]);
            return new Normalised(
                item.Expect is not null,
                bm25,
                meaning,
                [.. candidates.Select(candidate => (candidate.ArticleId, candidate.Paragraph))],
                [.. candidates.Select(candidate => RankerFitter.IsExpected(item, candidate))]);
        }

        public RankerFitter.Outcome Rank(double w)
        {
            if (!Answerable)
            {
                return new RankerFitter.Outcome(false, Bm25.Length > 0, 0);
            }

            var order = Enumerable.Range(0, Bm25.Length).OrderByDescending(index => ((1 - w) * Bm25[index]) + (w * Meaning[index])).ToList();
            var seen = new HashSet<(string, int)>();
            var rank = 0;
            foreach (var index in order)
            {
                if (!seen.Add(Keys[index]))
                {
                    continue;
                }

                rank++;
                if (Right[index])
                {
                    return new RankerFitter.Outcome(true, true, 1.0 / rank, rank);
                }
            }

            return new RankerFitter.Outcome(true, Bm25.Length > 0, 0);
        }
    }
}
