using ArticleBot.Core.Analysis;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Analysis;

/// <summary>Each speaker keeps the sex the article's words show (he/she of them alone, Mr./Mrs./Ms.), for follow-up
/// questions; a person the text never shows stays unknown rather than guessed from the name.</summary>
public sealed class SpeakerSexTests
{
    [Fact]
    public void Speakers_carry_the_sex_their_article_shows_and_no_other()
    {
        var article = ArticleBuilder.Read(RepoPaths.InRepo("tests", "fixtures", "articles", "brenhill-water.md"));
        var sexes = article.Speakers.ToDictionary(speaker => speaker.Name, speaker => speaker.Sex, StringComparer.Ordinal);

        // "Mayor Ruth Adeyemi announced …, she said"; "Tegid said he would keep …".
        Assert.Equal(Sex.Female, sexes["Ruth Adeyemi"]);
        Assert.Equal(Sex.Male, sexes["Owen Tegid"]);
        // "… according to Leon Farrant, the agency’s head of operations. He said …".
        Assert.Equal(Sex.Male, sexes["Leon Farrant"]);
        // Beatrice Lamb's "she" is in the paragraph that also names Owen Tegid: it shows neither's sex.
        Assert.Null(sexes["Beatrice Lamb"]);
    }

    [Fact]
    public void A_wife_named_after_her_kin_noun_is_a_woman_though_her_husbands_his_shares_her_paragraph()
    {
        var article = ArticleBuilder.Read(RepoPaths.InRepo("tests", "fixtures", "articles", "linfield-rowing-fraud.md"));
        var sexes = article.Speakers.ToDictionary(speaker => speaker.Name, speaker => speaker.Sex, StringComparer.Ordinal);

        // "Pennock, wearing a grey suit, kept his eyes on the floor … His wife, Denise Pennock, left the public gallery":
        // "Pennock" there could be either Pennock, so "his" is not hers; "wife" before her name says she is a woman.
        Assert.Equal(Sex.Female, sexes["Denise Pennock"]);
    }
}
