using ArticleBot.Core;
using ArticleBot.Core.Chat;
using ArticleBot.Core.Indexing;
using ArticleBot.Discord;
using ArticleBot.Discord.Http;
using ArticleBot.Hosting.Edge;
using ArticleBot.Hosting.Metrics;
using ArticleBot.Hosting.RateLimiting;
using ArticleBot.Slack;
using ArticleBot.Slack.Http;
using ArticleBot.Store;
using ArticleBot.WebChat;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ArticleBot.Hosting;

/// <summary>The long-running bot: index, chat adapters, the local web chat and health endpoints.</summary>
public static partial class ServeHost
{
    public const string ShutdownTimeoutKey = "ArticleBot:ShutdownTimeout";

    public static WebApplication Build(HostSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings.Args, ContentRootPath = ContentRoot.Find() });
        builder.AddArticleBotSettings(settings);
        builder.AddArticleBotMetrics();
        builder.Services.AddArticleBotStore(builder.Configuration);
        builder.Services.AddQuestionRateLimits(settings.CoreAnswerer);
        builder.Services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        // Bounded exit on SIGTERM: longer than the adapters' drain of replies in flight (10 s), shorter than the
        // 30 s after which Docker and systemd kill the process by default.
        var shutdownTimeout = builder.Configuration.GetValue<TimeSpan?>(ShutdownTimeoutKey) ?? TimeSpan.FromSeconds(15);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = shutdownTimeout);
        // Under systemd (Type=notify): readiness and stopping are reported to the service manager and logs lose
        // their colours; anywhere else this does nothing.
        builder.Services.AddSystemd();
        builder.Services.AddHostedService<IndexStartupService>();
        // Validated on start whichever adapters run, so a mistake in ArticleBot:Channels is found before it matters.
        builder.Services.AddChannelPolicy(builder.Configuration);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        builder.Services.AddArticleBotSlack(builder.Configuration);
        builder.Services.AddHostedService<ChatAdapterRunner>();
        builder.Services.AddWebChat();

        var web = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        // --urls (or ASPNETCORE_URLS) is the host's own way to say where to listen and is documented as passing
        // through; UseUrls would silently override it, so the bot's setting applies only when the host has none.
        var hostUrls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        string listenUrls;
        if (string.IsNullOrWhiteSpace(hostUrls))
        {
            listenUrls = ListenUrls.WithPort(web.Url, settings.Port);
            builder.WebHost.UseUrls(listenUrls);
        }
        else if (settings.Port is not null)
        {
            throw new ArticleBotException($"Give either --port or --urls, not both (--urls is {hostUrls}).");
        }
        else
        {
            listenUrls = hostUrls;
        }

        builder.Services.AddSingleton(new AllowedHosts(listenUrls, web.AllowedHosts));
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<WebOptions>>((kestrel, options) => ConfigureLimits(kestrel, options.Value));

        var app = builder.Build();
        app.UseMiddleware<HostFilter>();
        var adapters = app.Services.GetServices<IChatAdapter>().ToList();
        var chatEnabled = web.ChatEnabled ?? adapters.Count == 0;

        app.MapGet("/healthz", () => Results.Json(new HealthStatus("ok"), HealthJsonContext.Default.HealthStatus));
        app.MapGet("/readyz", (ArticleIndex index) =>
        {
            var waiting = adapters.Where(adapter => !adapter.IsConnected).Select(adapter => adapter.Platform).ToList();
            var ready = index.IsReady && waiting.Count == 0;
            return Results.Json(new ReadinessStatus(ready ? "ready" : "starting", index.IsReady, index.IsStale, waiting), HealthJsonContext.Default.ReadinessStatus, statusCode: ready ? 200 : 503);
        });

        app.MapArticleBotMetrics();
        app.MapSlackEndpoints();
        app.MapDiscordEndpoints();
        if (chatEnabled)
        {
            app.MapWebChat();
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ArticleBot");
        LogAdapters(logger, adapters.Count == 0 ? "none (no chat tokens set)" : string.Join(", ", adapters.Select(adapter => adapter.Platform)), chatEnabled);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                LogListening(logger, chatEnabled ? "Web chat" : "Health endpoints", address);
            }

            var limits = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
            LogEdge(logger, limits.MaxConcurrentConnections, ConnectionLimits.OpenFileLimit(), string.Join(", ", app.Services.GetRequiredService<AllowedHosts>().Names));
        });
        return app;
    }

    private static void ConfigureLimits(KestrelServerOptions kestrel, WebOptions web)
    {
        var connections = web.MaxConcurrentConnections ?? ConnectionLimits.FromFileLimit(ConnectionLimits.OpenFileLimit());
        kestrel.Limits.MaxConcurrentConnections = connections;
        kestrel.Limits.MaxConcurrentUpgradedConnections = connections;
        kestrel.Limits.KeepAliveTimeout = web.KeepAliveTimeout;
        kestrel.Limits.RequestHeadersTimeout = web.RequestHeadersTimeout;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat platforms enabled: {Platforms}; web chat {WebChat}")]
    private static partial void LogAdapters(ILogger logger, string platforms, bool webChat);

    [LoggerMessage(Level = LogLevel.Information, Message = "Web server holds at most {Connections} connections (open-file limit {FileLimit}) and answers hosts {Hosts}")]
    private static partial void LogEdge(ILogger logger, long? connections, long? fileLimit, string hosts);

    [LoggerMessage(Level = LogLevel.Information, Message = "{What} listening on {Address}")]
    private static partial void LogListening(ILogger logger, string what, string address);
}
