using System.Diagnostics;
using System.Runtime.CompilerServices;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Caching;
using ArticleBot.Core.Indexing;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Core.Semantic;

/// <summary>
/// The meaning side of retrieval: every paragraph of a generation as a vector from the <see cref="ITextEncoder"/>,
/// made once per generation (from the vector cache beside the index where the text is unchanged), and questions
/// encoded on demand with a cache of repeated ones.
/// </summary>
/// <param name="queryCacheCapacity">Questions whose vectors are kept (a repeated question is not encoded again); 0
/// encodes every question, as the benchmark of the model's cost does.</param>
/// <param name="sentenceVectors">Also make a vector per sentence of each paragraph, for the best sentence's cosine
/// (a ranker feature) and the snippet; off, only paragraphs are encoded.</param>
/// <param name="compactFrom">Paragraphs from which a generation's vectors are kept as int8 rows memory-mapped from its
/// folder (<see cref="QuantizedVectors"/>) rather than fp32 in memory: at 100,000 paragraphs and their sentences fp32
/// would be about 900 MB of the process's own memory. Below it the cosines are exact.</param>
/// <param name="passageContext">What the model reads with each paragraph (<see cref="PassageText"/>).</param>
public sealed partial class SemanticIndex(ITextEncoder encoder, ILogger<SemanticIndex> logger, int queryCacheCapacity = SemanticIndex.DefaultQueryCacheCapacity, bool sentenceVectors = true, int compactFrom = SemanticIndex.DefaultCompactFrom, PassageContext passageContext = SemanticIndex.DefaultPassageContext)
{
    public const int DefaultQueryCacheCapacity = 10_000;

    public const int DefaultCompactFrom = 100_000;

    public const PassageContext DefaultPassageContext = PassageContext.Title | PassageContext.Previous;

    private const int EncodeBatch = 16;

    /// <summary>Questions encoded in one run of the model by <see cref="Prepare"/>; they are padded to the longest
    /// of the run, so runs are made of questions of about one length.</summary>
    private const int QueryBatch = 16;

    private readonly ConditionalWeakTable<IndexGeneration, Lazy<ParagraphVectors>> _vectors = new();
    private readonly BoundedCache<string, float[]> _queries = new(queryCacheCapacity, StringComparer.Ordinal);
    private readonly Lock _cacheFileLock = new();

    public string ModelId => encoder.ModelId;

    internal ITextEncoder Encoder => encoder;

    /// <summary>Makes the generation's vectors now (at start or after a rebuild), so no question waits for them.</summary>
    public void Warm(IndexGeneration generation) => _ = For(generation);

    internal ParagraphVectors For(IndexGeneration generation) =>
        _vectors.GetValue(generation, key => new Lazy<ParagraphVectors>(() => Build(key))).Value;

    internal float[] Query(string question)
    {
        var key = QueryKey(question);
        return _queries.TryGet(key, out var vector) ? vector : _queries.Add(key, encoder.EncodeQuery(question));
    }

    /// <summary>Encodes the questions not yet known in batches and keeps their vectors, so answering them next costs
    /// no run of the model each (<c>ask --json</c> over standard input). Does nothing once the question cache is full:
    /// the vectors would not be kept, and each question would be encoded twice.</summary>
    public void Prepare(IEnumerable<string> questions, CancellationToken cancellationToken = default)
    {
        if (_queries.IsFull)
        {
            return;
        }

        var missing = questions
            .Select(question => (Question: question, Key: QueryKey(question)))
            .Where(question => !_queries.TryGet(question.Key, out _))
            .DistinctBy(question => question.Key, StringComparer.Ordinal)
            .OrderBy(question => question.Question.Length)
            .ToList();
        foreach (var batch in missing.Chunk(QueryBatch))
        {
            var vectors = encoder.EncodeQueries([.. batch.Select(question => question.Question)], cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                _queries.Add(batch[i].Key, vectors[i]);
            }
        }
    }

    /// <summary>The cache's key for a question: the model reads text lower-cased and split at white space
    /// (its WordPiece tokenizer is uncased), so "Who Founded  it?" and "who founded it?" are one vector.</summary>
    internal static string QueryKey(string question) =>
        string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private ParagraphVectors Build(IndexGeneration generation)
    {
        var stopwatch = Stopwatch.StartNew();
        var keys = new List<(string ArticleId, int Paragraph)>();
        var hashes = new List<UInt128>();
        var sentenceHashes = new List<(Range Range, UInt128 Hash)[]>();
        var texts = new Dictionary<UInt128, string>();
        foreach (var article in generation.Articles.Values.OrderBy(article => article.Id, StringComparer.Ordinal))
        {
            string? previous = null;
            for (var paragraph = 1; paragraph <= article.ParagraphCount; paragraph++)
            {
                var text = generation.ParagraphText(article.Id, paragraph);
                if (text is not null)
                {
                    // Keyed by the text the model reads, context included: a changed title or previous paragraph
                    // encodes the paragraph again, an unchanged article nothing.
                    var speaker = generation.QuotesByParagraph[(article.Id, paragraph)].FirstOrDefault(quote => quote.Standalone)?.Speaker;
                    var passage = PassageText.Of(passageContext, text, article.Metadata.Title, previous, speaker);
                    var hash = VectorCacheFile.KeyOf(passage);
                    keys.Add((article.Id, paragraph));
                    hashes.Add(hash);
                    texts.TryAdd(hash, passage);
                    sentenceHashes.Add(sentenceVectors ? SentencesOf(text, ReferenceEquals(passage, text) ? hash : null, texts) : []);
                }

                previous = text;
            }
        }

        var compact = keys.Count >= compactFrom;
        if (compact && OpenCompact(generation, keys, sentenceHashes) is { } saved)
        {
            LogVectors(logger, keys.Count, saved.SentenceCount, 0, stopwatch.ElapsedMilliseconds, ModelId);
            return saved;
        }

        Dictionary<UInt128, float[]> current;
        int encoded;
        lock (_cacheFileLock)
        {
            // One file for paragraphs and sentences: both are passages to the model, keyed by their text.
            var file = new VectorCacheFile(Path.Combine(Path.GetDirectoryName(generation.Path)!, $"vectors-{ModelId}.bin"), encoder.Dimensions);
            var cached = file.Read();
            var missing = texts.Keys.Where(hash => !cached.ContainsKey(hash)).ToList();
            foreach (var batch in missing.Chunk(EncodeBatch))
            {
                var vectors = encoder.EncodePassages(batch.Select(hash => texts[hash]).ToList());
                for (var i = 0; i < batch.Length; i++)
                {
                    cached[batch[i]] = vectors[i];
                }
            }

            encoded = missing.Count;
            current = texts.Keys.ToDictionary(hash => hash, hash => cached[hash]);
            if (encoded > 0 || current.Count != cached.Count)
            {
                TryWrite(file, current);
            }
        }

        var vectorsMade = compact
            ? MakeCompact(generation, keys, hashes, sentenceHashes, current)
            : new ParagraphVectors(
                encoder.Dimensions,
                keys,
                hashes.Select(hash => current[hash]).ToList(),
                sentenceHashes.Select(paragraph => (IReadOnlyList<(Range, float[])>)[.. paragraph.Select(sentence => (sentence.Range, current[sentence.Hash]))]).ToList());
        LogVectors(logger, keys.Count, vectorsMade.SentenceCount, encoded, stopwatch.ElapsedMilliseconds, ModelId);
        return vectorsMade;
    }

    /// <summary>The int8 rows of a large generation, written into its folder and read back through a memory map
    /// (kept in memory when the folder cannot be written).</summary>
    private ParagraphVectors MakeCompact(IndexGeneration generation, List<(string ArticleId, int Paragraph)> keys, List<UInt128> hashes, List<(Range Range, UInt128 Hash)[]> sentenceHashes, Dictionary<UInt128, float[]> vectors)
    {
        var paragraphs = QuantizedVectors.Quantize(encoder.Dimensions, hashes.Select(hash => vectors[hash]).ToList());
        var sentences = QuantizedVectors.Quantize(encoder.Dimensions, sentenceHashes.SelectMany(paragraph => paragraph).Select(sentence => vectors[sentence.Hash]).ToList());
        var (paragraphsPath, sentencesPath) = CompactPaths(generation);
        try
        {
            paragraphs.Write(paragraphsPath, ModelId);
            sentences.Write(sentencesPath, ModelId);
            paragraphs = QuantizedVectors.Open(paragraphsPath, ModelId, encoder.Dimensions) ?? paragraphs;
            sentences = QuantizedVectors.Open(sentencesPath, ModelId, encoder.Dimensions) ?? sentences;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogCacheUnwritable(logger, paragraphsPath, exception.Message);
        }

        return ParagraphVectors.Compact(encoder.Dimensions, keys, paragraphs, sentences, RangesOf(sentenceHashes));
    }

    /// <summary>A large generation's int8 rows saved by an earlier start, when they are this model's and match the
    /// generation's paragraphs and sentences; null otherwise (they are made anew).</summary>
    private ParagraphVectors? OpenCompact(IndexGeneration generation, List<(string ArticleId, int Paragraph)> keys, List<(Range Range, UInt128 Hash)[]> sentenceHashes)
    {
        var (paragraphsPath, sentencesPath) = CompactPaths(generation);
        var paragraphs = QuantizedVectors.Open(paragraphsPath, ModelId, encoder.Dimensions);
        var sentences = QuantizedVectors.Open(sentencesPath, ModelId, encoder.Dimensions);
        return paragraphs?.Count == keys.Count && sentences?.Count == sentenceHashes.Sum(paragraph => paragraph.Length)
            ? ParagraphVectors.Compact(encoder.Dimensions, keys, paragraphs, sentences, RangesOf(sentenceHashes))
            : null;
    }

    private (string Paragraphs, string Sentences) CompactPaths(IndexGeneration generation) =>
        (Path.Combine(generation.Path, $"paragraphs-{ModelId}.i8"), Path.Combine(generation.Path, $"sentences-{ModelId}.i8"));

    private static List<Range[]> RangesOf(List<(Range Range, UInt128 Hash)[]> sentenceHashes) =>
        [.. sentenceHashes.Select(paragraph => paragraph.Select(sentence => sentence.Range).ToArray())];

    /// <summary>The paragraph's sentences as the answerer splits them, each keyed by its text; a paragraph of one
    /// sentence encoded without context (<paramref name="paragraphHash"/>) shares the paragraph's vector rather than
    /// encoding the same words again.</summary>
    private static (Range Range, UInt128 Hash)[] SentencesOf(string text, UInt128? paragraphHash, Dictionary<UInt128, string> texts)
    {
        var ranges = SentenceSplitter.Split(text);
        if (ranges.Count <= 1)
        {
            var hash = paragraphHash ?? VectorCacheFile.KeyOf(text);
            texts.TryAdd(hash, text);
            return [(ranges.Count == 1 ? ranges[0] : Range.All, hash)];
        }

        var sentences = new (Range, UInt128)[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            var sentence = text[ranges[i]];
            var hash = VectorCacheFile.KeyOf(sentence);
            texts.TryAdd(hash, sentence);
            sentences[i] = (ranges[i], hash);
        }

        return sentences;
    }

    private void TryWrite(VectorCacheFile file, Dictionary<UInt128, float[]> vectors)
    {
        try
        {
            file.Write(vectors);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The vectors are in memory and answer as well; only the next start pays for encoding them again.
            LogCacheUnwritable(logger, file.Path, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Paragraph vectors ready: {Paragraphs} paragraphs and {Sentences} sentences, {Encoded} texts encoded now, in {ElapsedMs} ms ({Model})")]
    private static partial void LogVectors(ILogger logger, int paragraphs, int sentences, int encoded, long elapsedMs, string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The vector cache {Path} cannot be written ({Reason}); vectors will be encoded again at the next start")]
    private static partial void LogCacheUnwritable(ILogger logger, string path, string reason);
}
