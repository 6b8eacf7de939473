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
    /// <summary>Connections the Web API client keeps to Slack at most.</summary>
    public const int MaxConnections = 16;

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
        services.AddHttpClient(SlackWebApiClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A bound on sockets to Slack, so a burst of replies cannot spend the file descriptors the web
                // server's connection limit is sized from; Slack's per-method rate limits allow few at once anyway.
                MaxConnectionsPerServer = MaxConnections,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(SlackTimings.Default);
        services.TryAddSingleton<SlackRateLimitGate>();
        services.TryAddSingleton<SlackWebApiClient>();
        services.TryAddSingleton<SlackDeduplicator>();
        services.TryAddSingleton<SlackThreadTracker>();
        services.TryAddSingleton<SlackInbox>();
        services.TryAddSingleton<SlackIngress>();
        services.TryAddSingleton(provider => new Core.Conversations.ConversationMemory(provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<SlackResponder>();
        services.TryAddSingleton<SocketModeClient>();
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<SlackHttpHandler>();
        services.TryAddSingleton<SlackAdapter>();
        services.AddSingleton<IChatAdapter>(provider => provider.GetRequiredService<SlackAdapter>());
        return services;
    }
}
