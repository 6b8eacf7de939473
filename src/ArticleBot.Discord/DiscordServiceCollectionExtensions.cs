using ArticleBot.Core.Chat;
using ArticleBot.Discord.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Connections the REST client keeps to Discord at most.</summary>
    public const int MaxConnections = 16;

    /// <summary>
    /// Adds the Discord adapter as an <see cref="IChatAdapter"/> singleton when <c>ArticleBot:Discord:Enabled</c> is
    /// true, or is unset and a token or public key is set; otherwise only logs once that Discord is disabled. Enabled
    /// without what it needs stops the host naming the key. Needs <c>IQuestionAnswerer</c> and logging from the host
    /// (and takes its <c>IFeedbackSink</c> if there is one); registers its named HttpClient, the per-channel
    /// settings and <see cref="TimeProvider.System"/> (unless one is registered already).
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        var enabled = section.GetValue<bool?>(nameof(DiscordOptions.Enabled))
                      ?? !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.Token)]) || !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.PublicKey)]);
        if (!enabled)
        {
            services.AddHostedService<DiscordDisabledNotice>();
            return services;
        }

        services.AddChannelPolicy(configuration);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(DiscordAdapter.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Replies are sent as answers finish, one task each; without a bound a burst opens a socket per reply
                // and spends the file descriptors the web server's connection limit is sized from. Discord's own
                // per-route limits make more than a few at once pointless anyway.
                MaxConnectionsPerServer = MaxConnections,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                // Picks up a changed address of discord.com without a restart.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.TryAddSingleton(TimeProvider.System);
        if (!string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.PublicKey)]))
        {
            // Resolved from the validated options, so a malformed key is reported by validation, not by the import.
            services.AddSingleton(provider => new InteractionSignature(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey!));
        }

        services.AddSingleton<DiscordAdapter>();
        services.AddSingleton<IChatAdapter>(provider => provider.GetRequiredService<DiscordAdapter>());
        return services;
    }

    private sealed class DiscordDisabledNotice(ILogger<DiscordAdapter> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            DiscordLog.Disabled(logger);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
