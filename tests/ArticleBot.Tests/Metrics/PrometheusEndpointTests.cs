using ArticleBot.Testing;
using System.Net;
using System.Net.Http.Json;
using ArticleBot.Hosting.Metrics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArticleBot.Tests.Metrics;

/// <summary>The real host (Program) with and without <c>ArticleBot:Metrics:PrometheusEnabled</c>.</summary>
public sealed class PrometheusEndpointTests : IDisposable
{
    private readonly TempIndex _index = new();
    private readonly List<WebApplicationFactory<Program>> _factories = [];

    private HttpClient Client(bool? prometheusEnabled)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in _index.Settings())
            {
                builder.UseSetting(key, value);
            }

            if (prometheusEnabled is { } enabled)
            {
                builder.UseSetting(MetricsOptions.PrometheusEnabledKey, enabled ? "true" : "false");
            }
        });
        _factories.Add(factory);
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        return client;
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        _index.Dispose();
    }

    [Fact]
    public async Task With_Prometheus_enabled_the_metrics_endpoint_serves_the_question_counter_after_a_question()
    {
        using var client = Client(prometheusEnabled: true);
        using var ask = await client.PostAsJsonAsync("/api/ask", new { question = "Who is the founder of DeepSeek?" });
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        // Other hosts in this test run share the meter name, so look for this host's question rather than count lines.
        Assert.Contains(text.Split('\n'), line => line.StartsWith("articlebot_questions_total{", StringComparison.Ordinal)
            && line.Contains("platform=\"web\"", StringComparison.Ordinal) && line.Contains("intent=\"", StringComparison.Ordinal));
        Assert.Contains("articlebot_answer_duration_milliseconds_bucket{", text, StringComparison.Ordinal);
        // The host built a fresh index at start.
        Assert.Contains("articlebot_index_rebuilds_total", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_last_collection_memory_committed_size_bytes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_there_is_no_metrics_endpoint()
    {
        using var client = Client(prometheusEnabled: null);

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
