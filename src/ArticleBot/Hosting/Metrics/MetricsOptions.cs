namespace ArticleBot.Hosting.Metrics;

/// <summary>Settings of section <c>ArticleBot:Metrics</c>. The instruments always record (cheaply, in process);
/// only the Prometheus scraping endpoint is opt-in, because it tells anyone who can reach the web port how busy the
/// bot is.</summary>
public sealed class MetricsOptions
{
    public const string Section = "ArticleBot:Metrics";

    public const string PrometheusEnabledKey = Section + ":PrometheusEnabled";

    public bool PrometheusEnabled { get; set; }
}
