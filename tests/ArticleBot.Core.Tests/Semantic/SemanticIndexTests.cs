using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using ArticleBot.Core.Semantic;
using ArticleBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Tests.Semantic;

/// <summary>The embedding model over a real index: a question that shares no word with its paragraph still finds it,
/// and vectors are encoded once per paragraph text, not once per build or start.</summary>
public sealed class SemanticIndexTests : IDisposable
{
    private const string Town = """
        ---
        title: Notes from Millbrook
        ---
        The bakery on Mill Street opened in 1998 and sells rye bread every morning.

        Heavy rain flooded the car park behind the town hall on Tuesday night.

        The council voted to raise parking fees by ten percent from next year.
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("articlebot-semantic-").FullName;

    public SemanticIndexTests()
    {
        Directory.CreateDirectory(ArticlesPath);
        File.WriteAllText(Path.Combine(ArticlesPath, "millbrook.md"), Town);
    }

    private string ArticlesPath => Path.Combine(_root, "articles");

    [Fact]
    public void A_question_sharing_no_word_with_its_paragraph_finds_it_by_meaning()
    {
        using var index = OpenIndex();
        var semantic = new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance);
        using var lease = index.Acquire();

        var nearest = semantic.For(lease.Generation).Nearest(semantic.Query("Which shop began trading in the late nineties?"), 1);
        var storm = semantic.For(lease.Generation).Nearest(semantic.Query("When did the storm submerge the parking lot?"), 1);

        Assert.Equal(1, nearest.Single().Paragraph);
        Assert.Equal(2, storm.Single().Paragraph);
    }

    [Fact]
    public void The_answerer_ranks_a_paragraph_bm25_never_found()
    {
        using var index = OpenIndex();
        var answerer = AnswererOver(index, new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance));
        using var lease = index.Acquire();
        var question = new ParsedQuestion("Which shop began trading in the late nineties?", QuestionIntent.Ask, "Which shop began trading in the late nineties?");

        var ranked = answerer.RankParagraphs(question, lease.Generation);

        Assert.Equal(1, ranked[0].Paragraph);
        Assert.Equal(1.0, ranked[0].Features.Semantic);
        Assert.Equal(0, ranked[0].Features.Bm25);
        Assert.True(ranked[0].Cosine > ranked[^1].Cosine);
    }

    [Fact]
    public void A_long_paragraph_is_found_by_the_sentence_that_answers_and_that_sentence_is_the_snippet()
    {
        File.WriteAllText(Path.Combine(ArticlesPath, "harbour.md"), """
            ---
            title: Harbour notes
            ---
            The harbour master keeps a log of every vessel that enters the harbour. Tides in the harbour are recorded twice a day on the board by the slipway. Volunteers repainted the harbour lighthouse last summer, and the ferry timetable changes in October.
            """);
        using var index = OpenIndex();
        var encoder = new CountingEncoder();
        var answerer = AnswererOver(index, new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance));
        using var lease = index.Acquire();
        // "harbour" is in every sentence, so the words alone rank the three alike; meaning picks the one that answers.
        var question = new ParsedQuestion("Who gave the harbour's beacon a fresh coat of colour?", QuestionIntent.Ask, "Who gave the harbour's beacon a fresh coat of colour?");

        var harbour = answerer.RankParagraphs(question, lease.Generation).Single(candidate => candidate.Article.Id == "harbour");

        // Four paragraphs read after their titles; the three single-sentence ones add their sentence read alone, the
        // harbour paragraph its three sentences.
        Assert.Equal(10, encoder.PassagesEncoded);
        Assert.True(harbour.SentenceCosine > harbour.Cosine);
        Assert.StartsWith("Volunteers repainted the harbour lighthouse", harbour.PassageText[harbour.Evidence.BestSentence], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_paragraph_of_the_article_nearest_the_question_gets_the_full_article_margin_and_the_other_article_one_margin_for_all()
    {
        File.WriteAllText(Path.Combine(ArticlesPath, "harbour.md"), """
            ---
            title: Harbour notes
            ---
            Volunteers repainted the harbour lighthouse last summer.

            The ferry timetable changes in October.
            """);
        using var index = OpenIndex();
        var answerer = AnswererOver(index, new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance));
        using var lease = index.Acquire();
        var question = new ParsedQuestion("Who repainted the lighthouse?", QuestionIntent.Ask, "Who repainted the lighthouse?");

        var ranked = answerer.RankParagraphs(question, lease.Generation);

        Assert.All(ranked.Where(candidate => candidate.Article.Id == "harbour"), candidate => Assert.Equal(1.0, candidate.Features.ArticleMargin));
        var town = ranked.Where(candidate => candidate.Article.Id == "millbrook").Select(candidate => candidate.Features.ArticleMargin).Distinct().ToList();
        Assert.True(town.Count == 1 && town[0] < 1.0, string.Join(", ", town));
    }

    [Fact]
    public void Without_sentence_vectors_only_paragraphs_are_encoded_and_the_feature_is_zero()
    {
        using var index = OpenIndex();
        var encoder = new CountingEncoder();
        var answerer = AnswererOver(index, new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance, sentenceVectors: false));
        using var lease = index.Acquire();
        var question = new ParsedQuestion("When did the storm submerge the parking lot?", QuestionIntent.Ask, "When did the storm submerge the parking lot?");

        var ranked = answerer.RankParagraphs(question, lease.Generation);

        Assert.Equal(3, encoder.PassagesEncoded);
        Assert.All(ranked, candidate => Assert.Null(candidate.SentenceCosine));
        Assert.All(ranked, candidate => Assert.Equal(0, candidate.Features.SentenceSemantic));
    }

    [Fact]
    public void Vectors_are_encoded_once_per_text_across_rebuilds_and_restarts()
    {
        var encoder = new CountingEncoder();
        using (var index = OpenIndex())
        {
            var semantic = new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance);
            using (var lease = index.Acquire())
            {
                Assert.Equal(3, semantic.For(lease.Generation).Count);
            }

            // Each single-sentence paragraph with its title, and its sentence alone.
            Assert.Equal(6, encoder.PassagesEncoded);
            File.WriteAllText(Path.Combine(ArticlesPath, "second.md"), "---\ntitle: Second\n---\nA new library will open beside the river in spring.\n");
            index.EnsureCurrent();
            using (var lease = index.Acquire())
            {
                Assert.Equal(4, semantic.For(lease.Generation).Count);
            }

            Assert.Equal(8, encoder.PassagesEncoded);
        }

        // A restart: a new process would make a new index owner and model; the vectors come from the cache file.
        using var restarted = OpenIndex();
        var again = new CountingEncoder();
        using var restartedLease = restarted.Acquire();
        Assert.Equal(4, new SemanticIndex(again, NullLogger<SemanticIndex>.Instance).For(restartedLease.Generation).Count);
        Assert.Equal(0, again.PassagesEncoded);
    }

    [Fact]
    public void A_paragraph_that_says_she_is_found_by_the_name_its_articles_title_gives()
    {
        // Two articles whose paragraphs differ only in what they tell of "she"; only the titles say who she is.
        File.WriteAllText(Path.Combine(ArticlesPath, "brennan.md"), "---\ntitle: Ada Brennan\n---\nShe grew up by the sea and later studied chemistry at a northern university.\n");
        File.WriteAllText(Path.Combine(ArticlesPath, "holt.md"), "---\ntitle: Clara Holt\n---\nShe grew up in the mountains and later studied law at a southern university.\n");
        using var index = OpenIndex();
        using var lease = index.Acquire();
        var alone = new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance, passageContext: PassageContext.None).For(lease.Generation);
        var titled = new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance, passageContext: PassageContext.Title).For(lease.Generation);
        // Asked the other way round from what the paragraphs' own words suggest: Brennan's by the law, Holt's by the chemistry.
        var brennan = TestModel.Encoder.EncodeQuery("Did Ada Brennan study law?");
        var holt = TestModel.Encoder.EncodeQuery("Did Clara Holt study chemistry?");

        Assert.Equal("holt", alone.Nearest(brennan, 1).Single().ArticleId);
        Assert.Equal("brennan", titled.Nearest(brennan, 1).Single().ArticleId);
        Assert.Equal("holt", titled.Nearest(holt, 1).Single().ArticleId);
    }

    [Fact]
    public void With_the_title_in_each_paragraphs_text_a_title_change_encodes_that_articles_paragraphs_again_and_nothing_else()
    {
        File.WriteAllText(Path.Combine(ArticlesPath, "harbour.md"), "---\ntitle: Harbour notes\n---\nVolunteers repainted the harbour lighthouse last summer.\n\nThe ferry timetable changes in October.\n");
        using var index = OpenIndex();
        var encoder = new CountingEncoder();
        var semantic = new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance, passageContext: PassageContext.Title);
        using (var lease = index.Acquire())
        {
            _ = semantic.For(lease.Generation);
        }

        // Five single-sentence paragraphs, each encoded with its title and, as its sentence, alone.
        Assert.Equal(10, encoder.PassagesEncoded);
        Assert.Contains("Harbour notes: The ferry timetable changes in October.", encoder.PassageTexts);

        File.WriteAllText(Path.Combine(ArticlesPath, "harbour.md"), "---\ntitle: Port Alder harbour\n---\nVolunteers repainted the harbour lighthouse last summer.\n\nThe ferry timetable changes in October.\n");
        index.EnsureCurrent();
        using (var lease = index.Acquire())
        {
            _ = semantic.For(lease.Generation);
        }

        Assert.Equal(
            ["Port Alder harbour: The ferry timetable changes in October.", "Port Alder harbour: Volunteers repainted the harbour lighthouse last summer."],
            encoder.PassageTexts.Skip(10).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_paragraph_read_after_the_sentence_before_it_is_encoded_again_when_that_sentence_changes()
    {
        File.WriteAllText(Path.Combine(ArticlesPath, "harbour.md"), "---\ntitle: Harbour notes\n---\nThe harbour master retired in May.\n\n“I loved every tide of it.”\n\nThe ferry timetable changes in October.\n");
        using var index = OpenIndex();
        var encoder = new CountingEncoder();
        var semantic = new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance, passageContext: PassageContext.Previous);
        using (var lease = index.Acquire())
        {
            _ = semantic.For(lease.Generation);
        }

        var first = encoder.PassagesEncoded;
        Assert.Contains("The harbour master retired in May. “I loved every tide of it.”", encoder.PassageTexts);

        File.WriteAllText(Path.Combine(ArticlesPath, "harbour.md"), "---\ntitle: Harbour notes\n---\nThe harbour master retired in June.\n\n“I loved every tide of it.”\n\nThe ferry timetable changes in October.\n");
        index.EnsureCurrent();
        using (var lease = index.Acquire())
        {
            _ = semantic.For(lease.Generation);
        }

        // The changed paragraph, and the quotation read after it; the quotation's own sentence and the rest are cached.
        Assert.Equal(
            ["The harbour master retired in June.", "The harbour master retired in June. “I loved every tide of it.”"],
            encoder.PassageTexts.Skip(first).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Questions_prepared_together_are_encoded_in_one_run_and_answered_as_if_asked_alone()
    {
        using var index = OpenIndex();
        string[] questions = ["When did the bakery on Mill Street open?", "What flooded the car park behind the town hall?", "By how much will the council raise parking fees?"];
        var alone = AnswererOver(index, new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance));
        var expected = questions.Select(question => alone.Answer(new ChatQuestion(question))).ToList();
        var encoder = new CountingEncoder();
        var batched = AnswererOver(index, new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance));

        batched.Prepare([.. questions.Select(question => new ChatQuestion(question)), new ChatQuestion("/help")]);
        var answers = questions.Select(question => batched.Answer(new ChatQuestion(question))).ToList();

        Assert.Equal(1, encoder.QueryRuns);
        Assert.Equal(3, encoder.QueriesEncoded);
        Assert.Equal([1, 2, 3], answers.Select(reply => reply.Results[0].Paragraph));
        Assert.Equal(
            expected.Select(reply => string.Join("|", reply.Results.Select(result => $"{result.ArticleId}:{result.Paragraph}:{result.Score:F4}"))),
            answers.Select(reply => string.Join("|", reply.Results.Select(result => $"{result.ArticleId}:{result.Paragraph}:{result.Score:F4}"))));
    }

    [Fact]
    public void Questions_prepared_together_carry_their_parsed_form_and_are_answered_from_it_as_if_asked_alone()
    {
        using var index = OpenIndex();
        string[] questions = ["When did the bakery on Mill Street open?", "What flooded the car park behind the town hall?", "/help"];
        var alone = AnswererOver(index, new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance));
        var expected = questions.Select(question => alone.Answer(new ChatQuestion(question))).ToList();
        var batched = AnswererOver(index, new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance));

        var prepared = batched.Prepare([.. questions.Select(question => new ChatQuestion(question))]);
        var answers = prepared.Select(batched.Answer).ToList();

        Assert.All(prepared, question => Assert.NotNull(question.Parsed));
        Assert.Equal([QuestionIntent.Ask, QuestionIntent.Ask, QuestionIntent.Help], prepared.Select(question => question.Parsed!.Intent));
        Assert.Equal(
            expected.Select(reply => $"{reply.Intent}:{reply.Answered}:{string.Join("|", reply.Results.Select(result => $"{result.ArticleId}:{result.Paragraph}:{result.Score:F4}"))}"),
            answers.Select(reply => $"{reply.Intent}:{reply.Answered}:{string.Join("|", reply.Results.Select(result => $"{result.ArticleId}:{result.Paragraph}:{result.Score:F4}"))}"));
    }

    [Fact]
    public void A_question_repeated_in_other_case_and_spacing_is_not_encoded_again()
    {
        var encoder = new CountingEncoder();
        var semantic = new SemanticIndex(encoder, NullLogger<SemanticIndex>.Instance);

        var first = semantic.Query("When did the storm flood the car park?");
        var again = semantic.Query("  when did the STORM   flood the car park? ");
        var other = semantic.Query("When did the storm flood the bakery?");

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, encoder.QueriesEncoded);
        // The model itself reads them alike: the key only names what the tokenizer would make of the text anyway.
        Assert.Equal(1.0f, VectorMath.Dot(first, TestModel.Encoder.EncodeQuery("  when did the STORM   flood the car park? ")), 4);
    }

    [Fact]
    public void A_large_index_keeps_its_vectors_compact_in_the_generation_and_a_new_model_makes_them_again()
    {
        using var index = OpenIndex();
        using var lease = index.Acquire();
        var exact = new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance).For(lease.Generation);
        // compactFrom: 1 treats this small index as a large one.
        var compact = new SemanticIndex(new CountingEncoder(), NullLogger<SemanticIndex>.Instance, compactFrom: 1).For(lease.Generation);
        var question = TestModel.Encoder.EncodeQuery("When did the storm submerge the parking lot?");

        Assert.True(compact.IsCompact);
        Assert.False(exact.IsCompact);
        Assert.Equal(exact.Nearest(question, 3).Select(hit => hit.Paragraph), compact.Nearest(question, 3).Select(hit => hit.Paragraph));
        // Within 0.005 of the exact cosine: rounding both to two places, as this once did, fails two values 0.001 apart
        // that straddle a hundredth (0.6055 and 0.6047).
        Assert.Equal(exact.Similarity("millbrook", 2, question)!.Value, compact.Similarity("millbrook", 2, question)!.Value, 0.005);
        Assert.Equal(exact.BestSentence("millbrook", 2, question)!.Value.Sentence, compact.BestSentence("millbrook", 2, question)!.Value.Sentence);
        var files = Directory.GetFiles(lease.Generation.Path, "*.i8").Select(Path.GetFileName).Order().ToList();
        Assert.Equal([$"paragraphs-{TestModel.Encoder.ModelId}.i8", $"sentences-{TestModel.Encoder.ModelId}.i8"], files);

        // A restart with the text cache gone still encodes nothing: the generation's own int8 rows are read back.
        foreach (var cache in Directory.GetFiles(Path.Combine(_root, "index"), "vectors-*.bin"))
        {
            File.Delete(cache);
        }

        var restarted = new CountingEncoder();
        var reopened = new SemanticIndex(restarted, NullLogger<SemanticIndex>.Instance, compactFrom: 1).For(lease.Generation);
        Assert.Equal(0, restarted.PassagesEncoded);
        Assert.Equal(compact.Nearest(question, 3), reopened.Nearest(question, 3));

        // Another model's rows are never used: it encodes every paragraph again and writes rows of its own.
        var otherModel = new CountingEncoder("another-model-2.0");
        Assert.True(new SemanticIndex(otherModel, NullLogger<SemanticIndex>.Instance, compactFrom: 1).For(lease.Generation).IsCompact);
        Assert.Equal(6, otherModel.PassagesEncoded);
        Assert.True(File.Exists(Path.Combine(lease.Generation.Path, "paragraphs-another-model-2.0.i8")));
    }

    private static QuestionAnswerer AnswererOver(ArticleIndex index, SemanticIndex semantic) => new(
        index,
        Options.Create(new AnsweringOptions { SynonymsPath = RepoPaths.InRepo("index", "synonyms.txt") }),
        NullLogger<QuestionAnswerer>.Instance,
        semantic);

    private ArticleIndex OpenIndex()
    {
        var index = new ArticleIndex(
            Options.Create(new IndexOptions { ArticlesPath = ArticlesPath, IndexPath = Path.Combine(_root, "index"), WatchForChanges = false }),
            NullLogger<ArticleIndex>.Instance,
            TimeProvider.System);
        index.EnsureCurrent();
        return index;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A reader still closing; the temp folder is cleaned by the OS.
        }
    }
}
