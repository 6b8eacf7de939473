using ArticleBot.Core.Analysis;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Conversations;

namespace ArticleBot.Core.Tests.Conversations;

/// <summary>The rules of English a follow-up is read with; made-up names, so nothing here is about an article.</summary>
public sealed class FollowUpResolverTests
{
    private static readonly string[] Speakers = ["Maria Okafor", "Priya Nair"];

    private static ConversationState After(string question, string? speaker = "Maria Okafor") =>
        new(question, QuestionIntent.Ask, speaker, "bridge", [new ShownPassage("bridge", 4)], Top: 3, Skip: 0);

    [Theory]
    [InlineData("what else did she say?")]
    [InlineData("What else did he say")]
    [InlineData("and what else did she say?")]
    [InlineData("did she say anything else?")]
    public void What_else_did_she_say_asks_for_other_quotations_of_the_person_last_named(string question)
    {
        var followUp = FollowUpResolver.Resolve(question, After("Who said the bridge will close?"), Speakers);

        Assert.Equal(new FollowUp.OtherQuotes("Maria Okafor"), followUp);
    }

    [Fact]
    public void What_else_did_a_named_person_say_needs_no_previous_turn()
    {
        Assert.Equal(new FollowUp.OtherQuotes("Priya Nair"), FollowUpResolver.Resolve("What else did Nair say?", null, Speakers));
    }

    [Fact]
    public void A_pronoun_with_nobody_named_before_is_unresolved()
    {
        Assert.IsType<FollowUp.UnknownPerson>(FollowUpResolver.Resolve("what else did he say?", null, Speakers));
        Assert.IsType<FollowUp.UnknownPerson>(FollowUpResolver.Resolve("who is she?", After("When does the bridge close?", speaker: null), Speakers));
    }

    [Fact]
    public void Who_is_she_names_the_person_last_named()
    {
        Assert.Equal(new FollowUp.Rewritten("who is Maria Okafor?"), FollowUpResolver.Resolve("who is she?", After("Who said the bridge will close?"), Speakers));
    }

    [Theory]
    [InlineData("what else did she say?")]
    [InlineData("who is she?")]
    [InlineData("What is her plan?")]
    [InlineData("did she say anything else?")]
    public void She_after_a_man_the_articles_show_as_one_is_unresolved(string question)
    {
        var sexes = new Dictionary<string, Sex> { ["Maria Okafor"] = Sex.Male };

        Assert.IsType<FollowUp.UnknownPerson>(FollowUpResolver.Resolve(question, After("Who said the bridge will close?"), Speakers, sexes));
    }

    [Fact]
    public void A_pronoun_of_the_speakers_known_sex_or_of_an_unknown_ones_is_resolved()
    {
        var previous = After("Who said the bridge will close?");

        Assert.Equal(new FollowUp.OtherQuotes("Maria Okafor"), FollowUpResolver.Resolve("what else did he say?", previous, Speakers, new Dictionary<string, Sex> { ["Maria Okafor"] = Sex.Male }));
        Assert.Equal(new FollowUp.Rewritten("who is Maria Okafor?"), FollowUpResolver.Resolve("who is she?", previous, Speakers, new Dictionary<string, Sex> { ["Maria Okafor"] = Sex.Female }));
        // Another person's sex says nothing of hers.
        Assert.Equal(new FollowUp.OtherQuotes("Maria Okafor"), FollowUpResolver.Resolve("what else did he say?", previous, Speakers, new Dictionary<string, Sex> { ["Priya Nair"] = Sex.Female }));
        Assert.Equal(new FollowUp.OtherQuotes("Maria Okafor"), FollowUpResolver.Resolve("what else did they say?", previous, Speakers, new Dictionary<string, Sex> { ["Maria Okafor"] = Sex.Male }));
    }

    [Theory]
    [InlineData("hers", Sex.Female)]
    [InlineData("herself", Sex.Female)]
    [InlineData("Her", Sex.Female)]
    [InlineData("himself", Sex.Male)]
    [InlineData("his", Sex.Male)]
    public void Every_form_of_he_and_she_has_its_sex(string pronoun, Sex sex)
    {
        Assert.Equal(sex, ArticleSpeakers.PronounSex(pronoun));
    }

    [Fact]
    public void His_and_her_before_a_word_are_possessive_and_her_before_a_preposition_is_not()
    {
        Assert.Equal("What is Maria Okafor’s plan?", FollowUpResolver.ReplacePronouns("What is her plan?", "Maria Okafor"));
        Assert.Equal("What did they ask Maria Okafor about?", FollowUpResolver.ReplacePronouns("What did they ask her about?", "Maria Okafor"));
        Assert.Equal("Where did Maria Okafor work?", FollowUpResolver.ReplacePronouns("Where did he work?", "Maria Okafor"));
    }

    [Fact]
    public void A_pronoun_whose_person_is_named_in_the_same_question_is_left_alone()
    {
        Assert.IsType<FollowUp.Standalone>(FollowUpResolver.Resolve("What did Nair say when she opened the bridge?", After("x"), Speakers));
    }

    [Fact]
    public void And_a_new_name_puts_it_in_the_last_questions_frame()
    {
        var followUp = FollowUpResolver.Resolve("and Northgate?", After("How much did Eastport pay for the repairs?"), Speakers);

        Assert.Equal(new FollowUp.Rewritten("How much did Northgate pay for the repairs?"), followUp);
        Assert.Equal(new FollowUp.Rewritten("Who runs Calder & Finch now?"), FollowUpResolver.Resolve("what about Calder & Finch?", After("Who runs Eastport Council now?"), Speakers));
    }

    [Fact]
    public void Tell_me_more_is_the_next_page_of_the_last_question()
    {
        var previous = After("When does the bridge close?") with { Skip = 3 };

        Assert.Equal(new FollowUp.Rewritten("When does the bridge close?", 6), FollowUpResolver.Resolve("tell me more", previous, Speakers));
        Assert.Equal(new FollowUp.OtherQuotes("Maria Okafor"), FollowUpResolver.Resolve("more", After("What else did Maria Okafor say?"), Speakers));
    }

    [Fact]
    public void When_was_that_puts_the_question_word_to_the_last_topic()
    {
        var followUp = FollowUpResolver.Resolve("when was that?", After("Who closed the harbour bridge?"), Speakers);

        Assert.Equal(new FollowUp.Rewritten("when was closed the harbour bridge?"), followUp);
    }

    [Theory]
    [InlineData("tell me more")]
    [InlineData("and Northgate?")]
    [InlineData("when was that?")]
    public void A_reference_to_a_turn_that_never_was_is_unresolved(string question)
    {
        Assert.IsType<FollowUp.NothingBefore>(FollowUpResolver.Resolve(question, null, Speakers));
    }

    [Theory]
    [InlineData("How long will the bridge be closed?")]
    [InlineData("/quote tell me more")]
    [InlineData("Who said the bridge will close?")]
    public void An_ordinary_question_is_not_a_follow_up(string question)
    {
        Assert.IsType<FollowUp.Standalone>(FollowUpResolver.Resolve(question, After("x"), Speakers));
    }

    [Fact]
    public void A_state_survives_its_token_and_a_forged_token_is_no_state()
    {
        var state = After("Who said it?");

        var back = ConversationState.FromToken(state.ToToken())!;

        Assert.Equal((state.Question, state.Speaker, state.ArticleId), (back.Question, back.Speaker, back.ArticleId));
        Assert.Equal(state.Shown, back.Shown);
        Assert.Null(ConversationState.FromToken("not a token"));
        Assert.Null(ConversationState.FromToken(new string('A', ConversationState.MaxTokenLength + 1)));
    }
}
