namespace ArticleBot.Core.Semantic;

/// <summary>The best rows of a pass, kept in a small array sorted best first: a pass offers every row, and nearly
/// all of them fall below the worst kept one, which costs one comparison.</summary>
internal sealed class TopRows(int capacity)
{
    private readonly int[] _rows = new int[capacity];
    private readonly float[] _scores = new float[capacity];

    public int Count { get; private set; }

    public void Offer(int row, float score)
    {
        if (Count == capacity && score <= _scores[Count - 1])
        {
            return;
        }

        var at = Count < capacity ? Count++ : Count - 1;
        // Ties keep the earlier row first, as one pass over every row in order would.
        while (at > 0 && _scores[at - 1] < score)
        {
            _rows[at] = _rows[at - 1];
            _scores[at] = _scores[at - 1];
            at--;
        }

        _rows[at] = row;
        _scores[at] = score;
    }

    /// <summary>The best <paramref name="count"/> of several passes' rows, best first.</summary>
    public static IEnumerable<(int Row, float Score)> Merge(IReadOnlyList<TopRows> parts, int count)
    {
        var merged = new TopRows(count);
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Count; i++)
            {
                merged.Offer(part._rows[i], part._scores[i]);
            }
        }

        for (var i = 0; i < merged.Count; i++)
        {
            yield return (merged._rows[i], merged._scores[i]);
        }
    }
}
