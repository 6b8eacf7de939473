using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ArticleBot.Core;
using ArticleBot.Core.Fetching;
using ArticleBot.Testing;
using ArticleBot.Tests.CommandLine;
using ArticleBot.Tests.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ArticleBot.Tests.Fetching;

/// <summary><c>articlebot add URL</c> and <c>remove ID</c> through the real command line, against a news site on loopback.</summary>
public sealed class AddArticleTests : IAsyncLifetime
{
    private readonly TempIndex _index = new();
    private readonly string _articles = Directory.CreateTempSubdirectory("articlebot-articles-").FullName;
    private NewsSite _site = null!;

    public async Task InitializeAsync()
    {
        File.Copy(Path.Combine(RepoPaths.Articles, "deepseek-liang-wenfeng.md"), Path.Combine(_articles, "deepseek-liang-wenfeng.md"));
        _site = await NewsSite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _index.Dispose();
        Directory.Delete(_articles, recursive: true);
    }

    private Dictionary<string, string?> Settings(bool allowPrivate = true) => new(_index.Settings(_articles))
    {
        ["ArticleBot:Fetch:AllowPrivateAddresses"] = allowPrivate ? "true" : "false",
        ["ArticleBot:Fetch:MaxBytes"] = "65536",
        ["ArticleBot:Fetch:Timeout"] = "00:00:03",
        ["ArticleBot:Fetch:MaxRedirects"] = "3",
    };

    private Task<(int ExitCode, string Output, string Error)> Run(params string[] args) => Cli.RunAsync(Settings(), "", args);

    [Fact]
    public async Task A_link_that_redirects_to_a_news_page_is_added_with_its_own_metadata_and_answered_from()
    {
        var before = Hashes(_articles);

        var (exitCode, output, error) = await Run("add", _site.At("/s/ferry").ToString());

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Contains($"Added [{NewsSite.FerryId}] Ferry crews walk out over new rosters, stranding commuters: 7 paragraphs", output);
        var file = Path.Combine(_index.FetchedPath, NewsSite.FerryId + ".md");
        var text = await File.ReadAllTextAsync(file);
        Assert.StartsWith("---\n", text, StringComparison.Ordinal);
        Assert.Contains("\ntitle: \"Ferry crews walk out over new rosters, stranding commuters\"\n", text);
        Assert.Contains("\nauthor: \"Helen Marsh\"\n", text);
        Assert.Contains("\npublisher: \"The Port Alder Courier\"\n", text);
        Assert.Contains("\nurl: \"https://courier.example/news/2026/04/ferry-crews-walk-out\"\n", text);
        Assert.Contains("\npublished: \"2026-04-20T07:45:00+01:00\"\n", text);
        Assert.Contains($"\nfetched_from: \"{_site.At("/s/ferry")}\"\n", text);
        Assert.DoesNotContain("cookies", text);
        Assert.Equal(before, Hashes(_articles));

        var (askExit, answer, _) = await Run("ask", "How many commuters were left to find another way across the water?", "--json");
        Assert.Equal(0, askExit);
        var reply = JsonDocument.Parse(answer).RootElement;
        Assert.True(reply.GetProperty("answered").GetBoolean(), answer);
        Assert.Equal(NewsSite.FerryId, reply.GetProperty("results")[0].GetProperty("article").GetString());
        Assert.Equal("https://courier.example/news/2026/04/ferry-crews-walk-out", reply.GetProperty("results")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Adding_a_link_again_updates_its_file_and_remove_deletes_only_that_file()
    {
        Assert.Equal(0, (await Run("add", _site.At(NewsSite.FerryPath).ToString())).ExitCode);

        var (againExit, again, _) = await Run("add", _site.At("/s/ferry").ToString());
        Assert.Equal(0, againExit);
        Assert.StartsWith($"Updated [{NewsSite.FerryId}]", again, StringComparison.Ordinal);
        Assert.Equal([NewsSite.FerryId + ".md"], Directory.GetFiles(_index.FetchedPath).Select(Path.GetFileName));

        var (removeExit, removed, removeError) = await Run("remove", NewsSite.FerryId);
        Assert.Equal((0, ""), (removeExit, removeError));
        Assert.Contains("Removed", removed);
        Assert.Empty(Directory.GetFiles(_index.FetchedPath));
        var (_, listing, _) = await Run("articles");
        Assert.DoesNotContain(NewsSite.FerryId, listing);
        Assert.Contains("deepseek-liang-wenfeng", listing);
    }

    [Fact]
    public async Task Remove_never_deletes_an_article_of_the_articles_folder_and_says_why()
    {
        var before = Hashes(_articles);

        var seed = await Run("remove", "deepseek-liang-wenfeng");
        var missing = await Run("remove", "no-such-article");
        var path = await Run("remove", "../articles/deepseek-liang-wenfeng");

        Assert.Equal(1, seed.ExitCode);
        Assert.Contains("not one added from a link", seed.Error);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("There is no added article no-such-article", missing.Error);
        Assert.Equal(1, path.ExitCode);
        Assert.Contains("is not the id of an added article", path.Error);
        Assert.Equal(before, Hashes(_articles));
    }

    [Theory]
    [InlineData("/gone", "was not found: the site answered 404")]
    [InlineData("/photo.png", "is not an article: it is image/png, not a web page")]
    [InlineData("/news", "is not an article: no story text was found")]
    [InlineData("/huge", "is too large: the page is over 65,536 bytes")]
    [InlineData("/slow", "no complete answer within 3 s")]
    [InlineData("/loop", "redirects more than 3 times")]
    [InlineData("/to-file", "is not allowed: it redirects to file:///etc/passwd, which is not an http or https link")]
    public async Task A_bad_link_gets_a_clear_message_and_writes_nothing(string path, string message)
    {
        var (exitCode, output, error) = await Run("add", _site.At(path).ToString());

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(Directory.Exists(_index.FetchedPath) && Directory.EnumerateFileSystemEntries(_index.FetchedPath).Any());
    }

    [Theory]
    [InlineData("ftp://courier.example/story")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a link")]
    [InlineData("javascript:alert(1)")]
    public async Task Only_http_and_https_links_are_allowed(string link)
    {
        var (exitCode, _, error) = await Run("add", link);

        Assert.Equal(1, exitCode);
        Assert.Contains("is not allowed: only http and https links can be added", error);
    }

    [Fact]
    public async Task Without_AllowPrivateAddresses_a_loopback_site_is_refused_before_any_request()
    {
        var (exitCode, _, error) = await Cli.RunAsync(Settings(allowPrivate: false), "", "add", _site.At(NewsSite.FerryPath).ToString());
        var localhost = await Cli.RunAsync(Settings(allowPrivate: false), "", "add", $"http://localhost:{_site.Address.Port}{NewsSite.FerryPath}");

        Assert.Equal(1, exitCode);
        Assert.Contains("is not allowed: 127.0.0.1 is a loopback address", error);
        Assert.Contains("ArticleBot:Fetch:AllowPrivateAddresses", error);
        Assert.Equal(1, localhost.ExitCode);
        Assert.Contains("is not allowed: localhost is a loopback address", localhost.Error);
        Assert.False(Directory.Exists(_index.FetchedPath) && Directory.EnumerateFileSystemEntries(_index.FetchedPath).Any());
    }

    [Fact]
    public async Task An_address_reached_by_a_redirect_is_checked_too()
    {
        // Public addresses cannot be served in a test, so the policy here refuses 127.0.0.2 and allows the site's 127.0.0.1.
        var options = Options.Create(new FetchOptions { Timeout = TimeSpan.FromSeconds(5) });
        using var fetcher = new PageFetcher(options, NullLogger<PageFetcher>.Instance,
            address => address.Equals(IPAddress.Parse("127.0.0.2")) ? "a refused address" : null);

        var direct = await fetcher.FetchAsync(_site.At(NewsSite.FerryPath), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<ArticleBotException>(() => fetcher.FetchAsync(_site.At("/to-other-address"), CancellationToken.None));

        Assert.Contains("Ferry crews walk out", direct.Html);
        Assert.Contains("is not allowed: 127.0.0.2 is a refused address (127.0.0.2)", refused.Message);
    }

    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.20.0.5", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fd00::5", "a private address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("0.0.0.0", "a \"this network\" address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:10.0.0.1", "a private address")]
    [InlineData("224.0.0.1", "a multicast or reserved address")]
    [InlineData("93.184.215.14", null)]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c", null)]
    public void Addresses_are_refused_unless_public(string address, string? refusal) =>
        Assert.Equal(refusal, AddressPolicy.Refusal(IPAddress.Parse(address)));

    [Fact]
    public async Task A_running_bot_answers_from_an_added_article_within_seconds()
    {
        var settings = Settings();
        settings["ArticleBot:Index:WatchForChanges"] = "true";
        settings["ArticleBot:Index:ChangeDebounce"] = "00:00:00.200";
        // The test polls; the rate limit is another test's subject.
        settings["ArticleBot:RateLimits:Enabled"] = "false";
        await using var host = await RealHost.StartAsync(settings);

        var (exitCode, output, _) = await Cli.RunAsync(settings, "", "add", _site.At("/environment/kelp-harvest-limits").ToString());
        Assert.Equal(0, exitCode);
        // The page names no canonical address, so its id comes from the address it was read from.
        const string id = "127-0-0-1-environment-kelp-harvest-limits";
        Assert.StartsWith($"Added [{id}]", output, StringComparison.Ordinal);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await host.Client.GetStringAsync("/api/articles")).Contains(id, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "The running bot did not index the added article.");
            await Task.Delay(250);
        }

        using var paragraph = await host.Client.GetAsync($"/api/articles/{id}/paragraphs/1");
        Assert.Equal(HttpStatusCode.OK, paragraph.StatusCode);
        Assert.Contains("A plan to cap the amount of kelp", await paragraph.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
}
