using ArticleBot.Core.Answering;
using ArticleBot.Core.Indexing;
using ArticleBot.Store;
using Microsoft.Extensions.Options;

namespace ArticleBot.Hosting;

/// <summary>Makes the relative paths in settings relative to the content root, not to wherever the process started.</summary>
internal sealed class SettingsPaths(IHostEnvironment environment) : IPostConfigureOptions<IndexOptions>, IPostConfigureOptions<AnsweringOptions>, IPostConfigureOptions<StoreOptions>
{
    public void PostConfigure(string? name, IndexOptions options)
    {
        options.ArticlesPath = Resolve(options.ArticlesPath);
        options.IndexPath = Resolve(options.IndexPath);
        options.FetchedPath = Resolve(options.FetchedPath);
    }

    public void PostConfigure(string? name, AnsweringOptions options) => options.SynonymsPath = Resolve(options.SynonymsPath);

    public void PostConfigure(string? name, StoreOptions options) => options.Path = Resolve(options.Path);

    private string Resolve(string path) =>
        string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
}
