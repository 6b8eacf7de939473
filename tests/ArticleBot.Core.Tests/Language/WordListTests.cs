using ArticleBot.Core.Analysis;
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
    [InlineData("quoting-verbs", "explained")]
    [InlineData("reporting-verbs", "believes")]
    [InlineData("speech-fillers", "reportedly")]
    [InlineData("person-cues", "spokeswoman")]
    [InlineData("person-titles", "mayor")]
    [InlineData("subject-pronouns", "she")]
    [InlineData("person-pronouns", "him")]
    [InlineData("not-names", "may")]
    [InlineData("organisation-words", "agency")]
    [InlineData("place-prepositions", "near")]
    [InlineData("addressing-verbs", "told")]
    [InlineData("relative-pronouns", "whose")]
    [InlineData("spokespeople", "spokesperson")]
    public void Every_list_the_analysis_uses_is_embedded_and_read(string name, string member)
    {
        Assert.Contains(member, WordList.Load(name, StringComparer.OrdinalIgnoreCase, wholeLines: name == "saying-verbs"));
    }

    [Fact]
    public void Every_quoting_verb_is_also_a_reporting_verb()
    {
        Assert.All(SpeechVerbs.Quoting, verb => Assert.Contains(verb, SpeechVerbs.Reporting));
        Assert.Contains("SAID", SpeechVerbs.Reporting);
    }

    [Fact]
    public void A_list_that_is_not_embedded_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WordList.Load("no-such-list"));

        Assert.Contains("no-such-list", error.Message);
    }
}
