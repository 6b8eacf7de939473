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

    /// <summary>Every 0.05 up to 1.5, and every 0.01 below 0.05: a feature that only breaks the others' near-ties
    /// (the model's rank of a paragraph, within one article where its cosines are all close) pays at 0.02–0.03 and
    /// already moves kept answers at 0.05.</summary>
    private static readonly double[] WeightSteps = [0.01, 0.02, 0.03, 0.04, .. Enumerable.Range(0, 31).Select(step => Math.Round(step * 0.05, 2))];
    private static readonly double[] AcceptSteps = [.. Enumerable.Range(50, 51).Select(step => Math.Round(step * 0.01, 2)), 2.0];
    private static readonly double[] RejectSteps = [0, .. Enumerable.Range(20, 51).Select(step => Math.Round(step * 0.01, 2))];

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
    public static RankerFitResult Fit(RankerFitData data, RankerWeights start, int folds, RankerFitData? keep = null, IReadOnlyDictionary<string, EvalFloors>? minimums = null)
    {
        var floors = new Floors(keep?.Items ?? [], start, minimums ?? new Dictionary<string, EvalFloors>());
        var groups = data.Items.Select(item => item.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        folds = Math.Clamp(folds, 2, Math.Max(2, groups.Count));
        var foldOf = groups.Select((group, index) => (group, index)).ToDictionary(pair => pair.group, pair => pair.index % folds, StringComparer.Ordinal);

        var heldOut = new Outcome[data.Items.Count];
        var heldOutStart = new List<Outcome>();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = data.Items.Where(item => foldOf[item.Group] != fold).ToList();
            var fitted = FitWeights(train, start, floors);
            for (var index = 0; index < data.Items.Count; index++)
            {
                if (foldOf[data.Items[index].Group] == fold)
                {
                    heldOut[index] = Answer(data.Items[index], fitted);
                    heldOutStart.Add(Answer(data.Items[index], start));
                }
            }
        }

        var (bm25, fusion, fusionWeights) = FitBaselines.Measure(data.Items, foldOf, folds);
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
            KeptBySet = floors.BySet(final, start),
            Bm25 = FitFigures.Of(bm25),
            // Without the model there is no cosine to fuse with.
            Fusion = data.Items.Any(item => item.Question.Candidates.Any(candidate => candidate.Cosine is not null)) ? FitFigures.Of(fusion) : null,
            FusionWeights = fusionWeights,
            Breakdown = FitBreakdown.Of(data.Items, heldOut, bm25, fusion),
            DeclineCurve = FitDeclinePoint.Curve(heldOut),
        };
    }

    /// <summary>The right answers and declines of each kept question set under the start weights, which no fitted
    /// weights may go below, and the set's own minimums where it has them: the start weights' figures on a feature
    /// they never weighed can be below what the quality tests require.</summary>
    private sealed class Floors
    {
        private readonly ILookup<string, FitItem> _sets;
        private readonly Dictionary<string, KeptCounts> _start;
        private readonly IReadOnlyDictionary<string, EvalFloors> _minimums;

        public Floors(IReadOnlyList<FitItem> items, RankerWeights start, IReadOnlyDictionary<string, EvalFloors> minimums)
        {
            _sets = items.ToLookup(item => item.Group, StringComparer.Ordinal);
            _start = _sets.ToDictionary(set => set.Key, set => Count(set, start), StringComparer.Ordinal);
            _minimums = minimums;
        }

        public bool IsEmpty => _sets.Count == 0;

        public bool Hold(RankerWeights weights) => Shortfall(weights) < 1e-9;

        /// <summary>How many right answers and declines of unanswerable questions the kept sets have fewer of than
        /// under the start weights, plus how many questions' worth each falls short of its minimums.</summary>
        public double Shortfall(RankerWeights weights) =>
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

        public IReadOnlyList<KeptSetFigures> BySet(RankerWeights fitted, RankerWeights start) =>
        [
            .. _sets.Select(set => new KeptSetFigures(
                set.Key,
                FitFigures.Of(set.Select(item => Answer(item, fitted)).ToList()),
                FitFigures.Of(set.Select(item => Answer(item, start)).ToList()),
                Shortfall(Count(set, fitted), _start[set.Key], _minimums.GetValueOrDefault(set.Key)))),
        ];

        public FitFigures? Figures(RankerWeights weights) =>
            _sets.Count == 0 ? null : FitFigures.Of(_sets.SelectMany(set => set).Select(item => Answer(item, weights)).ToList());

        private static KeptCounts Count(IEnumerable<FitItem> set, RankerWeights weights)
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
    private static RankerWeights FitWeights(IReadOnlyList<FitItem> items, RankerWeights start, Floors floors)
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

    private static RankerWeights Search(IReadOnlyList<FitItem> items, RankerWeights start, Floors floors, bool walk)
    {
        double Score(RankerWeights trial) => Objective(items, trial) - (walk ? KeptShortfallCost * floors.Shortfall(trial) / Math.Max(1, items.Count) : 0);
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
                    var vector = weights.ToArray();
                    vector[index] = value;
                    var trial = RankerWeights.FromArray(vector, weights.SemanticAccept, weights.SemanticReject);
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
    private static RankerWeights FitAccept(IReadOnlyList<FitItem> items, RankerWeights weights, Floors floors)
    {
        var nones = items.Where(item => item.Expect is null).ToList();
        var answerable = items.Where(item => item.Expect is not null).ToList();
        if (nones.Count == 0)
        {
            return weights;
        }

        double AnsweredNones(RankerWeights trial) => nones.Count(item => Answer(item, trial).Answered) / (double)nones.Count;
        var allowed = AnsweredNones(weights with { SemanticAccept = 2.0 }) + AllowedExtraAnswers;
        var best = weights;
        var bestScore = Objective(answerable, weights);
        foreach (var accept in AcceptSteps)
        {
            var trial = weights with { SemanticAccept = accept };
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
    private static RankerWeights FitReject(IReadOnlyList<FitItem> items, RankerWeights weights, Floors floors)
    {
        if (!items.Any(item => item.Expect is null))
        {
            return weights;
        }

        var best = weights;
        var bestScore = Objective(items, weights);
        foreach (var reject in RejectSteps)
        {
            var trial = weights with { SemanticReject = reject };
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
    private static double Objective(IReadOnlyList<FitItem> items, RankerWeights weights)
    {
        var ranker = new LinearPassageRanker(weights);
        double total = 0;
        foreach (var item in items)
        {
            var outcome = Answer(item, ranker);
            total += item.Expect is null ? (outcome.Answered ? -1 : 0) : outcome.ReciprocalRank;
        }

        return total / Math.Max(1, items.Count);
    }

    private static Outcome Answer(FitItem item, RankerWeights weights) => Answer(item, new LinearPassageRanker(weights));

    /// <summary>What the answerer would reply with this ranker: the same ordering, the same passage put first for a
    /// question wanting a number or a date, the same decision to decline, the same floor under the results.</summary>
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
            candidate.Covers,
            candidate.Cosine is { } cosine && ranker.IsCloseInMeaning(cosine),
            QuestionAnswerer.MeaningOf(candidate.Cosine, candidate.SentenceCosine) is { } meaning && ranker.IsFarInMeaning(meaning),
            candidate.HasAnswerType,
            item.Question.WantsMeasure);
        QuestionAnswerer.AnswerFirst(scored, pair => IsAnswer(pair.Candidate), pair => pair.Candidate.HasAnswerType, item.Question.WantsMeasure);
        if (!IsAnswer(scored[0].Candidate))
        {
            return new Outcome(item.Expect is not null, false, 0);
        }

        var meaningOfAnswer = QuestionAnswerer.MeaningOf(scored[0].Candidate.Cosine, scored[0].Candidate.SentenceCosine);
        if (item.Expect is null)
        {
            return new Outcome(false, true, 0) { Meaning = meaningOfAnswer };
        }

        var floor = ranker.Score(scored[0].Candidate.Features.Matching) * QuestionAnswerer.RelativeFloor;
        var rank = 0;
        var seen = new HashSet<(string, int)>();
        foreach (var (candidate, _) in scored)
        {
            if (ranker.Score(candidate.Features.Matching) < floor || !seen.Add((candidate.ArticleId, candidate.Paragraph)))
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
                candidates = item.Question.Candidates.Select(candidate => new object?[]
                {
                    candidate.ArticleId, candidate.Paragraph, candidate.Features.Bm25, candidate.Features.Coverage, candidate.Features.Sentence,
                    candidate.Features.Proximity, candidate.Features.Speaker, candidate.Features.AnswerType, candidate.Features.Semantic,
                    candidate.Cosine, candidate.Covers, candidate.HasAnswerType, candidate.Features.SentenceSemantic, candidate.SentenceCosine,
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
            var candidates = WithRelative(WithMeaning(root.GetProperty("candidates").EnumerateArray().Select(Candidate).ToList()));
            var item = new RankerFitter.FitItem(root.GetProperty("group").GetString()!, expect, new FitQuestion(root.GetProperty("wantsMeasure").GetBoolean(), candidates, root.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "" : "",
                root.TryGetProperty("answerKind", out var answerKind) && Enum.TryParse<AnswerType.Kind>(answerKind.GetString(), out var parsedKind) ? parsedKind : AnswerType.Kind.Any))
            {
                Id = root.TryGetProperty("id", out var id) ? id.GetString() : null,
            };
            (root.TryGetProperty("kept", out var isKept) && isKept.GetBoolean() ? kept : fitted).Add(item);
        }

        return (new RankerFitData(fitted), new RankerFitData(kept));
    }

    /// <summary>A file written before the meaning feature existed gets it from the cosines it kept, normalised over
    /// the question's candidates as the answerer does.</summary>
    private static List<FitCandidate> WithMeaning(List<FitCandidate> candidates)
    {
        if (candidates.Any(candidate => candidate.Features.Meaning != 0) || candidates.All(candidate => candidate.Cosine is null))
        {
            return candidates;
        }

        var meanings = FeatureScale.MinMax([.. candidates.Select(candidate => (double)(QuestionAnswerer.MeaningOf(candidate.Cosine, candidate.SentenceCosine) ?? 0f))]);
        return [.. candidates.Select((candidate, i) => candidate with { Features = candidate.Features with { Meaning = meanings[i] } })];
    }

    /// <summary>The features that depend on the other candidates (<see cref="CandidateFeatures"/>), computed again
    /// from the raw cosines the file keeps as the answerer computes them, so a file written before one existed fits it too.</summary>
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
            values[10].GetBoolean(),
            values[11].GetBoolean(),
            Cosine(13));
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
