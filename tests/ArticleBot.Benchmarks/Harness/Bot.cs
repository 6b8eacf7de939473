using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using ArticleBot.Core.Semantic;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Benchmarks.Harness;

/// <summary>The real index owner and answerer, wired by hand as the host's DI wires them.</summary>
internal sealed class Bot : IDisposable
{
    /// <param name="memoryMapped">Search through memory-mapped files (the default), or with ordinary reads
    /// (<c>ARTICLEBOT_BENCH_MMAP=0</c>).</param>
    /// <param name="semantic">Rank with the embedding model too, as the host does by default.</param>
    public Bot(string articlesPath, string indexPath, bool? memoryMapped = null, SemanticIndex? semantic = null)
    {
        memoryMapped ??= Environment.GetEnvironmentVariable("ARTICLEBOT_BENCH_MMAP") != "0";
        Index = new ArticleIndex(
            Microsoft.Extensions.Options.Options.Create(new IndexOptions { ArticlesPath = articlesPath, IndexPath = indexPath, WatchForChanges = false, MemoryMapped = memoryMapped.Value }),
            NullLogger<ArticleIndex>.Instance,
            TimeProvider.System);
        Answerer = new QuestionAnswerer(Index, Microsoft.Extensions.Options.Options.Create(new AnsweringOptions { SynonymsPath = RepoRoot.Synonyms }), NullLogger<QuestionAnswerer>.Instance, semantic);
    }

    public ArticleIndex Index { get; }

    public QuestionAnswerer Answerer { get; }

    public void Dispose() => Index.Dispose();
}
