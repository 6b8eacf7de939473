using ArticleBot.Core.Evaluation;

namespace ArticleBot.Core.Tests.Evaluation;

public sealed class QuestionKindTests
{
    [Theory]
    [InlineData("In what year did the bridge open?", "what")]
    [InlineData("How many vehicles cross it each day?", "how many")]
    [InlineData("how much did it cost", "how much")]
    [InlineData("How did the council vote?", "how")]
    [InlineData("Whose idea was the closure?", "who")]
    [InlineData("Who closed the bridge?", "who")]
    [InlineData("When did the bridge open?", "when")]
    [InlineData("The bridge closed for eight months, right?", QuestionKind.Other)]
    public void A_question_is_of_the_kind_of_the_first_question_word_it_holds(string question, string kind) =>
        Assert.Equal(kind, QuestionKind.Of(question));
}
