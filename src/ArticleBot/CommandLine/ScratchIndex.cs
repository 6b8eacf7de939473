using ArticleBot.Hosting;

namespace ArticleBot.CommandLine;

/// <summary>An index of other articles in a temporary folder, removed afterwards: evaluating (or holding the floor of)
/// a question set on its own articles needs no links into index/articles and leaves the bot's index alone.</summary>
internal sealed class ScratchIndex : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("articlebot-eval-").FullName;
    private readonly string _articles;

    /// <summary>The articles of a folder, read where they are.</summary>
    public ScratchIndex(DirectoryInfo articles) => _articles = articles.FullName;

    /// <summary>Some article files, copied into a folder of their own (links out of an articles folder are not read).</summary>
    public ScratchIndex(IEnumerable<FileInfo> articles)
    {
        _articles = Path.Combine(_path, "articles");
        Directory.CreateDirectory(_articles);
        foreach (var article in articles)
        {
            article.CopyTo(Path.Combine(_articles, article.Name));
        }
    }

    public HostSettings Apply(HostSettings settings)
    {
        var overrides = new Dictionary<string, string?>(settings.Overrides ?? new Dictionary<string, string?>())
        {
            ["ArticleBot:Index:ArticlesPath"] = _articles,
            ["ArticleBot:Index:IndexPath"] = Path.Combine(_path, "index"),
            ["ArticleBot:Index:WatchForChanges"] = "false",
            // Only the folder given: not the articles added from links to the bot's own folders.
            ["ArticleBot:Index:FetchedPath"] = "",
        };
        return settings with { Overrides = overrides };
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
            // A reader still closing; the folder is in the system's temp folder, which is cleaned anyway.
        }
    }
}
