using ArticleBot.Core;
using ArticleBot.Core.Chat;
using ArticleBot.Slack.Http;
using ArticleBot.Slack.SocketMode;
using ArticleBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>Connections the Web API client keeps to Slack at most.</summary>
    public const int MaxConnections = 16;

    /// <summary>
    /// Registers the Slack adapter as an <see cref="IChatAdapter"/> when <c>ArticleBot:Slack:Enabled</c> is true, or
    /// is unset and <c>ArticleBot:Slack:BotToken</c> is set; its settings are bound from <c>ArticleBot:Slack</c> and
    /// validated when the host starts, so an enabled adapter without its tokens stops the host naming the key.
    /// Otherwise only a notice that logs, once at start, that Slack is off and why. Needs <c>IQuestionAnswerer</c>
    /// and <c>IConfiguration</c> from the host; an <c>IFeedbackSink</c>, when registered, receives readers' votes.
    /// </summary>
    public static IServiceCollection AddArticleBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        if (Disabled(configuration) is { } reason)
        {
            services.AddSingleton(reason);
            services.AddHostedService<SlackDisabledNotice>();
            return services;
        }

        services.AddOptions<SlackOptions>()
            .BindConfiguration(SlackOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.AddChannelPolicy(configuration);
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
        services.TryAddSingleton(provider => new SlackThreadTracker(provider.GetRequiredService<IOptions<SlackOptions>>().Value.ThreadCapacity));
        services.TryAddSingleton<SlackAssistantThreads>();
        services.TryAddSingleton<SlackAssistant>();
        services.TryAddSingleton<SlackVotes>();
        services.TryAddSingleton<SlackInbox>();
        services.TryAddSingleton<SlackIngress>();
        services.TryAddSingleton(provider => new Core.Conversations.ConversationMemory(
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetRequiredService<IOptions<Core.Conversations.ConversationOptions>>().Value.Capacity));
        services.TryAddSingleton<SlackResponder>();
        services.TryAddSingleton<SocketModeClient>();
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<SlackHttpHandler>();
        services.TryAddSingleton<SlackAdapter>();
        services.AddSingleton<IChatAdapter>(provider => provider.GetRequiredService<SlackAdapter>());
        return services;
    }

    /// <summary>Why the adapter stays off, or null when it runs. Read at registration, because whether the adapter
    /// exists decides what the host serves (the web chat, readiness).</summary>
    private static SlackDisabledNotice.Reason? Disabled(IConfiguration configuration)
    {
        var enabled = configuration[SlackOptions.EnabledKey];
        if (string.IsNullOrWhiteSpace(enabled))
        {
            return string.IsNullOrWhiteSpace(configuration[SlackOptions.BotTokenKey])
                ? new SlackDisabledNotice.Reason(SlackOptions.BotTokenKey, "is not set")
                : null;
        }

        if (!bool.TryParse(enabled, out var on))
        {
            // The value is a switch, not a secret, so it may be quoted back.
            throw new ArticleBotException($"{SlackOptions.EnabledKey} must be true or false, not '{enabled}'.");
        }

        return on ? null : new SlackDisabledNotice.Reason(SlackOptions.EnabledKey, "is false");
    }
}
