using ArticleBot.Core.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Core.Fetching;

public static class FetchServiceCollectionExtensions
{
    /// <summary>What <c>add</c> and <c>remove</c> (and the admin chat commands, through <see cref="IArticleLibrary"/>) need: the fetch settings (section <c>ArticleBot:Fetch</c>), the fetcher and the folder of added articles.</summary>
    public static IServiceCollection AddArticleLinks(this IServiceCollection services)
    {
        services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<ArticleLinks>();
        services.AddSingleton<IArticleLibrary, ArticleLibrary>();
        return services;
    }
}
