using ArticleBot.Core.Answering.Ranking;

namespace ArticleBot.Core.Tests.Answering.Ranking;

/// <summary>The features that compare a candidate with the others: the article's margin in meaning, the same for
/// every paragraph of one article on a fixed scale, and the candidate's rank in meaning, whatever order they came in.</summary>
public sealed class CandidateFeaturesTests
{
    private static PassageFeatures Bm25(double bm25) => new(bm25, 0.5, 0.5, 0, 0, 0, 0);

    [Fact]
    public void Every_paragraph_of_an_article_gets_the_margin_of_its_articles_nearest_candidate()
    {
        PassageFeatures[] features = [Bm25(1.0), Bm25(0.8), Bm25(0.6)];

        // Article "a" holds the nearest candidate (0.7, its second paragraph's sentence); "b"'s nearest is 0.1 below.
        var filled = CandidateFeatures.Fill(features, [0.5f, 0.55f, 0.6f], [0.45f, 0.7f, 0.58f], ["a", "a", "b"]);

        Assert.Equal(1.0, filled[0].ArticleMargin, 6);
        Assert.Equal(1.0, filled[1].ArticleMargin, 6);
        Assert.Equal(1 - (0.1 / CandidateFeatures.MarginWidth), filled[2].ArticleMargin, 5);
        Assert.Equal(features[2], filled[2] with { Meaning = 0, ArticleMargin = 0, MeaningRank = 0 });
    }

    [Fact]
    public void The_meaning_is_the_nearer_of_paragraph_and_best_sentence_scaled_over_the_candidates_and_0_without_the_model()
    {
        // Nearer: 0.6 (paragraph), 0.7 (sentence), 0.65 (paragraph, no sentence vector).
        var filled = CandidateFeatures.Fill([Bm25(1.0), Bm25(0.5), Bm25(0.2)], [0.6f, 0.5f, 0.65f], [0.55f, 0.7f, null], ["a", "a", "b"]);
        var lexical = CandidateFeatures.Fill([Bm25(1.0), Bm25(0.5)], [null, null], [null, null], ["a", "b"]);

        Assert.Equal([0.0, 1.0, 0.5], filled.Select(feature => Math.Round(feature.Meaning, 4)));
        Assert.All(lexical, feature => Assert.Equal(0.0, feature.Meaning));
    }

    [Fact]
    public void The_nearest_candidate_in_meaning_ranks_1_and_tied_candidates_share_the_better_rank()
    {
        var k = CandidateFeatures.RankOffset;

        var ranks = CandidateFeatures.Ranks([0.2, 1.0, 0.5, 0.5]);

        Assert.Equal([(k + 1.0) / (k + 4), 1.0, (k + 1.0) / (k + 2), (k + 1.0) / (k + 2)], ranks);
    }

    [Fact]
    public void The_meaning_rank_is_that_of_the_nearer_of_paragraph_and_best_sentence()
    {
        // The second's sentence (0.7) is nearer than the first's paragraph (0.6).
        var filled = CandidateFeatures.Fill([Bm25(1.0), Bm25(0.5)], [0.6f, 0.5f], [0.55f, 0.7f], ["a", "a"]);

        Assert.Equal(((CandidateFeatures.RankOffset + 1.0) / (CandidateFeatures.RankOffset + 2), 1.0), (filled[0].MeaningRank, filled[1].MeaningRank));
    }

    [Fact]
    public void Articles_about_as_near_as_each_other_keep_margins_near_1_where_min_max_spreads_them_over_the_whole_scale()
    {
        float?[] cosines = [0.61f, 0.60f, 0.59f];

        var margins = CandidateFeatures.Margins(cosines);
        var minMax = FeatureScale.MinMax([.. cosines.Select(cosine => (double)cosine!.Value)]);

        Assert.All(margins, margin => Assert.InRange(margin, 0.89, 1.0));
        Assert.Equal(0.0, minMax[2], 6);
    }

    [Fact]
    public void An_article_far_below_the_nearest_gets_no_margin()
    {
        var margins = CandidateFeatures.Margins([0.8f, 0.8f - (float)CandidateFeatures.MarginWidth - 0.05f]);

        Assert.Equal([1.0, 0.0], margins);
    }

    [Fact]
    public void Without_the_model_no_article_has_a_margin()
    {
        var filled = CandidateFeatures.Fill([Bm25(1.0), Bm25(0.3)], [null, null], [null, null], ["a", "b"]);

        Assert.All(filled, feature => Assert.Equal((0.0, 0.0), (feature.ArticleMargin, feature.MeaningRank)));
    }

    [Fact]
    public void A_weights_file_written_before_these_features_reads_their_weights_as_0()
    {
        var path = Path.Combine(Path.GetTempPath(), $"articlebot-weights-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """
                {
                  "lexical": { "bm25": 0.25, "coverage": 0.35, "sentence": 0.35, "proximity": 0.05, "speaker": 0.1, "answerType": 0.15, "semantic": 0, "semanticAccept": 2 },
                  "hybrid": { "bm25": 0.25, "coverage": 0.35, "sentence": 0.35, "proximity": 0.05, "speaker": 0, "answerType": 0.4, "semantic": 0, "semanticAccept": 0.69, "meaning": 0.5 }
                }
                """);

            var hybrid = RankerWeightsFile.Read(path).Hybrid;

            Assert.Equal((0.5, 0.0, 0.0), (hybrid.Meaning, hybrid.ArticleMargin, hybrid.MeaningRank));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
