using ArticleBot.Core.Answering.Declining;
using ArticleBot.Core.Answering.Ranking;
using ArticleBot.Core.Evaluation;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>The fitter on candidate lists whose answer a known feature gives away: it must find that feature, measure
/// each fold on weights fitted without it, and keep answering on meaning alone below what off-topic questions reach.</summary>
public sealed class RankerFitterTests
{
    private static readonly RankerWeights Start = new(0.25, 0.35, 0.35, 0.05, 0.10, 0.15, 0);

    [Fact]
    public void The_fit_gives_weight_to_the_feature_that_marks_the_answer_and_beats_the_start_on_held_out_articles()
    {
        // The right paragraph always has the best cosine and a middling coverage; a distractor has more coverage.
        var data = Data(articles: 6, perArticle: 20, right => new PassageFeatures(0.5, right ? 0.6 : 0.8, 0.5, 0.5, 0, 0, right ? 1.0 : 0.2));

        var result = RankerFitter.Fit(data, Start, folds: 3);

        Assert.True(result.Weights.Semantic > 0, result.Weights.ToString());
        Assert.Equal(1.0, result.CrossValidated.HitAt1);
        Assert.Equal(0.0, result.CrossValidatedStart.HitAt1);
        Assert.Equal(3, result.Folds);
        Assert.Equal(6, result.Groups);
    }

    [Fact]
    public void The_fit_weighs_the_article_margin_where_the_nearest_article_holds_the_answer_and_the_words_favour_another()
    {
        var data = Data(articles: 6, perArticle: 20, right => new PassageFeatures(0.5, right ? 0.6 : 0.8, 0.5, 0.5, 0, 0, 0, ArticleMargin: right ? 1 : 0));

        var result = RankerFitter.Fit(data, Start, folds: 3);

        Assert.True(result.Weights.ArticleMargin > 0, result.Weights.ToString());
        Assert.Equal(1.0, result.CrossValidated.HitAt1);
    }

    [Fact]
    public void The_fit_finds_a_weight_below_the_coarse_grid_that_breaks_near_ties_without_moving_a_kept_answer()
    {
        // On the data the words favour a wrong paragraph by 0.007 and the model's rank the right one by 0.25; on the
        // kept set the words favour the right one by 0.0105 and the model a wrong one. Weight 0.05 on the rank costs
        // the kept set; 0.03 or 0.04 wins the data and keeps it.
        var data = Data(articles: 4, perArticle: 10, right => new PassageFeatures(0.5, right ? 0.5 : 0.52, 0.5, 0.5, 0, 0, 0, MeaningRank: right ? 1 : 0.75));
        var kept = Data(articles: 1, perArticle: 10, right => new PassageFeatures(0.5, right ? 0.53 : 0.5, 0.5, 0.5, 0, 0, 0, MeaningRank: right ? 0.75 : 1));

        var result = RankerFitter.Fit(data, Start, folds: 2, kept);

        Assert.InRange(result.Weights.MeaningRank, 0.029, 0.041);
        Assert.Equal(1.0, result.CrossValidated.HitAt1);
        Assert.Equal(1.0, result.Kept!.HitAt1);
    }

    [Fact]
    public void A_candidates_file_gives_back_the_article_margin_from_the_cosines_it_keeps()
    {
        // A file keeps each candidate's raw cosines; the margin is computed from them again, as the answerer does.
        var data = new RankerFitData([new RankerFitter.FitItem("a", new EvalExpectation([1], null, "a"), new FitQuestion(false,
        [
            new FitCandidate("a", 1, new PassageFeatures(1, 0.5, 0.5, 0, 0, 0, 0), 0.7f, HasAnswerType: false, SentenceCosine: 0.6f),
            new FitCandidate("b", 1, new PassageFeatures(0.5, 0.5, 0.5, 0, 0, 0, 0), 0.6f, HasAnswerType: false, SentenceCosine: 0.62f),
        ]))]);
        using var written = new StringWriter();
        data.WriteJsonLines(written);

        var (read, _) = RankerFitDataFile.Read(new StringReader(written.ToString()));

        var candidates = Assert.Single(read.Items).Question.Candidates;
        Assert.Equal(1.0, candidates[0].Features.ArticleMargin, 6);
        Assert.Equal(1 - (0.08 / CandidateFeatures.MarginWidth), candidates[1].Features.ArticleMargin, 5);
    }

    [Fact]
    public void Each_article_is_measured_with_weights_fitted_without_it()
    {
        // On even articles the quoted speaker marks the answer and nearness a wrong paragraph; on odd ones the other
        // way round. Fitted on all, half is right; fitted on one kind and measured on the other, none is.
        var items = new List<RankerFitter.FitItem>();
        for (var article = 0; article < 4; article++)
        {
            var id = $"article-{article}";
            var (right, wrong) = article % 2 == 0
                ? (new PassageFeatures(0.5, 0.5, 0.5, 0, 1, 0, 0), new PassageFeatures(0.5, 0.5, 0.5, 1, 0, 0, 0))
                : (new PassageFeatures(0.5, 0.5, 0.5, 1, 0, 0, 0), new PassageFeatures(0.5, 0.5, 0.5, 0, 1, 0, 0));
            for (var q = 0; q < 10; q++)
            {
                items.Add(new RankerFitter.FitItem(id, new EvalExpectation([1], null, id), new FitQuestion(false,
                [
                    new FitCandidate(id, 2, wrong, null, HasAnswerType: false),
                    new FitCandidate(id, 1, right, null, HasAnswerType: false),
                ])));
            }
        }

        var result = RankerFitter.Fit(new RankerFitData(items), Start, folds: 2);

        Assert.Equal(0.5, result.Fitted.HitAt1);
        Assert.Equal(0.0, result.CrossValidated.HitAt1);
    }

    [Fact]
    public void The_meaning_alone_threshold_stays_above_what_unanswerable_questions_reach()
    {
        // Answerable questions' right paragraphs share few words (not covered) but have cosine 0.8; unanswerable
        // ones reach 0.72 at best. The threshold must answer the first and decline the second.
        var items = new List<RankerFitter.FitItem>();
        for (var i = 0; i < 40; i++)
        {
            var group = $"article-{i % 4}";
            items.Add(new RankerFitter.FitItem(group, new EvalExpectation([1], null, group), new FitQuestion(false,
            [
                new FitCandidate(group, 1, new PassageFeatures(0.2, 0.2, 0.2, 0, 0, 0, 1), 0.8f, HasAnswerType: false),
                new FitCandidate(group, 2, new PassageFeatures(1, 0.3, 0.3, 0, 0, 0, 0), 0.5f, HasAnswerType: false),
            ])));
            items.Add(new RankerFitter.FitItem(group, null, new FitQuestion(false,
            [
                new FitCandidate(group, 3, new PassageFeatures(1, 0.2, 0.2, 0, 0, 0, 1), 0.72f, HasAnswerType: false),
            ])));
        }

        var result = RankerFitter.Fit(new RankerFitData(items), Start with { Semantic = 0.5 }, folds: 2);

        Assert.InRange(result.Declines.SemanticAccept, 0.721, 0.8);
        Assert.Equal(0.0, result.CrossValidated.AnswerableDeclined);
        Assert.Equal(1.0, result.CrossValidated.UnanswerableDeclined);
    }

    [Fact]
    public void The_coverage_floor_is_fitted_to_decline_unanswerable_questions_and_kept_when_it_does_better_held_out()
    {
        // Answers cover 0.40 of their questions, below the hand-set 0.45; unanswerable questions' best passages 0.30.
        var data = Covering(article => (0.40, 0.30));

        var result = RankerFitter.Fit(data, Start, folds: 2);

        Assert.True(result.Coverage.Replaced);
        Assert.InRange(result.Declines.MinimumCoverage, 0.31, 0.40);
        Assert.Equal((1.0, 1.0), (result.Coverage.CrossValidatedInUse.AnswerableDeclined, result.Coverage.CrossValidatedInUse.UnanswerableDeclined));
        Assert.Equal((0.0, 1.0), (result.CrossValidated.AnswerableDeclined, result.CrossValidated.UnanswerableDeclined));
        Assert.All(result.Coverage.ByFold, fold => Assert.InRange(fold.MinimumCoverage, 0.31, 0.40));
    }

    [Fact]
    public void No_coverage_floor_is_chosen_that_answers_a_kept_sets_unanswerable_question()
    {
        // The data alone would lower the floor to 0.40; a kept set's unanswerable question covers 0.41 and is declined
        // under the 0.45 in use, so no floor at or below 0.41 may be chosen.
        var data = Covering(article => (0.40, 0.30));
        var kept = new RankerFitData([.. Covering(article => (0.50, 0.41)).Items.Where(item => item.Group == "article-0").Select(item => item with { Group = "kept-questions.jsonl" })]);

        var result = RankerFitter.Fit(data, Start, folds: 2, kept);

        Assert.All(result.Coverage.ByFold, fold => Assert.True(fold.MinimumCoverage > 0.41, fold.ToString()));
        Assert.False(result.Coverage.Replaced);
        Assert.Equal(DeclineThresholds.HandSetCoverage, result.Declines.MinimumCoverage);
        Assert.Equal(1.0, result.Kept!.UnanswerableDeclined);
    }

    [Fact]
    public void Fitted_coverage_floors_that_do_no_better_on_articles_they_were_not_fitted_on_are_not_kept()
    {
        // On every article answers cover 0.50; unanswerable questions 0.46 on half the articles, 0.40 on the rest. On all
        // of them 0.48 declines every unanswerable one, but fitted on one half and measured on the other it declines no
        // more than the 0.45 in use.
        var data = Covering(article => (0.50, article % 2 == 0 ? 0.46 : 0.40));

        var result = RankerFitter.Fit(data, Start, folds: 2);

        Assert.InRange(result.Coverage.OnAll.MinimumCoverage, 0.47, 0.50);
        Assert.False(result.Coverage.Replaced);
        Assert.Equal(DeclineThresholds.HandSetCoverage, result.Declines.MinimumCoverage);
        Assert.Equal(result.Coverage.CrossValidatedInUse, result.CrossValidated);
    }

    [Fact]
    public void A_question_that_wants_a_number_is_answered_by_the_candidate_holding_one_as_the_answerer_does()
    {
        // The words favour a paragraph with no number; as the answerer does, the fitter answers from the one that
        // holds it rather than declining.
        var items = Enumerable.Range(0, 10).Select(i => new RankerFitter.FitItem($"a{i % 2}", new EvalExpectation([2], null, null), new FitQuestion(true,
        [
            new FitCandidate("x", 1, new PassageFeatures(1, 1, 1, 1, 0, 0, 0), null, HasAnswerType: false),
            new FitCandidate("x", 2, new PassageFeatures(0.5, 0.5, 0.5, 0.5, 0, 1, 0), null, HasAnswerType: true),
        ]))).ToList();

        var result = RankerFitter.Fit(new RankerFitData(items), Start, folds: 2);

        Assert.Equal(1.0, result.CrossValidatedStart.HitAt1);
        Assert.Equal(0.0, result.CrossValidatedStart.AnswerableDeclined);
    }

    [Fact]
    public void No_weights_are_chosen_that_answer_fewer_of_a_kept_sets_questions_right()
    {
        // Fitting on the data alone would weigh the cosine (it marks the answer there); on the kept set the cosine
        // marks a wrong paragraph, so weighing it would lower that set's floor.
        var data = Data(articles: 4, perArticle: 10, right => new PassageFeatures(0.5, right ? 0.6 : 0.8, 0.5, 0.5, 0, 0, right ? 1.0 : 0.2));
        var kept = Data(articles: 1, perArticle: 10, right => new PassageFeatures(0.5, right ? 0.8 : 0.6, 0.5, 0.5, 0, 0, right ? 0.0 : 1.0));

        var free = RankerFitter.Fit(data, Start, folds: 2);
        var held = RankerFitter.Fit(data, Start, folds: 2, kept);

        Assert.True(free.Weights.Semantic > 0);
        Assert.Equal(0, held.Weights.Semantic);
        Assert.Equal(1.0, held.Kept!.HitAt1);
        Assert.Equal(held.KeptStart!.HitAt1, held.Kept.HitAt1);
        Assert.Null(free.Kept);
    }

    [Fact]
    public void A_kept_sets_minimum_holds_where_the_start_weights_fall_below_it()
    {
        // The data's answer is marked by the cosine; the kept set's by proximity, which the start weights ignore, so
        // they answer none of it right and a floor taken from them alone lets the fit ignore proximity too.
        var data = Data(articles: 4, perArticle: 10, right => new PassageFeatures(0.5, right ? 0.6 : 0.8, 0.5, 0.5, 0, 0, right ? 1.0 : 0.2));
        var kept = new RankerFitData([.. Data(articles: 1, perArticle: 10, right => new PassageFeatures(0.5, right ? 0.6 : 0.8, 0.5, right ? 1 : 0, 0, 0, 0.5))
            .Items.Select(item => item with { Group = "kept-questions.jsonl" })]);
        var start = Start with { Proximity = 0 };

        var fromStart = RankerFitter.Fit(data, start, folds: 2, kept);
        var held = RankerFitter.Fit(data, start, folds: 2, kept, new Dictionary<string, EvalFloors> { ["kept-questions.jsonl"] = KeptFloors.Parse("hit1=0.9, mrr=0.95") });

        Assert.Equal(0.0, fromStart.Kept!.HitAt1);
        Assert.Equal(1.0, held.Kept!.HitAt1);
        var set = Assert.Single(held.KeptBySet);
        Assert.Equal(("kept-questions.jsonl", 0.0, 0.0), (set.Set, set.Start.HitAt1, set.Shortfall));
        Assert.True(held.Weights.Proximity > 0 && held.Weights.Semantic > 0, held.Weights.ToString());
        Assert.Equal(1.0, held.CrossValidated.HitAt1);
    }

    [Theory]
    [InlineData("hit1=1.5")]
    [InlineData("recall=0.9")]
    [InlineData("hit1")]
    public void A_kept_sets_minimums_that_do_not_read_are_refused(string text) =>
        Assert.Throws<FormatException>(() => KeptFloors.Parse(text));

    [Fact]
    public void The_search_crosses_below_a_kept_floor_to_reach_weights_that_hold_it_and_answer_more()
    {
        // On the data the cosine marks the answer but proximity a wrong paragraph; on the kept set proximity marks
        // the answer and the cosine a wrong one. No single step from the start helps the data and keeps the kept set
        // (the cosine alone costs it); the cosine's weight and then proximity's together do both.
        var data = Data(articles: 4, perArticle: 20, right => right ? new PassageFeatures(0.5, 0.6, 0.5, 0, 0, 0, 1) : new PassageFeatures(0.5, 0.8, 0.5, 0.5, 0, 0, 0));
        var kept = Data(articles: 1, perArticle: 2, right => right ? new PassageFeatures(0.5, 0.8, 0.5, 1, 0, 0, 0) : new PassageFeatures(0.5, 0.6, 0.5, 0, 0, 0, 1));

        var result = RankerFitter.Fit(data, Start with { Proximity = 0 }, folds: 2, kept);

        Assert.True(result.Weights.Semantic > 0 && result.Weights.Proximity > 0, result.Weights.ToString());
        Assert.Equal(1.0, result.Kept!.HitAt1);
        Assert.Equal(1.0, result.CrossValidated.HitAt1);
        Assert.Equal(0.0, result.CrossValidatedStart.HitAt1);
    }

    [Fact]
    public void Plain_fusion_and_BM25_are_measured_beside_the_ranker_with_why_it_misses()
    {
        // BM25 favours the wrong paragraph, the cosine the right one: fusion with a weight chosen by the folds finds
        // it, BM25 alone never does, and the ranker (whose start weights ignore the cosine) ranks it lower.
        var data = Data(articles: 4, perArticle: 10, right => new PassageFeatures(right ? 0.4 : 1.0, 0.5, 0.5, 0, 0, 0, 0));
        var items = data.Items.Select(item => item with
        {
            Question = item.Question with
            {
                Kind = "who",
                Candidates = [.. item.Question.Candidates.Select(candidate => candidate with { Cosine = candidate.Paragraph == 1 ? 0.8f : 0.3f, SentenceCosine = null })],
            },
        }).ToList();

        var result = RankerFitter.Fit(new RankerFitData(items), Start with { Semantic = 0 }, folds: 2);

        Assert.Equal(0.0, result.Bm25!.HitAt1);
        Assert.Equal(1.0, result.Fusion!.HitAt1);
        Assert.All(result.FusionWeights, w => Assert.InRange(w, 0.05, 1.0));
        var who = Assert.Single(result.Breakdown, row => row.Kind == "who");
        Assert.Equal(40, who.Questions);
        Assert.Equal(who.Questions - (int)Math.Round(result.CrossValidated.HitAt1 * 40), who.RankedLower);
        Assert.Equal(who.RankedLower, who.RankedLowerFusionRight);
        Assert.Equal(0, who.NotInCandidates);
    }

    /// <summary>Four articles of ten answerable and ten unanswerable questions, one candidate each, covering its
    /// question by the shares given for the article (each holding two of the question's three concepts).</summary>
    private static RankerFitData Covering(Func<int, (double Answer, double Unanswerable)> coverage)
    {
        var items = new List<RankerFitter.FitItem>();
        for (var article = 0; article < 4; article++)
        {
            var id = $"article-{article}";
            var (answer, unanswerable) = coverage(article);
            for (var q = 0; q < 10; q++)
            {
                items.Add(new RankerFitter.FitItem(id, new EvalExpectation([1], null, id), new FitQuestion(false,
                    [new FitCandidate(id, 1, new PassageFeatures(1, answer, answer, 0, 0, 0, 0), null, HasAnswerType: false, MatchedConcepts: 2)], Concepts: 3)));
                items.Add(new RankerFitter.FitItem(id, null, new FitQuestion(false,
                    [new FitCandidate(id, 2, new PassageFeatures(1, unanswerable, unanswerable, 0, 0, 0, 0), null, HasAnswerType: false, MatchedConcepts: 2)], Concepts: 3)));
            }
        }

        return new RankerFitData(items);
    }

    private static RankerFitData Data(int articles, int perArticle, Func<bool, PassageFeatures> features)
    {
        var items = new List<RankerFitter.FitItem>();
        for (var article = 0; article < articles; article++)
        {
            for (var q = 0; q < perArticle; q++)
            {
                var id = $"article-{article}";
                items.Add(new RankerFitter.FitItem(id, new EvalExpectation([1], null, id), new FitQuestion(false,
                [
                    new FitCandidate(id, 1, features(true), 0.6f, HasAnswerType: false),
                    new FitCandidate(id, 2, features(false), 0.4f, HasAnswerType: false),
                ])));
            }
        }

        return new RankerFitData(items);
    }
}
