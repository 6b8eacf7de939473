using ArticleBot.Core;

namespace ArticleBot.Fetching;

internal static class FetchServiceCollectionExtensions
{
    /// <summary>What <c>add</c> and <c>remove</c> need: the fetch settings (section <c>ArticleBot:Fetch</c>), the fetcher and the folder of added articles.</summary>
    public static IServiceCollection AddArticleLinks(this IServiceCollection services)
    {
        services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<ArticleLinks>();
        return services;
    }
}
