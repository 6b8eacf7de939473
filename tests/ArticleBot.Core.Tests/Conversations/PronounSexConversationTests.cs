using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Conversations;

/// <summary>
/// Follow-ups on an article quoting women and men (brenhill-water: the mayor is "she", the dairy farmer "he"):
/// "she" after an answer about a man is not him, so the bot asks for the name instead of answering about him.
/// </summary>
public sealed class PronounSexConversationTests : IDisposable
{
    private const string Farmer = "Who said we have already sold half the herd?";
    private const string Mayor = "Who said nobody in this town has lived through a summer like this one?";

    private readonly SeedAnswerer _answerer = SeedAnswerer.OverCopiesOf(RepoPaths.FixtureArticle("brenhill-water.md"));

    public void Dispose() => _answerer.Dispose();

    private List<ChatReply> Converse(params string[] questions) => _answerer.Answerer.Converse(questions);

    [Theory]
    [InlineData(Farmer, "Owen Tegid", "what else did she say?")]
    [InlineData(Farmer, "Owen Tegid", "who is she?")]
    [InlineData(Mayor, "Ruth Adeyemi", "what else did he say?")]
    public void A_pronoun_of_the_other_sex_than_the_last_speaker_asks_for_the_name(string first, string speaker, string followUp)
    {
        var replies = Converse(first, followUp);

        Assert.Equal(speaker, replies[0].Results[0].Speaker);
        Assert.False(replies[1].Answered);
        Assert.Empty(replies[1].Results);
        Assert.StartsWith("I'm not sure who you mean. Ask again with their name", replies[1].Message);
        // Nothing new was shown, so the next turn may still refer to the farmer as "he".
        Assert.Equal(speaker, replies[1].Conversation!.Speaker);
    }

    [Theory]
    [InlineData(Farmer, "Owen Tegid", "what else did he say?")]
    [InlineData(Mayor, "Ruth Adeyemi", "what else did she say?")]
    public void A_pronoun_of_the_last_speakers_sex_gives_their_other_quotations(string first, string speaker, string followUp)
    {
        var replies = Converse(first, followUp);

        Assert.Equal(speaker, replies[0].Results[0].Speaker);
        Assert.True(replies[1].Answered);
        Assert.NotEmpty(replies[1].Results);
        Assert.All(replies[1].Results, passage => Assert.Equal(speaker, passage.Speaker));
        Assert.DoesNotContain(replies[1].Results, passage => passage.Paragraph == replies[0].Results[0].Paragraph);
    }

    [Theory]
    [InlineData("what else did he say?")]
    [InlineData("what else did she say?")]
    public void Either_pronoun_refers_to_a_speaker_whose_sex_the_article_does_not_show(string followUp)
    {
        // Beatrice Lamb's "she" shares a paragraph with Owen Tegid, so the article shows neither's sex through it.
        var replies = Converse("Who said everyone has to give something up this summer?", followUp);

        Assert.Equal("Beatrice Lamb", replies[0].Results[0].Speaker);
        Assert.Equal(ReplyTexts.NoOtherQuotes("Beatrice Lamb"), replies[1].Message);
    }

    [Fact]
    public void After_asking_for_the_name_the_right_pronoun_still_refers_to_the_last_speaker()
    {
        var replies = Converse(Farmer, "what else did she say?", "what else did he say?");

        Assert.False(replies[1].Answered);
        Assert.True(replies[2].Answered);
        Assert.All(replies[2].Results, passage => Assert.Equal("Owen Tegid", passage.Speaker));
    }
}
