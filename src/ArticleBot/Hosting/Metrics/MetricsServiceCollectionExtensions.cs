using ArticleBot.Core;
using ArticleBot.Core.Telemetry;
using OpenTelemetry.Metrics;

namespace ArticleBot.Hosting.Metrics;

internal static class MetricsServiceCollectionExtensions
{
    public const string ScrapePath = "/metrics";

    /// <summary>The meter .NET's runtime publishes its garbage collector, JIT, thread pool and process figures on.</summary>
    private const string RuntimeMeterName = "System.Runtime";

    /// <summary>Registers <see cref="ArticleBotMetrics"/> (the index, the rate limit, the answerer and the chat
    /// adapters pick it up from DI) and, when <c>ArticleBot:Metrics:PrometheusEnabled</c> is true, OpenTelemetry
    /// metrics with a Prometheus exporter; map the endpoint with <see cref="MapArticleBotMetrics"/>.</summary>
    public static IHostApplicationBuilder AddArticleBotMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<ArticleBotMetrics>();
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotationsTrimSafe().ValidateOnStart();
        if (PrometheusEnabled(builder.Configuration))
        {
            builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(ArticleBotMetrics.MeterName)
                // The runtime's own meter: the collector's heap and committed memory beside the process's resident
                // size tell a managed leak from a native one (issue 14's soak reads them).
                .AddMeter(RuntimeMeterName)
                .AddPrometheusExporter());
        }

        return builder;
    }

    /// <summary>Serves <c>/metrics</c> in Prometheus text format when enabled; otherwise the path stays a 404.</summary>
    public static WebApplication MapArticleBotMetrics(this WebApplication app)
    {
        if (PrometheusEnabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint(ScrapePath);
        }

        return app;
    }

    // Read straight from configuration because it decides which services exist, before options can be resolved.
    private static bool PrometheusEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool>(MetricsOptions.PrometheusEnabledKey);
}
