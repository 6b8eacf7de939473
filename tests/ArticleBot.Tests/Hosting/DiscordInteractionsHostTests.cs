using System.Net;
using System.Text.Json;
using ArticleBot.Testing;

namespace ArticleBot.Tests.Hosting;

/// <summary><c>POST /discord/interactions</c> in the real host: mapped when the public key is set, working with no
/// bot token, checked with Discord's published vectors.</summary>
public sealed class DiscordInteractionsHostTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task With_only_a_public_key_the_host_answers_signed_interactions_and_refuses_bad_ones()
    {
        using var vectors = JsonDocument.Parse(File.ReadAllText(RepoPaths.ProtocolPayload("discord", "http_interaction_signature_vectors.json")));
        await using var host = await RealHost.StartAsync(_index.Settings(), new Dictionary<string, string?>
        {
            ["ArticleBot:Discord:PublicKey"] = vectors.RootElement.GetProperty("public_key_hex").GetString(),
            ["ArticleBot:Discord:ApplicationId"] = "234248956100616262",
        });

        var ping = await SendAsync(host, Case(vectors, "ping"));
        var tampered = await SendAsync(host, Case(vectors, "tampered_body"));

        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await ping.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        var ready = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Without_a_public_key_there_is_no_interactions_endpoint()
    {
        await using var host = await RealHost.StartAsync(_index.Settings());

        using var response = await host.Client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), new StringContent("{\"type\":1}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(RealHost host, JsonElement vector)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/discord/interactions", UriKind.Relative))
        {
            Content = new StringContent(vector.GetProperty("body").GetString()!, System.Text.Encoding.UTF8, "application/json"),
        };
        foreach (var header in vector.GetProperty("headers").EnumerateObject())
        {
            request.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString());
        }

        return await host.Client.SendAsync(request);
    }

    private static JsonElement Case(JsonDocument vectors, string name) =>
        vectors.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).Clone();
}
