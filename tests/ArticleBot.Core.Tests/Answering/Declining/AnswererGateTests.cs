using ArticleBot.Core.Answering;
using ArticleBot.Core.Answering.Declining;
using ArticleBot.Core.Indexing;
using ArticleBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Tests.Answering.Declining;

/// <summary>The answerer leaves the decision to answer to its gate: another gate is another class handed in where
/// the answerer is made, with no edit to the answerer. On the real seed index.</summary>
public sealed class AnswererGateTests : IDisposable
{
    private readonly string _indexFolder = Directory.CreateTempSubdirectory("articlebot-gate-").FullName;
    private readonly ArticleIndex _index;

    public AnswererGateTests()
    {
        _index = new ArticleIndex(
            Options.Create(new IndexOptions { ArticlesPath = RepoPaths.Articles, IndexPath = _indexFolder, WatchForChanges = false }),
            NullLogger<ArticleIndex>.Instance,
            TimeProvider.System);
        _index.EnsureCurrent();
    }

    [Fact]
    public void A_gate_that_declines_makes_the_answerer_say_the_article_does_not_answer()
    {
        var gate = new RecordingGate(_ => null);

        var answered = Answerer().Answer(new ChatQuestion("Who is the founder of DeepSeek?"));
        var declined = Answerer(gate).Answer(new ChatQuestion("Who is the founder of DeepSeek?"));

        Assert.True(answered.Answered);
        Assert.False(declined.Answered);
        Assert.Empty(declined.Results);
        Assert.True(gate.Seen > 1);
    }

    [Fact]
    public void The_passage_the_gate_chooses_is_shown_first()
    {
        var question = new ChatQuestion("How much funding did DeepSeek have?");
        var gate = new RecordingGate(_ => 1);

        var first = Answerer().Answer(question).Results[0].Paragraph;
        var chosen = Answerer(gate).Answer(question);

        Assert.True(chosen.Answered);
        Assert.NotEqual(first, chosen.Results[0].Paragraph);
        Assert.True(gate.WantedMeasure);
    }

    private QuestionAnswerer Answerer(IAnswerGate? gate = null) => new(
        _index,
        Options.Create(new AnsweringOptions { SynonymsPath = RepoPaths.InRepo("index", "synonyms.txt") }),
        NullLogger<QuestionAnswerer>.Instance,
        semantic: null,
        ranker: null,
        gate);

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_indexFolder, recursive: true);
    }

    private sealed class RecordingGate(Func<IReadOnlyList<AnswerEvidence>, int?> choose) : IAnswerGate
    {
        public int Seen { get; private set; }

        public bool WantedMeasure { get; private set; }

        public int? Choose(IReadOnlyList<AnswerEvidence> ranked, bool wantsMeasure)
        {
            (Seen, WantedMeasure) = (ranked.Count, wantsMeasure);
            return choose(ranked);
        }
    }
}
