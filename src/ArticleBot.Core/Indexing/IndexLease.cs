namespace ArticleBot.Core.Indexing;

/// <summary>Use of one index generation for the length of a question; dispose it when the answer is built.</summary>
public sealed class IndexLease(IndexGeneration generation) : IDisposable
{
    private int _disposed;

    public IndexGeneration Generation { get; } = generation;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Generation.Release();
        }
    }
}
