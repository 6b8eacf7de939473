using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using ArticleBot.WebChat.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.WebChat.Tests.Api;

public sealed class PageAndHeaderTests : IClassFixture<WebChatHostFixture>
{
    private readonly WebChatHostFixture _fixture;

    public PageAndHeaderTests(WebChatHostFixture fixture)
    {
        _fixture = fixture;
        _fixture.Answerer.Current = new FakeQuestionAnswerer();
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/assets/app.js")]
    [InlineData("GET", "/api/articles")]
    [InlineData("GET", "/no-such-page")]
    [InlineData("GET", "/api/no-such-endpoint")]
    [InlineData("POST", "/api/ask")]
    public async Task Every_response_carries_the_safe_headers(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await _fixture.Client.SendAsync(request);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/assets/app.js", "text/javascript")]
    [InlineData("/assets/app.css", "text/css")]
    public async Task The_page_and_its_files_are_served_from_the_assembly_with_their_types(string path, string mediaType)
    {
        using var response = await _fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/assets/nope.js")]
    [InlineData("/assets/..%2FArticleBot.WebChat.dll")]
    [InlineData("/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    public async Task Files_that_are_not_part_of_the_page_are_not_found(string path)
    {
        using var response = await _fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_unchanged_file_is_revalidated_with_a_304()
    {
        using var first = await _fixture.Client.GetAsync("/assets/app.css");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/app.css");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var second = await _fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task The_page_has_no_inline_script_style_or_event_handlers_for_the_policy_to_block()
    {
        var html = await _fixture.Client.GetStringAsync("/");

        Assert.Matches(new Regex("<script src=\"/assets/app.js\""), html);
        Assert.DoesNotMatch(new Regex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"\sstyle\s*=|<style", RegexOptions.IgnoreCase), html);
        Assert.Contains("<label for=\"question\"", html);
        Assert.Contains("aria-live=\"polite\"", html);
    }

    [Fact]
    public async Task The_script_never_inserts_html()
    {
        var script = await _fixture.Client.GetStringAsync("/assets/app.js");

        Assert.DoesNotMatch(new Regex(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function"), script);
    }

    [Fact]
    public async Task The_body_limit_comes_from_the_settings()
    {
        await using var host = await WebChatHost.StartAsync(new FakeQuestionAnswerer(),
            new Dictionary<string, string?> { ["ArticleBot:Web:MaxRequestBodyBytes"] = "2048" });

        using var response = await host.Client.PostAsync("/api/ask",
            new StringContent($$"""{"question": "{{new string('a', 3000)}}"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_limit_out_of_range_stops_the_host_naming_the_setting()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => WebChatHost.StartAsync(new FakeQuestionAnswerer(),
            new Dictionary<string, string?> { ["ArticleBot:Web:MaxRequestBodyBytes"] = "1" }));

        Assert.Contains("ArticleBot:Web:MaxRequestBodyBytes", exception.Message);
    }

    [Fact]
    public void Mapping_the_chat_without_its_services_says_what_to_add()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSingleton<IQuestionAnswerer>(new FakeQuestionAnswerer());
        using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapWebChat());

        Assert.Contains("AddWebChat", exception.Message);
    }
}
