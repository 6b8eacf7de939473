using ArticleBot.Core.Caching;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// Keeps the analysis of every passage of a small index, so answering a question re-analyses no text: the same few
/// hundred paragraphs come up again and again. A large index is not cached (its passages rarely repeat, and caching
/// them all would cost more memory than the analysis costs time); ranking then analyses only the words it needs.
/// </summary>
public sealed class PassageAnalysisCache(bool enabled)
{
    /// <summary>Indexes with more passages than this are not cached (about 7 KB a passage).</summary>
    public const int MaxCachedPassages = 5_000;

    private readonly BoundedCache<string, PassageAnalysis> _analyses = new(MaxCachedPassages, StringComparer.Ordinal);

    public bool Enabled { get; } = enabled;

    public int Count => _analyses.Count;

    public static PassageAnalysisCache For(int passages) => new(passages <= MaxCachedPassages);

    /// <summary>The cached analysis of <paramref name="text"/>, made on first use; null when caching is off.</summary>
    public PassageAnalysis? Get(string text)
    {
        if (!Enabled)
        {
            return null;
        }

        if (_analyses.TryGet(text, out var analysis))
        {
            return analysis;
        }

        return _analyses.IsFull ? null : _analyses.Add(text, PassageAnalysis.Of(text));
    }
}
