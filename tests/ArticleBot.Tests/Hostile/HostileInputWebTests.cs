using System.Net;
using System.Text;
using System.Text.Json;
using ArticleBot.Testing;
using ArticleBot.Tests.Hosting;
using Xunit.Abstractions;

namespace ArticleBot.Tests.Hostile;

/// <summary>The hostile corpus through the real host's web API (real Kestrel, real index), as a browser's script would send it.</summary>
public sealed class HostileInputWebTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempIndex _index = new();
    private RealHost _host = null!;

    // This suite is about input, not about how often one user may ask.
    public async Task InitializeAsync() =>
        _host = await RealHost.StartAsync(_index.Settings(), new Dictionary<string, string?> { ["ArticleBot:RateLimits:Enabled"] = "false" });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _index.Dispose();
    }

    [Fact]
    public async Task Every_hostile_question_gets_a_json_reply_or_a_clear_4xx_from_ask_and_chat()
    {
        var client = _host.Client;
        var counts = new Dictionary<HttpStatusCode, int>();

        foreach (var input in HostileInputs.Texts)
        {
            foreach (var path in new[] { "/api/ask", "/api/chat" })
            {
                var body = JsonSerializer.Serialize(new { question = input.Value });
                using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

                await AssertOrdinaryAsync(response, input);
                counts[response.StatusCode] = counts.GetValueOrDefault(response.StatusCode) + 1;
            }
        }

        TestReport.Line(output, $"web: {HostileInputs.Texts.Count} hostile questions x 2 endpoints: {Describe(counts)}");
        Assert.True(counts.GetValueOrDefault(HttpStatusCode.OK) >= HostileInputs.Texts.Count, "Most hostile questions should get an ordinary reply.");
    }

    [Fact]
    public async Task A_malformed_or_wrong_typed_body_gets_a_4xx_that_says_what_is_wrong_and_never_a_500()
    {
        var client = _host.Client;
        var counts = new Dictionary<HttpStatusCode, int>();

        foreach (var input in HostileInputs.JsonBodies)
        {
            using var response = await client.PostAsync("/api/ask", new StringContent(input.Value, Encoding.UTF8, "application/json"));

            await AssertOrdinaryAsync(response, input);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error").GetString()));
            }

            counts[response.StatusCode] = counts.GetValueOrDefault(response.StatusCode) + 1;
        }

        TestReport.Line(output, $"web: {HostileInputs.JsonBodies.Count} malformed bodies: {Describe(counts)}");
        // A few are lenient on purpose ("top": null means the default; a question of "\u0000" is blank text).
        Assert.True(counts.GetValueOrDefault(HttpStatusCode.BadRequest) + counts.GetValueOrDefault(HttpStatusCode.RequestEntityTooLarge) >= HostileInputs.JsonBodies.Count - 5);
    }

    [Fact]
    public async Task Hostile_article_ids_and_quote_words_get_a_json_reply_or_a_4xx_and_never_read_another_file()
    {
        var client = _host.Client;
        var inputs = HostileInputs.Texts.Where(input => input.Value.Length < 2000).ToList();
        var counts = new Dictionary<HttpStatusCode, int>();

        foreach (var input in inputs)
        {
            var id = Uri.EscapeDataString(input.Value);
            foreach (var path in new[] { $"/api/articles/{id}/paragraphs/1", $"/api/articles/deepseek-liang-wenfeng/paragraphs/{id}", $"/api/quote?q={id}" })
            {
                using var response = await client.GetAsync(path);

                await AssertOrdinaryAsync(response, input);
                var text = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("root:", text);
                Assert.DoesNotContain("\"sha256\"", text);
                counts[response.StatusCode] = counts.GetValueOrDefault(response.StatusCode) + 1;
            }
        }

        TestReport.Line(output, $"web: {inputs.Count} hostile ids and quote words x 3 routes: {Describe(counts)}");
    }

    private static async Task AssertOrdinaryAsync(HttpResponseMessage response, HostileInput input)
    {
        var status = (int)response.StatusCode;
        Assert.True(status is 200 or (>= 400 and < 500), $"{status} for {input}");
        var text = await response.Content.ReadAsStringAsync();
        HostileAssert.NoStackTrace(text, input);
        if (text.Length > 0)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            // Served as JSON that the browser must not sniff into HTML, the text cannot become an element.
            Assert.Contains("nosniff", response.Headers.TryGetValues("X-Content-Type-Options", out var values) ? string.Join(",", values) : "");
            using var json = JsonDocument.Parse(text);
        }
    }

    private static string Describe(Dictionary<HttpStatusCode, int> counts) =>
        string.Join(", ", counts.OrderBy(pair => pair.Key).Select(pair => $"{(int)pair.Key}: {pair.Value}"));
}
