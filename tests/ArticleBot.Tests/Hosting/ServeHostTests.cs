using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArticleBot.Tests.Hosting;

/// <summary>The real host (Program) with no chat tokens: the web chat, its API and the health endpoints.</summary>
public sealed class ServeHostTests : IDisposable
{
    private readonly TempIndex _index = new();
    private readonly WebApplicationFactory<Program> _factory;

    public ServeHostTests()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in _index.Settings())
            {
                builder.UseSetting(key, value);
            }
        });
    }

    public void Dispose()
    {
        _factory.Dispose();
        _index.Dispose();
    }

    [Fact]
    public async Task With_no_chat_tokens_the_host_serves_the_web_chat_page()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task The_ask_api_answers_from_the_real_index()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question = "How much funding did DeepSeek have?" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, root.GetProperty("results")[0].GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task Health_says_alive_and_readiness_says_the_index_is_loaded()
    {
        using var client = _factory.CreateClient();

        using var health = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("index").GetBoolean());
    }
}
