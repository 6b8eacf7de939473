using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArticleBot.Hosting.Metrics;
using ArticleBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArticleBot.Tests.Hosting;

/// <summary>The real host over an articles folder of its own (issue 14): what the folder holds that the bot must not
/// serve, and a restart that cannot write its new index.</summary>
public sealed class ArticleFolderHostTests : IDisposable
{
    private readonly TempIndex _index = new();
    private readonly string _root = Directory.CreateTempSubdirectory("articlebot-host-articles-").FullName;

    private string ArticlesPath => Path.Combine(_root, "articles");

    public ArticleFolderHostTests()
    {
        Directory.CreateDirectory(ArticlesPath);
        File.Copy(Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"), Path.Combine(ArticlesPath, "deepseek-liang-wenfeng.md"));
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private WebApplicationFactory<Program> Host() => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        foreach (var (key, value) in _index.Settings(ArticlesPath))
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting(MetricsOptions.PrometheusEnabledKey, "true");
    });

    [Fact]
    public async Task The_paragraph_api_does_not_serve_a_file_linked_into_the_articles_folder()
    {
        var secret = Path.Combine(_root, "passwd");
        File.WriteAllText(secret, "root:x:0:0:swordfish:/root:/bin/bash\n");
        File.CreateSymbolicLink(Path.Combine(ArticlesPath, "passwd.md"), secret);
        using var host = Host();
        using var client = host.CreateClient();

        using var paragraph = await client.GetAsync("/api/articles/passwd/paragraphs/1");
        var articles = await client.GetStringAsync("/api/articles");

        Assert.Equal(HttpStatusCode.NotFound, paragraph.StatusCode);
        Assert.DoesNotContain("swordfish", await paragraph.Content.ReadAsStringAsync());
        Assert.DoesNotContain("passwd", articles);
    }

    [Fact]
    public async Task A_restart_that_cannot_write_the_new_index_still_answers_and_readiness_says_the_index_is_stale()
    {
        using (var first = Host())
        using (var client = first.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        }

        // The manifest is written last, through this temporary file: a folder in its place fails the build at its
        // end, as a full disk would.
        Directory.CreateDirectory(Path.Combine(_index.IndexPath, "manifest.json.tmp"));
        File.WriteAllText(Path.Combine(ArticlesPath, "river.txt"), "The river Wendle rose by two metres overnight.\n");

        using var second = Host();
        using var restarted = second.CreateClient();
        using var ready = await restarted.GetAsync("/readyz");
        using var answer = await restarted.PostAsJsonAsync("/api/ask", new { question = "How much funding did DeepSeek have?" });
        var metrics = (await restarted.GetStringAsync("/metrics")).Split('\n');

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var readiness = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.True(readiness.GetProperty("index").GetBoolean());
        Assert.True(readiness.GetProperty("indexStale").GetBoolean());
        Assert.Equal(2, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("results")[0].GetProperty("paragraph").GetInt32());
        // Other hosts in the test run share the meter name, so look for the series rather than its exact value.
        Assert.Contains(metrics, line => line.StartsWith("articlebot_index_stale", StringComparison.Ordinal) && !line.EndsWith(" 0", StringComparison.Ordinal));
        Assert.Contains(metrics, line => line.StartsWith("articlebot_index_build_failures_total", StringComparison.Ordinal));
    }
}
