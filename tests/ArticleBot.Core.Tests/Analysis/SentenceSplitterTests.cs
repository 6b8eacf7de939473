using ArticleBot.Core.Analysis;

namespace ArticleBot.Core.Tests.Analysis;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Glued_sentences_are_split_where_a_capital_follows_the_full_stop()
    {
        var sentences = SentenceSplitter.SplitText("It sets the pace for AI innovation.This shift wasn’t accidental.");

        Assert.Equal(["It sets the pace for AI innovation.", "This shift wasn’t accidental."], sentences);
    }

    [Fact]
    public void Abbreviations_decimals_and_ampersands_do_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.SplitText("U.S. export rules cost 1.5 billion in R&D. Dr. Smith agreed.");

        Assert.Equal(["U.S. export rules cost 1.5 billion in R&D.", "Dr. Smith agreed."], sentences);
    }

    [Fact]
    public void A_sentence_that_ends_inside_a_quotation_keeps_its_closing_mark()
    {
        var sentences = SentenceSplitter.SplitText("“It happened by accident.” He smiled — then he left.");

        Assert.Equal(["“It happened by accident.”", "He smiled — then he left."], sentences);
    }

    [Fact]
    public void A_comma_glued_to_the_next_word_does_not_split_a_sentence()
    {
        var sentences = SentenceSplitter.SplitText("Closed-source moats are fleeting,Even OpenAI can’t stop others.");

        Assert.Single(sentences);
    }
}
