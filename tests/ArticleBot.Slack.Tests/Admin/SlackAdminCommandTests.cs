using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Slack.Tests.Admin;

/// <summary><c>/articles add</c> and <c>/articles remove</c> over Socket Mode on the fake Slack, for the user ids of
/// <c>ArticleBot:Slack:Admins</c>, with the real fetcher and index adding from a news site on loopback.</summary>
public sealed class SlackAdminCommandTests : IAsyncLifetime
{
    // The user of socket_slash_command.json.
    private const string Admin = "U123ABC456";
    private const string CommuterQuestion = "How many commuters were left to find another way across the water?";

    private ArticleShelf _shelf = null!;
    private FakeSlack _slack = null!;
    private SlackBotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _shelf = await ArticleShelf.StartAsync();
        _slack = await FakeSlack.StartAsync();
        var services = SlackBotHarness.BuildServices(_slack, _shelf.Answerer, new Dictionary<string, string?>
        {
            [SlackOptions.AdminsKey + ":0"] = Admin,
        }, configure: services => services.AddSingleton(_shelf.Library));
        _bot = SlackBotHarness.Start(services);
        await Eventually.Until(() => _bot.Adapter.IsConnected && _slack.OpenConnections.Count == 1, "the bot to connect");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
        await _shelf.DisposeAsync();
    }

    private async Task<ResponsePost> CommandAsync(string command, string text, string responseId, string user = Admin)
    {
        var envelope = SlackEnvelopes.SlashCommand(_slack, command, text, responseId);
        envelope["payload"]!["user_id"] = user;
        await _slack.SendEnvelopeAsync(envelope);
        await Eventually.Until(() => _slack.Responses.Any(r => r.Id == responseId), $"the response to {command} {text}", TimeSpan.FromSeconds(30));
        return _slack.Responses.Single(r => r.Id == responseId);
    }

    [Fact]
    public async Task An_admin_adds_an_article_by_an_escaped_link_and_the_next_question_is_answered_from_it()
    {
        var link = _shelf.Site.At("/s/ferry");

        var added = await CommandAsync("/articles", $"add <{link}|{link.Host}>", "add-ferry");

        Assert.Equal("ephemeral", added.ResponseType);
        Assert.Equal($"Added [{NewsSite.FerryId}] Ferry crews walk out over new rosters, stranding commuters: 7 paragraphs, answered from now on.", Unescaped(added.BlockText));
        var answer = await CommandAsync("/ask", CommuterQuestion, "ask-ferry");
        Assert.Contains("ferry-crews-walk-out", answer.Body.ToJsonString());
        await Task.Delay(300);
        Assert.Single(_slack.Responses, r => r.Id == "add-ferry");
        Assert.Equal(2, _slack.Acks.Count);
    }

    [Fact]
    public async Task Someone_not_listed_as_an_admin_is_refused_and_nothing_is_fetched()
    {
        var refused = await CommandAsync("/articles", $"add {_shelf.Site.At("/s/ferry")}", "add-refused", user: "U0READER1");

        Assert.Equal("Only the bot's admins (ArticleBot:Slack:Admins) can add or remove articles.", refused.BlockText);
        Assert.False(Directory.Exists(_shelf.FetchedPath) && Directory.EnumerateFiles(_shelf.FetchedPath).Any());
    }

    [Theory]
    [InlineData("add /gone", "was not found: the site answered 404")]
    [InlineData("add /news", "is not an article: no story text was found on the page")]
    [InlineData("add ftp://example.com/story", "is not allowed: only http and https links can be added")]
    [InlineData("remove deepseek-liang-wenfeng", "not one added from a link")]
    public async Task A_bad_link_or_id_gets_the_message_the_command_line_gives_once(string text, string message)
    {
        var words = text.Split(' ');
        var argument = words[1].StartsWith('/') ? _shelf.Site.At(words[1]).ToString() : words[1];

        var response = await CommandAsync("/articles", $"{words[0]} {argument}", "bad");

        Assert.Contains(message, Unescaped(response.BlockText));
        Assert.DoesNotContain(_shelf.ArticlesPath, response.BlockText);
        await Task.Delay(300);
        Assert.Single(_slack.Responses);
    }

    [Fact]
    public async Task A_link_too_long_for_a_message_is_shortened_so_the_reason_still_shows()
    {
        var response = await CommandAsync("/articles", "add ftp://example.com/" + new string('a', 4000), "long");

        Assert.Contains("is not allowed: only http and https links can be added", response.BlockText);
        Assert.Contains("aaa…", response.BlockText);
        Assert.True(response.BlockText.Length <= 3000, $"{response.BlockText.Length} characters");
    }

    /// <summary>Block text as Slack shows it: &amp;lt; and friends back to characters.</summary>
    private static string Unescaped(string text) => text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
}
