using ArticleBot.Core.Caching;
using Lucene.Net.Index;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// The index's statistics and postings locations for the terms questions use, looked up once per generation.
/// Looking a term up walks Lucene's terms dictionary with a fresh enumerator (a few kilobytes of frames and
/// buffers each time); questions keep asking for the same few thousand words (their stems, related words, the
/// document kinds), so each is looked up once and its <see cref="TermContext"/> shared. A generation never
/// changes, so an entry never goes stale.
/// </summary>
public sealed class TermContextCache(IndexReaderContext top)
{
    /// <summary>Past this many terms the cache stops growing: a flood of junk words must not grow memory, and a
    /// term not cached is still looked up correctly.</summary>
    public const int MaxTerms = 20_000;

    private readonly BoundedCache<(string Field, string Text), (Term Term, TermContext Context)> _contexts = new(MaxTerms);

    public int Count => _contexts.Count;

    /// <summary>The term <paramref name="text"/> of <paramref name="field"/>, where it is in every segment and its
    /// statistics; built on first use. The term itself is kept too: making one encodes its text to UTF-8 and
    /// reading a term's text back decodes it, neither of which a cached lookup needs.</summary>
    public (Term Term, TermContext Context) Get(string field, string text)
    {
        if (_contexts.TryGet((field, text), out var entry))
        {
            return entry;
        }

        var term = new Term(field, text);
        return _contexts.Add((field, text), (term, TermContext.Build(top, term)));
    }

    /// <summary>How many documents hold <paramref name="text"/> in <paramref name="field"/>.</summary>
    public int DocumentFrequency(string field, string text) => Get(field, text).Context.DocFreq;
}
