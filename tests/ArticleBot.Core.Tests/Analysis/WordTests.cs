using System.Text;
using System.Text.RegularExpressions;
using ArticleBot.Core.Analysis;

namespace ArticleBot.Core.Tests.Analysis;

public sealed partial class WordTests
{
    /// <summary>What <see cref="Word.Split"/> used to be: the oracle the hand-written scanner must agree with.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex FormerWordPattern();

    private static List<Word> FormerSplit(string text, int start, int end) =>
        FormerWordPattern().Matches(text[start..end]).Select(match => new Word(match.Value, start + match.Index)).ToList();

    public static TheoryData<string> Texts => new()
    {
        "“We’re not going to copy Llama,” Liang Wenfeng’s team said of DeepSeek-R1.",
        "innovation.This shift -- 1.5 billion yuan; U.S. rock'n'roll, state-of-the-art - - ' 'quoted' -dash end-",
        "Café naïve e\u0301 ﬁne ①②③ Ⅻ 北京 Москва x’’y a--b a-'b 's ’s 42nd",
        "",
        "   ",
        "'tis O'Neil’s",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_scanner_finds_the_same_words_as_the_former_regex(string text)
    {
        Assert.Equal(FormerSplit(text, 0, text.Length), Word.Split(text));
        Assert.Equal(FormerSplit(text, 0, text.Length).Count, Word.Count(text));
    }

    [Fact]
    public void The_scanner_agrees_with_the_former_regex_on_random_text_and_ranges()
    {
        var alphabet = "aZé\u03011٣ '’-\".,“”\u00A0Ⅻ北ﬁ_\t\n".ToCharArray();
        var random = new Random(20250126);
        for (var round = 0; round < 2000; round++)
        {
            var builder = new StringBuilder();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var text = builder.ToString();
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            Assert.Equal(FormerSplit(text, start, end), Word.Split(text, start, end));
        }
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused_as_before()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Word.Split("one two three", 8, 4));
    }

    [Theory]
    [InlineData("Liang's", "Liang", true)]
    [InlineData("Liang’s", "Liang", true)]
    [InlineData("Liang", "Liang", true)]
    [InlineData("Liang's", "Liang's", false)]
    [InlineData("Lian", "Liang", false)]
    public void Bare_equality_matches_the_bare_word(string text, string other, bool expected)
    {
        var word = new Word(text, 0);
        Assert.Equal(expected, word.BareEquals(other));
        Assert.Equal(word.Bare == other, word.BareEquals(other));
    }

    [Theory]
    [InlineData("Liang", true)]
    [InlineData("LIANG", false)]
    [InlineData("L", false)]
    [InlineData("liang", false)]
    [InlineData("McDonald", true)]
    public void A_capitalized_word_starts_upper_and_has_a_lower_case_letter(string text, bool expected)
    {
        Assert.Equal(expected, new Word(text, 0).IsCapitalized);
    }
}
