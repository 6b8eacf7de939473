using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Analysis;

/// <summary>Turns an article file's paragraphs into an <see cref="Article"/>: its speakers and attributed quotes.</summary>
public static class ArticleBuilder
{
    public static Article Build(ArticleSource source)
    {
        var words = ParagraphWords.Of(source.Paragraphs);
        var speakers = SpeakerRoles.WithRoles(PersonNameFinder.Find(source.Paragraphs, words, source.Metadata), source.Paragraphs, words);
        var roles = speakers.Where(speaker => speaker.Role is not null).ToDictionary(speaker => speaker.Name, speaker => speaker.Role, StringComparer.Ordinal);
        var people = ArticleSpeakers.Of(source.Paragraphs, words, speakers, SpeakerNames.Of(speakers));
        // The sex the text shows is kept with each speaker, so "she" in a follow-up question is checked against it.
        speakers = speakers.Select(speaker => people.Sexes.TryGetValue(speaker.Name, out var sex) ? speaker with { Sex = sex } : speaker).ToList();
        var quotes = QuoteAttributor.Attribute(source.Paragraphs, speakers, words, source.Metadata, people)
            .Select(quote => quote.Speaker is { } speaker && !quote.ByOrganisation && roles.TryGetValue(speaker, out var role) ? quote with { Role = role } : quote)
            .ToList();
        return new Article(source.Id, source.Path, source.Metadata, source.Paragraphs, quotes, speakers);
    }

    public static Article Read(string path) => Build(ArticleFileReader.Read(path));
}
