using ArticleBot.Core.Articles;
using ArticleBot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Fetching;

/// <summary>What <c>add</c> wrote: the article's id, its file and metadata, its paragraph count, and whether it replaced an earlier copy.</summary>
internal sealed record AddedArticle(string Id, string Path, ArticleMetadata Metadata, int Paragraphs, bool Replaced);

/// <summary>
/// Articles added from a link: <see cref="AddAsync"/> fetches the page, reads its story and writes
/// <c>&lt;FetchedPath&gt;/&lt;id&gt;.md</c> (replacing the earlier copy when the link was added before);
/// <see cref="Remove"/> deletes such a file. Only the fetched folder is ever written: the articles folder is refused
/// as one, and an id already used by an article there is refused rather than shadowed. A running bot's watcher
/// indexes the change; otherwise the next start does.
/// </summary>
internal sealed class ArticleLinks(PageFetcher fetcher, IOptions<IndexOptions> index, TimeProvider timeProvider)
{
    // Ids are file names lower-cased, in any folder below the articles folder (the index reads them all).
    private static readonly EnumerationOptions AnyCaseAnyFolder = new() { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = true };

    public async Task<AddedArticle> AddAsync(string link, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(link.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https") || address.Host.Length == 0)
        {
            throw new ArticleBotException($"\"{link}\" is not allowed: only http and https links can be added (such as https://example.com/news/story).");
        }

        var folder = FetchedFolder();
        var page = await fetcher.FetchAsync(address, cancellationToken);
        var article = WebPageArticle.Read(page.Address, page.Html);
        // The page's canonical address when it gives one, so two links to one story (a share link, a redirect) are one article.
        var id = FetchedArticleId.For(WebUrl.Accept(article.Metadata.Url) is { } canonical ? new Uri(canonical) : page.Address);
        var articles = Path.GetFullPath(index.Value.ArticlesPath);
        if (InArticlesFolder(articles, id))
        {
            throw new ArticleBotException($"An article with the id {id} is already in {articles}; {link} was not added.");
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, id + ".md");
        if (new FileInfo(path).LinkTarget is not null)
        {
            throw new ArticleBotException($"{path} is a symbolic link; it is not written. Remove it and add the link again.");
        }

        var replaced = File.Exists(path);
        // Written beside it and moved over it, so neither a reader nor the index watcher ever sees half a file.
        var temporary = Path.Combine(folder, $".{id}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(temporary, article.ToMarkdown(address, timeProvider.GetUtcNow()), cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return new AddedArticle(id, path, article.Metadata, article.Paragraphs.Count, replaced);
    }

    /// <summary>Deletes the fetched article <paramref name="id"/> and returns its file; an article of the articles
    /// folder is never deleted.</summary>
    public string Remove(string id)
    {
        var articles = Path.GetFullPath(index.Value.ArticlesPath);
        if (!FetchedArticleId.IsWellFormed(id))
        {
            throw new ArticleBotException($"\"{id}\" is not the id of an added article (ids are lower-case letters, digits and hyphens; `articlebot articles` lists them).");
        }

        var path = Path.Combine(FetchedFolder(), id + ".md");
        if (File.Exists(path))
        {
            File.Delete(path);
            return path;
        }

        if (InArticlesFolder(articles, id))
        {
            throw new ArticleBotException($"{id} is an article of {articles}, not one added from a link; remove only deletes added articles. Delete its file yourself to remove it.");
        }

        throw new ArticleBotException($"There is no added article {id} in {FetchedFolder()}.");
    }

    private static bool InArticlesFolder(string articles, string id) =>
        Directory.Exists(articles) && Directory.EnumerateFiles(articles, id + ".*", AnyCaseAnyFolder).Any(ArticleFileReader.IsArticleFile);

    private string FetchedFolder()
    {
        var settings = index.Value;
        if (string.IsNullOrWhiteSpace(settings.FetchedPath))
        {
            throw new ArticleBotException("ArticleBot:Index:FetchedPath is empty, so there is no folder for articles added from links; set it (the default is index/fetched).");
        }

        var fetched = Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.FetchedPath));
        var articles = Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.ArticlesPath));
        if (fetched == articles || fetched.StartsWith(articles + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArticleBotException($"ArticleBot:Index:FetchedPath ({fetched}) is inside the articles folder, which the bot never writes; set it to a folder of its own, such as index/fetched.");
        }

        return fetched;
    }
}
