using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

public sealed class QueryUnderstandingTests
{
    [Theory]
    [InlineData("is the us ahead of china")]
    [InlineData("Is US ahead of China?")]
    public void The_us_is_the_country(string question) =>
        Assert.Contains("united states", Words(question));

    [Theory]
    [InlineData("will deepseek help us")]
    [InlineData("can you tell us who founded deepseek")]
    public void Us_as_a_pronoun_is_filler(string question) =>
        Assert.DoesNotContain(Words(question), word => word is "us" or "united states");

    [Fact]
    public void Conjunctions_and_indefinite_pronouns_are_not_what_a_question_is_about() =>
        Assert.Equal(["following", "china", "catch up"], Words("will following others let china catch up because it is behind")[..3]);

    private static string[] Words(string question)
    {
        var answerer = (QuestionAnswerer)SeedAnswerer.Shared;
        using var lease = answerer.Index().Acquire();
        var understanding = new QueryUnderstanding(SynonymMap.Load(RepoPaths.InRepo("index", "synonyms.txt")));
        return understanding.Understand(question, lease.Generation).Select(concept => concept.Word).ToArray();
    }
}
