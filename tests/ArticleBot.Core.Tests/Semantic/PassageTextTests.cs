using ArticleBot.Core.Semantic;

namespace ArticleBot.Core.Tests.Semantic;

/// <summary>What the model reads for a paragraph: the article's title before it, and before a paragraph that names
/// no subject of its own the last sentence of the paragraph before.</summary>
public sealed class PassageTextTests
{
    private const string Before = "Ada Brennan trained as a chemist in Leeds. In 1990 she founded the Brennan Institute.";

    [Fact]
    public void The_title_comes_first_so_the_paragraphs_own_words_stay_inside_the_models_window()
    {
        var text = PassageText.Of(PassageContext.Title, "She was born in a fishing village.", "Ada Brennan", Before);

        Assert.Equal("Ada Brennan: She was born in a fishing village.", text);
    }

    [Fact]
    public void An_article_without_a_title_gives_the_paragraph_alone()
    {
        Assert.Equal("She was born in a fishing village.", PassageText.Of(PassageContext.Title, "She was born in a fishing village.", null, Before));
        Assert.Equal("She was born in a fishing village.", PassageText.Of(PassageContext.Title, "She was born in a fishing village.", "  ", Before));
    }

    [Theory]
    [InlineData("“We never meant to grow this fast; it just happened.”")]
    [InlineData("\"We never meant to grow this fast.\"")]
    [InlineData("She later moved the institute to York.")]
    [InlineData("Its first building burned down in 1994.")]
    [InlineData("This approach was copied by other laboratories.")]
    public void A_paragraph_naming_no_subject_of_its_own_is_read_after_the_previous_paragraphs_last_sentence(string paragraph)
    {
        var text = PassageText.Of(PassageContext.Previous, paragraph, "Ada Brennan", Before);

        Assert.Equal("In 1990 she founded the Brennan Institute. " + paragraph, text);
    }

    [Theory]
    [InlineData("The institute moved to York in 1996.")]
    [InlineData("Brennan later moved the institute to York.")]
    [InlineData("Itinerant chemists visited the institute.")]
    [InlineData("Then the institute moved to York.")]
    public void A_paragraph_that_names_its_subject_is_read_alone(string paragraph)
    {
        Assert.Equal(paragraph, PassageText.Of(PassageContext.Previous, paragraph, "Ada Brennan", Before));
    }

    [Fact]
    public void The_first_paragraph_has_no_previous_sentence_to_borrow()
    {
        Assert.Equal("She was born in a fishing village.", PassageText.Of(PassageContext.Previous, "She was born in a fishing village.", "Ada Brennan", null));
    }

    [Fact]
    public void Both_contexts_give_the_title_then_the_previous_sentence_then_the_paragraph()
    {
        var text = PassageText.Of(PassageContext.Title | PassageContext.Previous, "She later moved it to York.", "Ada Brennan.", Before);

        Assert.Equal("Ada Brennan: In 1990 she founded the Brennan Institute. She later moved it to York.", text);
    }

    [Fact]
    public void A_quotation_is_read_after_its_speakers_name()
    {
        var text = PassageText.Of(PassageContext.Speaker, "“We never meant to grow this fast.”", "Ada Brennan", Before, speaker: "Clara Holt");

        Assert.Equal("Clara Holt: “We never meant to grow this fast.”", text);
        Assert.Equal("“We never meant to grow this fast.”", PassageText.Of(PassageContext.Speaker, "“We never meant to grow this fast.”", "Ada Brennan", Before, speaker: null));
    }

    [Fact]
    public void Title_and_speaker_come_in_that_order()
    {
        var text = PassageText.Of(PassageContext.Title | PassageContext.Speaker, "“We never meant to grow this fast.”", "Brennan Institute", Before, speaker: "Clara Holt");

        Assert.Equal("Brennan Institute: Clara Holt: “We never meant to grow this fast.”", text);
    }

    [Fact]
    public void Without_context_the_paragraph_is_read_as_written()
    {
        Assert.Equal("She later moved it to York.", PassageText.Of(PassageContext.None, "She later moved it to York.", "Ada Brennan", Before));
    }
}
