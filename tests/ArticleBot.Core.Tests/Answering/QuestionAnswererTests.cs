using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

public sealed class QuestionAnswererTests
{
    private static IQuestionAnswerer Answerer => SeedAnswerer.Product;

    [Fact]
    public void I_get_the_paragraph_that_answers_with_its_citation()
    {
        var reply = Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?"));

        var best = reply.Results[0];
        Assert.True(reply.Answered);
        Assert.Equal(2, best.Paragraph);
        Assert.Equal("CW Pakistan", best.Title);
        Assert.Equal("https://cwpakistan.com/?p=23620", best.Url);
        Assert.Contains("Liang Wenfeng", best.Snippet);
    }

    [Fact]
    public void Matched_words_are_marked_in_the_snippet()
    {
        var best = Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?")).Results[0];

        var marked = best.Highlights.Select(range => best.Snippet.Substring(range.Start, range.Length)).ToList();
        Assert.Contains("founder", marked);
    }

    [Fact]
    public void I_can_look_up_a_quote_by_a_misremembered_fragment()
    {
        var reply = Answerer.Answer(new ChatQuestion("closed source moats dont last", QuestionIntent.Quote));

        var best = reply.Results[0];
        Assert.Equal(6, best.Paragraph);
        Assert.Equal("Liang Wenfeng", best.Speaker);
        Assert.StartsWith("In disruptive tech", best.Quote);
    }

    [Fact]
    public void A_paraphrase_is_never_presented_as_a_quotation()
    {
        var reply = Answerer.Answer(new ChatQuestion("Who has dismissed AGI?"));

        var best = reply.Results[0];
        Assert.Equal("Zhu Xiaohu", best.Speaker);
        Assert.True(best.IsParaphrase);
    }

    [Fact]
    public void A_question_the_article_does_not_answer_gets_a_plain_no_and_suggestions()
    {
        var reply = Answerer.Answer(new ChatQuestion("What is the boiling point of water?"));

        Assert.False(reply.Answered);
        Assert.Empty(reply.Results);
        Assert.Contains("couldn't find", reply.Message);
        Assert.NotEmpty(reply.SuggestionsOrEmpty);
    }

    [Fact]
    public void A_blank_question_is_answered_without_searching()
    {
        var reply = Answerer.Answer(new ChatQuestion("   \u200b  "));

        Assert.False(reply.Answered);
        Assert.Equal(QuestionIntent.Help, reply.Intent);
    }

    [Fact]
    public void An_empty_source_request_lists_the_articles()
    {
        var reply = Answerer.Answer(new ChatQuestion("", QuestionIntent.Source));

        var article = Assert.Single(reply.Results);
        Assert.Equal("deepseek-liang-wenfeng", article.ArticleId);
        Assert.Equal(0, article.Paragraph);
    }

    [Fact]
    public void More_results_continue_where_the_first_page_stopped()
    {
        var first = Answerer.Answer(new ChatQuestion("open source closed models", Top: 1));
        var second = Answerer.Answer(new ChatQuestion("open source closed models", Top: 1, Skip: 1));

        Assert.True(first.HasMore);
        Assert.NotEqual(first.Results[0].Paragraph, second.Results[0].Paragraph);
    }

    [Fact]
    public void A_question_that_wants_a_date_is_declined_when_the_article_gives_none()
    {
        var reply = Answerer.Answer(new ChatQuestion("When was DeepSeek founded?"));

        Assert.False(reply.Answered);
    }

    [Theory]
    [InlineData("How many parameters does DeepSeek-R1 have?")]
    [InlineData("how much revenue did deepseek make last year")]
    [InlineData("how tall is liang wenfeng")]
    [InlineData("How many employees does Google have?")]
    public void Counting_something_the_article_never_mentions_is_declined(string question)
    {
        var reply = Answerer.Answer(new ChatQuestion(question));

        Assert.False(reply.Answered);
    }

    [Theory]
    [InlineData("What is Liang Wenfeng's salary?")]
    [InlineData("what's deepseek's stock ticker")]
    [InlineData("what is the headcount of deepseek")]
    [InlineData("how many staff does deepseek employ")]
    public void Asking_for_an_attribute_the_article_never_mentions_is_declined(string question) =>
        Assert.False(Answerer.Answer(new ChatQuestion(question)).Answered);

    [Theory]
    [InlineData("what is deepseek's goal", 4)]
    [InlineData("what is the cost of r1", 1)]
    public void Asking_for_an_attribute_the_article_gives_is_answered(string question, int paragraph)
    {
        var reply = Answerer.Answer(new ChatQuestion(question));

        Assert.True(reply.Answered);
        Assert.Equal(paragraph, reply.Results[0].Paragraph);
    }

    [Theory]
    [InlineData("how much funding did deepseek have")]
    [InlineData("how much money did deepseek raise")]
    public void Counting_something_the_article_mentions_is_answered_by_the_passage_with_the_number(string question)
    {
        var reply = Answerer.Answer(new ChatQuestion(question));

        Assert.True(reply.Answered);
        Assert.Equal(2, reply.Results[0].Paragraph);
    }

    [Fact]
    public void A_phrase_asked_as_the_article_writes_it_is_found_as_written()
    {
        var best = Answerer.Answer(new ChatQuestion("would big tech have monopolized innovation if investment was all that counted")).Results[0];

        Assert.Equal(14, best.Paragraph);
        var marked = best.Highlights.Select(range => best.Snippet.Substring(range.Start, range.Length)).ToList();
        Assert.Contains("big tech", marked);
    }

    [Fact]
    public void A_who_question_answered_by_reported_speech_names_the_person()
    {
        var best = Answerer.Answer(new ChatQuestion("who is the investor that doesnt believe in agi")).Results[0];

        Assert.Equal(7, best.Paragraph);
        Assert.Equal("Zhu Xiaohu", best.Speaker);
        Assert.True(best.IsParaphrase);
        Assert.Contains("Zhu Xiaohu", best.Snippet);
    }

    [Fact]
    public void A_who_question_answered_by_a_sentence_about_no_one_names_no_one()
    {
        var best = Answerer.Answer(new ChatQuestion("who uses deepseek r1")).Results[0];

        Assert.Equal(2, best.Paragraph);
        Assert.Null(best.Speaker);
        Assert.DoesNotContain("Liang", best.Snippet);
    }

    [Fact]
    public void Asking_which_companies_finds_the_passage_that_names_them()
    {
        var best = Answerer.Answer(new ChatQuestion("which tech firms is deepseek competing with")).Results[0];

        Assert.Equal(2, best.Paragraph);
        Assert.Contains("Meta, Google, and Microsoft", best.Snippet);
    }

    [Fact]
    public void A_word_negated_finds_the_articles_negative_word()
    {
        var reply = Answerer.Answer(new ChatQuestion("who considers agi not practical"));

        Assert.Equal(7, reply.Results[0].Paragraph);
        Assert.Contains("impractical", reply.Results[0].Snippet);
    }

    [Fact]
    public void A_phrasal_verb_split_by_its_object_is_still_the_phrase()
    {
        var reply = Answerer.Answer(new ChatQuestion("what holds the company back"));

        Assert.Equal(13, reply.Results[0].Paragraph);
    }

    [Fact]
    public void How_little_asks_for_an_amount()
    {
        var reply = Answerer.Answer(new ChatQuestion("how little funding did deepseek need"));

        Assert.True(reply.Answered);
        Assert.Contains("$6 million", reply.Results[0].Snippet);
    }

    [Fact]
    public void What_follows_my_is_the_askers_own_life_not_the_subject()
    {
        var reply = Answerer.Answer(new ChatQuestion("my boss says deepseek just copied llama, did they build their own model"));

        Assert.True(reply.Answered);
        Assert.Equal(4, reply.Results[0].Paragraph);
    }

    [Fact]
    public void Suggestions_while_typing_offer_quotations_that_contain_the_words()
    {
        var suggestions = Answerer.SuggestQuotes("inscrutable", 5);

        Assert.Equal(8, suggestions[0].Paragraph);
        Assert.Equal("Liang Wenfeng", suggestions[0].Speaker);
    }
}
