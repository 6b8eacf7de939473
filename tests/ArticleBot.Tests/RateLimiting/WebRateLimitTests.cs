using System.Net;
using System.Text;
using System.Text.Json;
using ArticleBot.Tests.Hosting;

namespace ArticleBot.Tests.RateLimiting;

/// <summary>The web API's limit, through the real host on Kestrel: a limited request is a 429 with Retry-After and a
/// JSON message on every endpoint, never an empty answer or a 404 that reads as "not in the article".</summary>
public sealed class WebRateLimitTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    public static TheoryData<string, string, string?> Endpoints => new()
    {
        { "POST", "/api/ask", """{"question":"Who is the founder of DeepSeek?"}""" },
        { "POST", "/api/chat", """{"question":"Who is the founder of DeepSeek?"}""" },
        { "GET", "/api/quote?q=closed-source%20moats", null },
        { "GET", "/api/articles", null },
        { "GET", "/api/articles/deepseek-liang-wenfeng/paragraphs/3", null },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_limited_request_is_answered_429_with_retry_after_and_a_json_message(string method, string path, string? body)
    {
        await using var host = await RealHost.StartAsync(_index.Settings(), new Dictionary<string, string?> { ["ArticleBot:RateLimits:WebRequests"] = "2" });

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var ok = await SendAsync(host.Client, method, path, body);
            allowed.Add(ok.StatusCode);
        }

        using var limited = await SendAsync(host.Client, method, path, body);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], allowed);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.StartsWith("application/json", limited.Content.Headers.ContentType?.ToString());
        var message = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains("slow down", message);
        Assert.Contains($"{(int)retryAfter.Value.TotalSeconds} second", message);
    }

    [Fact]
    public async Task The_default_limit_lets_one_person_read_at_length_and_the_chat_users_question_limit_does_not_apply_to_the_page()
    {
        // UserQuestions (10 a minute, for chat users) used to limit the page too; the web limit is per request.
        await using var host = await RealHost.StartAsync(_index.Settings(), new Dictionary<string, string?> { ["ArticleBot:RateLimits:UserQuestions"] = "1" });

        var statuses = new List<HttpStatusCode>();
        var answered = 0;
        for (var i = 0; i < 30; i++)
        {
            using var response = await SendAsync(host.Client, "POST", "/api/chat", """{"question":"Who is the founder of DeepSeek?"}""");
            statuses.Add(response.StatusCode);
            answered += JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("answered").GetBoolean() ? 1 : 0;
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(30, answered);
    }

    [Fact]
    public async Task The_health_endpoints_and_the_page_are_not_limited()
    {
        await using var host = await RealHost.StartAsync(_index.Settings(), new Dictionary<string, string?> { ["ArticleBot:RateLimits:WebRequests"] = "1" });
        using (await SendAsync(host.Client, "GET", "/api/articles", null))
        {
        }

        using var health = await host.Client.GetAsync("/healthz");
        using var ready = await host.Client.GetAsync("/readyz");
        using var page = await host.Client.GetAsync("/");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (health.StatusCode, ready.StatusCode, page.StatusCode));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}
