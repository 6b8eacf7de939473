using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Discord.Http;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Discord.Tests.Messages;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Http;

/// <summary>Interactions delivered to <c>POST /discord/interactions</c>, as Discord sends them to an Interactions
/// Endpoint URL, with no bot token and so no gateway.</summary>
public sealed class HttpInteractionTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public static TheoryData<string> VectorCases() => [.. Vectors().RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(VectorCases))]
    public void Discords_published_signature_vectors_verify_as_published(string name)
    {
        using var vectors = Vectors();
        var vector = Case(vectors, name);
        var signature = new InteractionSignature(vectors.RootElement.GetProperty("public_key_hex").GetString()!);

        var valid = signature.IsValid(
            vector.GetProperty("headers").GetProperty("X-Signature-Ed25519").GetString(),
            vector.GetProperty("headers").GetProperty("X-Signature-Timestamp").GetString(),
            Encoding.UTF8.GetBytes(vector.GetProperty("body").GetString()!));

        Assert.Equal(vector.GetProperty("valid").GetBoolean(), valid);
    }

    [Theory]
    [InlineData("ping", 200)]
    [InlineData("tampered_body", 401)]
    [InlineData("wrong_timestamp", 401)]
    public async Task The_published_requests_get_the_published_status_over_http(string name, int status)
    {
        using var vectors = Vectors();
        var vector = Case(vectors, name);
        await using var bot = await HttpBot.StartAsync(_discord, _answerer, new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:PublicKey"] = vectors.RootElement.GetProperty("public_key_hex").GetString(),
        });
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.Endpoint)
        {
            Content = new StringContent(vector.GetProperty("body").GetString()!, new MediaTypeHeaderValue("application/json")),
        };
        foreach (var header in vector.GetProperty("headers").EnumerateObject())
        {
            request.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString());
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        if (status == 200)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        }
    }

    [Fact]
    public async Task A_slash_command_signed_with_a_fresh_key_pair_is_answered_inline_without_a_token_or_gateway()
    {
        await using var bot = await HttpBot.StartAsync(_discord, _answerer);
        await Eventually.TrueAsync(() => bot.Adapter.IsConnected, "the adapter to be ready");

        var (status, _) = await _discord.SendHttpInteractionAsync(bot.Endpoint, Payloads.Command("901", "ask", ("question", "who founded DeepSeek?")));

        Assert.Equal(200, status);
        var response = Assert.Single(_discord.HttpResponses).Body;
        Assert.Equal(4, response.GetProperty("type").GetInt32());
        MentionTests.AssertPingsNobody(response.GetProperty("data"));
        Assert.Contains("who founded DeepSeek?", response.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.Equal(0, _discord.Gateway.Connections);
        Assert.Empty(_discord.Callbacks);
        Assert.Empty(_discord.Rejected);
    }

    [Theory]
    [InlineData("bad")]
    [InlineData("missing")]
    [InlineData("other-key")]
    public async Task A_missing_or_bad_signature_is_refused_with_401_and_nothing_is_answered(string kind)
    {
        await using var bot = await HttpBot.StartAsync(_discord, _answerer);
        using var other = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519);
        Func<string, string?> signature = kind switch
        {
            // One bit flipped in the signature's first byte.
            "bad" => real => (real[0] == '0' ? "1" : "0") + real[1..],
            "missing" => _ => null,
            _ => _ => Convert.ToHexStringLower(NSec.Cryptography.SignatureAlgorithm.Ed25519.Sign(other, "forged"u8)),
        };

        var (status, _) = await _discord.SendHttpInteractionAsync(bot.Endpoint, Payloads.Command("902", "ask", ("question", "who founded DeepSeek?")), signature);

        Assert.Equal(401, status);
        Assert.Empty(_answerer.Questions);
        Assert.Empty(_discord.HttpResponses);
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_in_the_http_response_and_arrives_on_the_webhook()
    {
        await using var bot = await HttpBot.StartAsync(_discord, _answerer);
        bot.Adapter.DeferInteractionAfter = TimeSpan.FromMilliseconds(100);
        var reply = _answerer.Reply;
        _answerer.Reply = q =>
        {
            Thread.Sleep(1200);
            return reply(q);
        };

        var (status, _) = await _discord.SendHttpInteractionAsync(bot.Endpoint, Payloads.Command("903", "ask", ("question", "who founded DeepSeek?")));

        Assert.Equal(200, status);
        Assert.Equal(5, Assert.Single(_discord.HttpResponses).Body.GetProperty("type").GetInt32());
        await Eventually.TrueAsync(() => _discord.Webhooks.Count == 1, "the deferred answer on the webhook", timeoutMs: 10_000);
        var edit = _discord.Webhooks.Single();
        Assert.Equal("PATCH", edit.Method);
        Assert.EndsWith($"/webhooks/{Payloads.ApplicationId}/token-903/messages/@original", edit.Path);
        MentionTests.AssertPingsNobody(edit.Body);
        Assert.Contains("who founded DeepSeek?", edit.Body.GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.Empty(_discord.Rejected);
    }

    [Fact]
    public async Task A_body_that_is_not_an_interaction_gets_400_even_when_signed()
    {
        await using var bot = await HttpBot.StartAsync(_discord, _answerer);

        var (status, body) = await _discord.SendHttpInteractionAsync(bot.Endpoint, new JsonObject { ["type"] = 2 });

        Assert.Equal(400, status);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_public_key_the_endpoint_is_not_there()
    {
        await using var bot = await HttpBot.StartAsync(_discord, _answerer, new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:PublicKey"] = null,
            ["ArticleBot:Discord:Token"] = FakeDiscord.Token,
        });

        var (status, _) = await _discord.SendHttpInteractionAsync(bot.Endpoint, Payloads.Command("904", "help"));

        Assert.Equal(404, status);
    }

    private static JsonDocument Vectors() =>
        JsonDocument.Parse(File.ReadAllText(RepoPaths.ProtocolPayload("discord", "http_interaction_signature_vectors.json")));

    private static JsonElement Case(JsonDocument vectors, string name) =>
        vectors.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
