using ArticleBot.Core.Answering;
using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;
using Xunit.Abstractions;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>
/// Quote lookups and who-said questions on the held-out keyed articles (an interview transcript, a news story with a
/// two-paragraph quotation and an agency's statements), each indexed beside the seed article: attribution is only
/// worth having if the answers carry it.
/// </summary>
public sealed class KeyedArticleQuestionsTests(ITestOutputHelper output)
{
    [Theory]
    // Floors are the figures measured when the questions were written (3 Dec), after the issue 12 attribution rules:
    // varrow quote Hit@1 1.0, speaker 0.8 (the harbourmaster's words inside an answer unattributed), who 0.75 (the
    // minister's words inside a question answered as the interviewer's); brenhill quote 0.83 (one short fragment
    // not found), speaker 0.83, who 1.0. With a quotation nested in a turn preferred when the question holds all its
    // words, varrow who 1.0.
    // With the harbourmaster known as a person (an appositive agent noun and "he" after it), varrow speaker 1.0; with
    // remembered words found word for word in one quotation though none is a word of substance (“everyone has to
    // give something up”), brenhill quote 1.0, speaker 1.0, and kestrel (“that is on me not on them”) 1.0, 1.0.
    [InlineData("varrow-kelp-interview", 1.0, 1.0, 1.0)]
    [InlineData("brenhill-water", 1.0, 1.0, 1.0)]
    // ashcombe-library and kestrel-bay-cup-final got questions on 3 Dec, measured before any change: ashcombe quote
    // 1.0, speaker 1.0, who 1.0; kestrel quote 0.8, speaker 0.8 (“that is on me not on them” declined), who 1.0.
    [InlineData("ashcombe-library", 1.0, 1.0, 1.0)]
    [InlineData("kestrel-bay-cup-final", 1.0, 1.0, 1.0)]
    // linfield-rowing-fraud, a court report written held out after the rules, measured as written: quote 1.0,
    // speaker 0.83, who 0.83 (the two quotations left unattributed); with those attributed, 1.0, 1.0, 1.0.
    [InlineData("linfield-rowing-fraud", 1.0, 1.0, 1.0)]
    // millbrook-low-water-podcast, a broadcast transcript written held out, measured as written: quote 0.5, speaker
    // 0.33, who 0.0 (ask Hit@1 0.667, Hit@3 0.75, 9 of 24 declined); with its turns read, quote 1.0, speaker 0.83,
    // who 0.83 (the voicemail unattributed, the wife's words given to her husband).
    // With a kin or audience noun before a name taken as a person, 1.0, 1.0, 1.0.
    [InlineData("millbrook-low-water-podcast", 1.0, 1.0, 1.0)]
    // kessington-bell-foundry, a magazine feature written held out, measured as written: quote Hit@1 1.0, speaker 0.6,
    // who 0.5 (ask Hit@1 0.8); with the feature-writing rules (FeatureWritingAttributionTests), 1.0, 1.0, 1.0.
    [InlineData("kessington-bell-foundry", 1.0, 1.0, 1.0)]
    // halbrook-orchards-press-release, written held out after those rules, measured as written: quote 1.0, speaker
    // 0.875, who 0.571 (ask 1.0); with its rules, 1.0, 1.0, 1.0.
    [InlineData("halbrook-orchards-press-release", 1.0, 1.0, 1.0)]
    // slate-larder-damson-tart and harriet-lusk-obituary, written held out on 4 Dec, measured as written: slate quote
    // 1.0, speaker 0.33, who 0.67; harriet-lusk quote 1.0, speaker 0.33, who 1.0 (SpeakerKeyTests says why).
    [InlineData("slate-larder-damson-tart", 1.0, 0.33, 0.66)]
    [InlineData("harriet-lusk-obituary", 1.0, 0.33, 1.0)]
    public void Quote_lookups_and_who_said_name_the_right_speaker(string id, double quoteHit, double quoteSpeaker, double who)
    {
        // A fixture is any article format the reader takes (.md, .html), one file per id.
        var fixture = Directory.GetFiles(RepoPaths.InRepo("tests", "fixtures", "articles"), id + ".*").Single();
        using var answerer = SeedAnswerer.OverCopiesOf(fixture, RepoPaths.SeedArticle);
        var questions = EvalQuestion.ReadFile(RepoPaths.InRepo("tests", "eval", id + "-questions.jsonl"))
            .Select(question => question with { Expect = (question.Expect ?? new EvalExpectation(null, null, null)) with { Article = id } })
            .ToList();

        var report = Evaluator.Run(answerer.Answerer, questions);

        TestReport.Line(output, $"quality, {id}: {report.ToSummaryLine()}");
        output.WriteLine(string.Join('\n', report.Misses));
        Assert.Empty(report.Shortfalls(new EvalFloors(QuoteHitAt1: quoteHit, QuoteSpeakerAccuracy: quoteSpeaker, WhoAccuracy: who)));
    }

    [Fact]
    public void An_answer_from_an_organisations_statement_says_the_speaker_is_an_organisation()
    {
        using var answerer = SeedAnswerer.OverCopiesOf(RepoPaths.FixtureArticle("brenhill-water.md"));

        var statement = answerer.Answerer.Answer(new ChatQuestion("who said customers can call a free helpline")).Results[0];
        var person = answerer.Answerer.Answer(new ChatQuestion("who said patients will not notice any difference")).Results[0];

        Assert.Equal(("Carrow Valley Water Agency", true), (statement.Speaker, statement.SpeakerIsOrganisation));
        Assert.Equal(("Hannah Quayle", false), (person.Speaker, person.SpeakerIsOrganisation));
        Assert.Equal("Carrow Valley Water Agency (organisation)", statement.SpeakerLabel);
    }

    [Fact]
    public void A_quotation_of_everyday_words_is_found_word_for_word_and_everyday_words_it_does_not_hold_are_not()
    {
        using var answerer = SeedAnswerer.OverCopiesOf(RepoPaths.FixtureArticle("brenhill-water.md"));

        var found = answerer.Answerer.Answer(new ChatQuestion("/quote everyone has to give something up"));
        var unheard = answerer.Answerer.Answer(new ChatQuestion("/quote there is nothing to it at all"));
        var tooShort = answerer.Answerer.Answer(new ChatQuestion("/quote has to give"));

        Assert.Equal((true, 6, "Beatrice Lamb"), (found.Answered, found.Results[0].Paragraph, found.Results[0].Speaker));
        Assert.False(unheard.Answered);
        Assert.False(tooShort.Answered);
    }

    [Fact]
    public void An_answer_names_the_speaker_and_gives_their_role_apart_in_the_reply_and_its_json()
    {
        using var answerer = SeedAnswerer.OverCopiesOf(RepoPaths.FixtureArticle("brenhill-water.md"));

        var reply = answerer.Answerer.Answer(new ChatQuestion("who said nobody in this town has lived through a summer like this"));
        var json = System.Text.Json.JsonDocument.Parse(ReplyDocument.From(reply).ToJson()).RootElement.GetProperty("results")[0];

        Assert.Equal(("Ruth Adeyemi", "Mayor", "Ruth Adeyemi (Mayor)"), (reply.Results[0].Speaker, reply.Results[0].Role, reply.Results[0].SpeakerLabel));
        Assert.Equal(("Ruth Adeyemi", "Mayor"), (json.GetProperty("speaker").GetString(), json.GetProperty("role").GetString()));
    }
}
