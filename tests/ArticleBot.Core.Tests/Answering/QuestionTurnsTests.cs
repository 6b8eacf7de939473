using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary>In a transcript the question paragraph holds the reader's words and the next paragraph the answer: the
/// answer is what the bot shows.</summary>
public sealed class QuestionTurnsTests : IDisposable
{
    private const string Interview = """
        ---
        title: "A conversation with the beekeeper Tamsin Orrell"
        author: Lewin Pardoe
        ---

        Tamsin Orrell has kept bees on the cliffs above Dunmere for twenty years. Lewin Pardoe spoke with her about the hives, the heather and the winter.

        Q: What would you tell a young person who wants to start beekeeping?

        A: Begin with two hives, not ten, and find an old hand who will let you watch. You learn more from one swarm than from any book.

        Q: How do the hives survive the winter on the cliffs?

        A: We wrap them in straw and leave them most of their honey. The ones we lose are always the ones we were greedy with.

        Q: Is the heather honey worth the trouble?

        A: It sets like butter and takes twice as long to spin, but the shops in Carrow pay double for it.
        """;

    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-turns-").FullName;

    public void Dispose() => Directory.Delete(_articles, recursive: true);

    [Theory]
    [InlineData("What would you tell a young person who wants to start beekeeping?", true)]
    [InlineData("Q: Is the heather honey worth the trouble?", true)]
    [InlineData("He asked: “Why now?”", true)]
    [InlineData("“Why now?” she asked.", false)]
    [InlineData("A: It sets like butter and takes twice as long to spin.", false)]
    [InlineData("", false)]
    public void A_paragraph_is_a_question_when_its_last_sentence_asks(string paragraph, bool expected) =>
        Assert.Equal(expected, QuestionTurns.IsQuestion(paragraph));

    [Theory]
    [InlineData("Q: How do the hives survive the winter on the cliffs?", true)]
    [InlineData("Q: Is it worth it? Would you do it again?", true)]
    [InlineData("We are back. The council votes on the plan in January. Where do you stand?", false)]
    public void A_paragraph_only_asks_when_every_sentence_is_a_question(string paragraph, bool expected) =>
        Assert.Equal(expected, QuestionTurns.OnlyAsks(paragraph));

    [Theory]
    [InlineData("who asked whether the hives survive the winter", true)]
    [InlineData("What did Pardoe wonder about the heather?", true)]
    [InlineData("how do the hives survive the winter", false)]
    public void A_reader_asks_about_asking_with_a_word_of_asking(string question, bool expected) =>
        Assert.Equal(expected, QuestionTurns.AsksAboutAsking(question));

    [Fact]
    public void Who_asked_is_answered_by_the_question_turn()
    {
        File.WriteAllText(Path.Combine(_articles, "orrell-bees.md"), Interview);
        using var answerer = SeedAnswerer.Create(_articles);

        var reply = answerer.Answerer.Answer(new ChatQuestion("who asked how the hives survive the winter on the cliffs"));

        Assert.Equal(4, Assert.IsType<AnswerPassage>(reply.Results.FirstOrDefault()).Paragraph);
    }

    [Fact]
    public void A_question_turn_that_also_tells_is_an_ordinary_paragraph()
    {
        File.WriteAllText(Path.Combine(_articles, "orrell-bees.md"), Interview.Replace(
            "Q: Is the heather honey worth the trouble?",
            "Q: The honey fair in Carrow is on the ninth of September. Is the heather honey worth the trouble?",
            StringComparison.Ordinal));
        using var answerer = SeedAnswerer.Create(_articles);

        var reply = answerer.Answerer.Answer(new ChatQuestion("when is the honey fair in carrow"));

        Assert.Equal(6, Assert.IsType<AnswerPassage>(reply.Results.FirstOrDefault()).Paragraph);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_answer_turn_is_shown_not_the_question_that_shares_the_readers_words(bool semantic)
    {
        File.WriteAllText(Path.Combine(_articles, "orrell-bees.md"), Interview);
        using var answerer = SeedAnswerer.Create(_articles, semantic);

        var advice = answerer.Answerer.Answer(new ChatQuestion("what advice for a young person wanting to start beekeeping"));
        var winter = answerer.Answerer.Answer(new ChatQuestion("how do the hives survive the winter"));

        Assert.Equal(3, Assert.IsType<AnswerPassage>(advice.Results.FirstOrDefault()).Paragraph);
        Assert.Equal(5, Assert.IsType<AnswerPassage>(winter.Results.FirstOrDefault()).Paragraph);
        Assert.DoesNotContain(advice.Results.Concat(winter.Results), result => result.Paragraph is 2 or 4 or 6);
    }
}
