using ArticleBot.Core.Answering;
using ArticleBot.Core.Answering.Declining;
using ArticleBot.Core.Answering.Ranking;

namespace ArticleBot.Core.Evaluation;

/// <summary>
/// Fits the linear ranker's weights and the decide stage's thresholds (<see cref="DeclineThresholds"/>) to evaluation
/// questions, and measures them by article: the articles are split into folds, each fold is measured with weights and
/// thresholds fitted on the others only, so the figure says how they do on articles they never saw.
/// </summary>
public static class RankerFitter
{
    /// <summary>The weight held fixed: scores are compared with each other, so only the weights' ratios matter.</summary>
    private const int FixedWeight = 1;

    /// <summary>Every 0.05 up to 1.5, and every 0.01 below 0.05: a feature that only breaks the others' near-ties
    /// (the model's rank of a paragraph, within one article where its cosines are all close) pays at 0.02–0.03 and
    /// already moves kept answers at 0.05.</summary>
    private static readonly double[] WeightSteps = [0.01, 0.02, 0.03, 0.04, .. Enumerable.Range(0, 31).Select(step => Math.Round(step * 0.05, 2))];
    private static readonly double[] AcceptSteps = [.. Enumerable.Range(50, 51).Select(step => Math.Round(step * 0.01, 2)), 2.0];
    private static readonly double[] RejectSteps = [0, .. Enumerable.Range(20, 51).Select(step => Math.Round(step * 0.01, 2))];

    /// <summary>How many more off-topic questions (as a share) may be answered on meaning alone than on words.</summary>
    private const double AllowedExtraAnswers = 0.02;

    /// <summary>The most answerable questions (as a share) the coverage floors may decline: issue 11's target, "answerable
    /// declined ≤ 2%". Within it the floors decline as many unanswerable questions as they can.</summary>
    internal const double MaxAnswerableDeclined = 0.02;

    private static readonly double[] CoverageSteps = [.. Enumerable.Range(10, 31).Select(step => Math.Round(step * 0.02, 2)), DeclineThresholds.HandSetCoverage];
    private static readonly double[] SingleWordSteps = [.. Enumerable.Range(20, 31).Select(step => Math.Round(step * 0.02, 2)), DeclineThresholds.HandSetSingleWordCoverage];

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

            items.Add(new FitItem(group, kind == "none" ? null : question.Expect, candidates with { Kind = QuestionKind.Of(question.Question) }) { Id = question.Id });
        }

        return new RankerFitData(items);
    }

    /// <summary>Fits on all the data and cross-validates by group; <paramref name="start"/> is where the search starts
    /// (the weights in use), and the figure it is compared with.</summary>
    /// <param name="keep">Question sets whose floors stay: no weights are chosen that answer fewer of any set's
    /// questions right, or decline fewer of its unanswerable ones, than <paramref name="start"/> does. They are not
    /// fitted on.</param>
    /// <param name="minimums">By kept set (its group): the floors its quality tests hold it to, which no chosen
    /// weights may go below either, even where <paramref name="start"/> does.</param>
    /// <param name="declines">The thresholds in use with <paramref name="start"/>; default the hand-set ones.</param>
    public static RankerFitResult Fit(RankerFitData data, RankerWeights start, int folds, RankerFitData? keep = null, IReadOnlyDictionary<string, EvalFloors>? minimums = null, DeclineThresholds? declines = null)
    {
        var from = new FitPoint(start, declines ?? DeclineThresholds.HandSet);
        var floors = new Floors(keep?.Items ?? [], from, minimums ?? new Dictionary<string, EvalFloors>());
        var groups = data.Items.Select(item => item.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        folds = Math.Clamp(folds, 2, Math.Max(2, groups.Count));
        var foldOf = groups.Select((group, index) => (group, index)).ToDictionary(pair => pair.group, pair => pair.index % folds, StringComparer.Ordinal);

        // Held out with each fold's weights and coverage floors; with its weights and the floors in use; as started.
        var heldOut = new Outcome[data.Items.Count];
        var heldOutFloorsInUse = new Outcome[data.Items.Count];
        var heldOutStart = new List<Outcome>();
        var byFold = new List<DeclineThresholds>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = data.Items.Where(item => foldOf[item.Group] != fold).ToList();
            var fitted = FitWeights(train, from, floors);
            var covered = FitCoverage(train, fitted, floors);
            byFold.Add(covered.Declines);
            for (var index = 0; index < data.Items.Count; index++)
            {
                if (foldOf[data.Items[index].Group] == fold)
                {
                    heldOut[index] = Answer(data.Items[index], covered);
                    heldOutFloorsInUse[index] = Answer(data.Items[index], fitted);
                    heldOutStart.Add(Answer(data.Items[index], from));
                }
            }
        }

        var (bm25, fusion, fusionWeights) = FitBaselines.Measure(data.Items, foldOf, folds);
        var final = FitWeights(data.Items, from, floors);
        var coverageFigures = FitFigures.Of(heldOut);
        var floorsInUseFigures = FitFigures.Of(heldOutFloorsInUse);
        // The fitted floors replace those in use only where they do better on articles they were not fitted on.
        var coverageWins = DeclinesBetter(coverageFigures, floorsInUseFigures);
        var finalCovered = FitCoverage(data.Items, final, floors);
        var chosen = coverageWins ? finalCovered : final;
        var chosenHeldOut = coverageWins ? heldOut : heldOutFloorsInUse;
        return new RankerFitResult(
            chosen.Weights,
            groups.Count,
            folds,
            FitFigures.Of(chosenHeldOut),
            FitFigures.Of(heldOutStart),
            FitFigures.Of(data.Items.Select(item => Answer(item, chosen)).ToList()))
        {
            Declines = chosen.Declines,
            Coverage = new CoverageFit(coverageWins, coverageFigures, floorsInUseFigures, byFold, finalCovered.Declines),
            Kept = floors.Figures(chosen),
            KeptStart = floors.Figures(from),
            KeptBySet = floors.BySet(chosen, from),
            Bm25 = FitFigures.Of(bm25),
            // Without the model there is no cosine to fuse with.
            Fusion = data.Items.Any(item => item.Question.Candidates.Any(candidate => candidate.Cosine is not null)) ? FitFigures.Of(fusion) : null,
            FusionWeights = fusionWeights,
            Breakdown = FitBreakdown.Of(data.Items, chosenHeldOut, bm25, fusion),
            DeclineCurve = FitDeclinePoint.Curve(chosenHeldOut),
        };
    }

    /// <summary>Issue 11's objective for declines: answerable declined within <see cref="MaxAnswerableDeclined"/>
    /// first; within it, the most unanswerable declined; outside it, the fewest answerable declined.</summary>
    internal static bool DeclinesBetter(FitFigures candidate, FitFigures than)
    {
        var (within, thanWithin) = (candidate.AnswerableDeclined <= MaxAnswerableDeclined + 1e-9, than.AnswerableDeclined <= MaxAnswerableDeclined + 1e-9);
        if (within != thanWithin)
        {
            return within;
        }

        return within
            ? candidate.UnanswerableDeclined > than.UnanswerableDeclined + 1e-9
            : candidate.AnswerableDeclined < than.AnswerableDeclined - 1e-9;
    }

    /// <summary>The right answers and declines of each kept question set under the start weights, which no fitted
    /// weights may go below, and the set's own minimums where it has them: the start weights' figures on a feature
    /// they never weighed can be below what the quality tests require.</summary>
    private sealed class Floors
    {
        private readonly ILookup<string, FitItem> _sets;
        private readonly Dictionary<string, KeptCounts> _start;
        private readonly IReadOnlyDictionary<string, EvalFloors> _minimums;

        public Floors(IReadOnlyList<FitItem> items, FitPoint start, IReadOnlyDictionary<string, EvalFloors> minimums)
        {
            _sets = items.ToLookup(item => item.Group, StringComparer.Ordinal);
            _start = _sets.ToDictionary(set => set.Key, set => Count(set, start), StringComparer.Ordinal);
            _minimums = minimums;
        }

        public bool IsEmpty => _sets.Count == 0;

        public bool Hold(FitPoint weights) => Shortfall(weights) < 1e-9;

        /// <summary>How many right answers and declines of unanswerable questions the kept sets have fewer of than
        /// under the start weights, plus how many questions' worth each falls short of its minimums.</summary>
        public double Shortfall(FitPoint weights) =>
            _sets.Sum(set => Shortfall(Count(set, weights), _start[set.Key], _minimums.GetValueOrDefault(set.Key)));

        private static double Shortfall(KeptCounts counts, KeptCounts start, EvalFloors? minimum)
        {
            double Below(double? floor, int of, double reached) => floor is { } share ? Math.Max(0, Math.Ceiling((share * of) - 1e-9) - reached) : 0;
            var shortfall = Math.Max(0, start.Right - counts.Right) + Math.Max(0, start.Declined - counts.Declined);
            if (minimum is null)
            {
                return shortfall;
            }

            // MRR is a sum of fractions, so it falls short by a fraction of a question, not a whole one.
            var mrr = minimum.AskMrr is { } least ? Math.Max(0, (least * counts.Answerable) - counts.ReciprocalRanks) : 0;
            var declinedAnswerable = minimum.MaxWrongAbstention is { } most
                ? Math.Max(0, counts.AnswerableDeclined - Math.Floor((most * counts.Answerable) + 1e-9))
                : 0;
            return shortfall + mrr + declinedAnswerable
                + Below(minimum.AskHitAt1, counts.Answerable, counts.Right)
                + Below(minimum.AskHitAt3, counts.Answerable, counts.InTopThree)
                + Below(minimum.NoneAbstention, counts.Unanswerable, counts.Declined);
        }

        public IReadOnlyList<KeptSetFigures> BySet(FitPoint fitted, FitPoint start) =>
        [
            .. _sets.Select(set => new KeptSetFigures(
                set.Key,
                FitFigures.Of(set.Select(item => Answer(item, fitted)).ToList()),
                FitFigures.Of(set.Select(item => Answer(item, start)).ToList()),
                Shortfall(Count(set, fitted), _start[set.Key], _minimums.GetValueOrDefault(set.Key)))),
        ];

        public FitFigures? Figures(FitPoint weights) =>
            _sets.Count == 0 ? null : FitFigures.Of(_sets.SelectMany(set => set).Select(item => Answer(item, weights)).ToList());

        private static KeptCounts Count(IEnumerable<FitItem> set, FitPoint weights)
        {
            var counts = new KeptCounts();
            foreach (var item in set)
            {
                var outcome = Answer(item, weights);
                if (item.Expect is null)
                {
                    counts.Unanswerable++;
                    counts.Declined += outcome.Answered ? 0 : 1;
                    continue;
                }

                counts.Answerable++;
                counts.Right += outcome.Rank == 1 ? 1 : 0;
                counts.InTopThree += outcome.Rank is >= 1 and <= 3 ? 1 : 0;
                counts.ReciprocalRanks += outcome.ReciprocalRank;
                counts.AnswerableDeclined += outcome.Answered ? 0 : 1;
            }

            return counts;
        }

        /// <summary>One kept set's outcomes under some weights; <see cref="Declined"/> counts unanswerable questions.</summary>
        private sealed class KeptCounts
        {
            public int Answerable { get; set; }
            public int Unanswerable { get; set; }
            public int Right { get; set; }
            public int InTopThree { get; set; }
            public double ReciprocalRanks { get; set; }
            public int AnswerableDeclined { get; set; }
            public int Declined { get; set; }
        }
    }

    /// <summary>How many questions' worth of the objective one kept question answered worse costs while the search
    /// walks: enough that the walk heads back to the floors, little enough that it may cross a point below them to
    /// reach weights above them that no single step reaches (the meaning weight rising while the words' shares move).
    /// Only weights that hold every floor are ever returned.</summary>
    private const double KeptShortfallCost = 5;

    /// <summary>Coordinate ascent twice: once never leaving the floors, once walking past them at a cost
    /// (<see cref="KeptShortfallCost"/>); the better of the two that holds them.</summary>
    private static FitPoint FitWeights(IReadOnlyList<FitItem> items, FitPoint start, Floors floors)
    {
        var held = Search(items, start, floors, walk: false);
        if (floors.IsEmpty)
        {
            return held;
        }

        var walked = Search(items, start, floors, walk: true);
        return (floors.Hold(walked), floors.Hold(held)) switch
        {
            (true, false) => walked,
            (false, true) => held,
            _ => Objective(items, walked) > Objective(items, held) + 1e-9 ? walked : held,
        };
    }

    private static FitPoint Search(IReadOnlyList<FitItem> items, FitPoint start, Floors floors, bool walk)
    {
        double Score(FitPoint trial) => Objective(items, trial) - (walk ? KeptShortfallCost * floors.Shortfall(trial) / Math.Max(1, items.Count) : 0);
        var weights = start;
        var best = Score(weights);
        // Start weights below a kept set's minimum are no answer to return: any weights that hold it beat them.
        var (holding, holdingScore) = (start, floors.Hold(start) ? Objective(items, start) : double.NegativeInfinity);
        for (var round = 0; round < 3; round++)
        {
            var improved = false;
            for (var index = 0; index < RankerWeights.Count; index++)
            {
                if (index == FixedWeight)
                {
                    continue;
                }

                foreach (var value in WeightSteps)
                {
                    var vector = weights.Weights.ToArray();
                    vector[index] = value;
                    var trial = weights with { Weights = RankerWeights.FromArray(vector) };
                    var score = Score(trial);
                    if (score > best + 1e-9 && (walk || floors.Hold(trial)))
                    {
                        (best, weights, improved) = (score, trial, true);
                        if (floors.Hold(trial) && Objective(items, trial) > holdingScore + 1e-9)
                        {
                            (holding, holdingScore) = (trial, Objective(items, trial));
                        }
                    }
                }
            }

            holding = FitReject(items, FitAccept(items, holding, floors), floors);
            holdingScore = floors.Hold(holding) ? Objective(items, holding) : double.NegativeInfinity;
            if (!walk)
            {
                weights = holding;
                best = holdingScore;
            }

            if (!improved)
            {
                break;
            }
        }

        return holding;
    }

    /// <summary>The lowest cosine at which answering on meaning alone gives the most right answers while answering
    /// at most <see cref="AllowedExtraAnswers"/> more of the questions the articles do not answer.</summary>
    private static FitPoint FitAccept(IReadOnlyList<FitItem> items, FitPoint weights, Floors floors)
    {
        var nones = items.Where(item => item.Expect is null).ToList();
        var answerable = items.Where(item => item.Expect is not null).ToList();
        if (nones.Count == 0)
        {
            return weights;
        }

        double AnsweredNones(FitPoint trial) => nones.Count(item => Answer(item, trial).Answered) / (double)nones.Count;
        var allowed = AnsweredNones(weights with { Declines = weights.Declines with { SemanticAccept = 2.0 } }) + AllowedExtraAnswers;
        var best = weights;
        var bestScore = Objective(answerable, weights);
        foreach (var accept in AcceptSteps)
        {
            var trial = weights with { Declines = weights.Declines with { SemanticAccept = accept } };
            if (AnsweredNones(trial) > allowed || !floors.Hold(trial))
            {
                continue;
            }

            var score = Objective(answerable, trial);
            if (score > bestScore + 1e-9)
            {
                (bestScore, best) = (score, trial);
            }
        }

        return best;
    }

    /// <summary>The cosine below which a passage that shares the question's words still does not answer: the one
    /// that does best on <see cref="Objective"/>, where each question the articles do not answer and that is now
    /// declined weighs as much as a right first answer lost.</summary>
    private static FitPoint FitReject(IReadOnlyList<FitItem> items, FitPoint weights, Floors floors)
    {
        if (!items.Any(item => item.Expect is null))
        {
            return weights;
        }

        var best = weights;
        var bestScore = Objective(items, weights);
        foreach (var reject in RejectSteps)
        {
            var trial = weights with { Declines = weights.Declines with { SemanticReject = reject } };
            var score = Objective(items, trial);
            if (score > bestScore + 1e-9 && floors.Hold(trial))
            {
                (bestScore, best) = (score, trial);
            }
        }

        return best;
    }

    /// <summary>Mean reciprocal rank of the expected paragraph over the answerable questions, declines counting 0,
    /// less the share of unanswerable questions answered.</summary>
    private static double Objective(IReadOnlyList<FitItem> items, FitPoint point)
    {
        var (ranker, gate) = (new LinearPassageRanker(point.Weights), new ThresholdGate(point.Declines));
        // A fit tries tens of thousands of weights, each over every question: the questions are scored in parallel,
        // and summed in their order afterwards, so the total (and every choice made on it) is the same on any machine.
        var values = new double[items.Count];
        Parallel.For(0, items.Count, index =>
        {
            var item = items[index];
            var outcome = Decide(item, Ranked.Of(item, ranker), gate);
            values[index] = item.Expect is null ? (outcome.Answered ? -1 : 0) : outcome.ReciprocalRank;
        });
        var total = 0.0;
        foreach (var value in values)
        {
            total += value;
        }

        return total / Math.Max(1, items.Count);
    }

    /// <summary>The coverage floors (<see cref="DeclineThresholds.MinimumCoverage"/>, <see cref="DeclineThresholds.SingleWordCoverage"/>)
    /// that do best on <see cref="DeclinesBetter"/> over <paramref name="items"/> with the fitted weights, holding every
    /// kept set's floors; ties go to the better ranking (MRR), then to the floors nearest those in use.</summary>
    private static FitPoint FitCoverage(IReadOnlyList<FitItem> items, FitPoint point, Floors floors)
    {
        var ranker = new LinearPassageRanker(point.Weights);
        var ranked = items.Select(item => Ranked.Of(item, ranker)).ToList();
        FitFigures Figures(FitPoint trial)
        {
            var gate = new ThresholdGate(trial.Declines);
            var outcomes = new Outcome[items.Count];
            Parallel.For(0, items.Count, i => outcomes[i] = Decide(items[i], ranked[i], gate));
            return FitFigures.Of(outcomes);
        }

        var (best, bestFigures) = (point, Figures(point));
        var bestDistance = 0.0;
        foreach (var minimum in CoverageSteps)
        {
            foreach (var singleWord in SingleWordSteps)
            {
                var trial = point with { Declines = point.Declines with { MinimumCoverage = minimum, SingleWordCoverage = singleWord } };
                var figures = Figures(trial);
                var distance = Math.Abs(minimum - point.Declines.MinimumCoverage) + Math.Abs(singleWord - point.Declines.SingleWordCoverage);
                var better = DeclinesBetter(figures, bestFigures)
                    || (!DeclinesBetter(bestFigures, figures) && (figures.Mrr > bestFigures.Mrr + 1e-9 || (Math.Abs(figures.Mrr - bestFigures.Mrr) <= 1e-9 && distance < bestDistance - 1e-9)));
                if (better && floors.Hold(trial))
                {
                    (best, bestFigures, bestDistance) = (trial, figures, distance);
                }
            }
        }

        return best;
    }

    private static Outcome Answer(FitItem item, FitPoint point) => Decide(item, Ranked.Of(item, new LinearPassageRanker(point.Weights)), new ThresholdGate(point.Declines));

    /// <summary>What the answerer would reply: the same passage chosen by the same decide stage, put first, the
    /// same floor under the results.</summary>
    private static Outcome Decide(FitItem item, Ranked ranked, IAnswerGate gate)
    {
        if (gate.Choose(ranked.Evidence, item.Question.WantsMeasure) is not { } chosen)
        {
            return new Outcome(item.Expect is not null, false, 0);
        }

        var meaningOfAnswer = ranked.Evidence[chosen].Meaning;
        if (item.Expect is null)
        {
            return new Outcome(false, true, 0) { Meaning = meaningOfAnswer };
        }

        var floor = ranked.Matching[chosen] * QuestionAnswerer.RelativeFloor;
        var rank = 0;
        var seen = new HashSet<(string, int)>();
        // The chosen passage first, then the rest in their ranked order (ChosenFirst).
        for (var at = -1; at < ranked.Count; at++)
        {
            var i = at < 0 ? chosen : at;
            var candidate = ranked.Candidate(i);
            if ((at >= 0 && i == chosen) || ranked.Matching[i] < floor || !seen.Add((candidate.ArticleId, candidate.Paragraph)))
            {
                continue;
            }

            rank++;
            if (IsExpected(item, candidate))
            {
                return new Outcome(true, true, 1.0 / rank, rank) { Meaning = meaningOfAnswer };
            }
        }

        return new Outcome(true, true, 0) { Meaning = meaningOfAnswer };
    }

    /// <summary>A question's candidates in the ranker's order, with each one's matching score (the floor under the
    /// results) and its evidence for the decide stage: what the thresholds are fitted on, made once per weights.
    /// Evidence is made only for the candidates the decide stage looks at, mostly the first alone.</summary>
    private sealed class Ranked : IReadOnlyList<AnswerEvidence>
    {
        private readonly FitItem _item;
        private readonly int[] _order;

        private Ranked(FitItem item, int[] order, double[] matching)
        {
            (_item, _order, Matching) = (item, order, matching);
        }

        /// <summary>Each candidate's matching score, in ranked order.</summary>
        public double[] Matching { get; }

        public IReadOnlyList<AnswerEvidence> Evidence => this;

        public int Count => _order.Length;

        public AnswerEvidence this[int index] => Candidate(index).Evidence(_item.Question.Concepts);

        /// <summary>The candidate ranked at <paramref name="index"/> (0 first).</summary>
        public FitCandidate Candidate(int index) => _item.Question.Candidates[_order[index]];

        public static Ranked Of(FitItem item, LinearPassageRanker ranker)
        {
            var candidates = item.Question.Candidates;
            var scored = new (int Index, double Score)[candidates.Count];
            for (var i = 0; i < scored.Length; i++)
            {
                scored[i] = (i, ranker.Score(candidates[i].Features));
            }

            // The answerer's sort (List<T>.Sort's introsort on the same comparison), so ties fall the same way.
            Array.Sort(scored, (a, b) => b.Score.CompareTo(a.Score));
            var order = new int[scored.Length];
            var matching = new double[scored.Length];
            for (var i = 0; i < scored.Length; i++)
            {
                order[i] = scored[i].Index;
                matching[i] = ranker.Score(candidates[order[i]].Features.Matching);
            }

            return new Ranked(item, order, matching);
        }

        public IEnumerator<AnswerEvidence> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Whether the candidate is (one of) the paragraph(s) the question expects.</summary>
    internal static bool IsExpected(FitItem item, FitCandidate candidate) =>
        item.Expect?.Paragraphs?.Contains(candidate.Paragraph) == true
        && (item.Expect.Article is null || string.Equals(item.Expect.Article, candidate.ArticleId, StringComparison.OrdinalIgnoreCase));

    internal sealed record Outcome(bool Answerable, bool Answered, double ReciprocalRank, int Rank = 0)
    {
        /// <summary>The answer's cosine to the question (the nearer of paragraph and best sentence), when answered
        /// with the model.</summary>
        public float? Meaning { get; init; }
    }

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

    /// <summary>How many of a group's questions have an answer.</summary>
    public int Answerable(string group) => Items.Count(item => item.Expect is not null && string.Equals(item.Group, group, StringComparison.Ordinal));

    public static RankerFitData Concat(IEnumerable<RankerFitData> parts) => new([.. parts.SelectMany(part => part.Items)]);

    /// <summary>Every question's candidates as JSON lines, to study the features outside the program.</summary>
    /// <param name="kept">Marks the lines as a kept set's (a floor, not fitted on).</param>
    public void WriteJsonLines(TextWriter writer, bool kept = false)
    {
        foreach (var item in Items)
        {
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                id = item.Id,
                group = item.Group,
                kept,
                expect = item.Expect is null ? null : new { article = item.Expect.Article, paragraphs = item.Expect.Paragraphs },
                wantsMeasure = item.Question.WantsMeasure,
                kind = item.Question.Kind,
                answerKind = item.Question.AnswerKind.ToString(),
                concepts = item.Question.Concepts,
                candidates = item.Question.Candidates.Select(candidate => new object?[]
                {
                    candidate.ArticleId, candidate.Paragraph, candidate.Features.Bm25, candidate.Features.Coverage, candidate.Features.Sentence,
                    candidate.Features.Proximity, candidate.Features.Speaker, candidate.Features.AnswerType, candidate.Features.Semantic,
                    candidate.Cosine, candidate.MatchedConcepts, candidate.HasAnswerType, candidate.Features.SentenceSemantic, candidate.SentenceCosine,
                    candidate.Features.Meaning, candidate.Features.AnswerPresence, candidate.Features.ArticleMargin, candidate.Features.MeaningRank,
                }),
            }));
        }
    }
}

/// <summary>Reads what <see cref="RankerFitData.WriteJsonLines"/> wrote, so a fit can be repeated without asking
/// every question again (the model's encoding of thousands of questions is most of a fit's time).</summary>
public static class RankerFitDataFile
{
    /// <returns>The questions fitted on, and the kept sets' questions.</returns>
    public static (RankerFitData Fitted, RankerFitData Kept) Read(TextReader reader)
    {
        var fitted = new List<RankerFitter.FitItem>();
        var kept = new List<RankerFitter.FitItem>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = System.Text.Json.JsonDocument.Parse(line);
            var root = document.RootElement;
            var expect = root.GetProperty("expect") is { ValueKind: System.Text.Json.JsonValueKind.Object } given
                ? new EvalExpectation(
                    given.TryGetProperty("paragraphs", out var paragraphs) && paragraphs.ValueKind == System.Text.Json.JsonValueKind.Array ? [.. paragraphs.EnumerateArray().Select(paragraph => paragraph.GetInt32())] : null,
                    null,
                    given.TryGetProperty("article", out var article) ? article.GetString() : null)
                : null;
            // The decide stage's coverage floors are fitted on how many concepts a question has and each candidate
            // holds; a file from before they were kept says only whether the hand-set floors were met.
            if (!root.TryGetProperty("concepts", out var concepts))
            {
                throw new FormatException("it was written before candidates kept their concept counts; collect them again without --reuse");
            }

            var candidates = WithRelative(root.GetProperty("candidates").EnumerateArray().Select(Candidate).ToList());
            var item = new RankerFitter.FitItem(root.GetProperty("group").GetString()!, expect, new FitQuestion(root.GetProperty("wantsMeasure").GetBoolean(), candidates, root.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "" : "",
                root.TryGetProperty("answerKind", out var answerKind) && Enum.TryParse<AnswerType.Kind>(answerKind.GetString(), out var parsedKind) ? parsedKind : AnswerType.Kind.Any,
                concepts.GetInt32()))
            {
                Id = root.TryGetProperty("id", out var id) ? id.GetString() : null,
            };
            (root.TryGetProperty("kept", out var isKept) && isKept.GetBoolean() ? kept : fitted).Add(item);
        }

        return (new RankerFitData(fitted), new RankerFitData(kept));
    }

    /// <summary>The features that depend on the other candidates (<see cref="CandidateFeatures"/>, the meaning among
    /// them), computed again from the raw cosines the file keeps as the answerer computes them, so a file written
    /// before one existed fits it too.</summary>
    private static List<FitCandidate> WithRelative(List<FitCandidate> candidates)
    {
        var filled = CandidateFeatures.Fill([.. candidates.Select(candidate => candidate.Features)], [.. candidates.Select(candidate => candidate.Cosine)], [.. candidates.Select(candidate => candidate.SentenceCosine)], [.. candidates.Select(candidate => candidate.ArticleId)]);
        return [.. candidates.Select((candidate, i) => candidate with { Features = filled[i] })];
    }

    private static FitCandidate Candidate(System.Text.Json.JsonElement values)
    {
        double At(int index) => values.GetArrayLength() > index && values[index].ValueKind == System.Text.Json.JsonValueKind.Number ? values[index].GetDouble() : 0;
        float? Cosine(int index) => values.GetArrayLength() > index && values[index].ValueKind == System.Text.Json.JsonValueKind.Number ? values[index].GetSingle() : null;
        return new FitCandidate(
            values[0].GetString()!,
            values[1].GetInt32(),
            new PassageFeatures(At(2), At(3), At(4), At(5), At(6), At(7), At(8), At(12), At(14), At(15)),
            Cosine(9),
            values[11].GetBoolean(),
            Cosine(13),
            values[10].GetInt32());
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
    /// <summary>The decide stage's thresholds chosen with <see cref="Weights"/>.</summary>
    public required DeclineThresholds Declines { get; init; }

    /// <summary>How the fitted coverage floors did held out against those in use.</summary>
    public required CoverageFit Coverage { get; init; }

    /// <summary>The kept question sets with the fitted weights, and with the start weights; null without any.</summary>
    public FitFigures? Kept { get; init; }

    public FitFigures? KeptStart { get; init; }

    /// <summary>Each kept set on its own, so a floor the fit could not hold is seen by name.</summary>
    public IReadOnlyList<KeptSetFigures> KeptBySet { get; init; } = [];

    /// <summary>BM25 alone on the same candidates, never declining.</summary>
    public FitFigures? Bm25 { get; init; }

    /// <summary>Min-max fusion of BM25 and the cosine on the same candidates, its weight chosen by the same folds
    /// (<see cref="FusionWeights"/>, one a fold), never declining.</summary>
    public FitFigures? Fusion { get; init; }

    public IReadOnlyList<double> FusionWeights { get; init; } = [];

    /// <summary>The held-out figures by kind of question, with why the ranker missed.</summary>
    public IReadOnlyList<FitBreakdown> Breakdown { get; init; } = [];

    /// <summary>What declining more on the answer's cosine would do, held out: how far that evidence separates
    /// answerable questions from those the articles do not answer.</summary>
    public IReadOnlyList<FitDeclinePoint> DeclineCurve { get; init; } = [];
}
