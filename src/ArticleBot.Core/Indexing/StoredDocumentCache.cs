using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// The stored documents of a small index, each read once: reading one decompresses its whole stored-fields chunk,
/// and in a small index the same few hundred passages are read for every question. A large index reads from disk
/// each time (its passages rarely repeat, and keeping them would cost more memory than reading them costs time).
/// </summary>
public sealed class StoredDocumentCache(IndexSearcher searcher, bool enabled)
{
    // Indexed by document number; a race only reads a document twice, and a reference write is atomic.
    private readonly Document?[]? _documents = enabled ? new Document?[searcher.IndexReader.MaxDoc] : null;

    public bool Enabled => _documents is not null;

    /// <summary>The stored fields of document <paramref name="doc"/>. Treat it as read-only: it may be shared.</summary>
    public Document Get(int doc) => _documents is null ? searcher.Doc(doc) : _documents[doc] ??= searcher.Doc(doc);
}
