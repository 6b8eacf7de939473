using ArticleBot.Testing;

namespace ArticleBot.Tests;

/// <summary>Settings that point the bot at the repository's articles and a private index folder.</summary>
public sealed class TempIndex : IDisposable
{
    public string IndexPath { get; } = Directory.CreateTempSubdirectory("articlebot-host-").FullName;

    public IReadOnlyDictionary<string, string?> Settings(string? articlesPath = null) => new Dictionary<string, string?>
    {
        ["ArticleBot:Index:ArticlesPath"] = articlesPath ?? RepoPaths.Articles,
        ["ArticleBot:Index:IndexPath"] = IndexPath,
        ["ArticleBot:Index:WatchForChanges"] = "false",
        ["ArticleBot:Answering:SynonymsPath"] = RepoPaths.InRepo("index", "synonyms.txt"),
        // These tests are about hosting and the command line, not ranking: without the embedding model a host starts
        // in a fraction of a second. The model is tested in Core.Tests and by the serve test that turns it on.
        ["ArticleBot:Semantic:Enabled"] = "false",
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(IndexPath, recursive: true);
        }
        catch (IOException)
        {
            // A host still closing its reader; the OS cleans temp folders.
        }
    }
}
