using ArticleBot.Core.Answering;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

/// <summary>English names a person in full once and by one part after: a question giving the full name is covered by
/// a passage giving the surname alone ("Pell is seventy-one") or the given name alone, but not by another person who
/// shares one part ("his wife, Denise Pell").</summary>
public sealed class PersonNamePartsTests : IDisposable
{
    private const string Article = """
        ---
        title: The last rope works in Hadley
        ---

        Margaret Pell runs the last rope works in Hadley, a long shed beside the canal. “Rope is honest,” Margaret Pell said. “It holds or it does not.”

        The works was founded by her grandfather, and its looms have hardly changed since.

        Pell is seventy-one. She starts at six every morning and stops when the light goes.
        """;

    private static Concept Word(string stem) => new(stem, stem, new Dictionary<string, double> { [stem] = 1.0 }) { Idf = 1 };

    private static readonly IReadOnlyList<Concept> FullName = [Word("margaret"), Word("pell")];

    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-names-").FullName;

    public PersonNamePartsTests() => File.WriteAllText(Path.Combine(_articles, "hadley-rope-works.md"), Article);

    public void Dispose() => Directory.Delete(_articles, recursive: true);

    [Theory]
    [InlineData("Pell is seventy-one.")]
    [InlineData("Mr Pell is seventy-one.")]
    [InlineData("Margaret laughed at that.")]
    public void One_part_of_the_name_alone_covers_the_full_name_the_question_gives(string text)
    {
        var alone = PassageScorer.Score(text, FullName);
        var asName = PassageScorer.Score(text, FullName, fullNames: [(0, 1)]);

        Assert.Equal((0.5, 1.0), (alone.Coverage, asName.Coverage));
    }

    [Theory]
    [InlineData("His wife, Denise Pell, left in tears.")]
    [InlineData("Margaret Moss ran the shop next door.")]
    [InlineData("The pell of the bells carried.")]
    public void A_part_beside_another_name_or_not_a_name_at_all_covers_only_itself(string text)
    {
        var evidence = PassageScorer.Score(text, FullName, fullNames: [(0, 1)]);

        Assert.Equal(0.5, evidence.Coverage);
    }

    [Fact]
    public void The_full_names_are_consecutive_question_words_in_the_order_of_a_quoted_persons_name()
    {
        var speakers = new[] { "Margaret Pell" }.SelectMany(name => name.Split(' ').Select(part => (Word: part.ToLowerInvariant(), Name: name))).ToLookup(pair => pair.Word, pair => pair.Name);

        Assert.Equal([(0, 1)], PersonNameParts.In(FullName, speakers));
        Assert.Empty(PersonNameParts.In([Word("pell"), Word("margaret")], speakers));
        Assert.Empty(PersonNameParts.In([Word("margaret"), Word("rope"), Word("pell")], speakers));
    }

    [Fact]
    public void How_old_is_answered_by_the_paragraph_naming_her_by_surname_alone()
    {
        using var answerer = SeedAnswerer.Create(_articles);

        var reply = answerer.Answerer.Answer(new ChatQuestion("how old is margaret pell"));

        Assert.NotEmpty(reply.Results);
        Assert.Equal(3, reply.Results[0].Paragraph);
    }
}
