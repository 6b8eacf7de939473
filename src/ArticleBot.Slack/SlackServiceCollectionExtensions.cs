using ArticleBot.Core.Chat;
using ArticleBot.Slack.Http;
using ArticleBot.Slack.SocketMode;
using ArticleBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ArticleBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Slack adapter as an <see cref="IChatAdapter"/> when <c>ArticleBot:Slack:BotToken</c> is set;
    /// otherwise only a notice that logs, once at start, that Slack is off. Needs <c>IQuestionAnswerer</c> and <c>IConfiguration</c> from the host.
    /// </summary>
    public static IServiceCollection AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[SlackOptions.BotTokenKey]))
        {
            services.AddLogging();
            services.AddHostedService<SlackDisabledNotice>();
            return services;
        }

        services.AddOptions<SlackOptions>()
            .BindConfiguration(SlackOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddLogging();
        services.AddHttpClient(SlackWebApiClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(SlackTimings.Default);
        services.TryAddSingleton<SlackRateLimitGate>();
        services.TryAddSingleton<SlackWebApiClient>();
        services.TryAddSingleton<SlackDeduplicator>();
        services.TryAddSingleton<SlackThreadTracker>();
        services.TryAddSingleton<SlackInbox>();
        services.TryAddSingleton<SlackIngress>();
        services.TryAddSingleton<SlackResponder>();
        services.TryAddSingleton<SocketModeClient>();
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<SlackHttpHandler>();
        services.TryAddSingleton<SlackAdapter>();
        services.AddSingleton<IChatAdapter>(provider => provider.GetRequiredService<SlackAdapter>());
        return services;
    }
}
