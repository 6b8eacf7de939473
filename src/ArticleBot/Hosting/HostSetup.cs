using ArticleBot.Core;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Fetching;
using ArticleBot.Core.Indexing;
using ArticleBot.Semantic;
using ArticleBot.Store;
using Microsoft.Extensions.Options;

namespace ArticleBot.Hosting;

/// <summary>What every way of running the bot shares: settings from the content root's appsettings.json with
/// <c>ArticleBot__…</c> environment overrides, and the core services.</summary>
internal static class HostSetup
{
    public static void AddArticleBotSettings(this IHostApplicationBuilder builder, HostSettings settings)
    {
        if (settings.Overrides is { Count: > 0 } overrides)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Services.AddArticleBotCoreServices(builder.Configuration);
    }

    /// <summary>The core (index, answerer, the embedding model, their validated settings) with relative paths resolved against the content root.</summary>
    public static IServiceCollection AddArticleBotCoreServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddArticleBotCore();
        services.AddArticleBotSemantic(configuration);
        services.AddSingleton<SettingsPaths>();
        services.AddSingleton<IPostConfigureOptions<IndexOptions>>(provider => provider.GetRequiredService<SettingsPaths>());
        services.AddSingleton<IPostConfigureOptions<AnsweringOptions>>(provider => provider.GetRequiredService<SettingsPaths>());
        services.AddStoreOptions();
        // add and remove, on the command line and as the admin chat commands.
        services.AddArticleLinks();
        return services;
    }
}
