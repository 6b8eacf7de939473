using System.Net;
using System.Text;
using System.Text.Json;
using ArticleBot.Testing;
using ArticleBot.WebChat.Tests.Hosting;

namespace ArticleBot.WebChat.Tests.Api;

/// <summary>The API over the real answerer and the repository's seed article.</summary>
public sealed class SeedArticleApiTests : IClassFixture<WebChatHostFixture>
{
    private const string ArticleId = "deepseek-liang-wenfeng";

    private readonly WebChatHostFixture _fixture;

    public SeedArticleApiTests(WebChatHostFixture fixture)
    {
        _fixture = fixture;
        _fixture.Answerer.Current = SeedAnswerer.Shared;
    }

    [Fact]
    public async Task The_founder_question_is_answered_from_paragraph_2()
    {
        using var json = await AskAsync("/api/ask", "Who is the founder of DeepSeek?");

        var root = json.RootElement;
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("ask", root.GetProperty("intent").GetString());
        var best = root.GetProperty("results")[0];
        Assert.Equal(2, best.GetProperty("paragraph").GetInt32());
        Assert.Equal(ArticleId, best.GetProperty("article").GetString());
        Assert.Contains("Liang Wenfeng", best.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_quote_lookup_finds_the_moats_quote_and_its_speaker()
    {
        using var response = await _fixture.Client.GetAsync("/api/quote?q=" + Uri.EscapeDataString("closed-source moats"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var best = json.RootElement.GetProperty("results")[0];
        Assert.Equal(6, best.GetProperty("paragraph").GetInt32());
        Assert.Equal("Liang Wenfeng", best.GetProperty("speaker").GetString());
    }

    [Fact]
    public async Task An_unanswerable_question_comes_with_a_message_and_suggestions_for_the_page()
    {
        using var json = await AskAsync("/api/chat", "What is the capital of Peru?");

        var root = json.RootElement;
        Assert.False(root.GetProperty("answered").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("message").GetString()));
        Assert.NotEqual(0, root.GetProperty("suggestions").GetArrayLength());
    }

    [Fact]
    public async Task An_admin_command_typed_on_the_page_gets_the_chat_reply_pointing_to_the_slash_command()
    {
        using var json = await AskAsync("/api/chat", "/articles add https://example.com/story");

        var root = json.RootElement;
        Assert.False(root.GetProperty("answered").GetBoolean());
        Assert.StartsWith("/articles add is a slash command for administrators", root.GetProperty("message").GetString());
        Assert.Equal(0, root.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task The_article_listing_names_the_seed_article_with_its_known_metadata()
    {
        using var response = await _fixture.Client.GetAsync("/api/articles");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal(ArticleId, article.GetProperty("id").GetString());
        Assert.Equal("https://cwpakistan.com/?p=23620", article.GetProperty("url").GetString());
        Assert.Equal("CW Pakistan", article.GetProperty("publisher").GetString());
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_paragraph_of_the_seed_article_is_returned_in_full()
    {
        using var response = await _fixture.Client.GetAsync($"/api/articles/{ArticleId}/paragraphs/2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, json.RootElement.GetProperty("paragraph").GetInt32());
        Assert.Contains("Liang Wenfeng", json.RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData($"/api/articles/{ArticleId}/paragraphs/99")]
    [InlineData("/api/articles/deepseek/paragraphs/2")]
    [InlineData("/api/articles/no-such-article/paragraphs/1")]
    public async Task A_paragraph_that_does_not_exist_exactly_gets_a_404(string path)
    {
        using var response = await _fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEmpty(await AskApiTests.ReadErrorAsync(response));
    }

    [Theory]
    [MemberData(nameof(HostileInputTests.Questions), MemberType = typeof(HostileInputTests))]
    public async Task A_hostile_question_gets_an_ordinary_reply_from_the_real_answerer(string question)
    {
        using var json = await AskAsync("/api/chat", question);

        // The core cleans the question (control characters, length), so the echo is not compared; the shape is.
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.String, root.GetProperty("question").ValueKind);
        Assert.Contains(root.GetProperty("intent").GetString(), (string[])["ask", "quote", "who", "source", "help"]);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("results").ValueKind);
        Assert.True(root.GetProperty("answered").GetBoolean() || !string.IsNullOrWhiteSpace(root.GetProperty("message").GetString()));
    }

    private async Task<JsonDocument> AskAsync(string path, string question)
    {
        using var response = await _fixture.Client.PostAsync(path,
            new StringContent(JsonSerializer.Serialize(new { question }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
