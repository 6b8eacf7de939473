using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace ArticleBot.Core.Caching;

/// <summary>
/// A thread-safe map that stops growing at <c>capacity</c>, for values that come out the same every time they are
/// made (a word's stem, a term's statistics, a passage's analysis): once it is full a value is simply made again, so
/// a flood of junk words costs time, never memory or a wrong answer. It counts its own entries because
/// <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the dictionary.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public bool IsFull => Count >= capacity;

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    /// <summary>Keeps <paramref name="value"/> unless the cache is full, and returns the value kept for the key (the
    /// one another thread added first, if it raced).</summary>
    public TValue Add(TKey key, TValue value)
    {
        if (IsFull)
        {
            return value;
        }

        if (_entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
            return value;
        }

        return _entries.TryGetValue(key, out var existing) ? existing : value;
    }
}
