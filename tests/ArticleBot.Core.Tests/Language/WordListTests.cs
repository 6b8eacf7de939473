using ArticleBot.Core.Language;

namespace ArticleBot.Core.Tests.Language;

public sealed class WordListTests
{
    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_words_split_on_white_space()
    {
        var words = WordList.Parse("# a comment\n\nwhat who  whom\r\nwhen\n", wholeLines: false).ToList();

        Assert.Equal(["what", "who", "whom", "when"], words);
    }

    [Fact]
    public void A_list_of_whole_lines_keeps_entries_with_spaces()
    {
        Assert.Equal(["said", "put it"], WordList.Parse("# verbs\nsaid\nput it\n", wholeLines: true));
    }

    [Theory]
    [InlineData("question-fillers", "what")]
    [InlineData("saying-verbs", "put it")]
    [InlineData("abbreviations", "u.s")]
    [InlineData("particles", "up")]
    [InlineData("negating-prefixes", "non")]
    public void Every_list_the_analysis_uses_is_embedded_and_read(string name, string member)
    {
        Assert.Contains(member, WordList.Load(name, StringComparer.OrdinalIgnoreCase, wholeLines: name == "saying-verbs"));
    }

    [Fact]
    public void A_list_that_is_not_embedded_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WordList.Load("no-such-list"));

        Assert.Contains("no-such-list", error.Message);
    }
}
