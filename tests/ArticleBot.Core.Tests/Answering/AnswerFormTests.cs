using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary>Questions wanting an age, a sum of money or a count are answered where the article gives one in the form
/// English writes it ("Tamsin Rook, 47,", "£90,000", "fourteen counts"), on a real index of a made-up article: none of
/// them holds the question's "old", "money" or a count in digits.</summary>
public sealed class AnswerFormTests : IDisposable
{
    private const string Article = """
        ---
        title: Former treasurer of Hollin Sailing Club jailed
        ---

        A former treasurer of Hollin Sailing Club was jailed for two years at Dunmere Crown Court on Tuesday for stealing from the club.

        Tamsin Rook, 47, of Ferry Street, admitted fourteen counts of fraud at an earlier hearing.

        The court heard that Rook took £90,000 from the club's accounts over five years to pay off debts.

        The club's new treasurer, Owen Pryce, said members were relieved the case was over.
        """;

    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-forms-").FullName;

    public AnswerFormTests() => File.WriteAllText(Path.Combine(_articles, "hollin-sailing-fraud.md"), Article);

    public void Dispose() => Directory.Delete(_articles, recursive: true);

    [Theory]
    [InlineData("how old is tamsin rook", 2)]
    [InlineData("how much money did rook take from the club", 3)]
    [InlineData("how many counts of fraud did rook admit", 2)]
    public void A_question_is_answered_by_the_paragraph_giving_its_answer_in_the_form_english_writes_it(string question, int paragraph)
    {
        using var answerer = SeedAnswerer.Create(_articles);

        var reply = answerer.Answerer.Answer(new ChatQuestion(question));

        Assert.NotEmpty(reply.Results);
        Assert.Equal(paragraph, reply.Results[0].Paragraph);
    }

    [Fact]
    public void How_old_is_still_declined_when_the_article_gives_no_age()
    {
        File.WriteAllText(Path.Combine(_articles, "hollin-sailing-fraud.md"), Article.Replace("Tamsin Rook, 47, of Ferry Street,", "Tamsin Rook, of Ferry Street,", StringComparison.Ordinal));
        using var answerer = SeedAnswerer.Create(_articles);

        var reply = answerer.Answerer.Answer(new ChatQuestion("how old is tamsin rook"));

        Assert.Empty(reply.Results);
    }
}
