namespace ArticleBot.Core.Semantic;

/// <summary>
/// The vectors of one index generation's paragraphs, in one flat array so a question is compared with every
/// paragraph in a single pass over memory.
/// </summary>
internal sealed class ParagraphVectors
{
    private readonly float[] _rows;
    private readonly (string ArticleId, int Paragraph)[] _keys;
    private readonly Dictionary<(string ArticleId, int Paragraph), int> _rowOf;

    public ParagraphVectors(int dimensions, IReadOnlyList<(string ArticleId, int Paragraph)> keys, IReadOnlyList<float[]> vectors)
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
    }

    public static ParagraphVectors Empty { get; } = new(0, [], []);

    public int Dimensions { get; }

    public int Count => _keys.Length;

    /// <summary>The cosine between a paragraph and a question; null for a paragraph without a vector.</summary>
    public float? Similarity(string articleId, int paragraph, ReadOnlySpan<float> query) =>
        _rowOf.TryGetValue((articleId, paragraph), out var row) ? VectorMath.Dot(Row(row), query) : null;

    /// <summary>The <paramref name="count"/> paragraphs nearest the question, nearest first.</summary>
    public IReadOnlyList<(string ArticleId, int Paragraph, float Cosine)> Nearest(ReadOnlySpan<float> query, int count)
    {
        if (count <= 0 || Count == 0 || query.Length != Dimensions)
        {
            return [];
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
