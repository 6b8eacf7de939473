using ArticleBot.Core;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Articles;
using ArticleBot.Core.Fetching;
using ArticleBot.Core.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Testing;

/// <summary>
/// The real core behind the admin commands, wired as the host wires it (<c>AddArticleBotCore</c>,
/// <c>AddArticleLinks</c>): the seed article copied to a temporary articles folder, temporary folders for added
/// articles and the index, the answerer and the <see cref="IArticleLibrary"/> over them, and a <see cref="NewsSite"/>
/// on loopback to add from. Dispose to stop the site and delete the folders.
/// </summary>
public sealed class ArticleShelf : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _root;

    private ArticleShelf(ServiceProvider services, string root, NewsSite site)
    {
        _services = services;
        _root = root;
        Site = site;
    }

    public NewsSite Site { get; }

    public IQuestionAnswerer Answerer => _services.GetRequiredService<IQuestionAnswerer>();

    public IArticleLibrary Library => _services.GetRequiredService<IArticleLibrary>();

    public string ArticlesPath => Path.Combine(_root, "articles");

    public string FetchedPath => Path.Combine(_root, "fetched");

    /// <param name="metrics">Where the library counts its changes; none when null.</param>
    public static async Task<ArticleShelf> StartAsync(ArticleBotMetrics? metrics = null)
    {
        var root = Directory.CreateTempSubdirectory("articlebot-shelf-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        File.Copy(Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"), Path.Combine(root, "articles", "deepseek-liang-wenfeng.md"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ArticleBot:Index:ArticlesPath"] = Path.Combine(root, "articles"),
            ["ArticleBot:Index:FetchedPath"] = Path.Combine(root, "fetched"),
            ["ArticleBot:Index:IndexPath"] = Path.Combine(root, "index"),
            // The library indexes an added article itself; no watcher runs here to do it for it.
            ["ArticleBot:Index:WatchForChanges"] = "false",
            ["ArticleBot:Answering:SynonymsPath"] = RepoPaths.InRepo("index", "synonyms.txt"),
            ["ArticleBot:Fetch:AllowPrivateAddresses"] = "true",
            ["ArticleBot:Fetch:Timeout"] = "00:00:10",
        }).Build();
        var collection = new ServiceCollection();
        if (metrics is not null)
        {
            collection.AddSingleton(metrics);
        }

        var services = collection
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddArticleBotCore()
            .AddArticleLinks()
            .BuildServiceProvider();
        return new ArticleShelf(services, root, await NewsSite.StartAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A reader still closing on another thread; the temp folder is cleaned by the OS.
        }
    }
}
