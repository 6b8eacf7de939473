using ArticleBot.Core.Answering;

namespace ArticleBot.Core.Tests.Answering;

public sealed class AnswerTypeTests
{
    private static readonly HashSet<string> NoPeople = [];

    [Theory]
    [InlineData("which big tech companies is deepseek up against")]
    [InlineData("What firms make the chips?")]
    [InlineData("which rivals did they beat")]
    public void Asking_which_companies_wants_their_names(string question) =>
        Assert.Equal(AnswerType.Kind.Organizations, AnswerType.Of(question));

    [Theory]
    [InlineData("What have Chinese companies grown used to?")]
    [InlineData("what do companies want from ai")]
    [InlineData("which company did he found")]
    public void Companies_as_the_subject_or_a_single_company_are_not_a_list_of_names(string question) =>
        Assert.NotEqual(AnswerType.Kind.Organizations, AnswerType.Of(question));

    [Theory]
    [InlineData("It competes with the billion-dollar efforts of Meta, Google, and Microsoft.", true)]
    [InlineData("Unlike OpenAI and Mistral, which later pivoted to closed models.", true)]
    [InlineData("Big tech companies would have monopolized all innovation by now.", false)]
    [InlineData("Chinese AI firm DeepSeek introduced DeepSeek-R1.", false)]
    public void A_list_of_names_holds_the_companies(string sentence, bool holds) =>
        Assert.Equal(holds, AnswerType.IsPresent(AnswerType.Kind.Organizations, sentence, NoPeople));

    [Theory]
    [InlineData("What may happen next?")]
    [InlineData("What might March bring?")]
    [InlineData("Who may speak for the company?")]
    public void A_question_with_the_modal_may_is_not_a_date_question(string question) =>
        Assert.NotEqual(AnswerType.Kind.Time, AnswerType.Of(question));

    [Theory]
    [InlineData("Prices may rise.")]
    [InlineData("May I ask who said that?")]
    [InlineData("The balance of power in global technology may shift dramatically in the coming years.")]
    [InlineData("Thousands march through the city.")]
    [InlineData("Prices May Rise Again")]
    public void A_sentence_with_the_modal_may_or_the_verb_march_holds_no_date(string sentence) =>
        Assert.False(AnswerType.IsPresent(AnswerType.Kind.Time, sentence, NoPeople));

    [Theory]
    [InlineData("On May 4, city officials closed the bridge.")]
    [InlineData("The works end on 12 May.")]
    [InlineData("Prices rose in May.")]
    [InlineData("By May 2026 the fund was spent.")]
    [InlineData("In January 2025, DeepSeek introduced DeepSeek-R1.")]
    [InlineData("Work begins in March and lasts eight months.")]
    [InlineData("The company was founded in 2023.")]
    [InlineData("Last week the council voted.")]
    public void A_sentence_with_a_month_a_year_or_a_relative_day_holds_a_date(string sentence) =>
        Assert.True(AnswerType.IsPresent(AnswerType.Kind.Time, sentence, NoPeople));

    [Theory]
    [InlineData("The inspection, carried out in January by the engineering firm Calder & Finch, found rust.", true)]
    [InlineData("The company was founded by Liang in 2023.", true)]
    [InlineData("The inspection left us no real choice.", false)]
    [InlineData("Prices fell by half.", false)]
    public void Who_did_something_is_answered_by_the_one_it_was_done_by(string sentence, bool holds) =>
        Assert.Equal(holds, AnswerType.IsPresent(AnswerType.Kind.Person, sentence, NoPeople));

    [Fact]
    public void People_named_by_what_they_are_answer_who_but_do_not_name_anyone()
    {
        const string sentence = "Global users, particularly small businesses and individual developers, are flocking to it.";

        Assert.True(AnswerType.IsPresent(AnswerType.Kind.Person, sentence, NoPeople));
        Assert.False(AnswerType.NamesSomeone(sentence, NoPeople));
    }

    [Theory]
    [InlineData("It carries about 60,000 vehicles a day.", true)]
    [InlineData("The bridge last closed for eleven weeks.", true)]
    [InlineData("It required twice the computing power.", false)]
    [InlineData("It costs just 1/30th of the API price.", false)]
    [InlineData("In January 2025 it released R1.", false)]
    [InlineData("One of the core reasons is research.", false)]
    public void How_many_is_answered_by_a_count_not_a_ratio_or_a_year(string sentence, bool holds)
    {
        Assert.Equal(AnswerType.Kind.Count, AnswerType.Of("how many cars cross it"));
        Assert.Equal(holds, AnswerType.IsPresent(AnswerType.Kind.Count, sentence, NoPeople));
    }

    [Theory]
    [InlineData("deepseek funding amount")]
    [InlineData("deepseek funding total?")]
    public void A_keyword_question_ending_in_amount_wants_a_quantity(string question) =>
        Assert.Equal(AnswerType.Kind.Quantity, AnswerType.Of(question));

    [Theory]
    [InlineData("Owen Tegid has sold half the herd.", true)]
    [InlineData("The agency doubled the fine, twice in a year.", true)]
    [InlineData("They booked a double room at the inn.", false)]
    [InlineData("It was a triple jump of the heart.", false)]
    public void A_share_or_multiple_is_a_quantity_as_ratio_words_lists_them_and_double_describes(string sentence, bool holds) =>
        Assert.Equal(holds, AnswerType.IsPresent(AnswerType.Kind.Quantity, sentence, NoPeople));

    [Theory]
    [InlineData("We met at eleven o'clock.")]
    [InlineData("The bells ring at 6 o’clock.")]
    public void A_clock_time_in_words_or_digits_is_a_time(string sentence) =>
        Assert.True(AnswerType.IsPresent(AnswerType.Kind.Time, sentence, NoPeople));

    [Theory]
    [InlineData("In 1516, Tetzel was sent to Germany.")]
    [InlineData("The castle was finished in 1066.")]
    public void A_year_before_1800_is_a_time(string sentence) =>
        Assert.True(AnswerType.IsPresent(AnswerType.Kind.Time, sentence, NoPeople));

    [Fact]
    public void How_many_times_counts_events_and_names_nothing_to_find_beside_the_number()
    {
        Assert.Empty(AnswerType.CountedWords("how many times was he sacked", new HashSet<string> { "was", "he" }));
        Assert.Equal(["cars"], AnswerType.CountedWords("how many cars use the bridge", new HashSet<string> { "use", "the" }));
    }

    [Theory]
    [InlineData("how old is agnes thorley", AnswerType.Kind.Age)]
    [InlineData("at what age did she retire", AnswerType.Kind.Age)]
    [InlineData("how long has she lived on mill lane", AnswerType.Kind.Duration)]
    [InlineData("how long is his prison sentence", AnswerType.Kind.Duration)]
    public void How_old_asks_for_an_age_and_how_long_for_a_span(string question, AnswerType.Kind kind)
    {
        Assert.Equal(kind, AnswerType.Of(question));
        Assert.True(AnswerType.IsMeasured(kind));
    }

    [Fact]
    public void How_long_ago_asks_when_not_for_a_span() =>
        Assert.NotEqual(AnswerType.Kind.Duration, AnswerType.Of("how long ago did the boatyard close"));

    [Fact]
    public void How_old_names_no_word_the_articles_must_hold()
    {
        Assert.Empty(AnswerType.CountedWords("how old is the furnace", new HashSet<string> { "is", "the" }));
    }

    [Theory]
    [InlineData("how much money did the treasurer steal")]
    [InlineData("how much time does the work take")]
    public void Money_or_time_names_the_measure_not_a_thing_the_articles_must_mention(string question) =>
        Assert.Empty(AnswerType.CountedWords(question, new HashSet<string> { "did", "does", "the" }));

    [Theory]
    [InlineData("Thirteen residents came.", true)]
    [InlineData("Forty-two bells hang there.", true)]
    [InlineData("One of the residents came.", false)]
    public void A_count_in_words_is_a_count(string sentence, bool holds) =>
        Assert.Equal(holds, AnswerType.IsPresent(AnswerType.Kind.Count, sentence, NoPeople));

    [Theory]
    [InlineData("The parade is on Sunday.")]
    [InlineData("Vale went ahead in the 89th minute.")]
    public void A_weekday_or_a_match_minute_is_a_time(string sentence) =>
        Assert.True(AnswerType.IsPresent(AnswerType.Kind.Time, sentence, NoPeople));

    [Theory]
    [InlineData("Gareth Pennock, 54, of Mill Lane, admitted fraud.", true)]
    [InlineData("The 54-year-old admitted fraud.", true)]
    [InlineData("Pennock admitted 14 counts of fraud.", false)]
    public void An_age_is_held_where_english_states_one(string sentence, bool holds) =>
        Assert.Equal(holds, AnswerType.IsPresent(AnswerType.Kind.Age, sentence, NoPeople));

    [Theory]
    [InlineData("how old is agnes thorley", "old")]
    [InlineData("how long has she lived on mill lane", "long")]
    [InlineData("how much money did the treasurer steal", "money")]
    public void The_word_an_answers_form_stands_for_is_no_word_a_passage_must_hold(string question, string word) =>
        Assert.Equal([word], AnswerType.FormWords(question));

    [Fact]
    public void A_counted_thing_is_a_word_a_passage_must_hold()
    {
        Assert.Empty(AnswerType.FormWords("how many acres is the farmer giving up"));
    }
}
