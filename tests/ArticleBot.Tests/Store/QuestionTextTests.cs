using ArticleBot.Store;

namespace ArticleBot.Tests.Store;

/// <summary>The unanswered report groups by this form: the same question typed with or without its question mark,
/// in other case or spacing, must be counted as one.</summary>
public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("What is the capital of Peru?")]
    [InlineData("what is the capital of peru")]
    [InlineData("  What is the  capital\nof Peru ??")]
    [InlineData("what is the capital of peru!")]
    [InlineData("What is the capital of Peru…")]
    public void One_question_typed_differently_is_kept_in_one_form(string typed) =>
        Assert.Equal("what is the capital of peru", QuestionText.Normalise(typed));

    [Fact]
    public void Marks_inside_a_question_and_a_question_of_marks_alone_are_kept()
    {
        Assert.Equal("is it 1.5 or 2?5", QuestionText.Normalise("Is it 1.5 or 2?5"));
        Assert.Equal("???", QuestionText.Normalise("???"));
    }
}
