namespace ArticleBot.Core.Evaluation;

/// <summary>One kind of question (or all of them) in the fit's breakdown: how the ranker, BM25 alone and min-max
/// fusion do on it, held out by article, and why the ranker's first answer is not the expected paragraph.</summary>
/// <param name="NotInCandidates">The expected paragraph is not among the candidates at all (no ranker can find it).</param>
/// <param name="Declined">The ranker declined an answerable question.</param>
/// <param name="RankedLower">The ranker answered with another paragraph first.</param>
/// <param name="DeclinedFusionRight">Of the declines, those fusion puts first.</param>
/// <param name="RankedLowerFusionRight">Of the lower rankings, those fusion puts first.</param>
/// <param name="FusionRightRankerWrong">Questions fusion answers right first and the ranker does not.</param>
/// <param name="RankerRightFusionWrong">And the other way round.</param>
public sealed record FitBreakdown(
    string Kind,
    int Questions,
    double RankerHitAt1,
    double Bm25HitAt1,
    double FusionHitAt1,
    int NotInCandidates,
    int Declined,
    int RankedLower,
    int DeclinedFusionRight,
    int RankedLowerFusionRight,
    int FusionRightRankerWrong,
    int RankerRightFusionWrong)
{
    public const string All = "all";

    public override string ToString() =>
        $"{Kind,-9} {Questions,5}  ranker {RankerHitAt1:F3}  bm25 {Bm25HitAt1:F3}  fusion {FusionHitAt1:F3}  | ranker's misses: not in candidates {NotInCandidates}, declined {Declined} ({DeclinedFusionRight} fusion right), ranked lower {RankedLower} ({RankedLowerFusionRight} fusion right) | fusion right, ranker not {FusionRightRankerWrong}; ranker right, fusion not {RankerRightFusionWrong}";

    internal static IReadOnlyList<FitBreakdown> Of(
        IReadOnlyList<RankerFitter.FitItem> items, IReadOnlyList<RankerFitter.Outcome> ranker, IReadOnlyList<RankerFitter.Outcome> bm25, IReadOnlyList<RankerFitter.Outcome> fusion)
    {
        var answerable = Enumerable.Range(0, items.Count).Where(index => items[index].Expect is not null).ToList();
        var rows = answerable.GroupBy(index => items[index].Question.Kind is { Length: > 0 } kind ? kind : QuestionKind.Other)
            .OrderByDescending(group => group.Count())
            .Select(group => Row(group.Key, group.ToList()))
            .ToList();
        rows.Add(Row(All, answerable));
        return rows;

        FitBreakdown Row(string kind, List<int> indexes)
        {
            double Hit(IReadOnlyList<RankerFitter.Outcome> outcomes) => indexes.Count(index => outcomes[index].Rank == 1) / (double)Math.Max(1, indexes.Count);
            bool FusionRight(int index) => fusion[index].Rank == 1;
            var missed = indexes.Where(index => ranker[index].Rank != 1).ToList();
            var notFound = missed.Where(index => !items[index].Question.Candidates.Any(candidate => RankerFitter.IsExpected(items[index], candidate))).ToHashSet();
            var declined = missed.Where(index => !notFound.Contains(index) && !ranker[index].Answered).ToList();
            var lower = missed.Where(index => !notFound.Contains(index) && ranker[index].Answered).ToList();
            return new FitBreakdown(
                kind,
                indexes.Count,
                Hit(ranker),
                Hit(bm25),
                Hit(fusion),
                notFound.Count,
                declined.Count,
                lower.Count,
                declined.Count(FusionRight),
                lower.Count(FusionRight),
                missed.Count(FusionRight),
                indexes.Count(index => ranker[index].Rank == 1 && !FusionRight(index)));
        }
    }
}
