using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Tests.Answering;

public sealed class AnswerStrengthTests
{
    private static readonly HashSet<string> NoPeople = [];

    private static HashSet<string> WordsOf(string question) =>
        [.. question.ToLowerInvariant().Split([' ', '?', ','], StringSplitOptions.RemoveEmptyEntries)];

    private static double Strength(AnswerType.Kind kind, string question, string sentence, IReadOnlyList<int>? countedAt = null) =>
        AnswerStrength.Of(kind, sentence, NoPeople, WordsOf(question), countedAt);

    [Fact]
    public void Who_is_answered_best_by_a_full_name_then_by_a_capitalised_word_then_by_people_named_by_what_they_are()
    {
        const string question = "who did the broncos beat";

        var fullName = Strength(AnswerType.Kind.Person, question, "The Broncos beat the Carolina Panthers in the final.");
        var oneName = Strength(AnswerType.Kind.Person, question, "The Broncos beat the champion, Carolina, in the final.");
        var people = Strength(AnswerType.Kind.Person, question, "The Broncos beat the visiting students in the final.");
        var nobody = Strength(AnswerType.Kind.Person, question, "The Broncos beat everyone in the final.");

        Assert.Equal(1.0, fullName);
        Assert.True(fullName > oneName && oneName > people && people > nobody, $"{fullName} {oneName} {people} {nobody}");
        Assert.Equal(0, nobody);
    }

    [Fact]
    public void A_name_the_question_already_holds_does_not_answer_who()
    {
        var strength = Strength(AnswerType.Kind.Person, "who coached the denver broncos", "The Denver Broncos won the game easily.");

        Assert.Equal(0, strength);
    }

    [Theory]
    [InlineData("The inspection, carried out by the engineering firm Calder & Finch, found rust.", 1.0)]
    [InlineData("Nobody wanted the inspection, she told reporters at City Hall.", 0)]
    [InlineData("The inspection went ahead, If anyone asked.", 0)]
    public void Who_did_something_is_answered_by_its_agent_and_not_by_a_place_or_a_capitalised_function_word(string sentence, double expected) =>
        Assert.Equal(expected, Strength(AnswerType.Kind.Person, "who did the inspection", sentence));

    [Fact]
    public void A_name_beside_an_acronym_or_the_questions_own_hyphenated_name_is_no_full_name()
    {
        Assert.Equal(AnswerStrength.Partial, Strength(AnswerType.Kind.Person, "who is using deepseek r1", "Chinese AI firms agree."));
        Assert.Equal(AnswerStrength.Weak, Strength(AnswerType.Kind.Person, "who is using deepseek r1", "The users of DeepSeek-R1 agree."));
    }

    [Fact]
    public void A_person_the_articles_quote_answers_who_in_full()
    {
        var strength = AnswerStrength.Of(AnswerType.Kind.Person, "The fund was started by a former engineer, according to Liang.", new HashSet<string> { "Liang" }, WordsOf("who started the fund"));

        Assert.Equal(1.0, strength);
    }

    [Theory]
    [InlineData("The stadium cost $1.2 billion to build.", 1.0)]
    [InlineData("Ticket prices rose 40% that year.", 1.0)]
    [InlineData("The mission lasted eight days.", 1.0)]
    [InlineData("The band played 12 of its songs.", AnswerStrength.Partial)]
    [InlineData("The stadium opened in 2014.", AnswerStrength.Weak)]
    [InlineData("The stadium was expensive to build.", 0)]
    public void How_much_is_answered_best_by_a_number_with_a_unit_or_currency_and_least_by_a_year(string sentence, double expected) =>
        Assert.Equal(expected, Strength(AnswerType.Kind.Quantity, "how much did the stadium cost", sentence));

    [Theory]
    [InlineData("In 1516, Tetzel was sent to Germany.", 1.0)]
    [InlineData("Interest in him revived in the 1990s.", 1.0)]
    [InlineData("The church was built in the 16th century.", 1.0)]
    [InlineData("Media day is held on the Tuesday before the game.", AnswerStrength.Partial)]
    [InlineData("He answered the next day.", AnswerStrength.Partial)]
    [InlineData("Fans may march to the stadium.", 0)]
    public void When_is_answered_best_by_a_year_decade_or_century_and_in_part_by_a_day_or_month(string sentence, double expected) =>
        Assert.Equal(expected, Strength(AnswerType.Kind.Time, "when was it", sentence));

    [Fact]
    public void A_year_the_question_already_holds_does_not_answer_when()
    {
        var strength = Strength(AnswerType.Kind.Time, "when in 2015 did the season start", "The 2015 season was long.");

        Assert.Equal(0, strength);
    }

    [Theory]
    [InlineData("It carries about 60,000 cars a day.", 1.0)]
    [InlineData("It carries about 6 million cars and lorries a year.", 1.0)]
    [InlineData("Of the cars counted (60,000), most were local.", 1.0)]
    [InlineData("Its 12 lanes carry far more of the cars than any other bridge.", AnswerStrength.Weak)]
    [InlineData("It carries about 60,000 lorries a day.", AnswerStrength.Weak)]
    [InlineData("The bridge opened to cars in 1932.", 0)]
    [InlineData("Cars were parked there at Super Bowl 50.", 0)]
    public void How_many_is_answered_by_a_count_before_what_is_counted_a_count_elsewhere_only_weakly_and_never_by_a_year_or_the_questions_own_number(string sentence, double expected)
    {
        var at = sentence.IndexOf("cars", StringComparison.OrdinalIgnoreCase);

        Assert.Equal(expected, Strength(AnswerType.Kind.Count, "how many cars crossed at super bowl 50", sentence, at < 0 ? [] : [at]));
    }
}
