using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary>"How deep / far / tall / heavy / hot" want a number with a unit of that measure
/// (<c>Language/measured-adjectives.txt</c>), not any figure: "86 metres" answers "how deep", "£38,000" does not.</summary>
public sealed class MeasuredAdjectivesTests : IDisposable
{
    private const string Article = """
        ---
        title: A new bell for St Anne's
        ---

        The parish of St Anne's has ordered a new bell for its tower, the first since the old one cracked in heavy frost in 1911.

        The bell will cost £4,000, raised over three years by the parish's forty members.

        The vicar said the bell would ring for the first time at Easter.
        """;

    private static readonly HashSet<string> NoPeople = [];

    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-measures-").FullName;

    public MeasuredAdjectivesTests() => File.WriteAllText(Path.Combine(_articles, "st-annes-bell.md"), Article);

    public void Dispose() => Directory.Delete(_articles, recursive: true);

    private static double Strength(string question, string sentence) =>
        AnswerStrength.Of(AnswerType.Of(question), sentence, NoPeople, new HashSet<string>(question.Split(' ')));

    [Theory]
    [InlineData("how deep did she dive in the well", AnswerType.Kind.Measure)]
    [InlineData("how far is the cave from the farm", AnswerType.Kind.Measure)]
    [InlineData("how hot should the oven be", AnswerType.Kind.Measure)]
    [InlineData("how heavy is the bell", AnswerType.Kind.Measure)]
    [InlineData("how fast can someone start on a new idea", AnswerType.Kind.Any)]
    [InlineData("how long is the survey", AnswerType.Kind.Duration)]
    public void A_measured_adjective_asks_for_its_measure(string question, AnswerType.Kind kind)
    {
        Assert.Equal(kind, AnswerType.Of(question));
    }

    [Theory]
    [InlineData("how deep did she dive in the well", "In 1979 she reached a depth of 86 metres in the sump.", 1.0)]
    [InlineData("how deep should the tin be", "You will need a tin 23cm across and 3.5cm deep.", 1.0)]
    [InlineData("how far is the cave from the farm", "It joined the caves at Ravensbeck, four and a half kilometres away.", 1.0)]
    [InlineData("how hot should the oven be", "Chill it while the oven heats to 190°C.", 1.0)]
    [InlineData("how deep is the water", "In a dry August it is barely ankle deep, and after a storm it fills the tunnel.", AnswerStrength.Partial)]
    [InlineData("how deep did she dive in the well", "She made more than 1,400 dives there.", AnswerStrength.Weak)]
    [InlineData("how deep did she dive in the well", "The museum was founded with a grant of £38,000.", 0.0)]
    [InlineData("how deep is the lake", "The programme will cost £4.2m over five years.", AnswerStrength.Weak)]
    [InlineData("how heavy is the bell", "It cracked in heavy frost.", 0.0)]
    public void A_number_with_a_unit_of_the_measure_answers_in_full_the_adjective_said_of_something_in_part_another_number_weakly_and_money_not_at_all(string question, string sentence, double strength)
    {
        Assert.Equal(strength, Strength(question, sentence));
    }

    [Fact]
    public void The_adjective_is_a_form_word_no_passage_must_hold()
    {
        Assert.Contains("deep", AnswerType.FormWords("how deep did she dive"));
        Assert.DoesNotContain("fast", AnswerType.FormWords("how fast can someone start"));
    }

    [Fact]
    public void A_measured_adjective_said_of_what_no_unit_measures_is_still_answered()
    {
        // "High" is a word the article knows (a question about a word it never uses is declined on that alone).
        File.AppendAllText(Path.Combine(_articles, "st-annes-bell.md"), "\n\nThe bell will hang high in the west window of the tower.\n\nThe choir's recording of the bell's first peal reached number three in the charts that spring.\n");
        using var answerer = SeedAnswerer.Create(_articles);

        var reply = answerer.Answerer.Answer(new ChatQuestion("how high did the choir's recording go in the charts"));

        Assert.NotEmpty(reply.Results);
        Assert.Equal(5, reply.Results[0].Paragraph);
    }

    [Fact]
    public void How_heavy_is_answered_by_the_paragraph_giving_the_weight()
    {
        File.AppendAllText(Path.Combine(_articles, "st-annes-bell.md"), "\n\nCast in bronze, the new bell weighs 1.2 tonnes and stands a metre high.\n");
        using var answerer = SeedAnswerer.Create(_articles);

        var reply = answerer.Answerer.Answer(new ChatQuestion("how heavy is the new bell"));

        Assert.NotEmpty(reply.Results);
        Assert.Equal(4, reply.Results[0].Paragraph);
    }
}
