using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary>A question that wants a number is declined only when the article gives none, not whenever the passage
/// sharing most of its words happens to hold none.</summary>
public sealed class MeasuredAnswerTests : IDisposable
{
    private const string Article = """
        ---
        title: Millbrook's new library
        ---

        The town council of Millbrook argued for months over how much to spend on the new library. Some said the town should spend less on the new library and more on its roads; others said the town could not spend enough.

        In the end the new library cost the town £4.2 million, and it opened in the spring.

        The old library on Mill Street is now a café.
        """;

    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-measured-").FullName;

    public void Dispose() => Directory.Delete(_articles, recursive: true);

    [Fact]
    public void How_much_is_answered_by_the_passage_that_gives_the_figure_when_the_one_sharing_most_words_gives_none()
    {
        File.WriteAllText(Path.Combine(_articles, "millbrook-library.md"), Article);
        using var answerer = SeedAnswerer.Create(_articles);

        var reply = answerer.Answerer.Answer(new ChatQuestion("how much did the town spend on the new library"));

        Assert.NotEmpty(reply.Results);
        Assert.Equal(2, reply.Results[0].Paragraph);
    }

    [Fact]
    public void How_much_is_still_declined_when_no_passage_gives_a_figure()
    {
        File.WriteAllText(Path.Combine(_articles, "millbrook-library.md"), Article.Replace("£4.2 million", "a great deal", StringComparison.Ordinal));
        using var answerer = SeedAnswerer.Create(_articles);

        var reply = answerer.Answerer.Answer(new ChatQuestion("how much did the town spend on the new library"));

        Assert.Empty(reply.Results);
    }
}
