using ArticleBot.Core.Analysis;
using ArticleBot.Core.Answering.Declining;
using ArticleBot.Core.Answering.Ranking;
using ArticleBot.Core.Commands;
using ArticleBot.Core.Indexing;
using ArticleBot.Core.Semantic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Answering;

/// <summary>
/// Answers questions from the index: understands the question, retrieves candidates with BM25, re-ranks them with
/// sentence, coverage and proximity evidence, and abstains when the best passage does not cover the question.
/// </summary>
public sealed partial class QuestionAnswerer : IQuestionAnswerer
{
    private const double ParaphrasePenalty = 0.85;

    /// <summary>Paragraphs nearest the question in meaning that join BM25's candidates: a paraphrase sharing few
    /// of the question's words would otherwise never be ranked at all.</summary>
    private const int SemanticCandidates = 20;

    /// <summary>Passages matching the question below this share of how well the first one does are not worth showing
    /// as "more results". Matching, not the whole score: the first passage's score also holds the answer type it
    /// holds, and a floor raised by that would hide passages that match as well as ever.</summary>
    internal const double RelativeFloor = 0.5;

    private readonly ArticleIndex _index;
    private readonly AnsweringOptions _options;
    private readonly ILogger<QuestionAnswerer> _logger;
    private readonly QueryUnderstanding _understanding;
    private readonly SemanticIndex? _semantic;
    private readonly IPassageRanker _ranker;
    private readonly IAnswerGate _gate;

    /// <param name="semantic">The embedding model's side of retrieval; without it the bot ranks by words alone.</param>
    public QuestionAnswerer(ArticleIndex index, IOptions<AnsweringOptions> options, ILogger<QuestionAnswerer> logger, SemanticIndex? semantic = null)
        : this(index, options, logger, semantic, ranker: null)
    {
    }

    /// <param name="ranker">Another ranker than the fitted linear one (the fitter's candidates).</param>
    /// <param name="gate">Another decide stage than the weights file's thresholds.</param>
    internal QuestionAnswerer(ArticleIndex index, IOptions<AnsweringOptions> options, ILogger<QuestionAnswerer> logger, SemanticIndex? semantic, IPassageRanker? ranker, IAnswerGate? gate = null)
    {
        _index = index;
        _options = options.Value;
        _logger = logger;
        _semantic = semantic;
        _understanding = new QueryUnderstanding(SynonymMap.Load(Path.GetFullPath(_options.SynonymsPath)));
        WeightsFile = _options.RankerWeightsPath is { Length: > 0 } path ? RankerWeightsFile.Read(Path.GetFullPath(path)) : RankerWeightsFile.Default;
        _ranker = ranker ?? new LinearPassageRanker(semantic is null ? WeightsFile.Lexical : WeightsFile.Hybrid);
        _gate = gate ?? new ThresholdGate(WeightsFile.DeclinesFor(semantic is not null));
        if (semantic is not null)
        {
            index.Rebuilt += _ => WarmAfterRebuild();
        }
    }

    private void WarmAfterRebuild()
    {
        try
        {
            WarmUp();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The build itself succeeded; the first question makes the vectors instead (and reports what fails).
            LogWarmUpFailed(_logger, exception.Message);
        }
    }

    /// <summary>The weights file the ranker was made from (the lexical or hybrid set is used, by <see cref="UsesSemanticRanking"/>).</summary>
    public RankerWeightsFile WeightsFile { get; }

    /// <summary>True when answers are ranked with the embedding model as well as the words.</summary>
    public bool UsesSemanticRanking => _semantic is not null;

    /// <summary>Loads the embedding model (a question's first encoding), independent of the index.</summary>
    public void LoadModel() => _semantic?.Encoder.EncodeQuery("warm up");

    /// <summary>Makes the current generation's paragraph vectors, so the first question is answered at full quality
    /// without waiting for them. A rebuilt generation is warmed the same way as soon as it is swapped in.</summary>
    public void WarmUp()
    {
        if (_semantic is null)
        {
            return;
        }

        using var lease = _index.Acquire();
        _semantic.Warm(lease.Generation);
    }

    internal ArticleIndex Index() => _index;

    /// <summary>Encodes the questions that will rank paragraphs together, ahead of answering them one by one: a
    /// batch of questions costs the model less per question than a run each. Answers are the same either way.</summary>
    /// <returns>The questions to answer, each carrying the form it was parsed into here, so answering it does not
    /// parse it again.</returns>
    public IReadOnlyList<ChatQuestion> Prepare(IReadOnlyList<ChatQuestion> questions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (_semantic is null || questions.Count < 2)
        {
            return questions;
        }

        var prepared = questions
            .Select(question => question.InConversation || question.Previous is not null
                ? question
                : question with { Parsed = QuestionParser.Parse(TextNormalizer.CleanQuestion(question.Text, _options.MaxQuestionLength), question.Intent) })
            .ToList();
        var searches = prepared
            .Select(question => question.Parsed)
            .Where(parsed => parsed is { Search.Length: > 0, Intent: not (QuestionIntent.Help or QuestionIntent.Source or QuestionIntent.Quote or QuestionIntent.Who) })
            .Select(parsed => parsed!.Search);
        _semantic.Prepare(searches, cancellationToken);
        return prepared;
    }

    public ChatReply Answer(ChatQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var cleaned = TextNormalizer.CleanQuestion(question.Text, _options.MaxQuestionLength);
        var top = Math.Clamp(question.Top, 1, ChatQuestion.MaxTop);
        var skip = Math.Clamp(question.Skip, 0, 1000);
        using var lease = _index.Acquire();
        var generation = lease.Generation;
        if (question.ArticleId is { } article && !generation.Articles.ContainsKey(article))
        {
            return new ChatReply(cleaned, false, question.Intent ?? QuestionIntent.Ask, [], ReplyTexts.NoSuchArticle(article), SuggestedQuestions.For(generation, scope: null));
        }

        // Read here, not in each front end, so chat, the page and the command line give the same reply; a
        // platform's own slash command (an intent already set) is that command, whatever its text.
        if (question.Intent is null && TypedAdminCommand.Reply(cleaned) is { } command)
        {
            return command;
        }

        if (!question.InConversation && question.Previous is null)
        {
            return AnswerOne(question, cleaned, generation, top, skip);
        }

        return AnswerTurn(question, cleaned, generation, top, skip);
    }

    private ChatReply AnswerOne(ChatQuestion question, string cleaned, IndexGeneration generation, int top, int skip)
    {
        var parsed = question.Parsed is { } prepared && prepared.Original == cleaned && (question.Intent is null || prepared.Intent == question.Intent) ? prepared : QuestionParser.Parse(cleaned, question.Intent);
        var scope = ArticleScope.Of(question);
        LogQuestion(_logger, question.Origin.Platform, parsed.Intent, cleaned);
        // A blank message gets a nudge; a platform's own /source or /help with no text is still that command.
        if (cleaned.Length == 0 && question.Intent is not (QuestionIntent.Source or QuestionIntent.Help))
        {
            return new ChatReply(cleaned, false, QuestionIntent.Help, [], ReplyTexts.Blank, SuggestedQuestions.For(generation, scope));
        }

        return parsed.Intent switch
        {
            QuestionIntent.Help => new ChatReply(cleaned, true, QuestionIntent.Help, [], ReplyTexts.Help(generation), ReplyTexts.Starters(generation, scope)),
            QuestionIntent.Source => SourceLookup.Answer(parsed, generation, scope),
            QuestionIntent.Quote or QuestionIntent.Who => AnswerFromQuotes(parsed, generation, top, skip, scope),
            _ => AnswerFromParagraphs(parsed, generation, top, skip, scope),
        };
    }

    public IReadOnlyList<QuoteSuggestion> SuggestQuotes(string partialText, int max)
    {
        var cleaned = TextNormalizer.CleanQuestion(partialText, _options.MaxQuestionLength);
        using var lease = _index.Acquire();
        var generation = lease.Generation;
        var direct = generation.Quotes.Where(quote => !quote.IsParaphrase);
        if (cleaned.Length == 0)
        {
            return direct.Take(max).Select(ToSuggestion).ToList();
        }

        var parsed = new ParsedQuestion(cleaned, QuestionIntent.Quote, cleaned);
        var ranked = RankQuotes(parsed, generation, out _, out _)
            .Where(candidate => candidate.Quote is { IsParaphrase: false })
            .Select(candidate => candidate.Quote!);
        var folded = TextNormalizer.Fold(cleaned);

        // While someone is still typing, the last word is a prefix: quotes that contain it come first.
        var prefixMatches = direct.Where(quote => TextNormalizer.Fold(quote.Text).Contains(folded, StringComparison.OrdinalIgnoreCase));
        return prefixMatches.Concat(ranked).Distinct().Take(Math.Max(0, max)).Select(ToSuggestion).ToList();
    }

    private ChatReply AnswerFromParagraphs(ParsedQuestion question, IndexGeneration generation, int top, int skip, ArticleScope? scope)
    {
        var ranked = RankParagraphs(question, generation, scope);
        var wantsMeasure = ranked.Count > 0 && AnswerType.IsMeasured(ranked[0].AnswerType);
        if (_gate.Choose([.. ranked.Select(EvidenceOf)], wantsMeasure) is not { } chosen)
        {
            return NotFound(question, generation, ReplyTexts.NotFound, scope, ranked);
        }

        ChosenFirst.Apply(ranked, chosen);
        return Reply(question, QuestionIntent.Ask, ReplyTexts.Answered, ranked, generation, top, skip);
    }

    private static AnswerEvidence EvidenceOf(RankedPassage passage) =>
        new(passage.Evidence.Coverage, passage.Evidence.MatchedConcepts, passage.ConceptCount, passage.HasAnswerType, passage.Cosine, passage.SentenceCosine);

    /// <summary>A question's paragraph candidates as the ranker sees them, for <see cref="Evaluation.RankerFitter"/>;
    /// null when the question is not answered from paragraphs (a quote, a who-said, a source request).</summary>
    internal FitQuestion? CandidatesForFit(string text)
    {
        var cleaned = TextNormalizer.CleanQuestion(text, _options.MaxQuestionLength);
        var parsed = QuestionParser.Parse(cleaned, null);
        if (cleaned.Length == 0 || parsed.Intent != QuestionIntent.Ask)
        {
            return null;
        }

        using var lease = _index.Acquire();
        var ranked = RankParagraphs(parsed, lease.Generation);
        var answerKind = AnswerType.Of(parsed.Search);
        return new FitQuestion(
            ranked.Count > 0 && AnswerType.IsMeasured(answerKind),
            ranked.Select(candidate => new FitCandidate(
                candidate.Article.Id,
                candidate.Paragraph,
                candidate.Features,
                candidate.Cosine,
                candidate.HasAnswerType,
                candidate.SentenceCosine,
                candidate.Evidence.MatchedConcepts)).ToList(),
            AnswerKind: answerKind,
            Concepts: ranked.Count > 0 ? ranked[0].ConceptCount : 0);
    }

    internal List<RankedPassage> RankParagraphs(ParsedQuestion question, IndexGeneration generation, ArticleScope? scope = null)
    {
        var concepts = _understanding.Understand(question.Search, generation);
        if (concepts.Count == 0 || AsksAboutTheUnknown(question.Search, concepts))
        {
            return [];
        }

        // "Old" in "how old" is answered by "aged 54", not found beside it: like "much", no passage needs it.
        var formWords = AnswerType.FormWords(question.Search);
        if (formWords.Count > 0 && concepts.Any(concept => !formWords.Contains(concept.Word)))
        {
            concepts = [.. concepts.Where(concept => !formWords.Contains(concept.Word))];
        }

        var lexical = ParagraphSearch.Build(generation, IndexFields.Kinds.Paragraph, concepts, []);
        var candidates = ParagraphSearch.Search(generation, scope?.Restrict(lexical) ?? lexical);
        var answerTurns = !QuestionTurns.AsksAboutAsking(question.Original);
        if (answerTurns)
        {
            QuestionTurns.AddAnswers(candidates, generation);
        }

        // The question is encoded once for both: with the question cache off, each encoding is the answer's main cost.
        var query = _semantic?.Query(question.Search);
        var cosines = query is null ? null : AddSemanticCandidates(query, generation, candidates, scope);
        var sentenceCosines = query is null ? null : BestSentences(query, generation, candidates);
        var speakers = MentionedSpeakers(concepts, generation);
        var answerType = AnswerType.Of(question.Search);
        var questionWords = answerType == AnswerType.Kind.Any ? null : Word.Split(TextNormalizer.Fold(question.Search)).Select(word => word.Bare.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Func<string, IReadOnlyList<int>?, double>? answerStrength = questionWords is null ? null
            : (sentence, countedAt) => AnswerStrength.Of(answerType, sentence, generation.PersonNames, questionWords, countedAt);
        var countedWords = answerType is AnswerType.Kind.Quantity or AnswerType.Kind.Count ? AnswerType.CountedWords(question.Search, QuestionWords.Filler) : [];
        // The counted thing is named by the words after "how many" that the index knows: "gpu power" in "how much
        // extra gpu power", "cars" (and, harmlessly, "use") in "how many cars use the bridge".
        var counted = CountedConcepts(concepts, countedWords);
        var fullNames = PersonNameParts.In(concepts, generation.SpeakersByNameWord);
        var (lowest, highest) = cosines is { Count: > 0 } ? (cosines.Min(), cosines.Max()) : (0f, 0f);
        var (lowestSentence, highestSentence) = sentenceCosines?.Where(best => best is not null).Select(best => best!.Value.Cosine).ToList() is { Count: > 0 } found
            ? (found.Min(), found.Max())
            : (0f, 0f);
        var scored = new List<(PassageEvidence Evidence, PassageFeatures Features, float? Cosine, float? SentenceCosine)>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var (article, paragraph, text, bm25) = candidates[i];
            var quotes = generation.QuotesByParagraph[(article.Id, paragraph)];
            var quoted = quotes.Where(quote => !quote.IsParaphrase && quote.Speaker is not null).Select(quote => quote.Speaker!);
            var nearestSentence = sentenceCosines?[i];
            var evidence = PassageScorer.Score(text, concepts, NameWords(quoted), answerStrength, generation.Analyses, counted, nearestSentence?.Sentence, fullNames);
            // The paragraph's speakers are those of its quotations and reported speech.
            var namesSpeaker = speakers.Count > 0 && quotes.Any(quote => quote.Speaker is { } speaker && speakers.Contains(speaker));
            float? cosine = cosines?[i];
            var features = new PassageFeatures(
                bm25,
                evidence.Coverage,
                evidence.SentenceCoverage,
                evidence.Proximity,
                namesSpeaker ? 1 : 0,
                evidence.AnswerStrength,
                cosine is { } value && highest > lowest ? (value - lowest) / (highest - lowest) : 0,
                nearestSentence is { } sentence && highestSentence > lowestSentence ? (sentence.Cosine - lowestSentence) / (highestSentence - lowestSentence) : 0,
                Meaning: 0,
                evidence.AnswerPresence);
            scored.Add((evidence, features, cosine, nearestSentence?.Cosine));
        }

        var filled = CandidateFeatures.Fill([.. scored.Select(one => one.Features)], [.. scored.Select(one => one.Cosine)], [.. scored.Select(one => one.SentenceCosine)], [.. candidates.Select(candidate => candidate.Article.Id)]);
        var ranked = new List<RankedPassage>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var (article, paragraph, text, _) = candidates[i];
            var (evidence, _, cosine, sentenceCosine) = scored[i];
            var features = filled[i];
            ranked.Add(new RankedPassage(article, paragraph, text, text, evidence, _ranker.Score(features))
            {
                AnswerType = answerType,
                HasAnswerType = evidence.HoldsAnswer,
                ConceptCount = concepts.Count,
                Features = features,
                MatchScore = _ranker.Score(features.Matching),
                Cosine = cosine,
                SentenceCosine = sentenceCosine,
            });
        }

        if (answerTurns)
        {
            QuestionTurns.MergeIntoAnswers(ranked, _ranker);
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    /// <summary>Adds the paragraphs nearest the question in meaning to BM25's candidates and returns every
    /// candidate's cosine, in candidate order.</summary>
    private List<float> AddSemanticCandidates(float[] query, IndexGeneration generation, List<Candidate> candidates, ArticleScope? scope)
    {
        var vectors = _semantic!.For(generation);
        var known = candidates.Select(candidate => (candidate.Article.Id, candidate.Paragraph)).ToHashSet();
        foreach (var (articleId, paragraph, _) in vectors.Nearest(query, SemanticCandidates))
        {
            if ((scope?.Allows(articleId) ?? true) && known.Add((articleId, paragraph)) && generation.Articles.TryGetValue(articleId, out var article)
                && generation.ParagraphText(articleId, paragraph) is { } text)
            {
                // Not among BM25's best: its share of the best BM25 score is small, and taken as none.
                candidates.Add(new Candidate(article, paragraph, text, 0));
            }
        }

        return candidates.Select(candidate => vectors.Similarity(candidate.Article.Id, candidate.Paragraph, query) ?? 0f).ToList();
    }

    /// <summary>Each candidate's sentence nearest the question in meaning and its cosine, in candidate order (null
    /// where the paragraph has no sentence vectors).</summary>
    private List<(Range Sentence, float Cosine)?> BestSentences(float[] query, IndexGeneration generation, List<Candidate> candidates)
    {
        var vectors = _semantic!.For(generation);
        return candidates.Select(candidate => vectors.BestSentence(candidate.Article.Id, candidate.Paragraph, query)).ToList();
    }

    private ChatReply AnswerFromQuotes(ParsedQuestion question, IndexGeneration generation, int top, int skip, ArticleScope? scope)
    {
        var ranked = RankQuotes(question, generation, out var concepts, out var rememberedWords, scope);
        var best = ranked.FirstOrDefault();
        // Question filler is dropped to find what a question is about, but the words of a quotation lookup are the
        // quotation's own: “that is on me, not on them” has no word the filler list keeps, and is still found when every
        // remembered word is in one quotation, in order.
        var wordForWord = best is not null && rememberedWords >= MinimumWordForWord && best.OrderedOverlap >= 1.0;
        if (best is null || (concepts.Count == 0 && !wordForWord)
            || (best.Evidence.Coverage < _options.MinimumCoverage && best.OrderedOverlap < _options.MinimumCoverage))
        {
            return NotFound(question, generation, ReplyTexts.QuoteNotFound, scope, ranked, question.Intent);
        }

        var message = question.Intent == QuestionIntent.Who ? ReplyTexts.WhoFound : ReplyTexts.QuoteFound;
        return Reply(question, question.Intent, message, ranked, generation, top, skip);
    }

    /// <summary>Fewest remembered words that find a quotation on their order alone, without a word of substance: as
    /// many as a quotation needs to be one.</summary>
    private const int MinimumWordForWord = 4;

    private List<RankedPassage> RankQuotes(ParsedQuestion question, IndexGeneration generation, out IReadOnlyList<Concept> concepts, out int rememberedWords, ArticleScope? scope = null)
    {
        concepts = _understanding.Understand(question.Search, generation);
        var fragment = TokenReader.Read(ArticleAnalyzers.Exact, TextNormalizer.Fold(question.Search), IndexFields.Exact)
            .Select(token => token.Term).ToList();
        rememberedWords = fragment.Count;
        if (concepts.Count == 0 && fragment.Count == 0)
        {
            return [];
        }

        var query = ParagraphSearch.Build(generation, IndexFields.Kinds.Quote, concepts, fragment);
        var candidates = ParagraphSearch.Search(generation, scope?.Restrict(query) ?? query);
        var ranked = new List<RankedPassage>(candidates.Count);
        foreach (var (article, paragraph, text, bm25) in candidates)
        {
            var quote = generation.QuotesByParagraph[(article.Id, paragraph)].FirstOrDefault(candidate => candidate.Text == text);
            if (quote is null)
            {
                continue;
            }

            var evidence = PassageScorer.Score(text, concepts, quote.Speaker is null ? null : NameWords([quote.Speaker]), cache: generation.Analyses);
            // The cached analysis already holds the quotation's exact words; analyse again only for large indexes.
            var exactTokens = generation.Analyses.Get(text)?.Exact ?? TokenReader.Read(ArticleAnalyzers.Exact, TextNormalizer.Fold(text), IndexFields.Exact);
            var quoteWords = exactTokens.Select(token => token.Term).ToList();
            var overlap = PassageScorer.OrderedOverlap(fragment, quoteWords);
            var score = (0.45 * evidence.Coverage) + (0.35 * overlap) + (0.20 * bm25);
            if (quote.IsParaphrase && question.Intent == QuestionIntent.Quote)
            {
                score *= ParaphrasePenalty;
            }

            ranked.Add(new RankedPassage(article, paragraph, null, text, evidence, score, quote, overlap));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        PreferNestedQuotation(ranked, generation, concepts, fragment);
        return ranked;
    }

    /// <summary>A quotation inside another (a minister's words quoted in an interviewer's question, a neighbour's in an
    /// answer) is the answer when the question holds every one of its words, in order: "who called the project a very
    /// expensive garden" asks for the minister, not the interviewer who repeated the words.</summary>
    private const int MinimumNestedWords = 3;

    private static void PreferNestedQuotation(List<RankedPassage> ranked, IndexGeneration generation, IReadOnlyList<Concept> concepts, List<string> fragment)
    {
        if (ranked.Count == 0 || ranked[0].Quote is not { IsParaphrase: false } enclosing)
        {
            return;
        }

        var best = ranked[0];
        foreach (var inner in generation.QuotesByParagraph[(best.Article.Id, best.Paragraph)])
        {
            if (inner.IsParaphrase || inner.Text.Length >= enclosing.Text.Length || !enclosing.Text.Contains(inner.Text, StringComparison.Ordinal))
            {
                continue;
            }

            var words = TokenReader.Read(ArticleAnalyzers.Exact, TextNormalizer.Fold(inner.Text), IndexFields.Exact).Select(token => token.Term).ToList();
            if (words.Count >= MinimumNestedWords && PassageScorer.OrderedOverlap(words, fragment) >= 1.0)
            {
                var evidence = PassageScorer.Score(inner.Text, concepts, inner.Speaker is null ? null : NameWords([inner.Speaker]), cache: generation.Analyses);
                ranked.Insert(0, best with { PassageText = inner.Text, Evidence = evidence, Quote = inner, OrderedOverlap = PassageScorer.OrderedOverlap(fragment, words) });
                return;
            }
        }
    }

    private ChatReply Reply(ParsedQuestion question, QuestionIntent intent, string message, List<RankedPassage> ranked, IndexGeneration generation, int top, int skip)
    {
        // One passage per paragraph: a paragraph holding two matching quotations is one source, not two.
        var floor = (ranked[0].MatchScore ?? ranked[0].Score) * RelativeFloor;
        var distinct = ranked
            .Where(candidate => (candidate.MatchScore ?? candidate.Score) >= floor)
            .DistinctBy(candidate => (candidate.Article.Id, candidate.Paragraph))
            .ToList();
        var page = distinct.Skip(skip).Take(top)
            .Select(candidate => candidate with { ParagraphText = candidate.ParagraphText ?? generation.ParagraphText(candidate.Article.Id, candidate.Paragraph) ?? candidate.PassageText })
            .Select(candidate => PassageFactory.Create(candidate, generation, _options.SnippetLength))
            .ToList();
        if (page.Count == 0)
        {
            return new ChatReply(question.Original, false, intent, [], "There are no more results for that question.");
        }

        return new ChatReply(question.Original, true, intent, page, message)
        {
            HasMore = distinct.Count > skip + top,
            Lead = AnswerLeadBuilder.Build(intent, question.Search, page, generation.PersonNames),
        };
    }

    /// <param name="nearest">The candidates, best first: declined, they are still what came closest, and the questions
    /// suggested instead start from them.</param>
    /// <param name="message">The miss's text for the number of articles in scope.</param>
    private static ChatReply NotFound(ParsedQuestion question, IndexGeneration generation, Func<int, string> message, ArticleScope? scope, IReadOnlyList<RankedPassage> nearest, QuestionIntent intent = QuestionIntent.Ask) =>
        new(question.Original, false, intent, [], generation.Articles.Count == 0 ? ReplyTexts.NoArticles : message(generation.Articles.Keys.Count(id => scope?.Allows(id) ?? true)),
            SuggestedQuestions.For(generation, scope, nearest.Select(candidate => (candidate.Article.Id, candidate.Paragraph))));

    private static ulong CountedConcepts(IReadOnlyList<Concept> concepts, IReadOnlyList<string> countedWords)
    {
        var counted = 0UL;
        for (var i = 0; i < concepts.Count; i++)
        {
            if (!concepts[i].Unknown && countedWords.Contains(concepts[i].Word))
            {
                counted |= 1UL << i;
            }
        }

        return counted;
    }

    /// <summary>"How many parameters…" counts something, "what is his net worth" asks for an attribute: when the
    /// articles never mention it, they cannot say, however well the rest of the question matches.</summary>
    private static bool AsksAboutTheUnknown(string question, IReadOnlyList<Concept> concepts)
    {
        var counted = AnswerType.CountedWords(question, QuestionWords.Filler);
        if (counted.Count == 0)
        {
            counted = AnswerType.AskedAttribute(question);
        }

        return counted.Count > 0 && counted.All(word => concepts.Any(concept => concept.Unknown && concept.Word == word));
    }

    /// <summary>Speakers the question names ("What did Zhu say…"), matched by any word of their name.</summary>
    private static HashSet<string> MentionedSpeakers(IReadOnlyList<Concept> concepts, IndexGeneration generation)
    {
        return concepts.Select(concept => concept.Exact).Distinct(StringComparer.Ordinal)
            .SelectMany(word => generation.SpeakersByNameWord[word])
            .ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> NameWords(IEnumerable<string> names) =>
        names.SelectMany(name => name.Split(' ')).Select(word => TextNormalizer.Fold(word).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static QuoteSuggestion ToSuggestion(QuoteRecord quote) => new(quote.ArticleId, quote.Paragraph, quote.Text, quote.Speaker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Paragraph vectors could not be made after a rebuild ({Reason}); the first question will make them")]
    private static partial void LogWarmUpFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Question from {Platform} ({Intent}): {Question}")]
    private static partial void LogQuestion(ILogger logger, string platform, QuestionIntent intent, string question);
}
