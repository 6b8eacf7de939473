using ArticleBot.Core.Answering;
using ArticleBot.Core.Answering.Ranking;

namespace ArticleBot.Core.Evaluation;

/// <summary>
/// Fits the linear ranker's weights and the meaning-alone answer threshold to evaluation questions, and measures
/// them by article: the articles are split into folds, each fold is measured with weights fitted on the others
/// only, so the figure says how the weights do on articles they never saw.
/// </summary>
public static class RankerFitter
{
    /// <summary>The weight held fixed: scores are compared with each other, so only the weights' ratios matter.</summary>
    private const int FixedWeight = 1;

    private static readonly double[] WeightSteps = [.. Enumerable.Range(0, 31).Select(step => Math.Round(step * 0.05, 2))];
    private static readonly double[] AcceptSteps = [.. Enumerable.Range(50, 51).Select(step => Math.Round(step * 0.01, 2)), 2.0];

    /// <summary>How many more off-topic questions (as a share) may be answered on meaning alone than on words.</summary>
    private const double AllowedExtraAnswers = 0.02;

    /// <summary>Collects every question's candidates once; the fit then only re-scores them.</summary>
    /// <param name="questionsByGroup">Questions with the article (or article set) they belong to, for the folds.</param>
    public static RankerFitData Collect(QuestionAnswerer answerer, IEnumerable<(string Group, EvalQuestion Question)> questionsByGroup) =>
        Collect(answerer, questionsByGroup.Select(pair => (pair.Group, pair.Question, (string?)null)));

    /// <param name="questionsByGroup">As above, each with the one article whose candidates are kept (null: all): a
    /// set asked of one article alone, collected over a pooled index.</param>
    public static RankerFitData Collect(QuestionAnswerer answerer, IEnumerable<(string Group, EvalQuestion Question, string? OnlyArticle)> questionsByGroup)
    {
        var items = new List<FitItem>();
        foreach (var (group, question, onlyArticle) in questionsByGroup)
        {
            var kind = question.Kind.Trim().ToLowerInvariant();
            if (kind is not ("ask" or "none") || answerer.CandidatesForFit(question.Question) is not { } candidates)
            {
                continue;
            }

            if (onlyArticle is not null)
            {
                candidates = candidates with { Candidates = candidates.Candidates.Where(candidate => candidate.ArticleId == onlyArticle).ToList() };
            }

            items.Add(new FitItem(group, kind == "none" ? null : question.Expect, candidates) { Id = question.Id });
        }

        return new RankerFitData(items);
    }

    /// <summary>Fits on all the data and cross-validates by group; <paramref name="start"/> is where the search starts
    /// (the weights in use), and the figure it is compared with.</summary>
    /// <param name="keep">Question sets whose floors stay: no weights are chosen that answer fewer of any set's
    /// questions right, or decline fewer of its unanswerable ones, than <paramref name="start"/> does. They are not
    /// fitted on.</param>
    public static RankerFitResult Fit(RankerFitData data, RankerWeights start, int folds, RankerFitData? keep = null)
    {
        var floors = new Floors(keep?.Items ?? [], start);
        var groups = data.Items.Select(item => item.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        folds = Math.Clamp(folds, 2, Math.Max(2, groups.Count));
        var foldOf = groups.Select((group, index) => (group, index)).ToDictionary(pair => pair.group, pair => pair.index % folds, StringComparer.Ordinal);

        var heldOut = new List<Outcome>();
        var heldOutStart = new List<Outcome>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = data.Items.Where(item => foldOf[item.Group] != fold).ToList();
            var test = data.Items.Where(item => foldOf[item.Group] == fold).ToList();
            var fitted = FitWeights(train, start, floors);
            heldOut.AddRange(test.Select(item => Answer(item, fitted)));
            heldOutStart.AddRange(test.Select(item => Answer(item, start)));
        }

        var final = FitWeights(data.Items, start, floors);
        return new RankerFitResult(
            final,
            groups.Count,
            folds,
            FitFigures.Of(heldOut),
            FitFigures.Of(heldOutStart),
            FitFigures.Of(data.Items.Select(item => Answer(item, final)).ToList()))
        {
            Kept = floors.Figures(final),
            KeptStart = floors.Figures(start),
        };
    }

    /// <summary>The right answers and declines of each kept question set under the start weights, which no fitted
    /// weights may go below.</summary>
    private sealed class Floors
    {
        private readonly ILookup<string, FitItem> _sets;
        private readonly Dictionary<string, (int Right, int Declined)> _start;

        public Floors(IReadOnlyList<FitItem> items, RankerWeights start)
        {
            _sets = items.ToLookup(item => item.Group, StringComparer.Ordinal);
            _start = _sets.ToDictionary(set => set.Key, set => Count(set, start.ToArray(), start.SemanticAccept), StringComparer.Ordinal);
        }

        public bool Hold(double[] weights, double accept) =>
            _sets.All(set => Count(set, weights, accept) is var (right, declined) && right >= _start[set.Key].Right && declined >= _start[set.Key].Declined);

        public FitFigures? Figures(RankerWeights weights) =>
            _sets.Count == 0 ? null : FitFigures.Of(_sets.SelectMany(set => set).Select(item => Answer(item, weights)).ToList());

        private static (int Right, int Declined) Count(IEnumerable<FitItem> set, double[] weights, double accept)
        {
            int right = 0, declined = 0;
            foreach (var item in set)
            {
                var outcome = Answer(item, weights, accept);
                right += outcome.Rank == 1 ? 1 : 0;
                declined += item.Expect is null && !outcome.Answered ? 1 : 0;
            }

            return (right, declined);
        }
    }

    private static RankerWeights FitWeights(IReadOnlyList<FitItem> items, RankerWeights start, Floors floors)
    {
        var weights = start.ToArray();
        var accept = start.SemanticAccept;
        var best = Objective(items, weights, accept);
        for (var round = 0; round < 3; round++)
        {
            var improved = false;
            for (var index = 0; index < weights.Length; index++)
            {
                if (index == FixedWeight)
                {
                    continue;
                }

                foreach (var value in WeightSteps)
                {
                    var trial = (double[])weights.Clone();
                    trial[index] = value;
                    var score = Objective(items, trial, accept);
                    if (score > best + 1e-9 && floors.Hold(trial, accept))
                    {
                        (best, weights, improved) = (score, trial, true);
                    }
                }
            }

            accept = FitAccept(items, weights, accept, floors);
            best = Objective(items, weights, accept);
            if (!improved)
            {
                break;
            }
        }

        return RankerWeights.FromArray(weights, accept);
    }

    /// <summary>The lowest cosine at which answering on meaning alone gives the most right answers while answering
    /// at most <see cref="AllowedExtraAnswers"/> more of the questions the articles do not answer.</summary>
    private static double FitAccept(IReadOnlyList<FitItem> items, double[] weights, double current, Floors floors)
    {
        var nones = items.Where(item => item.Expect is null).ToList();
        var answerable = items.Where(item => item.Expect is not null).ToList();
        if (nones.Count == 0)
        {
            return current;
        }

        double AnsweredNones(double accept) => nones.Count(item => Answer(item, weights, accept).Answered) / (double)nones.Count;
        var allowed = AnsweredNones(2.0) + AllowedExtraAnswers;
        var bestAccept = current;
        var bestScore = Objective(answerable, weights, current);
        foreach (var accept in AcceptSteps)
        {
            if (AnsweredNones(accept) > allowed || !floors.Hold(weights, accept))
            {
                continue;
            }

            var score = Objective(answerable, weights, accept);
            if (score > bestScore + 1e-9)
            {
                (bestScore, bestAccept) = (score, accept);
            }
        }

        return bestAccept;
    }

    /// <summary>Mean reciprocal rank of the expected paragraph over the answerable questions, declines counting 0,
    /// less the share of unanswerable questions answered.</summary>
    private static double Objective(IReadOnlyList<FitItem> items, double[] weights, double accept)
    {
        double total = 0;
        foreach (var item in items)
        {
            var outcome = Answer(item, weights, accept);
            total += item.Expect is null ? (outcome.Answered ? -1 : 0) : outcome.ReciprocalRank;
        }

        return total / Math.Max(1, items.Count);
    }

    private static Outcome Answer(FitItem item, RankerWeights weights) => Answer(item, new LinearPassageRanker(weights));

    private static Outcome Answer(FitItem item, double[] weights, double accept) => Answer(item, new LinearPassageRanker(RankerWeights.FromArray(weights, accept)));

    /// <summary>What the answerer would reply with this ranker: the same ordering, the same preference for a
    /// passage holding the asked-for number or date, the same decision to decline, the same floor under the results.</summary>
    private static Outcome Answer(FitItem item, LinearPassageRanker ranker)
    {
        var candidates = item.Question.Candidates;
        if (candidates.Count == 0)
        {
            return new Outcome(item.Expect is not null, false, 0);
        }

        var scored = candidates.Select(candidate => (Candidate: candidate, Score: ranker.Score(candidate.Features))).ToList();
        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        bool IsAnswer(FitCandidate candidate) => QuestionAnswerer.Answers(
            candidate.Covers, candidate.Cosine is { } cosine && ranker.IsCloseInMeaning(cosine), candidate.HasAnswerType, item.Question.WantsMeasure);
        if (scored.Count > 1 && !scored[0].Candidate.HasAnswerType && item.Question.WantsMeasure)
        {
            var typed = scored.FindIndex(pair => pair.Candidate.HasAnswerType && IsAnswer(pair.Candidate));
            if (typed > 0)
            {
                var answer = scored[typed];
                scored.RemoveAt(typed);
                scored.Insert(0, answer);
            }
        }

        if (!IsAnswer(scored[0].Candidate))
        {
            return new Outcome(item.Expect is not null, false, 0);
        }

        if (item.Expect is null)
        {
            return new Outcome(false, true, 0);
        }

        var floor = scored[0].Score * QuestionAnswerer.RelativeFloor;
        var rank = 0;
        var seen = new HashSet<(string, int)>();
        foreach (var (candidate, score) in scored)
        {
            if (score < floor || !seen.Add((candidate.ArticleId, candidate.Paragraph)))
            {
                continue;
            }

            rank++;
            if (item.Expect.Paragraphs?.Contains(candidate.Paragraph) == true
                && (item.Expect.Article is null || string.Equals(item.Expect.Article, candidate.ArticleId, StringComparison.OrdinalIgnoreCase)))
            {
                return new Outcome(true, true, 1.0 / rank, rank);
            }
        }

        return new Outcome(true, true, 0);
    }

    internal sealed record Outcome(bool Answerable, bool Answered, double ReciprocalRank, int Rank = 0);

    internal sealed record FitItem(string Group, EvalExpectation? Expect, FitQuestion Question)
    {
        public string? Id { get; init; }
    }
}

/// <summary>Every question's candidates, collected once.</summary>
public sealed class RankerFitData
{
    internal RankerFitData(IReadOnlyList<RankerFitter.FitItem> items) => Items = items;

    internal IReadOnlyList<RankerFitter.FitItem> Items { get; }

    public int Questions => Items.Count;

    public static RankerFitData Concat(IEnumerable<RankerFitData> parts) => new([.. parts.SelectMany(part => part.Items)]);

    /// <summary>Every question's candidates as JSON lines, to study the features outside the program.</summary>
    public void WriteJsonLines(TextWriter writer)
    {
        foreach (var item in Items)
        {
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                id = item.Id,
                group = item.Group,
                expect = item.Expect is null ? null : new { article = item.Expect.Article, paragraphs = item.Expect.Paragraphs },
                wantsMeasure = item.Question.WantsMeasure,
                candidates = item.Question.Candidates.Select(candidate => new object?[]
                {
                    candidate.ArticleId, candidate.Paragraph, candidate.Features.Bm25, candidate.Features.Coverage, candidate.Features.Sentence,
                    candidate.Features.Proximity, candidate.Features.Speaker, candidate.Features.AnswerType, candidate.Features.Semantic,
                    candidate.Cosine, candidate.Covers, candidate.HasAnswerType,
                }),
            }));
        }
    }
}

/// <summary>Hit@1, Hit@3, MRR and declines over a set of questions, as the fit measures them.</summary>
public sealed record FitFigures(int Answerable, double HitAt1, double HitAt3, double Mrr, double AnswerableDeclined, int Unanswerable, double UnanswerableDeclined)
{
    public override string ToString() =>
        $"Hit@1 {HitAt1:F3}  Hit@3 {HitAt3:F3}  MRR {Mrr:F3}  answerable declined {AnswerableDeclined:P1} of {Answerable}"
        + (Unanswerable > 0 ? $"  unanswerable declined {UnanswerableDeclined:P1} of {Unanswerable}" : "");

    internal static FitFigures Of(IReadOnlyList<RankerFitter.Outcome> outcomes)
    {
        var answerable = outcomes.Where(outcome => outcome.Answerable).ToList();
        var unanswerable = outcomes.Where(outcome => !outcome.Answerable).ToList();
        static double Share(int count, int of) => of == 0 ? 0 : (double)count / of;
        return new FitFigures(
            answerable.Count,
            Share(answerable.Count(outcome => outcome.Rank == 1), answerable.Count),
            Share(answerable.Count(outcome => outcome.Rank is >= 1 and <= 3), answerable.Count),
            answerable.Count == 0 ? 0 : answerable.Average(outcome => outcome.ReciprocalRank),
            Share(answerable.Count(outcome => !outcome.Answered), answerable.Count),
            unanswerable.Count,
            Share(unanswerable.Count(outcome => !outcome.Answered), unanswerable.Count));
    }
}

/// <param name="CrossValidated">Each article measured with weights fitted without it.</param>
/// <param name="CrossValidatedStart">The same folds with the weights the fit started from.</param>
/// <param name="Fitted">The final weights on all the questions they were fitted on (optimistic).</param>
public sealed record RankerFitResult(RankerWeights Weights, int Groups, int Folds, FitFigures CrossValidated, FitFigures CrossValidatedStart, FitFigures Fitted)
{
    /// <summary>The kept question sets with the fitted weights, and with the start weights; null without any.</summary>
    public FitFigures? Kept { get; init; }

    public FitFigures? KeptStart { get; init; }
}
