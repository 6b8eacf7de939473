using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Benchmarks.Harness;

/// <summary>The real index owner and answerer, wired by hand as the host's DI wires them.</summary>
internal sealed class Bot : IDisposable
{
    public Bot(string articlesPath, string indexPath)
    {
        Index = new ArticleIndex(
            Microsoft.Extensions.Options.Options.Create(new IndexOptions { ArticlesPath = articlesPath, IndexPath = indexPath, WatchForChanges = false }),
            NullLogger<ArticleIndex>.Instance,
            TimeProvider.System);
        Answerer = new QuestionAnswerer(Index, Microsoft.Extensions.Options.Options.Create(new AnsweringOptions { SynonymsPath = RepoRoot.Synonyms }), NullLogger<QuestionAnswerer>.Instance);
    }

    public ArticleIndex Index { get; }

    public QuestionAnswerer Answerer { get; }

    public void Dispose() => Index.Dispose();
}
