using System.Net;
using System.Text;
using System.Text.Json;
using ArticleBot.Testing;
using ArticleBot.WebChat.Tests.Hosting;

namespace ArticleBot.WebChat.Tests.Api;

/// <summary>The web chat asks the host's limiter before any answering, on every API endpoint.</summary>
public sealed class RequestLimitApiTests : IClassFixture<WebChatHostFixture>, IDisposable
{
    private readonly WebChatHostFixture _fixture;
    private readonly FakeQuestionAnswerer _answerer = new();

    public RequestLimitApiTests(WebChatHostFixture fixture)
    {
        _fixture = fixture;
        _fixture.Answerer.Current = _answerer;
        _fixture.Limiter.Wait = TimeSpan.FromSeconds(41.2);
    }

    public void Dispose() => _fixture.Limiter.Wait = TimeSpan.Zero;

    [Theory]
    [InlineData("POST", "/api/ask")]
    [InlineData("POST", "/api/chat")]
    [InlineData("GET", "/api/quote?q=moats")]
    [InlineData("GET", "/api/articles")]
    [InlineData("GET", "/api/articles/deepseek/paragraphs/2")]
    [InlineData("GET", "/api/no-such-endpoint")]
    public async Task A_limited_request_gets_429_with_retry_after_in_whole_seconds_and_never_reaches_the_answerer(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"question":"Who founded DeepSeek?"}""", Encoding.UTF8, "application/json");
        }

        using var response = await _fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(42), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("You're asking faster than I can keep up. Please slow down and try again in 42 seconds.",
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
        Assert.Empty(_answerer.Questions);
        Assert.Equal("127.0.0.1", _fixture.Limiter.Clients[^1]);
    }

    [Fact]
    public async Task The_page_and_its_assets_are_not_limited()
    {
        using var page = await _fixture.Client.GetAsync("/");
        using var script = await _fixture.Client.GetAsync("/assets/app.js");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (page.StatusCode, script.StatusCode));
    }
}
