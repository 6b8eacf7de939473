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

    [Theory]
    [InlineData("The committee has twelve members.", AnswerStrength.Partial)]
    [InlineData("Forty-two of the bells were recast.", AnswerStrength.Partial)]
    [InlineData("The appeal raised three hundred pounds.", 1.0)]
    [InlineData("The roof will cost thirteen thousand pounds.", 1.0)]
    [InlineData("The repairs took nineteen weeks.", 1.0)]
    public void A_number_written_in_words_is_a_number_with_its_unit_where_it_has_one(string sentence, double expected) =>
        Assert.Equal(expected, Strength(AnswerType.Kind.Quantity, "how much did the appeal raise", sentence));

    [Theory]
    [InlineData("He admitted taking £90,000 from the club.", 1.0)]
    [InlineData("The club lost €2.5m over two years.", 1.0)]
    [InlineData("He took $40 million.", 1.0)]
    [InlineData("He took 90,000 pounds in all.", 1.0)]
    [InlineData("He took 90,000 in all.", AnswerStrength.Partial)]
    public void How_much_money_is_answered_best_by_a_sum_with_its_currency_sign_or_word(string sentence, double expected) =>
        Assert.Equal(expected, Strength(AnswerType.Kind.Quantity, "how much money did the treasurer steal", sentence));

    [Theory]
    [InlineData("The farmer has sold a third of his herd.")]
    [InlineData("The farmer has sold two-thirds of his herd.")]
    [InlineData("The farmer has sold half his herd.")]
    [InlineData("The farmer has sold 40 per cent of his herd.")]
    [InlineData("The farmer has sold forty percent of his herd.")]
    public void How_much_of_something_is_answered_in_full_by_a_share_or_a_percentage(string sentence) =>
        Assert.Equal(1.0, Strength(AnswerType.Kind.Quantity, "how much of his herd has the farmer sold", sentence));

    [Fact]
    public void An_ordinal_alone_is_no_share()
    {
        Assert.Equal(0, Strength(AnswerType.Kind.Quantity, "how much of his herd has the farmer sold", "The third bell is the oldest."));
    }

    [Theory]
    [InlineData("Agnes Thorley, 54, took over the foundry.", 1.0)]
    [InlineData("Thorley, aged 54, took over the foundry.", 1.0)]
    [InlineData("The 54-year-old took over the foundry.", 1.0)]
    [InlineData("She turned sixty last spring.", 1.0)]
    [InlineData("At the age of 35, Tesla became a citizen.", 1.0)]
    [InlineData("At the time, Katharina was 26 years old.", 1.0)]
    [InlineData("Manning was 39, Newton was 26.", 1.0)]
    [InlineData("Thorley is seventy-one.", 1.0)]
    [InlineData("It is 12.", AnswerStrength.Weak)]
    [InlineData("She is now in her sixties.", AnswerStrength.Partial)]
    [InlineData("She works 12 shifts a month.", AnswerStrength.Weak)]
    [InlineData("She took over the foundry in 2004.", 0)]
    public void How_old_is_answered_by_an_age_as_english_states_one(string sentence, double expected) =>
        Assert.Equal(expected, Strength(AnswerType.Kind.Age, "how old is agnes thorley", sentence));

    [Theory]
    [InlineData("The furnace, built in 1911, still runs.", AnswerStrength.Partial)]
    [InlineData("The furnace dates back to 1911.", AnswerStrength.Partial)]
    [InlineData("The furnace is more than 110 years old.", 1.0)]
    [InlineData("The oldest rocks are some 4.6 billion years.", AnswerStrength.Partial)]
    public void How_old_a_thing_is_is_answered_by_its_age_or_in_part_by_the_year_it_began(string sentence, double expected) =>
        Assert.Equal(expected, Strength(AnswerType.Kind.Age, "how old is the furnace", sentence));

    [Theory]
    [InlineData("Rook took £90,000 from the club over five years.")]
    [InlineData("She kept the furnace lit for some forty years.")]
    [InlineData("The works was run by the family for nine decades.")]
    public void A_span_after_for_or_over_is_how_long_something_lasted_and_no_age(string sentence) =>
        Assert.Equal(AnswerStrength.Weak, Strength(AnswerType.Kind.Age, "how old is the furnace", sentence));

    [Fact]
    public void An_age_the_question_already_holds_does_not_answer_how_old()
    {
        Assert.Equal(0, Strength(AnswerType.Kind.Age, "how old was he at 39", "He retired, aged 39."));
    }

    [Theory]
    [InlineData("Vale went ahead in the 23rd minute.", AnswerStrength.Partial)]
    [InlineData("Vale went ahead after 12 minutes.", AnswerStrength.Partial)]
    [InlineData("The parade starts at 2pm.", AnswerStrength.Partial)]
    [InlineData("Tea is taken at ten o'clock.", AnswerStrength.Partial)]
    [InlineData("Vale went ahead in stoppage time.", AnswerStrength.Partial)]
    [InlineData("The parade is on Sunday.", AnswerStrength.Partial)]
    [InlineData("Training starts this summer.", AnswerStrength.Partial)]
    [InlineData("The vote is later this month.", AnswerStrength.Partial)]
    [InlineData("The vote is in two weeks' time.", AnswerStrength.Partial)]
    [InlineData("The parade is at the weekend.", AnswerStrength.Partial)]
    [InlineData("The parade is on 14 May.", 1.0)]
    [InlineData("The parade is on May 14th.", 1.0)]
    [InlineData("Vale played for 90 minutes.", 0)]
    public void When_is_answered_in_part_by_a_time_within_a_frame_and_in_full_by_a_day_of_a_month(string sentence, double expected) =>
        Assert.Equal(expected, Strength(AnswerType.Kind.Time, "when did vale go ahead", sentence));

    [Theory]
    [InlineData("He was jailed for three years.", 1.0)]
    [InlineData("He was given a 30-month sentence.", 1.0)]
    [InlineData("The meeting went on for nearly four hours.", 1.0)]
    [InlineData("The meeting went on for almost an hour.", 1.0)]
    [InlineData("She has lived on Mill Lane since 1974.", 1.0)]
    [InlineData("She ran the shop from 1961 to 1972.", 1.0)]
    [InlineData("She has lived there since March.", 1.0)]
    [InlineData("She has lived there since Mill Lane was built.", 0)]
    [InlineData("She has lived there for decades.", AnswerStrength.Partial)]
    [InlineData("She moved there in 1974.", AnswerStrength.Weak)]
    [InlineData("She likes the lane.", 0)]
    public void How_long_is_answered_by_a_span_with_its_unit_or_its_ends_and_in_part_by_a_vague_one(string sentence, double expected) =>
        Assert.Equal(expected, Strength(AnswerType.Kind.Duration, "how long has she lived on mill lane", sentence));

    [Theory]
    [InlineData("Between forty and fifty residents came.", 1.0)]
    [InlineData("Between 40 and 50 residents came.", 1.0)]
    [InlineData("Some two hundred residents came.", 1.0)]
    [InlineData("A dozen residents came.", 1.0)]
    [InlineData("Thirteen residents came.", 1.0)]
    [InlineData("One of the residents came.", 0)]
    public void How_many_is_answered_by_a_count_in_digits_or_words_or_a_range(string sentence, double expected)
    {
        var at = sentence.IndexOf("residents", StringComparison.OrdinalIgnoreCase);

        Assert.Equal(expected, Strength(AnswerType.Kind.Count, "how many residents came", sentence, [at]));
    }
}
