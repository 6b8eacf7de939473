using ArticleBot.Core.Evaluation;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Evaluation;

/// <summary>tests/eval/floors.json: the one place the question sets' floors are written, for the quality tests and
/// for <c>fit --keep</c>.</summary>
public sealed class FloorsFileTests
{
    [Fact]
    public void With_the_model_on_a_set_is_held_at_the_stricter_of_its_floors_and_what_the_hybrid_was_measured_at()
    {
        var blind = QualityFloors.Of("blind-questions.jsonl");

        // The minimums README's fit example typed after # for the blind set.
        var replayed = KeptFloors.Parse("hit1=0.89,hit3=0.96,mrr=0.92,none=0.9,declined=0.022");
        Assert.Equal(replayed with { QuoteHitAt1 = 1.0, QuoteSpeakerAccuracy = 1.0, WhoAccuracy = 1.0 }, blind.For(hybrid: true));
        Assert.Equal(0.025, blind.For(hybrid: false).MaxWrongAbstention);
    }

    [Fact]
    public void The_fitter_allows_as_many_answerable_declines_as_eval_does_though_it_replays_only_the_paragraph_questions()
    {
        // The blind set: 139 answerable questions as eval counts them, 114 of them answered from paragraphs.
        var floors = KeptFloors.OverReplayed(KeptFloors.Parse("hit1=0.89,declined=0.025"), answerable: 139, replayed: 114);

        Assert.Equal(3, Math.Floor((floors.MaxWrongAbstention!.Value * 114) + 1e-9));
        Assert.Equal(0.89, floors.AskHitAt1);
        Assert.Equal(0.025, KeptFloors.OverReplayed(KeptFloors.Parse("declined=0.025"), answerable: 40, replayed: 40).MaxWrongAbstention);
    }

    [Fact]
    public void A_set_is_found_by_its_file_name_in_the_floors_json_beside_it()
    {
        var dev = FloorsFile.Beside(new FileInfo(RepoPaths.DevQuestions));

        Assert.NotNull(dev);
        Assert.Equal(new EvalFloors(0.95, 0.98, 0.97, 1.0, 1.0, 1.0, 0.9, 0.02), dev.Floors);
        Assert.Null(FloorsFile.Beside(new FileInfo(RepoPaths.SeedArticle)));
    }

    [Fact]
    public void A_floor_of_an_unknown_name_is_refused()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("articlebot-floors-").FullName, FloorsFile.Name);
        File.WriteAllText(path, """{"q.jsonl": {"floors": {"recall": 0.9}}}""");

        Assert.Throws<FormatException>(() => FloorsFile.Read(path));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
