using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Testing;
using ArticleBot.WebChat.Tests.Hosting;

namespace ArticleBot.WebChat.Tests.Api;

/// <summary><c>POST /api/chat</c> as the page uses it: each reply's conversation token goes back with the next question.</summary>
public sealed class ConversationApiTests : IClassFixture<WebChatHostFixture>
{
    private readonly WebChatHostFixture _fixture;

    public ConversationApiTests(WebChatHostFixture fixture)
    {
        _fixture = fixture;
        _fixture.Answerer.Current = SeedAnswerer.Shared;
    }

    [Fact]
    public async Task A_follow_up_sent_with_the_previous_token_refers_to_the_previous_answer()
    {
        using var first = await ChatAsync(new JsonObject { ["question"] = "Who said more investment doesn't necessarily result in more innovation?" });
        var token = first.RootElement.GetProperty("conversation").GetString();

        using var second = await ChatAsync(new JsonObject { ["question"] = "what else did he say?", ["conversation"] = token });

        var reply = second.RootElement;
        Assert.True(reply.GetProperty("answered").GetBoolean());
        Assert.StartsWith("Liang Wenfeng also said: “", reply.GetProperty("lead").GetProperty("text").GetString());
        Assert.NotEqual(first.RootElement.GetProperty("results")[0].GetProperty("paragraph").GetInt32(), reply.GetProperty("results")[0].GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task A_follow_up_without_a_token_or_with_a_forged_one_asks_for_the_name()
    {
        using var none = await ChatAsync(new JsonObject { ["question"] = "what else did he say?" });
        using var forged = await ChatAsync(new JsonObject { ["question"] = "what else did he say?", ["conversation"] = "forged!" });

        Assert.StartsWith("I'm not sure who you mean", none.RootElement.GetProperty("message").GetString());
        Assert.StartsWith("I'm not sure who you mean", forged.RootElement.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("{\"question\": \"q\", \"article\": \"../etc/passwd\"}", "\"article\" must be an article id")]
    [InlineData("{\"question\": \"q\", \"article\": 5}", "\"article\" must be an article id")]
    [InlineData("{\"question\": \"q\", \"conversation\": []}", "\"conversation\" must be the token")]
    public async Task A_bad_article_or_conversation_gets_400_with_a_message(string body, string message)
    {
        using var response = await _fixture.Client.PostAsync("/api/chat", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(message, json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_article_that_is_not_indexed_is_named_in_the_reply()
    {
        using var json = await ChatAsync(new JsonObject { ["question"] = "Who is the founder?", ["article"] = "no-such-article" });

        Assert.False(json.RootElement.GetProperty("answered").GetBoolean());
        Assert.Equal("There is no article \"no-such-article\". /source lists them.", json.RootElement.GetProperty("message").GetString());
    }

    private async Task<JsonDocument> ChatAsync(JsonObject body)
    {
        using var response = await _fixture.Client.PostAsync("/api/chat", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
