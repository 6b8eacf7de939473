using System.Text.Json;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

public sealed class AnswerLeadTests
{
    private static IQuestionAnswerer Answerer => SeedAnswerer.Product;

    [Fact]
    public void A_who_said_answer_leads_with_the_speaker_and_the_quotation_cited_to_the_first_passage()
    {
        var reply = Answerer.Answer(new ChatQuestion("Who said more investment doesn't necessarily result in more innovation?"));

        var segment = Assert.Single(reply.Lead!.Segments);
        Assert.StartsWith("Liang Wenfeng said it: “More investment doesn’t necessarily result in more innovation", segment.Text);
        Assert.Equal([1], segment.Citations);
        Assert.EndsWith("” [1]", reply.Lead.Text);
        Assert.Contains(reply.Results[0].Quote!, segment.Text);
    }

    [Fact]
    public void A_quotation_lookup_leads_with_who_said_it()
    {
        var reply = Answerer.Answer(new ChatQuestion("no inscrutable wizards", QuestionIntent.Quote));

        Assert.StartsWith("Liang Wenfeng said: “There are no ‘inscrutable wizards’ here", reply.Lead!.Text);
    }

    [Fact]
    public void A_how_much_question_leads_with_the_sentence_that_holds_the_amount_word_for_word()
    {
        var reply = Answerer.Answer(new ChatQuestion("How much funding did DeepSeek have?"));

        var lead = Assert.Single(reply.Lead!.Segments).Text;
        Assert.Contains(lead, reply.Results[0].Text);
        Assert.True(AnswerType.IsPresent(AnswerType.Kind.Quantity, lead, new HashSet<string>()), lead);
    }

    [Fact]
    public void An_ordinary_question_leads_with_a_sentence_of_the_best_passage()
    {
        var reply = Answerer.Answer(new ChatQuestion("Who is the founder of DeepSeek?"));

        var lead = Assert.Single(reply.Lead!.Segments);
        Assert.Contains(lead.Text, reply.Results[0].Text);
        Assert.Contains("Liang Wenfeng", lead.Text);
        Assert.Equal([1], lead.Citations);
    }

    [Fact]
    public void The_sentence_holding_the_date_is_chosen_over_the_first_one()
    {
        var sentence = AnswerLeadBuilder.AnswerSentence(
            "The bridge will close for repairs. Work begins in March 2027 and lasts eight months.", AnswerType.Kind.Time, new HashSet<string>());

        Assert.Equal("Work begins in March 2027 and lasts eight months.", sentence);
    }

    [Fact]
    public void A_reply_that_does_not_answer_has_no_lead()
    {
        var reply = Answerer.Answer(new ChatQuestion("What is the boiling point of water?"));

        Assert.False(reply.Answered);
        Assert.Null(reply.Lead);
    }

    [Fact]
    public void The_json_keeps_its_fields_and_adds_the_lead()
    {
        var reply = Answerer.Answer(new ChatQuestion("Who said more investment doesn't necessarily result in more innovation?"));

        using var json = JsonDocument.Parse(ReplyDocument.From(reply).ToJson());
        var root = json.RootElement;
        Assert.Equal(["question", "answered", "intent", "results", "lead"], root.EnumerateObject().Select(property => property.Name));
        Assert.StartsWith("Liang Wenfeng said it:", root.GetProperty("lead").GetProperty("text").GetString());
        Assert.Equal(1, root.GetProperty("lead").GetProperty("segments")[0].GetProperty("citations")[0].GetInt32());
    }
}
