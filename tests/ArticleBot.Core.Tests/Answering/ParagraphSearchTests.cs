using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using ArticleBot.Testing;

namespace ArticleBot.Core.Tests.Answering;

public sealed class ParagraphSearchTests : IDisposable
{
    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-common-words-").FullName;

    public void Dispose() => Directory.Delete(_articles, recursive: true);

    [Fact]
    public void A_large_index_searches_a_related_word_found_almost_everywhere_only_in_the_reranking()
    {
        // 1,200 paragraphs that all say "money" (a related word of "cash"), two that say "cash" itself.
        var paragraphs = Enumerable.Range(1, 1200).Select(i => $"Paragraph {i} is about money and the weather in town number {i}.")
            .Concat(["The cash ran out in spring.", "Nobody had any cash left."]);
        File.WriteAllText(Path.Combine(_articles, "big.md"), "# Big\n\n" + string.Join("\n\n", paragraphs) + "\n");
        using var seed = SeedAnswerer.Create(_articles);
        using var lease = seed.Index.Acquire();
        var concepts = new QueryUnderstanding(SynonymMap.Load(RepoPaths.InRepo("index", "synonyms.txt"))).Understand("where did the cash go", lease.Generation);
        Assert.Contains("monei", concepts.Single(concept => concept.Word == "cash").Forms.Keys);

        var query = ParagraphSearch.Build(lease.Generation, IndexFields.Kinds.Paragraph, concepts, []).ToString();

        Assert.Contains("body:cash", query);
        Assert.DoesNotContain("body:monei", query);
        Assert.Contains("exact:cash", query);
        Assert.Contains("cash", seed.Answerer.Answer(new ChatQuestion("where did the cash go")).Results[0].Text);
    }

    [Fact]
    public void A_large_index_leaves_out_the_exact_form_of_a_word_found_almost_everywhere()
    {
        var paragraphs = Enumerable.Range(1, 1200).Select(i => $"The weather in town number {i} was fine.");
        File.WriteAllText(Path.Combine(_articles, "big.md"), "# Big\n\n" + string.Join("\n\n", paragraphs) + "\n");
        using var seed = SeedAnswerer.Create(_articles);
        using var lease = seed.Index.Acquire();
        var concepts = new QueryUnderstanding(SynonymMap.Load(RepoPaths.InRepo("index", "synonyms.txt"))).Understand("how was the weather", lease.Generation);

        var query = ParagraphSearch.Build(lease.Generation, IndexFields.Kinds.Paragraph, concepts, []).ToString();

        Assert.Contains("body:weather", query);
        Assert.DoesNotContain("exact:weather", query);
    }

    [Fact]
    public void A_small_index_searches_every_related_word()
    {
        var answerer = (QuestionAnswerer)SeedAnswerer.Shared;
        using var lease = answerer.Index().Acquire();
        var concepts = new QueryUnderstanding(SynonymMap.Load(RepoPaths.InRepo("index", "synonyms.txt"))).Understand("where did the cash go", lease.Generation);

        var query = ParagraphSearch.Build(lease.Generation, IndexFields.Kinds.Paragraph, concepts, []).ToString();

        Assert.Contains("body:fund", query);
        Assert.Contains("exact:cash", query);
    }
}
