using System.Net;
using System.Text;
using System.Text.Json;
using ArticleBot.Core.Answering;
using ArticleBot.Testing;
using ArticleBot.WebChat.Tests.Hosting;

namespace ArticleBot.WebChat.Tests.Api;

public sealed class AskApiTests : IClassFixture<WebChatHostFixture>
{
    private readonly WebChatHostFixture _fixture;
    private readonly FakeQuestionAnswerer _answerer = new();

    public AskApiTests(WebChatHostFixture fixture)
    {
        _fixture = fixture;
        _fixture.Answerer.Current = _answerer;
    }

    [Fact]
    public async Task Asking_returns_exactly_the_shared_reply_document()
    {
        var passage = FakeQuestionAnswerer.Passage("“We won't build closed-source moats,” he said.", speaker: "Liang Wenfeng", paragraph: 6)
            with { Highlights = [new TextRange(0, 3)] };
        var reply = new ChatReply("moats?", true, QuestionIntent.Quote, [passage], Message: "Found it", Suggestions: ["x"]);
        _answerer.Reply = _ => reply;

        using var response = await PostJsonAsync("/api/ask", """{"question": "moats?"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ReplyDocument.From(reply).ToJson(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_question_reaches_the_answerer_with_its_paging_and_a_web_origin()
    {
        using var response = await PostJsonAsync("/api/ask", """{"question": "/quote moats", "top": 5, "skip": 10}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var question = Assert.Single(_answerer.Questions);
        Assert.Equal("/quote moats", question.Text);
        Assert.Equal(5, question.Top);
        Assert.Equal(10, question.Skip);
        Assert.Null(question.Intent);
        Assert.Equal("web", question.Origin.Platform);
        Assert.Equal("127.0.0.1", question.Origin.UserId);
    }

    [Fact]
    public async Task The_chat_endpoint_adds_message_suggestions_highlights_and_paging_for_the_page()
    {
        var passage = FakeQuestionAnswerer.Passage("Liang Wenfeng founded DeepSeek.", paragraph: 2)
            with { Highlights = [new TextRange(0, 13), new TextRange(500, 3)], Publisher = "Example Press" };
        _answerer.Reply = q => new ChatReply(q.Text, true, QuestionIntent.Ask, [passage], "Here is what I found.", ["Who said moats?"]) { HasMore = true };

        using var response = await PostJsonAsync("/api/chat", """{"question": "founder", "top": 2}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("Here is what I found.", root.GetProperty("message").GetString());
        Assert.Equal("Who said moats?", root.GetProperty("suggestions")[0].GetString());
        Assert.True(root.GetProperty("hasMore").GetBoolean());
        Assert.Equal(2, root.GetProperty("top").GetInt32());
        var result = root.GetProperty("results")[0];
        Assert.Equal(2, result.GetProperty("paragraph").GetInt32());
        Assert.Equal("Example Press", result.GetProperty("publisher").GetString());
        // The out-of-range highlight is dropped rather than handed to the page.
        var highlight = Assert.Single(result.GetProperty("highlights").EnumerateArray());
        Assert.Equal([0, 13], highlight.EnumerateArray().Select(n => n.GetInt32()));
    }

    [Fact]
    public async Task The_chat_endpoint_gives_the_page_the_speaker_with_their_role_and_marks_an_organisation()
    {
        var person = FakeQuestionAnswerer.Passage("“Nobody here has lived through a summer like this,” she said.", speaker: "Ruth Adeyemi", paragraph: 2) with { Role = "Mayor" };
        var organisation = FakeQuestionAnswerer.Passage("“Call our free helpline,” the agency said.", speaker: "Water Agency", paragraph: 11) with { SpeakerIsOrganisation = true };
        _answerer.Reply = q => new ChatReply(q.Text, true, QuestionIntent.Quote, [person, organisation], "Quoted in the article:");

        using var response = await PostJsonAsync("/api/chat", """{"question": "summer"}""");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(("Ruth Adeyemi", "Ruth Adeyemi (Mayor)"), (results[0].GetProperty("speaker").GetString(), results[0].GetProperty("speakerLabel").GetString()));
        Assert.Equal("Water Agency (organisation)", results[1].GetProperty("speakerLabel").GetString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"who founded DeepSeek?\"")]
    [InlineData("{}")]
    [InlineData("""{"question": 5}""")]
    [InlineData("""{"question": null}""")]
    [InlineData("""{"question": ["a"]}""")]
    [InlineData("""{"question": {"text": "a"}}""")]
    [InlineData("""{"question": "a", "top": "3"}""")]
    [InlineData("""{"question": "a", "top": 0}""")]
    [InlineData("""{"question": "a", "top": 1.5}""")]
    [InlineData("""{"question": "a", "top": 99999999999}""")]
    [InlineData("""{"question": "a", "skip": -1}""")]
    [InlineData("""{"question": "a", "skip": true}""")]
    [InlineData("""{"question": "\ud800"}""")]
    [InlineData("""{"question": "a\udc00b"}""")]
    public async Task A_malformed_or_mistyped_body_gets_a_400_with_a_json_message(string body)
    {
        foreach (var path in new[] { "/api/ask", "/api/chat" })
        {
            using var response = await PostJsonAsync(path, body);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await ReadErrorAsync(response);
            Assert.False(string.IsNullOrWhiteSpace(error));
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }

        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task Deeply_nested_json_gets_a_400_not_a_500()
    {
        var body = "{\"question\": \"a\", \"x\": " + new string('[', 200) + new string(']', 200) + "}";

        using var response = await PostJsonAsync("/api/ask", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await ReadErrorAsync(response));
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_gets_a_400()
    {
        using var content = new ByteArrayContent([(byte)'{', (byte)'"', (byte)'q', 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}']);
        content.Headers.ContentType = new("application/json");

        using var response = await _fixture.Client.PostAsync("/api/ask", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_32_KB_gets_a_413_with_a_json_message()
    {
        var body = $$"""{"question": "{{new string('a', 40 * 1024)}}"}""";

        using var response = await PostJsonAsync("/api/ask", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than", await ReadErrorAsync(response));
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_a_413_too()
    {
        // A stream of unknown length makes HttpClient send it chunked, with no Content-Length to check up front.
        var bytes = Encoding.UTF8.GetBytes($$"""{"question": "{{new string('a', 40 * 1024)}}"}""");
        using var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new("application/json");

        using var response = await _fixture.Client.PostAsync("/api/chat", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_answerer.Questions);
    }

    [Fact]
    public async Task A_long_question_within_the_limit_is_answered()
    {
        var question = new string('x', 10_000);

        using var response = await PostJsonAsync("/api/ask", JsonSerializer.Serialize(new { question }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(question, Assert.Single(_answerer.Questions).Text);
    }

    [Fact]
    public async Task A_failing_answerer_gets_a_json_500_without_a_stack_trace()
    {
        _answerer.Reply = _ => throw new InvalidOperationException("secret internals");

        using var response = await PostJsonAsync("/api/ask", """{"question": "boom"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var error = await ReadErrorAsync(response);
        Assert.DoesNotContain("secret internals", error);
        Assert.DoesNotContain("InvalidOperationException", error);
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, string body) =>
        _fixture.Client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    internal static async Task<string> ReadErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString()!;
    }

    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
