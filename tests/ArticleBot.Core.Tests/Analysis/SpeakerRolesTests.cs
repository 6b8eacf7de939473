using ArticleBot.Core.Analysis;
using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Tests.Analysis;

public sealed class SpeakerRolesTests
{
    private static readonly Paragraph[] Story =
    [
        new(1, "Mayor Ann Lee opened the meeting. “We will vote tonight,” Lee said."),
        new(2, "“I have lived here all my life,” said pensioner Mary Holt."),
        new(3, "“Our pupils use the library every week,” said Dr. Grace Okoro, the school’s principal."),
        new(4, "The cuts are “the least we can do,” according to Leon Farrant, the agency’s head of operations."),
        new(5, "“We have sold half the herd,” said dairy farmer Owen Tegid."),
        new(6, "Arthur Dunmore, 81, has held a season ticket for years. “I have waited a long time for this,” said Mr Dunmore."),
    ];

    private static Article Read() => ArticleBuilder.Build(new ArticleSource("story", "story.md", new ArticleMetadata(), Story));

    [Fact]
    public void A_speakers_name_is_kept_apart_from_the_title_or_role_the_article_gives_them()
    {
        var roles = Read().Speakers.ToDictionary(speaker => speaker.Name, speaker => speaker.Role);

        Assert.Equal("Mayor", roles["Ann Lee"]);
        Assert.Equal("pensioner", roles["Mary Holt"]);
        Assert.Equal("principal", roles["Grace Okoro"]);
        Assert.Equal("head of operations", roles["Leon Farrant"]);
        Assert.Equal("dairy farmer", roles["Owen Tegid"]);
        // A courtesy title and an age are not roles.
        Assert.Null(roles["Arthur Dunmore"]);
    }

    [Fact]
    public void A_speaker_is_also_known_by_title_and_surname_and_by_a_role_no_one_else_holds()
    {
        var speakers = Read().Speakers.ToDictionary(speaker => speaker.Name);

        Assert.Contains("Lee", speakers["Ann Lee"].Aliases);
        Assert.Contains("Mayor Lee", speakers["Ann Lee"].Aliases);
        Assert.Contains("the principal", speakers["Grace Okoro"].Aliases);
    }

    [Fact]
    public void Each_quotation_carries_its_speakers_role_and_an_organisations_statement_none()
    {
        Paragraph[] paragraphs =
        [
            .. Story,
            new(7, "The Carrow Valley Water Agency said in a statement that the limits were “a necessary step to protect supplies.”"),
        ];

        var quotes = ArticleBuilder.Build(new ArticleSource("story", "story.md", new ArticleMetadata(), paragraphs)).Quotes.Where(quote => !quote.IsParaphrase).ToList();

        Assert.Equal(("Grace Okoro", "principal"), quotes.Where(quote => quote.Paragraph == 3).Select(quote => (quote.Speaker, quote.Role)).Single());
        Assert.Equal(("Carrow Valley Water Agency", (string?)null), quotes.Where(quote => quote.Paragraph == 7).Select(quote => (quote.Speaker, quote.Role)).Single());
    }
}
