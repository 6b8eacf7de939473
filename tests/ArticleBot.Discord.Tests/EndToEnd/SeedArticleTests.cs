using System.Text.Json;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Discord.Tests.Messages;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.EndToEnd;

/// <summary>The real answerer over the seed article behind the adapter, against the fake Discord.</summary>
public sealed class SeedArticleTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _bot = BotHarness.Start(_discord, SeedAnswerer.Shared);
        await _bot.ConnectedAsync();
        // Building the shared index can take a moment on a busy machine; do it before any 3 s interaction window.
        _ = SeedAnswerer.Shared.Answer(new Core.Answering.ChatQuestion("warm up"));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task A_mention_asking_who_founded_DeepSeek_gets_a_reply_citing_paragraph_2()
    {
        await _discord.DispatchMessageAsync(Payloads.Mention("Who is the founder of DeepSeek?", id: "901"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply", timeoutMs: 15000);
        var reply = _discord.Messages.Single().Body;
        Assert.Equal("901", reply.GetProperty("message_reference").GetProperty("message_id").GetString());
        MentionTests.AssertPingsNobody(reply);
        var embed = reply.GetProperty("embeds")[0];
        Assert.Contains("Liang Wenfeng", embed.GetProperty("description").GetString());
        Assert.EndsWith("[1]", embed.GetProperty("description").GetString());
        var best = embed.GetProperty("fields")[0];
        Assert.StartsWith("[1] ", best.GetProperty("name").GetString());
        Assert.EndsWith("¶2", best.GetProperty("value").GetString());
        Assert.Contains("— ", best.GetProperty("value").GetString());
        Assert.Empty(_discord.Rejected);
    }

    // The core reads a typed admin command (TypedAdminCommandTests); here the adapter posts its reply as it is.
    [Theory]
    [InlineData("/articles add https://example.com/story", "/articles add")]
    [InlineData("articles REMOVE some-article", "/articles remove")]
    public async Task An_admin_command_typed_in_a_mention_is_pointed_to_the_slash_command_and_is_not_searched(string typed, string command)
    {
        await _discord.DispatchMessageAsync(Payloads.Mention(typed, id: "920"));

        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the reply", timeoutMs: 15000);
        var reply = _discord.Messages.Single().Body;
        Assert.Contains($"{command} is a slash command for administrators", reply.ToString());
        Assert.DoesNotContain("¶", reply.ToString());
    }

    [Fact]
    public async Task A_follow_up_in_the_same_channel_refers_to_the_question_before_it()
    {
        await _discord.DispatchMessageAsync(Payloads.Mention("Who said more investment doesn't necessarily result in more innovation?", id: "911"));
        await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the answer", timeoutMs: 15000);

        await _discord.DispatchMessageAsync(Payloads.Mention("what else did he say?", id: "912"));
        await Eventually.TrueAsync(() => _discord.Messages.Count == 2, "the follow-up's answer", timeoutMs: 15000);

        var lead = _discord.Messages.ElementAt(1).Body.GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.StartsWith("Liang Wenfeng also said: “", lead);
        Assert.DoesNotContain("More investment", lead);
    }

    [Fact]
    public async Task Ask_through_a_slash_command_cites_paragraph_2_in_the_callback()
    {
        await _discord.DispatchInteractionAsync(Payloads.Command("902", "ask", ("question", "Who is the founder of DeepSeek?")));

        await Eventually.TrueAsync(() => _discord.Callbacks.Count + _discord.Webhooks.Count >= 1 && (_discord.Callbacks.Any(c =>
            c.Body.GetProperty("type").GetInt32() == 4) || _discord.Webhooks.Count == 1), "the answer", timeoutMs: 15000);
        var message = _discord.Webhooks.Count == 1 ? _discord.Webhooks.Single().Body : _discord.Callbacks.Single().Body.GetProperty("data");
        Assert.EndsWith("¶2", message.GetProperty("embeds")[0].GetProperty("fields")[0].GetProperty("value").GetString());
        MentionTests.AssertPingsNobody(message);
        Assert.Empty(_discord.Rejected);
    }

    [Fact]
    public async Task A_remembered_quote_is_attributed_to_its_speaker()
    {
        await _discord.DispatchInteractionAsync(Payloads.Command("903", "quote", ("text", "closed-source moats")));

        await Eventually.TrueAsync(() => _discord.Callbacks.Any(c => c.Body.GetProperty("type").GetInt32() == 4) || _discord.Webhooks.Count == 1,
            "the answer", timeoutMs: 15000);
        var message = _discord.Webhooks.Count == 1 ? _discord.Webhooks.Single().Body : _discord.Callbacks.Single().Body.GetProperty("data");
        var embed = message.GetProperty("embeds")[0];
        Assert.StartsWith("Liang Wenfeng said: “", embed.GetProperty("description").GetString());
        var best = embed.GetProperty("fields")[0].GetProperty("value").GetString()!;
        Assert.Contains("**Liang Wenfeng**", best);
        Assert.EndsWith("¶6", best);
    }

    [Fact]
    public async Task Quote_autocomplete_offers_real_quotations()
    {
        var autocomplete = Payloads.Load("interaction_create_autocomplete.json")["d"]!.AsObject();
        autocomplete["data"]!["name"] = "quote";
        autocomplete["data"]!["options"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["type"] = 3, ["name"] = "text", ["value"] = "moats", ["focused"] = true });

        await _discord.DispatchInteractionAsync(autocomplete);

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the choices", timeoutMs: 15000);
        var choices = _discord.Callbacks.Single().Body.GetProperty("data").GetProperty("choices");
        Assert.InRange(choices.GetArrayLength(), 1, 25);
        Assert.All(choices.EnumerateArray(), c => Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100));
        Assert.Contains(choices.EnumerateArray(), c => c.GetProperty("name").GetString()!.Contains("moats", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Source_without_options_lists_the_seed_article()
    {
        await _discord.DispatchInteractionAsync(Payloads.Command("904", "source"));

        await Eventually.TrueAsync(() => _discord.Callbacks.Any(c => c.Body.GetProperty("type").GetInt32() == 4) || _discord.Webhooks.Count == 1,
            "the list", timeoutMs: 15000);
        var message = _discord.Webhooks.Count == 1 ? _discord.Webhooks.Single().Body : _discord.Callbacks.Single().Body.GetProperty("data");
        Assert.Contains("deepseek-liang-wenfeng", message.GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Array, message.GetProperty("allowed_mentions").GetProperty("parse").ValueKind);
    }

    [Fact]
    public async Task Source_with_an_article_and_paragraph_shows_that_paragraph_in_full()
    {
        await _discord.DispatchInteractionAsync(Payloads.Command("905", "source", ("article", "deepseek-liang-wenfeng"), ("paragraph", 2)));

        await Eventually.TrueAsync(() => _discord.Callbacks.Any(c => c.Body.GetProperty("type").GetInt32() == 4) || _discord.Webhooks.Count == 1,
            "the paragraph", timeoutMs: 15000);
        var message = _discord.Webhooks.Count == 1 ? _discord.Webhooks.Single().Body : _discord.Callbacks.Single().Body.GetProperty("data");
        var embed = Assert.Single(message.GetProperty("embeds").EnumerateArray());
        Assert.EndsWith("¶2", embed.GetProperty("description").GetString());
        Assert.Contains("Liang Wenfeng", embed.GetProperty("description").GetString());
    }
}
