using ArticleBot.Testing;

namespace ArticleBot.Tests;

/// <summary>Settings that point the bot at the repository's articles and a private index folder.</summary>
public sealed class TempIndex : IDisposable
{
    public string IndexPath { get; } = Directory.CreateTempSubdirectory("articlebot-host-").FullName;

    /// <summary>The operators' store, in a folder of its own (beside, not inside, the Lucene index) so that no test
    /// writes the repository's <c>index/.state/</c>.</summary>
    public string StorePath { get; } = Path.Combine(Directory.CreateTempSubdirectory("articlebot-store-").FullName, "articlebot.db");

    /// <summary>Where <c>articlebot add</c> writes (inside the temp index folder; not created until something is added).</summary>
    public string FetchedPath => Path.Combine(IndexPath, "fetched");

    public IReadOnlyDictionary<string, string?> Settings(string? articlesPath = null) => new Dictionary<string, string?>
    {
        ["ArticleBot:Index:ArticlesPath"] = articlesPath ?? RepoPaths.Articles,
        ["ArticleBot:Index:IndexPath"] = IndexPath,
        ["ArticleBot:Index:WatchForChanges"] = "false",
        // Not the repository's index/fetched: a developer's own added links must not change what a test answers.
        ["ArticleBot:Index:FetchedPath"] = FetchedPath,
        ["ArticleBot:Answering:SynonymsPath"] = RepoPaths.InRepo("index", "synonyms.txt"),
        // These tests are about hosting and the command line, not ranking: without the embedding model a host starts
        // in a fraction of a second. The model is tested in Core.Tests and by the serve test that turns it on.
        ["ArticleBot:Semantic:Enabled"] = "false",
        ["ArticleBot:Store:Path"] = StorePath,
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(IndexPath, recursive: true);
            Directory.Delete(Path.GetDirectoryName(StorePath)!, recursive: true);
        }
        catch (IOException)
        {
            // A host still closing its reader; the OS cleans temp folders.
        }
    }
}
