using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// Postings enumerators of one generation, kept between searches. Lucene's term query makes, for every term of
/// every query in every segment, a fresh terms-dictionary enumerator (frames, arcs, buffers) to position, and a fresh
/// postings enumerator with two 128-int buffers and a byte buffer: after the BM25 tables, most of what a question
/// allocated. A search takes a <see cref="PostingsSet"/> for its duration (<see cref="Search"/>) and
/// <see cref="PooledTermQuery"/> reads through it; outside such a scope it allocates as Lucene does.
/// </summary>
public sealed class PostingsPool(IndexReader reader)
{
    // Enough for every search that can run at once on a small machine; a set beyond that is simply dropped.
    private static readonly int MaxSets = Math.Max(8, 4 * Environment.ProcessorCount);

    [ThreadStatic]
    private static PostingsSet? t_current;

    private readonly ConcurrentQueue<PostingsSet> _sets = new();
    private int _count;

    internal IndexReader Reader { get; } = reader;

    /// <summary>The set of the search running on this thread, if any.</summary>
    internal static PostingsSet? Current => t_current;

    /// <summary>Lends a set to the searches on this thread until the scope is disposed. Searches are synchronous
    /// (the searcher has no executor), so the thread is the search.</summary>
    public Scope Search()
    {
        if (!_sets.TryDequeue(out var set))
        {
            set = new PostingsSet(this);
        }
        else
        {
            Interlocked.Decrement(ref _count);
        }

        var previous = t_current;
        t_current = set;
        return new Scope(this, set, previous);
    }

    private void Return(PostingsSet set)
    {
        set.Reset();
        if (Interlocked.Increment(ref _count) <= MaxSets)
        {
            _sets.Enqueue(set);
        }
        else
        {
            Interlocked.Decrement(ref _count);
        }
    }

    public readonly struct Scope(PostingsPool pool, PostingsSet set, PostingsSet? previous) : IDisposable
    {
        public void Dispose()
        {
            t_current = previous;
            pool.Return(set);
        }
    }
}

/// <summary>The enumerators one search uses: per segment and field one terms enumerator, positioned again for each
/// term, and one postings enumerator per term query, handed out once per search and reused by the next.</summary>
public sealed class PostingsSet
{
    /// <summary>Postings enumerators kept per segment and field; a query with more terms still runs, the rest
    /// allocated.</summary>
    private const int MaxPerSlot = 64;

    private readonly PostingsPool _pool;
    private readonly Dictionary<(int Segment, string Field), Slot> _slots = [];

    internal PostingsSet(PostingsPool pool) => _pool = pool;

    /// <summary>Whether <paramref name="context"/> is a segment of the reader this set was made for.</summary>
    internal bool Serves(AtomicReaderContext context) => ReferenceEquals(ReaderUtil.GetTopLevelContext(context).Reader, _pool.Reader);

    /// <summary>The postings of <paramref name="term"/> in one segment, as <c>TermsEnum.Docs(acceptDocs, reuse)</c>
    /// gives them, on an enumerator no other scorer of this search holds.</summary>
    internal DocsEnum Docs(AtomicReaderContext context, string field, BytesRef term, TermState state, IBits? acceptDocs)
    {
        var key = (context.Ord, field);
        if (!_slots.TryGetValue(key, out var slot))
        {
            slot = new Slot(context.AtomicReader.GetTerms(field).GetEnumerator());
            _slots.Add(key, slot);
        }

        slot.Terms.SeekExact(term, state);
        var reuse = slot.Used < slot.Docs.Count ? slot.Docs[slot.Used] : null;
        var docs = slot.Terms.Docs(acceptDocs, reuse);
        if (slot.Used < slot.Docs.Count)
        {
            slot.Docs[slot.Used] = docs;
        }
        else if (slot.Docs.Count < MaxPerSlot)
        {
            slot.Docs.Add(docs);
        }

        slot.Used++;
        return docs;
    }

    internal void Reset()
    {
        foreach (var slot in _slots.Values)
        {
            slot.Used = 0;
        }
    }

    private sealed class Slot(TermsEnum terms)
    {
        public TermsEnum Terms { get; } = terms;

        public List<DocsEnum> Docs { get; } = [];

        public int Used { get; set; }
    }
}
