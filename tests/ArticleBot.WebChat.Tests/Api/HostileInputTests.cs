using System.Net;
using System.Text;
using System.Text.Json;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using ArticleBot.WebChat.Tests.Hosting;

namespace ArticleBot.WebChat.Tests.Api;

public sealed class HostileInputTests : IClassFixture<WebChatHostFixture>
{
    private readonly WebChatHostFixture _fixture;
    private readonly FakeQuestionAnswerer _answerer = new();

    public HostileInputTests(WebChatHostFixture fixture)
    {
        _fixture = fixture;
        _fixture.Answerer.Current = _answerer;
    }

    public static TheoryData<string> Questions() => new()
    {
        "title:*",
        "\"unbalanced",
        "AND OR NOT",
        "C++ (",
        @"\\server\share\..\..",
        "../../etc/passwd",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "@everyone <!channel> <@123>",
        "**bold** _it_ `code` [link](javascript:alert(1))",
        "\u0000\u0001\u0007\u001b[31m",
        "zero\u200bwidth\u200d\ufeff",
        "\u202eright-to-left override",
        "مرحبا بالعالم",
        "🤖🔥👍🏽",
        "",
        "   ",
        "/quote",
        "/source ../../secret 1",
        "/help me",
        new string('a', 10_000),
        "Robert'); DROP TABLE articles;--",
        "{\"question\": \"nested\"}",
        "%00%2e%2e%2f",
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_hostile_question_gets_an_ordinary_json_reply(string question)
    {
        foreach (var path in new[] { "/api/ask", "/api/chat" })
        {
            using var response = await _fixture.Client.PostAsync(path,
                new StringContent(JsonSerializer.Serialize(new { question }), Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(question, json.RootElement.GetProperty("question").GetString());
        }

        Assert.All(_answerer.Questions, asked => Assert.Equal(question, asked.Text));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_hostile_quote_lookup_gets_a_json_reply_or_a_400(string words)
    {
        using var response = await _fixture.Client.GetAsync("/api/quote?q=" + Uri.EscapeDataString(words));

        // Blank words and words past the 2,000-character query limit are the caller's mistake: a 400 that says so.
        // Past Kestrel's 8 KB request line the server refuses the request itself with 414, before any of our code.
        var expected = words.Length > 8 * 1024 ? HttpStatusCode.RequestUriTooLong
            : string.IsNullOrWhiteSpace(words) || words.Length > 2000 ? HttpStatusCode.BadRequest
            : HttpStatusCode.OK;
        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.RequestUriTooLong)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }

        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(QuestionIntent.Quote, Assert.Single(_answerer.Questions).Intent);
        }
    }
}
