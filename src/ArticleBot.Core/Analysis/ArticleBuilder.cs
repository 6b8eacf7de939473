using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Analysis;

/// <summary>Turns an article file's paragraphs into an <see cref="Article"/>: its speakers and attributed quotes.</summary>
public static class ArticleBuilder
{
    public static Article Build(ArticleSource source)
    {
        var words = ParagraphWords.Of(source.Paragraphs);
        var speakers = PersonNameFinder.Find(source.Paragraphs, words, source.Metadata);
        var quotes = QuoteAttributor.Attribute(source.Paragraphs, speakers, words, source.Metadata);
        return new Article(source.Id, source.Path, source.Metadata, source.Paragraphs, quotes, speakers);
    }

    public static Article Read(string path) => Build(ArticleFileReader.Read(path));
}
