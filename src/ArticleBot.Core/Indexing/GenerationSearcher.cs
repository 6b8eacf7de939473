using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// The searcher of one generation, which keeps each field's collection statistics once asked. Lucene asks for them
/// again for every term of every query, and over a reader of several segments each time builds a merged view of
/// the fields to sum them; a generation never changes, so the figures never do either.
/// </summary>
internal sealed class GenerationSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        _statistics.TryGetValue(field, out var statistics)
            ? statistics
            : _statistics.GetOrAdd(field, base.CollectionStatistics(field));
}
