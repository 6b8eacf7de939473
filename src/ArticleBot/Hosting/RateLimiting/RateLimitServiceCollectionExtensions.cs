using ArticleBot.Core;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Chat;
using ArticleBot.Core.Telemetry;
using ArticleBot.Hosting.Metrics;
using ArticleBot.Store;
using ArticleBot.WebChat.Security;
using Microsoft.Extensions.Options;

namespace ArticleBot.Hosting.RateLimiting;

internal static class RateLimitServiceCollectionExtensions
{
    /// <summary>Registers the web API's per-client limit, and puts the per-user and per-channel limit (section <c>ArticleBot:RateLimits</c>) in front of the
    /// answerer that <c>AddArticleBotCore</c> registered, with the question metrics between the two when
    /// <see cref="ArticleBotMetrics"/> is registered and the store's recorder when the store is; call it after both. <paramref name="coreAnswerer"/> replaces the
    /// core's answerer inside the decorators (benchmarks only).</summary>
    public static IServiceCollection AddQuestionRateLimits(this IServiceCollection services, Func<IServiceProvider, IQuestionAnswerer>? coreAnswerer = null)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        services.AddSingleton<IQuestionAnswerer>(provider =>
        {
            var time = provider.GetRequiredService<TimeProvider>();
            var metrics = provider.GetService<ArticleBotMetrics>();
            IQuestionAnswerer answerer = coreAnswerer?.Invoke(provider) ?? provider.GetRequiredService<QuestionAnswerer>();
            if (metrics is not null)
            {
                answerer = new MeteredAnswerer(answerer, metrics, time);
            }

            if (provider.GetService<StoreQueue>() is { } store)
            {
                answerer = new RecordingAnswerer(answerer, store, time);
            }

            return new RateLimitedAnswerer(
                answerer,
                provider.GetRequiredService<IOptions<RateLimitOptions>>(),
                time,
                provider.GetRequiredService<ILogger<RateLimitedAnswerer>>(),
                metrics,
                provider.GetService<ChannelPolicy>());
        });
        services.AddSingleton<IWebRequestLimiter>(provider => new WebRequestLimiter(
            provider.GetRequiredService<IOptions<RateLimitOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<WebRequestLimiter>>(),
            provider.GetService<ArticleBotMetrics>()));
        return services;
    }
}
