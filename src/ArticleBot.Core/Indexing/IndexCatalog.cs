using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// The articles and quotations of a generation, exactly as its stored fields give them back (blank metadata as
/// null, other front-matter fields as a plain dictionary, quotations in document order). A build collects it
/// while it writes the documents and hands it to the new generation: reading it back from the stored fields cost
/// about a quarter of the build's Lucene work. Opening an existing index still reads it back.
/// </summary>
internal sealed class IndexCatalog
{
    private readonly Dictionary<string, ArticleInfo> _articles = [];
    private readonly List<QuoteRecord> _quotes = [];

    public IReadOnlyDictionary<string, ArticleInfo> Articles => _articles;

    public IReadOnlyList<QuoteRecord> Quotes => _quotes;

    /// <summary>Adds an article in the order its documents were given to the writer
    /// (<see cref="ArticleDocuments.For"/> writes its quotations in <see cref="Article.Quotes"/> order).</summary>
    public void Add(Article article, string sourceFile)
    {
        var metadata = article.Metadata;
        _articles[article.Id] = new ArticleInfo(
            article.Id,
            new ArticleMetadata
            {
                Title = Stored(metadata.Title),
                Author = Stored(metadata.Author),
                Publisher = Stored(metadata.Publisher),
                Url = Stored(metadata.Url),
                Published = Stored(metadata.Published),
                Language = Stored(metadata.Language),
                Extra = new Dictionary<string, string>(metadata.Extra),
            },
            article.Paragraphs.Count,
            article.Speakers.Select(speaker => speaker.Name).ToArray(),
            sourceFile)
        {
            SpeakerSexes = article.Speakers.Where(speaker => speaker.Sex is not null).ToDictionary(speaker => speaker.Name, speaker => speaker.Sex!.Value, StringComparer.Ordinal),
        };

        foreach (var quote in article.Quotes)
        {
            _quotes.Add(new QuoteRecord(article.Id, quote.Paragraph, quote.Text, quote.Speaker, quote.IsParaphrase, quote.Standalone, quote.ByOrganisation) { Role = quote.Role });
        }
    }

    // ArticleDocuments stores a metadata value only when it is not blank.
    private static string? Stored(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
