using System.Text.Json;
using ArticleBot.Core.Articles;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// One built index folder, opened read-only. A generation never changes after it is built: a change to the articles
/// builds a new generation and swaps it in. So one <see cref="IndexSearcher"/> serves every question of a generation
/// and a SearcherManager's refresh would have nothing to do; instead, leases keep a retired generation open until
/// the last question that started on it has finished.
/// </summary>
public sealed class IndexGeneration
{
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly Lazy<Vocabulary> _vocabulary;

    // Kept only while the stored documents are (a small index): bounded by its paragraphs.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string ArticleId, int Paragraph), string?> _paragraphTexts = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> _kindFilters = new(StringComparer.Ordinal);
    private int _leases;
    private bool _retired;
    private bool _closed;

    private IndexGeneration(string path, FSDirectory directory, DirectoryReader reader, IndexCatalog? catalog)
    {
        Path = path;
        _directory = directory;
        _reader = reader;
        Searcher = new GenerationSearcher(reader) { Similarity = new SharedNormBm25Similarity() };
        (Articles, Quotes) = catalog is null ? LoadCatalog(Searcher) : (catalog.Articles, catalog.Quotes);
        Analyses = PassageAnalysisCache.For(reader.NumDocs);
        Documents = new StoredDocumentCache(Searcher, Analyses.Enabled);
        Terms = new TermContextCache(Searcher.TopReaderContext);
        Postings = new PostingsPool(reader);
        QuotesByParagraph = Quotes.ToLookup(quote => (quote.ArticleId, quote.Paragraph));
        PersonNames = Articles.Values.SelectMany(article => article.Speakers)
            .SelectMany(name => name.Split(' ').Append(name))
            .ToHashSet(StringComparer.Ordinal);
        Speakers = Articles.Values.SelectMany(article => article.Speakers).ToHashSet(StringComparer.Ordinal);
        SpeakersByNameWord = Articles.Values
            .SelectMany(article => article.Speakers)
            .SelectMany(speaker => speaker.Split(' ').Select(part => (Word: Analysis.TextNormalizer.Fold(part).ToLowerInvariant(), Speaker: speaker)))
            .ToLookup(pair => pair.Word, pair => pair.Speaker, StringComparer.Ordinal);
        // A name two articles show as of different sexes is two people, or a mistake: its sex is unknown.
        SpeakerSexes = Articles.Values.SelectMany(article => article.SpeakerSexes)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .Where(group => group.Select(pair => pair.Value).Distinct().Count() == 1)
            .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);
        _vocabulary = new Lazy<Vocabulary>(() => Vocabulary.Read(reader, IndexFields.Exact));
    }

    public string Path { get; }

    public IndexSearcher Searcher { get; }

    public IReadOnlyDictionary<string, ArticleInfo> Articles { get; }

    public IReadOnlyList<QuoteRecord> Quotes { get; }

    public ILookup<(string ArticleId, int Paragraph), QuoteRecord> QuotesByParagraph { get; }

    /// <summary>Passage analyses kept for ranking, when the index is small enough.</summary>
    public PassageAnalysisCache Analyses { get; }

    /// <summary>Stored fields of the passages, kept when the index is small.</summary>
    public StoredDocumentCache Documents { get; }

    /// <summary>Statistics and postings locations of the terms questions use.</summary>
    public TermContextCache Terms { get; }

    /// <summary>Postings enumerators kept between searches.</summary>
    public PostingsPool Postings { get; }

    /// <summary>The people the articles quote, by full name and by each word of it.</summary>
    public IReadOnlySet<string> PersonNames { get; }

    /// <summary>Quoted people by each lower-case, folded word of their name: a question naming "Zhu" finds
    /// Zhu Xiaohu without a pass over every article's speakers for every question.</summary>
    public ILookup<string, string> SpeakersByNameWord { get; }

    /// <summary>Quoted people whose sex the articles' words show, by full name.</summary>
    internal IReadOnlyDictionary<string, Analysis.Sex> SpeakerSexes { get; }

    /// <summary>Every speaker's full name across the articles, made once per generation (each conversation turn
    /// checks the previous turn's speaker against it).</summary>
    internal IReadOnlySet<string> Speakers { get; }

    /// <summary>The words of the index with their document frequencies, read on first use.</summary>
    public Vocabulary Vocabulary => _vocabulary.Value;

    public int ParagraphCount => Articles.Values.Sum(article => article.ParagraphCount);



    /// <summary>The documents of one kind (<see cref="IndexFields.Kinds"/>), as a bit set made once per generation.</summary>
    public Filter KindFilter(string kind) =>
        _kindFilters.GetOrAdd(kind, static kind => new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Kind, kind)))));

    /// <summary>The text of paragraph <paramref name="paragraph"/> of an article; null when there is none.</summary>
    public string? ParagraphText(string articleId, int paragraph)
    {
        if (!Documents.Enabled)
        {
            return ReadParagraphText(articleId, paragraph);
        }

        return _paragraphTexts.TryGetValue((articleId, paragraph), out var text)
            ? text
            : _paragraphTexts.GetOrAdd((articleId, paragraph), ReadParagraphText(articleId, paragraph));
    }

    private string? ReadParagraphText(string articleId, int paragraph)
    {
        var hits = Searcher.Search(new TermQuery(new Term(IndexFields.Id, IndexFields.ParagraphId(articleId, paragraph))), 1);
        return hits.TotalHits == 0 ? null : Documents.Get(hits.ScoreDocs[0].Doc).Get(IndexFields.Text);
    }

    /// <param name="memoryMapped">Read through memory-mapped files; otherwise with ordinary file reads.</param>
    public static IndexGeneration Open(string path, bool memoryMapped = true) => Open(path, memoryMapped, catalog: null);

    /// <summary>Opens a generation just built, with the catalog the build collected while writing it (what reading
    /// the stored fields back would give) instead of reading it back.</summary>
    internal static IndexGeneration Open(string path, bool memoryMapped, IndexCatalog? catalog)
    {
        FSDirectory directory = memoryMapped ? FSDirectory.Open(path) : new NIOFSDirectory(path);
        try
        {
            return new IndexGeneration(path, directory, DirectoryReader.Open(directory), catalog);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads every file of the generation against the checksum Lucene wrote in its footer. Opening a reader checks
    /// only headers and the structure it touches, so a flipped byte in a stored field or posting would otherwise be
    /// served (or thrown mid-question) until the next rebuild. Throws <see cref="CorruptIndexException"/>.
    /// </summary>
    /// <remarks>Read through ordinary file reads, not the searcher's memory map: reading a large index through the
    /// map would leave every page of it counted in the bot's resident memory (722 MB at a million paragraphs) though
    /// questions touch a small part of it.</remarks>
    internal void VerifyChecksums()
    {
        using var directory = new NIOFSDirectory(Path);
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
        }
    }

    internal bool TryLease()
    {
        lock (this)
        {
            if (_closed)
            {
                return false;
            }

            _leases++;
            return true;
        }
    }

    internal void Release()
    {
        lock (this)
        {
            _leases--;
            CloseIfUnused();
        }
    }

    /// <summary>Marks the generation as replaced; it closes when its last lease is released.</summary>
    internal void Retire()
    {
        lock (this)
        {
            _retired = true;
            CloseIfUnused();
        }
    }

    private void CloseIfUnused()
    {
        if (_retired && _leases == 0 && !_closed)
        {
            _closed = true;
            _reader.Dispose();
            _directory.Dispose();
        }
    }

    private static (IReadOnlyDictionary<string, ArticleInfo>, IReadOnlyList<QuoteRecord>) LoadCatalog(IndexSearcher searcher)
    {
        var articles = new Dictionary<string, ArticleInfo>();
        var articleHits = searcher.Search(new TermQuery(new Term(IndexFields.Kind, IndexFields.Kinds.Article)), int.MaxValue / 2);
        foreach (var hit in articleHits.ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc);
            var extra = document.Get(IndexFields.Extra) is { } json ? ReadExtra(json) : [];
            var metadata = new ArticleMetadata
            {
                Title = document.Get(IndexFields.Title),
                Author = document.Get(IndexFields.Author),
                Publisher = document.Get(IndexFields.Publisher),
                Url = document.Get(IndexFields.Url),
                Published = document.Get(IndexFields.Published),
                Language = document.Get(IndexFields.Language),
                Extra = extra,
            };
            var id = document.Get(IndexFields.Article);
            articles[id] = new ArticleInfo(
                id,
                metadata,
                document.GetField(IndexFields.ParagraphCount).GetInt32Value() ?? 0,
                document.GetValues(IndexFields.Speakers),
                document.Get(IndexFields.Source) ?? "")
            {
                SpeakerSexes = IndexFields.ReadSpeakerSexes(document.GetValues(IndexFields.SpeakerSexes)),
            };
        }

        var quotes = new List<QuoteRecord>();
        var quoteHits = searcher.Search(new TermQuery(new Term(IndexFields.Kind, IndexFields.Kinds.Quote)), int.MaxValue / 2);
        foreach (var hit in quoteHits.ScoreDocs.OrderBy(hit => hit.Doc))
        {
            var document = searcher.Doc(hit.Doc);
            quotes.Add(new QuoteRecord(
                document.Get(IndexFields.Article),
                document.GetField(IndexFields.Paragraph).GetInt32Value() ?? 0,
                document.Get(IndexFields.Text),
                document.Get(IndexFields.Speaker),
                document.GetField(IndexFields.Paraphrase).GetInt32Value() == 1,
                document.GetField(IndexFields.Standalone).GetInt32Value() == 1,
                document.GetField(IndexFields.Organisation)?.GetInt32Value() == 1) { Role = document.Get(IndexFields.Role) });
        }

        return (articles, quotes);
    }

    /// <summary>An article's other front-matter fields, as <see cref="ArticleDocuments"/> stored them (a JSON object
    /// of strings). Read with <see cref="JsonDocument"/>, which settings loading has already warmed: the serializer's
    /// first use costs more at start than the whole catalog.</summary>
    private static Dictionary<string, string> ReadExtra(string json)
    {
        using var document = JsonDocument.Parse(json);
        var extra = new Dictionary<string, string>();
        if (document.RootElement.ValueKind == JsonValueKind.Null)
        {
            return extra;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            extra[property.Name] = property.Value.GetString()!;
        }

        return extra;
    }

    /// <summary>
    /// How every generation is written. A generation is written once and never updated, so segments stay as plain
    /// files (no compound file: packing each flushed or merged segment into one file copies the whole index once
    /// more for nothing), and a larger buffer flushes fewer, larger segments, so fewer merges. Merges join only
    /// adjacent segments (a log merge policy; the tiered one may join any), so documents keep the order they were
    /// added in: the catalog a build hands its generation lists quotations in that order.
    /// </summary>
    public static IndexWriterConfig WriterConfig() => new(LuceneVersion.LUCENE_48, ArticleAnalyzers.PerField)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = new BM25Similarity(),
        RAMBufferSizeMB = 128,
        UseCompoundFile = false,
        MergePolicy = new LogByteSizeMergePolicy { NoCFSRatio = 0.0 },
    };
}
