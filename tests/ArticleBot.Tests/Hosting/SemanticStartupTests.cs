using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArticleBot.Core.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Tests.Hosting;

/// <summary><c>serve</c> with the embedding model on, as the default settings have it: the model is loaded and every
/// paragraph's vector made before the host takes a question, so the first one is ranked at full quality.</summary>
public sealed class SemanticStartupTests : IDisposable
{
    private readonly TempIndex _index = new();

    [Fact]
    public async Task The_host_makes_the_paragraph_vectors_before_it_answers_and_ranks_with_them()
    {
        await using var host = await RealHost.StartAsync(_index.Settings(), new Dictionary<string, string?> { ["ArticleBot:Semantic:Enabled"] = "true" });

        // Started means warmed: the vectors are in memory and in their cache file beside the index.
        Assert.Single(Directory.EnumerateFiles(_index.IndexPath, "vectors-*.bin"));
        Assert.True(host.App.Services.GetRequiredService<QuestionAnswerer>().UsesSemanticRanking);

        using var response = await host.Client.PostAsJsonAsync("/api/ask", new { question = "How much funding did DeepSeek have?" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, root.GetProperty("results")[0].GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task Turned_off_the_host_answers_from_words_alone_and_writes_no_vectors()
    {
        await using var host = await RealHost.StartAsync(_index.Settings());

        Assert.False(host.App.Services.GetRequiredService<QuestionAnswerer>().UsesSemanticRanking);
        Assert.Empty(Directory.EnumerateFiles(_index.IndexPath, "vectors-*.bin"));
    }

    public void Dispose() => _index.Dispose();
}
