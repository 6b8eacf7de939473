namespace ArticleBot.Core.Evaluation;

/// <summary>One point of the decline curve: also declining every answer whose cosine to the question is below
/// <paramref name="Cosine"/>, the shares of answerable and unanswerable questions declined (with those the ranker
/// declines already).</summary>
public sealed record FitDeclinePoint(double Cosine, double AnswerableDeclined, double UnanswerableDeclined)
{
    private static readonly double[] Cosines = [.. Enumerable.Range(0, 11).Select(step => Math.Round(0.60 + (step * 0.02), 2))];

    public override string ToString() => $"below {Cosine:F2}: answerable {AnswerableDeclined:P1}, unanswerable {UnanswerableDeclined:P1}";

    internal static IReadOnlyList<FitDeclinePoint> Curve(IReadOnlyList<RankerFitter.Outcome> outcomes)
    {
        var answerable = outcomes.Where(outcome => outcome.Answerable).ToList();
        var unanswerable = outcomes.Where(outcome => !outcome.Answerable).ToList();
        if (answerable.Count == 0 || unanswerable.Count == 0 || outcomes.All(outcome => outcome.Meaning is null))
        {
            return [];
        }

        static double Declined(List<RankerFitter.Outcome> set, double cosine) =>
            set.Count(outcome => !outcome.Answered || outcome.Meaning < cosine) / (double)set.Count;
        return [.. Cosines.Select(cosine => new FitDeclinePoint(cosine, Declined(answerable, cosine), Declined(unanswerable, cosine)))];
    }
}
