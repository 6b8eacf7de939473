using ArticleBot.Core.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ArticleBot.Core.Tests.Indexing;

/// <summary>A build hands its new generation the catalog it collected while writing instead of reading it back from
/// the stored fields: it must be exactly what reading back gives.</summary>
public sealed class HandedCatalogTests : IDisposable
{
    private readonly ArticleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_built_generation_has_the_catalog_that_reading_its_stored_fields_back_gives()
    {
        using var index = _folder.OpenIndex();
        index.EnsureCurrent(forceRebuild: true);
        using var lease = index.Acquire();
        var handed = lease.Generation;

        var readBack = IndexGeneration.Open(handed.Path);
        try
        {
            Assert.Equal(["deepseek-liang-wenfeng", "harbor-bridge"], readBack.Articles.Keys);
            Assert.Equal(readBack.Articles.Keys, handed.Articles.Keys);
            foreach (var (id, expected) in readBack.Articles)
            {
                var actual = handed.Articles[id];
                Assert.Equal(expected.Id, actual.Id);
                Assert.Equal(expected.ParagraphCount, actual.ParagraphCount);
                Assert.Equal(expected.Speakers, actual.Speakers);
                Assert.Equal(expected.SpeakerSexes.OrderBy(pair => pair.Key, StringComparer.Ordinal), actual.SpeakerSexes.OrderBy(pair => pair.Key, StringComparer.Ordinal));
                Assert.Equal(expected.Source, actual.Source);
                Assert.Equal(expected.Metadata.Title, actual.Metadata.Title);
                Assert.Equal(expected.Metadata.Author, actual.Metadata.Author);
                Assert.Equal(expected.Metadata.Publisher, actual.Metadata.Publisher);
                Assert.Equal(expected.Metadata.Url, actual.Metadata.Url);
                Assert.Equal(expected.Metadata.Published, actual.Metadata.Published);
                Assert.Equal(expected.Metadata.Language, actual.Metadata.Language);
                Assert.Equal(expected.Metadata.Extra.ToList(), actual.Metadata.Extra.ToList());
                Assert.Equal(expected.DisplayTitle, actual.DisplayTitle);
            }

            // The seed article's blank title and author come back as null, not as empty strings.
            Assert.Null(handed.Articles["deepseek-liang-wenfeng"].Metadata.Title);
            Assert.Null(handed.Articles["deepseek-liang-wenfeng"].Metadata.Author);
            Assert.NotEmpty(handed.Articles["deepseek-liang-wenfeng"].Metadata.Extra);

            Assert.NotEmpty(readBack.Quotes);
            Assert.Equal(readBack.Quotes, handed.Quotes);
            Assert.Equal(readBack.PersonNames.Order(StringComparer.Ordinal), handed.PersonNames.Order(StringComparer.Ordinal));
            // Sexes are stored, not only handed over: the seed article shows Liang's ("he") and reading back keeps it.
            Assert.NotEmpty(readBack.SpeakerSexes);
            Assert.Equal(readBack.SpeakerSexes.OrderBy(pair => pair.Key, StringComparer.Ordinal), handed.SpeakerSexes.OrderBy(pair => pair.Key, StringComparer.Ordinal));
            Assert.Equal(readBack.ParagraphCount, handed.ParagraphCount);
        }
        finally
        {
            readBack.Retire();
        }
    }

    [Fact]
    public void Merges_keep_documents_in_the_order_they_were_added()
    {
        // Tiny segments force many flushes and merges under the build's own merge policy: the handed catalog lists
        // quotations in the order they were added, so the index must keep that order too.
        using var directory = new RAMDirectory();
        var config = IndexGeneration.WriterConfig();
        config.MaxBufferedDocs = 3;
        const int count = 600;
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < count; i++)
            {
                // Sizes vary so that a policy ordering segments by size would reorder them.
                writer.AddDocument(new Document { new StoredField(IndexFields.Id, $"{i}{new string('x', i % 37 * 50)}") });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count < count / 3, "the writer should have merged segments");
        var ids = Enumerable.Range(0, reader.MaxDoc).Select(doc => int.Parse(reader.Document(doc).Get(IndexFields.Id).TrimEnd('x'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(0, count), ids);
    }
}
