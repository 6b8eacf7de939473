using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

public sealed class NestedQuotationTests : IDisposable
{
    private const string Interview = """
        ---
        title: A conversation with Marta Ilves
        ---

        Marta Ilves has run the ferry between Holm and the mainland for thirty years. Jonas Reid spoke with her on the quay.

        Q: The harbour board chair, Edwin Calloway, has called the ferry “a floating museum that costs a fortune.” Is he right?

        A: It is old, and it is dear to run, but it has never missed a sailing in a storm.

        Q: Will the new bridge put you out of work?

        A: Probably, but the island will be better for it.
        """;

    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-nested-").FullName;

    public void Dispose() => Directory.Delete(_articles, recursive: true);

    [Fact]
    public void Who_said_words_quoted_inside_an_interviewers_question_is_the_person_quoted_not_the_interviewer()
    {
        File.WriteAllText(Path.Combine(_articles, "holm-ferry.md"), Interview);
        using var answerer = SeedAnswerer.Create(_articles);

        var best = answerer.Answerer.Answer(new ChatQuestion("who called the ferry a floating museum that costs a fortune")).Results[0];

        Assert.Equal(2, best.Paragraph);
        Assert.Equal("Edwin Calloway", best.Speaker);
    }

    [Fact]
    public void A_question_about_the_interviewers_own_words_still_finds_the_interviewer()
    {
        File.WriteAllText(Path.Combine(_articles, "holm-ferry.md"), Interview);
        using var answerer = SeedAnswerer.Create(_articles);

        var best = answerer.Answerer.Answer(new ChatQuestion("who asked whether the new bridge will put her out of work")).Results[0];

        Assert.Equal(4, best.Paragraph);
        Assert.Equal("Jonas Reid", best.Speaker);
    }
}
