using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Discord.Tests.Messages;
using ArticleBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Discord.Tests.Interactions;

/// <summary><c>/articles add url:</c> and <c>remove id:</c> on the fake Discord, over the gateway and over HTTP, with
/// the real fetcher and index adding from a news site on loopback.</summary>
public sealed class AdminCommandTests : IAsyncLifetime
{
    // The example member's permissions (all bits) include Manage Server; these are View Channel, Send Messages and
    // Read Message History only (https://discord.com/developers/docs/topics/permissions).
    private const string Manager = "2147483647";
    private const string Member = "68608";
    private const string CommuterQuestion = "How many commuters were left to find another way across the water?";

    private readonly MetricsRecorder _metrics = new();
    private ArticleShelf _shelf = null!;
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync()
    {
        _shelf = await ArticleShelf.StartAsync(new Core.Telemetry.ArticleBotMetrics(_metrics));
        _discord = await FakeDiscord.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        await _shelf.DisposeAsync();
        _metrics.Dispose();
    }

    private double AdminCommands(string outcome) =>
        _metrics.Total("articlebot.admin.commands", ("platform", "discord"), ("command", "add"), ("outcome", outcome));

    private async Task<BotHarness> StartGatewayBotAsync()
    {
        var bot = BotHarness.Start(_discord, _shelf.Answerer, new Dictionary<string, string?> { ["ArticleBot:Discord:GuildId"] = Payloads.GuildId },
            configure: services => services.AddSingleton(_shelf.Library));
        await bot.ConnectedAsync();
        return bot;
    }

    /// <summary>Everything the bot sent in answer to one interaction: its callback and its webhook edits.</summary>
    private List<Recorded> AnswersTo(string id) =>
        [.. _discord.Callbacks.Concat(_discord.Webhooks).Concat(_discord.HttpResponses).Where(r => r.Path.Contains($"token-{id}", StringComparison.Ordinal) || r.RouteValue("token") == $"token-{id}")];

    /// <summary>A message's content as Discord shows it: the backslashes that escape markdown are not shown.</summary>
    private static string Shown(JsonElement message) => Regex.Replace(message.GetProperty("content").GetString() ?? "", @"\\(.)", "$1");

    [Fact]
    public async Task The_admin_commands_are_registered_for_server_managers_only()
    {
        await using var bot = await StartGatewayBotAsync();
        await Eventually.TrueAsync(() => _discord.Commands.Count == 1, "the registration");

        var commands = _discord.Commands.Single().Body.EnumerateArray().ToList();
        var admin = Assert.Single(commands, c => c.GetProperty("name").GetString() == "articles");
        Assert.Equal("32", admin.GetProperty("default_member_permissions").GetString());
        Assert.Equal([0], admin.GetProperty("contexts").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(["add", "remove"], admin.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.All(admin.GetProperty("options").EnumerateArray(), o => Assert.Equal(1, o.GetProperty("type").GetInt32()));
        Assert.All(commands.Where(c => c.GetProperty("name").GetString() != "articles"), c => Assert.False(c.TryGetProperty("default_member_permissions", out _)));
        Assert.Empty(_discord.Rejected);
    }

    [Fact]
    public async Task A_server_manager_adds_an_article_and_the_next_question_is_answered_from_it()
    {
        await using var bot = await StartGatewayBotAsync();

        await _discord.DispatchInteractionAsync(Payloads.Subcommand("811", "articles", "add", Manager, ("url", _shelf.Site.At("/s/ferry").ToString())));

        await Eventually.TrueAsync(() => _discord.Webhooks.Count == 1, "the outcome on the webhook", timeoutMs: 30_000);
        var deferral = Assert.Single(_discord.Callbacks);
        Assert.Equal(5, deferral.Body.GetProperty("type").GetInt32());
        Assert.Equal(64, deferral.Body.GetProperty("data").GetProperty("flags").GetInt32());
        var outcome = _discord.Webhooks.Single();
        Assert.Equal("PATCH", outcome.Method);
        Assert.EndsWith("/token-811/messages/@original", outcome.Path);
        MentionTests.AssertPingsNobody(outcome.Body);
        Assert.Contains($"Added [{NewsSite.FerryId}] Ferry crews walk out over new rosters, stranding commuters: 7 paragraphs", Shown(outcome.Body));
        Assert.True(File.Exists(Path.Combine(_shelf.FetchedPath, NewsSite.FerryId + ".md")));

        await _discord.DispatchInteractionAsync(Payloads.Command("812", "ask", ("question", CommuterQuestion)));

        await Eventually.TrueAsync(() => AnswersTo("812").Any(r => r.Body.ToString().Contains("ferry-crews-walk-out", StringComparison.Ordinal)),
            "the answer from the added article", timeoutMs: 30_000);
        await Task.Delay(300);
        Assert.Single(AnswersTo("811"), r => r.Method == "PATCH");
        Assert.Equal((1.0, 0.0), (AdminCommands("done"), AdminCommands("refused")));
        Assert.Empty(_discord.Rejected);
    }

    [Fact]
    public async Task A_member_without_manage_server_is_refused_and_nothing_is_fetched()
    {
        await using var bot = await StartGatewayBotAsync();

        await _discord.DispatchInteractionAsync(Payloads.Subcommand("821", "articles", "add", Member, ("url", _shelf.Site.At("/s/ferry").ToString())));

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the refusal");
        var refusal = _discord.Callbacks.Single().Body;
        Assert.Equal(4, refusal.GetProperty("type").GetInt32());
        Assert.Equal(64, refusal.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("Only server managers (members with Manage Server) can add or remove articles.", refusal.GetProperty("data").GetProperty("content").GetString());
        await Task.Delay(300);
        Assert.Empty(_discord.Webhooks);
        Assert.False(Directory.Exists(_shelf.FetchedPath) && Directory.EnumerateFiles(_shelf.FetchedPath).Any());
        Assert.Equal((0.0, 0.0), (AdminCommands("done"), AdminCommands("refused")));
    }

    [Fact]
    public async Task The_admin_command_in_a_dm_is_refused_since_no_one_manages_a_dm()
    {
        await using var bot = await StartGatewayBotAsync();
        var dm = Payloads.Subcommand("822", "articles", "add", Manager, ("url", _shelf.Site.At("/s/ferry").ToString()));
        var user = dm["member"]!["user"]!.DeepClone();
        dm.Remove("member");
        dm.Remove("guild_id");
        dm["user"] = user;
        dm["context"] = 1;

        await _discord.DispatchInteractionAsync(dm);

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the refusal");
        Assert.Contains("Only server managers", _discord.Callbacks.Single().Body.GetProperty("data").GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("/gone", "was not found: the site answered 404")]
    [InlineData("/photo.png", "is not an article: it is image/png, not a web page")]
    [InlineData("/news", "is not an article: no story text was found on the page")]
    public async Task A_bad_link_gets_the_message_the_command_line_gives_once(string path, string message)
    {
        await using var bot = await StartGatewayBotAsync();

        await _discord.DispatchInteractionAsync(Payloads.Subcommand("831", "articles", "add", Manager, ("url", _shelf.Site.At(path).ToString())));

        await Eventually.TrueAsync(() => _discord.Webhooks.Count == 1, "the outcome", timeoutMs: 30_000);
        Assert.Contains(message, Shown(_discord.Webhooks.Single().Body));
        await Task.Delay(300);
        Assert.Single(_discord.Callbacks);
        Assert.Single(_discord.Webhooks);
        Assert.Equal((0.0, 1.0), (AdminCommands("done"), AdminCommands("refused")));
    }

    [Fact]
    public async Task Removing_an_article_of_the_articles_folder_is_refused_without_naming_the_servers_folders()
    {
        await using var bot = await StartGatewayBotAsync();

        await _discord.DispatchInteractionAsync(Payloads.Subcommand("841", "articles", "remove", Manager, ("id", "deepseek-liang-wenfeng")));

        await Eventually.TrueAsync(() => _discord.Webhooks.Count == 1, "the outcome", timeoutMs: 30_000);
        var content = Shown(_discord.Webhooks.Single().Body);
        Assert.Contains("not one added from a link", content);
        Assert.DoesNotContain(_shelf.ArticlesPath, content);
        Assert.True(File.Exists(Path.Combine(_shelf.ArticlesPath, "deepseek-liang-wenfeng.md")));
    }

    [Fact]
    public async Task Over_http_the_add_is_deferred_in_the_response_and_its_outcome_edits_it_once()
    {
        await using var bot = await HttpBot.StartAsync(_discord, _shelf.Answerer, configure: services => services.AddSingleton(_shelf.Library));
        await Eventually.TrueAsync(() => bot.Adapter.IsConnected, "the adapter to be ready");

        var (status, body) = await _discord.SendHttpInteractionAsync(bot.Endpoint,
            Payloads.Subcommand("851", "articles", "add", Manager, ("url", _shelf.Site.At(NewsSite.FerryPath).ToString())));

        Assert.Equal(200, status);
        using var response = JsonDocument.Parse(body);
        Assert.Equal(5, response.RootElement.GetProperty("type").GetInt32());
        await Eventually.TrueAsync(() => _discord.Webhooks.Count == 1, "the outcome on the webhook", timeoutMs: 30_000);
        Assert.Contains($"Added [{NewsSite.FerryId}]", Shown(_discord.Webhooks.Single().Body));

        await _discord.SendHttpInteractionAsync(bot.Endpoint, Payloads.Command("852", "ask", ("question", CommuterQuestion)));
        await Eventually.TrueAsync(() => AnswersTo("852").Any(r => r.Body.ToString().Contains("ferry-crews-walk-out", StringComparison.Ordinal)),
            "the answer from the added article", timeoutMs: 30_000);
        Assert.Empty(_discord.Callbacks);
        Assert.Empty(_discord.Rejected);
    }
}
