namespace ArticleBot.Core.Semantic;

/// <summary>
/// The vectors of one index generation's paragraphs, in one flat array so a question is compared with every
/// paragraph in a single pass over memory, and beside them each paragraph's sentences' vectors: a long paragraph's
/// vector blurs its sentences together, while the one sentence that answers is often much closer to the question.
/// A large index keeps them compact instead (<see cref="Compact"/>): int8 rows, memory-mapped from the generation's
/// folder.
/// </summary>
internal sealed class ParagraphVectors
{
    private readonly float[] _rows;
    private readonly (string ArticleId, int Paragraph)[] _keys;
    private readonly Dictionary<(string ArticleId, int Paragraph), int> _rowOf;
    private readonly float[] _sentenceRows;
    private readonly Range[] _sentenceRanges;

    /// <summary>Per paragraph row, where its sentences' rows start; one more entry than there are paragraphs.</summary>
    private readonly int[] _firstSentence;

    /// <summary>The paragraphs' and sentences' rows when compact; the fp32 rows are then empty.</summary>
    private readonly QuantizedVectors? _compact;
    private readonly QuantizedVectors? _compactSentences;

    private ParagraphVectors(int dimensions, IReadOnlyList<(string ArticleId, int Paragraph)> keys, QuantizedVectors paragraphs, QuantizedVectors sentences, IReadOnlyList<Range[]> sentenceRanges)
    {
        Dimensions = dimensions;
        _keys = [.. keys];
        _rowOf = new Dictionary<(string, int), int>(keys.Count);
        for (var row = 0; row < keys.Count; row++)
        {
            _rowOf[keys[row]] = row;
        }

        _rows = [];
        _sentenceRows = [];
        _compact = paragraphs;
        _compactSentences = sentences;
        _firstSentence = new int[keys.Count + 1];
        _sentenceRanges = new Range[sentences.Count];
        var at = 0;
        for (var row = 0; row < keys.Count; row++)
        {
            _firstSentence[row] = at;
            var ranges = row < sentenceRanges.Count ? sentenceRanges[row] : [];
            ranges.CopyTo(_sentenceRanges, at);
            at += ranges.Length;
        }

        _firstSentence[keys.Count] = at;
    }

    /// <param name="sentences">Per paragraph (in <paramref name="keys"/> order), each sentence's range of the
    /// paragraph's text and its vector; null or empty when none were made.</param>
    public ParagraphVectors(int dimensions, IReadOnlyList<(string ArticleId, int Paragraph)> keys, IReadOnlyList<float[]> vectors, IReadOnlyList<IReadOnlyList<(Range Range, float[] Vector)>>? sentences = null)
    {
        Dimensions = dimensions;
        _keys = [.. keys];
        _rows = new float[keys.Count * dimensions];
        _rowOf = new Dictionary<(string, int), int>(keys.Count);
        for (var row = 0; row < keys.Count; row++)
        {
            vectors[row].CopyTo(_rows.AsSpan(row * dimensions, dimensions));
            _rowOf[keys[row]] = row;
        }

        _firstSentence = new int[keys.Count + 1];
        var sentenceCount = 0;
        for (var row = 0; row < keys.Count; row++)
        {
            _firstSentence[row] = sentenceCount;
            sentenceCount += sentences is null || row >= sentences.Count ? 0 : sentences[row].Count;
        }

        _firstSentence[keys.Count] = sentenceCount;
        _sentenceRows = new float[sentenceCount * dimensions];
        _sentenceRanges = new Range[sentenceCount];
        for (var row = 0; sentences is not null && row < keys.Count && row < sentences.Count; row++)
        {
            for (var s = 0; s < sentences[row].Count; s++)
            {
                var at = _firstSentence[row] + s;
                _sentenceRanges[at] = sentences[row][s].Range;
                sentences[row][s].Vector.CopyTo(_sentenceRows.AsSpan(at * dimensions, dimensions));
            }
        }
    }

    public static ParagraphVectors Empty { get; } = new(0, [], []);

    /// <summary>Vectors kept as int8 rows: <paramref name="paragraphs"/> in <paramref name="keys"/> order, and
    /// <paramref name="sentences"/> in paragraph order, <paramref name="sentenceRanges"/> giving each paragraph's.</summary>
    public static ParagraphVectors Compact(int dimensions, IReadOnlyList<(string ArticleId, int Paragraph)> keys, QuantizedVectors paragraphs, QuantizedVectors sentences, IReadOnlyList<Range[]> sentenceRanges)
    {
        if (paragraphs.Count != keys.Count || sentences.Count != sentenceRanges.Sum(ranges => ranges.Length))
        {
            throw new ArgumentException("The compact rows do not match the paragraphs and their sentences.");
        }

        return new ParagraphVectors(dimensions, keys, paragraphs, sentences, sentenceRanges);
    }

    /// <summary>True when the rows are int8 (a large index).</summary>
    public bool IsCompact => _compact is not null;

    public int Dimensions { get; }

    public int Count => _keys.Length;

    public int SentenceCount => _sentenceRanges.Length;

    /// <summary>The cosine between a paragraph and a question; null for a paragraph without a vector.</summary>
    public float? Similarity(string articleId, int paragraph, ReadOnlySpan<float> query) =>
        _rowOf.TryGetValue((articleId, paragraph), out var row) && query.Length == Dimensions
            ? _compact?.Similarity(row, query) ?? VectorMath.Dot(Row(row), query)
            : null;

    /// <summary>The paragraph's sentence nearest the question and its cosine; null for a paragraph without sentence
    /// vectors.</summary>
    public (Range Sentence, float Cosine)? BestSentence(string articleId, int paragraph, ReadOnlySpan<float> query)
    {
        if (!_rowOf.TryGetValue((articleId, paragraph), out var row) || _firstSentence[row] == _firstSentence[row + 1] || query.Length != Dimensions)
        {
            return null;
        }

        var best = _firstSentence[row];
        var bestCosine = float.NegativeInfinity;
        for (var at = _firstSentence[row]; at < _firstSentence[row + 1]; at++)
        {
            var cosine = _compactSentences?.Similarity(at, query) ?? VectorMath.Dot(_sentenceRows.AsSpan(at * Dimensions, Dimensions), query);
            if (cosine > bestCosine)
            {
                (best, bestCosine) = (at, cosine);
            }
        }

        return (_sentenceRanges[best], bestCosine);
    }

    /// <summary>The <paramref name="count"/> paragraphs nearest the question, nearest first.</summary>
    public IReadOnlyList<(string ArticleId, int Paragraph, float Cosine)> Nearest(ReadOnlySpan<float> query, int count)
    {
        if (count <= 0 || Count == 0 || query.Length != Dimensions)
        {
            return [];
        }

        if (_compact is not null)
        {
            return [.. _compact.Nearest(query, count).Select(hit => (_keys[hit.Row].ArticleId, _keys[hit.Row].Paragraph, hit.Cosine))];
        }

        // A bounded min-heap keeps the best rows seen so far: one pass, no sort of every paragraph.
        var best = new PriorityQueue<int, float>(count + 1);
        for (var row = 0; row < Count; row++)
        {
            var cosine = VectorMath.Dot(Row(row), query);
            if (best.Count < count)
            {
                best.Enqueue(row, cosine);
            }
            else if (best.TryPeek(out _, out var worst) && cosine > worst)
            {
                best.EnqueueDequeue(row, cosine);
            }
        }

        var nearest = new List<(string, int, float)>(best.Count);
        while (best.TryDequeue(out var row, out var cosine))
        {
            nearest.Add((_keys[row].ArticleId, _keys[row].Paragraph, cosine));
        }

        nearest.Reverse();
        return nearest;
    }

    private ReadOnlySpan<float> Row(int row) => _rows.AsSpan(row * Dimensions, Dimensions);
}
