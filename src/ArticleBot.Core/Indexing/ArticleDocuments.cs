using System.Text.Json;
using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;
using Lucene.Net.Documents;

namespace ArticleBot.Core.Indexing;

/// <summary>Turns an article into its Lucene documents: one for the article, one per paragraph, one per quotation.</summary>
public static class ArticleDocuments
{
    public static IEnumerable<Document> For(Article article, string sourceFile)
    {
        yield return ForArticle(article, sourceFile);
        foreach (var paragraph in article.Paragraphs)
        {
            var speakers = article.Quotes.Where(quote => quote.Paragraph == paragraph.Number && quote.Speaker is not null)
                .Select(quote => quote.Speaker!).Distinct();
            yield return ForParagraph(article.Id, paragraph, speakers);
        }

        var index = 0;
        foreach (var quote in article.Quotes)
        {
            yield return ForQuote(article.Id, quote, ++index);
        }
    }

    private static Document ForArticle(Article article, string sourceFile)
    {
        var metadata = article.Metadata;
        var document = new Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new StringField(IndexFields.Kind, IndexFields.Kinds.Article, Field.Store.YES),
            new StringField(IndexFields.Article, article.Id, Field.Store.YES),
            new StoredField(IndexFields.ParagraphCount, article.Paragraphs.Count),
            new StoredField(IndexFields.Source, sourceFile),
            new StoredField(IndexFields.Extra, JsonSerializer.Serialize(metadata.Extra.ToDictionary(), ExtraJsonContext.Default.DictionaryStringString)),
        };
        AddIfKnown(document, IndexFields.Title, metadata.Title);
        AddIfKnown(document, IndexFields.Author, metadata.Author);
        AddIfKnown(document, IndexFields.Publisher, metadata.Publisher);
        AddIfKnown(document, IndexFields.Url, metadata.Url);
        AddIfKnown(document, IndexFields.Published, metadata.Published);
        AddIfKnown(document, IndexFields.Language, metadata.Language);
        foreach (var speaker in article.Speakers)
        {
            document.Add(new StoredField(IndexFields.Speakers, speaker.Name));
            if (speaker.Sex is { } sex)
            {
                document.Add(new StoredField(IndexFields.SpeakerSexes, IndexFields.SpeakerSex(speaker.Name, sex)));
            }
        }

        return document;
    }

    // Paragraph numbers are stored, read back with the hit and never searched: an Int32Field would also index
    // 8 numeric-trie terms per document (a cost on every paragraph and quotation of a build) for no query.
    private static Document ForParagraph(string articleId, Paragraph paragraph, IEnumerable<string> speakers)
    {
        var folded = TextNormalizer.Fold(paragraph.Text);
        var document = new Document
        {
            new StringField(IndexFields.Id, IndexFields.ParagraphId(articleId, paragraph.Number), Field.Store.YES),
            new StringField(IndexFields.Kind, IndexFields.Kinds.Paragraph, Field.Store.NO),
            new StringField(IndexFields.Article, articleId, Field.Store.YES),
            new StoredField(IndexFields.Paragraph, paragraph.Number),
            new StoredField(IndexFields.Text, paragraph.Text),
            new TextField(IndexFields.Body, folded, Field.Store.NO),
            new TextField(IndexFields.Exact, folded, Field.Store.NO),
        };
        foreach (var speaker in speakers)
        {
            document.Add(new TextField(IndexFields.Speakers, speaker, Field.Store.YES));
        }

        AddPassageValues(document, articleId, paragraph.Number, paragraph.Text);
        return document;
    }

    private static Document ForQuote(string articleId, Quote quote, int index)
    {
        var folded = TextNormalizer.Fold(quote.Text);
        var document = new Document
        {
            new StringField(IndexFields.Id, $"{IndexFields.ParagraphId(articleId, quote.Paragraph)}#q{index}", Field.Store.YES),
            new StringField(IndexFields.Kind, IndexFields.Kinds.Quote, Field.Store.NO),
            new StringField(IndexFields.Article, articleId, Field.Store.YES),
            new StoredField(IndexFields.Paragraph, quote.Paragraph),
            new StoredField(IndexFields.Text, quote.Text),
            new TextField(IndexFields.QuoteBody, folded, Field.Store.NO),
            new TextField(IndexFields.QuoteExact, folded, Field.Store.NO),
            new StoredField(IndexFields.Paraphrase, quote.IsParaphrase ? 1 : 0),
            new StoredField(IndexFields.Standalone, quote.Standalone ? 1 : 0),
            new StoredField(IndexFields.Organisation, quote.ByOrganisation ? 1 : 0),
        };
        if (quote.Speaker is not null)
        {
            document.Add(new TextField(IndexFields.Speaker, quote.Speaker, Field.Store.YES));
        }

        if (quote.Role is not null)
        {
            document.Add(new StoredField(IndexFields.Role, quote.Role));
        }

        AddPassageValues(document, articleId, quote.Paragraph, quote.Text);
        return document;
    }

    private static void AddPassageValues(Document document, string articleId, int paragraph, string text)
    {
        if (PassageValues.For(articleId, paragraph, text) is { } values)
        {
            document.Add(values);
        }
    }

    private static void AddIfKnown(Document document, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            document.Add(new StoredField(field, value));
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ExtraJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
