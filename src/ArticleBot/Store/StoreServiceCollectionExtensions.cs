using ArticleBot.Core;
using ArticleBot.Core.Feedback;
using ArticleBot.Hosting;
using Microsoft.Extensions.Options;

namespace ArticleBot.Store;

internal static class StoreServiceCollectionExtensions
{
    /// <summary>The store's settings (section <c>ArticleBot:Store</c>, path relative to the content root): all the
    /// report commands need, so every way of running the bot registers them.</summary>
    public static IServiceCollection AddStoreOptions(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<StoreOptions>>(provider => provider.GetRequiredService<SettingsPaths>());
        return services;
    }

    /// <summary>The running bot's store: the queue (also the <see cref="IFeedbackSink"/> front ends vote into) and
    /// its writer, and its totals as gauges for <c>/metrics</c>. With <c>ArticleBot:Store:Enabled=false</c> nothing is registered, so no file is created, the
    /// answerer is not wrapped and front ends find no feedback sink.</summary>
    public static IServiceCollection AddArticleBotStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStoreOptions();
        if (!(configuration.GetValue<bool?>($"{StoreOptions.Section}:{nameof(StoreOptions.Enabled)}") ?? true))
        {
            services.AddHostedService<StoreDisabledNotice>();
            return services;
        }

        services.AddSingleton<StoreQueue>();
        services.AddSingleton<IFeedbackSink>(provider => provider.GetRequiredService<StoreQueue>());
        services.AddSingleton<StoreWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<StoreWriter>());
        services.AddSingleton<StoreMetrics>();
        services.AddHostedService(provider => provider.GetRequiredService<StoreMetrics>());
        return services;
    }
}
