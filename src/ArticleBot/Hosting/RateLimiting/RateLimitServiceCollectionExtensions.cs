using ArticleBot.Core.Answering;
using Microsoft.Extensions.Options;

namespace ArticleBot.Hosting.RateLimiting;

internal static class RateLimitServiceCollectionExtensions
{
    /// <summary>Puts the per-user and per-channel limit (section <c>ArticleBot:RateLimits</c>) in front of the
    /// answerer that <c>AddArticleBotCore</c> registered; call it after that.</summary>
    public static IServiceCollection AddQuestionRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IQuestionAnswerer>(provider => new RateLimitedAnswerer(
            provider.GetRequiredService<QuestionAnswerer>(),
            provider.GetRequiredService<IOptions<RateLimitOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<RateLimitedAnswerer>>()));
        return services;
    }
}
