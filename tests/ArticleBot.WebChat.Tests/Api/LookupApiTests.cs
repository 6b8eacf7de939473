using System.Net;
using System.Text.Json;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using ArticleBot.WebChat.Tests.Hosting;

namespace ArticleBot.WebChat.Tests.Api;

public sealed class LookupApiTests : IClassFixture<WebChatHostFixture>
{
    private readonly WebChatHostFixture _fixture;
    private readonly FakeQuestionAnswerer _answerer = new();

    public LookupApiTests(WebChatHostFixture fixture)
    {
        _fixture = fixture;
        _fixture.Answerer.Current = _answerer;
        _answerer.Reply = SourceReplies;
    }

    [Fact]
    public async Task A_quote_lookup_asks_with_the_quote_intent_and_returns_the_reply_document()
    {
        using var response = await _fixture.Client.GetAsync("/api/quote?q=closed-source%20moats");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var question = Assert.Single(_answerer.Questions);
        Assert.Equal("closed-source moats", question.Text);
        Assert.Equal(QuestionIntent.Quote, question.Intent);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("quote", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("Liang Wenfeng", json.RootElement.GetProperty("results")[0].GetProperty("speaker").GetString());
    }

    [Theory]
    [InlineData("/api/quote")]
    [InlineData("/api/quote?q=")]
    [InlineData("/api/quote?q=%20%20")]
    public async Task A_quote_lookup_without_words_gets_a_400(string path)
    {
        using var response = await _fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("?q=", await AskApiTests.ReadErrorAsync(response));
    }

    [Fact]
    public async Task The_article_listing_has_id_title_url_and_publisher()
    {
        using var response = await _fixture.Client.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("deepseek", article.GetProperty("id").GetString());
        Assert.Equal("DeepSeek's founder", article.GetProperty("title").GetString());
        Assert.Equal("https://example.com/deepseek", article.GetProperty("url").GetString());
        Assert.Equal("Example Press", article.GetProperty("publisher").GetString());
        Assert.Equal(QuestionIntent.Source, Assert.Single(_answerer.Questions).Intent);
    }

    [Fact]
    public async Task A_known_paragraph_is_returned_in_full()
    {
        using var response = await _fixture.Client.GetAsync("/api/articles/deepseek/paragraphs/2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Paragraph 2 in full.", json.RootElement.GetProperty("text").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("paragraph").GetInt32());
        Assert.Equal("deepseek 2", Assert.Single(_answerer.Questions).Text);
    }

    [Theory]
    [InlineData("/api/articles/deepseek/paragraphs/99")]
    [InlineData("/api/articles/unknown/paragraphs/1")]
    public async Task An_unknown_paragraph_gets_a_404_with_the_cores_message(string path)
    {
        using var response = await _fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no such paragraph.", await AskApiTests.ReadErrorAsync(response));
    }

    [Theory]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd/paragraphs/1")]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/%2e%2e/paragraphs/1")]
    [InlineData("/api/articles/..%5C..%5Cwindows/paragraphs/1")]
    [InlineData("/api/articles/deepseek%201/paragraphs/1")]
    [InlineData("/api/articles/.hidden/paragraphs/1")]
    [InlineData("/api/articles/deepseek/paragraphs/abc")]
    [InlineData("/api/articles/deepseek/paragraphs/0")]
    [InlineData("/api/articles/deepseek/paragraphs/-1")]
    [InlineData("/api/articles/deepseek/paragraphs/%2B1")]
    [InlineData("/api/articles/deepseek/paragraphs/99999999999")]
    [InlineData("/api/nothing-here")]
    public async Task Ids_and_numbers_that_cannot_name_a_paragraph_get_a_json_404_without_reaching_the_core(string path)
    {
        using var response = await _fixture.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEmpty(await AskApiTests.ReadErrorAsync(response));
        Assert.Empty(_answerer.Questions);
    }

    private static ChatReply SourceReplies(ChatQuestion question)
    {
        if (question.Intent == QuestionIntent.Quote)
        {
            return new ChatReply(question.Text, true, QuestionIntent.Quote, [FakeQuestionAnswerer.Passage("moats", "Liang Wenfeng", 6)]);
        }

        if (question.Text == "/source")
        {
            var article = new AnswerPassage("deepseek", "DeepSeek's founder", 0, "About DeepSeek.", "About DeepSeek.", [], null, null, 1, "https://example.com/deepseek")
            {
                Publisher = "Example Press",
            };
            return new ChatReply("", true, QuestionIntent.Source, [article]);
        }

        if (question.Text == "deepseek 2")
        {
            const string text = "Paragraph 2 in full.";
            return new ChatReply(question.Text, true, QuestionIntent.Source,
                [new AnswerPassage("deepseek", "DeepSeek's founder", 2, text, text, [], null, null, 1, null)]);
        }

        return new ChatReply(question.Text, false, QuestionIntent.Source, [], "There is no such paragraph.");
    }
}
