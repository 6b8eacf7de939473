using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Core.Answering;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Discord.Tests.Messages;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Interactions;

public sealed class SlashCommandTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private FakeDiscord _discord = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _bot = BotHarness.Start(_discord, _answerer, new Dictionary<string, string?> { ["ArticleBot:Discord:GuildId"] = Payloads.GuildId });
        await _bot.ConnectedAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task The_commands_are_registered_to_the_guild_by_bulk_overwrite()
    {
        await Eventually.TrueAsync(() => _discord.Commands.Count == 1, "the registration");

        var registration = _discord.Commands.Single();
        Assert.Equal("PUT", registration.Method);
        Assert.Equal($"/api/v10/applications/{Payloads.ApplicationId}/guilds/{Payloads.GuildId}/commands", registration.Path);
        Assert.Equal(["articles", "ask", "help", "quote", "source"], registration.Body.EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());
        Assert.Empty(_discord.Rejected);
    }

    [Fact]
    public async Task Ask_is_answered_through_the_interaction_callback()
    {
        await _discord.DispatchInteractionAsync(Payloads.Command("801", "ask", ("question", "who founded DeepSeek?")));

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the callback");
        var callback = _discord.Callbacks.Single();
        Assert.Equal("/api/v10/interactions/801/token-801/callback", callback.Path);
        Assert.Equal(4, callback.Body.GetProperty("type").GetInt32());
        var data = callback.Body.GetProperty("data");
        MentionTests.AssertPingsNobody(data);
        Assert.False(data.TryGetProperty("flags", out _));
        Assert.Contains("who founded DeepSeek?", data.GetProperty("embeds")[0].GetProperty("description").GetString());
        var question = Assert.Single(_answerer.Questions);
        Assert.Equal(("who founded DeepSeek?", QuestionIntent.Ask), (question.Text, question.Intent));
    }

    [Fact]
    public async Task A_private_ask_is_ephemeral_and_its_share_button_posts_it_for_everyone()
    {
        await _discord.DispatchInteractionAsync(Payloads.Command("802", "ask", ("question", "who founded DeepSeek?"), ("private", true)));
        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the private answer");
        var data = _discord.Callbacks.Single().Body.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        var share = Buttons(data).Single(b => b.GetProperty("label").GetString() == "Share").GetProperty("custom_id").GetString()!;

        await _discord.DispatchInteractionAsync(ButtonPress("803", share, ephemeral: true));

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 2, "the shared answer");
        var shared = _discord.Callbacks.Last().Body;
        Assert.Equal(4, shared.GetProperty("type").GetInt32());
        Assert.False(shared.GetProperty("data").TryGetProperty("flags", out _));
        Assert.All(_answerer.Questions, q => Assert.Equal("who founded DeepSeek?", q.Text));
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_within_the_window_and_then_edited_in()
    {
        _bot.Adapter.DeferInteractionAfter = TimeSpan.FromMilliseconds(100);
        var slow = _answerer.Reply;
        _answerer.Reply = q =>
        {
            Thread.Sleep(1200);
            return slow(q);
        };

        await _discord.DispatchInteractionAsync(Payloads.Command("804", "ask", ("question", "who founded DeepSeek?")));

        await Eventually.TrueAsync(() => _discord.Webhooks.Count == 1, "the edited answer", timeoutMs: 8000);
        Assert.Equal(5, _discord.Callbacks.Single().Body.GetProperty("type").GetInt32());
        var edit = _discord.Webhooks.Single();
        Assert.Equal("PATCH", edit.Method);
        Assert.EndsWith("/webhooks/" + Payloads.ApplicationId + "/token-804/messages/@original", edit.Path);
        MentionTests.AssertPingsNobody(edit.Body);
        Assert.Contains("who founded DeepSeek?", edit.Body.GetProperty("embeds")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Quote_autocomplete_suggests_matching_quotes()
    {
        _answerer.Suggestions = [new QuoteSuggestion("deepseek-liang-wenfeng", 6, "closed-source moats are temporary", "Liang Wenfeng")];
        var autocomplete = Payloads.Load("interaction_create_autocomplete.json")["d"]!.AsObject();
        autocomplete["data"]!["name"] = "quote";
        autocomplete["data"]!["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "text", ["value"] = "closed so", ["focused"] = true });

        await _discord.DispatchInteractionAsync(autocomplete);

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the choices");
        var body = _discord.Callbacks.Single().Body;
        Assert.Equal(8, body.GetProperty("type").GetInt32());
        var choice = Assert.Single(body.GetProperty("data").GetProperty("choices").EnumerateArray());
        Assert.Equal("“closed-source moats are temporary” — Liang Wenfeng", choice.GetProperty("name").GetString());
        Assert.Equal("closed-source moats are temporary", choice.GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_duplicated_interaction_is_answered_once()
    {
        var command = Payloads.Command("805", "help");
        await _discord.DispatchInteractionAsync(command);
        await _discord.DispatchInteractionAsync(command);

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the callback");
        await Eventually.SettleAsync();
        Assert.Single(_discord.Callbacks);
        Assert.Empty(_discord.Rejected);
        Assert.Equal(QuestionIntent.Help, Assert.Single(_answerer.Questions).Intent);
    }

    [Fact]
    public async Task More_results_asks_for_the_next_page_and_full_paragraph_shows_it_privately()
    {
        _answerer.Reply = q => new ChatReply(q.Text, true, q.Intent ?? QuestionIntent.Ask,
            [FakeQuestionAnswerer.Passage("A long paragraph. " + new string('x', 50), paragraph: 4) with { Snippet = "A long paragraph." }])
        { HasMore = true };
        await _discord.DispatchInteractionAsync(Payloads.Command("806", "ask", ("question", "who founded DeepSeek?")));
        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the answer");
        var buttons = Buttons(_discord.Callbacks.Single().Body.GetProperty("data")).ToList();
        var more = buttons.Single(b => b.GetProperty("label").GetString() == "More results").GetProperty("custom_id").GetString()!;
        var full = buttons.Single(b => b.GetProperty("label").GetString() == "Full paragraph ¶4").GetProperty("custom_id").GetString()!;

        await _discord.DispatchInteractionAsync(ButtonPress("807", more, ephemeral: false));
        await _discord.DispatchInteractionAsync(ButtonPress("808", full, ephemeral: false));

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 3, "both button answers");
        var questions = _answerer.Questions.ToList();
        Assert.Contains(questions, q => q is { Text: "who founded DeepSeek?", Skip: 3 });
        Assert.Contains(questions, q => q is { Text: "test-article 4", Intent: QuestionIntent.Source });
        var paragraph = _discord.Callbacks.Single(c => c.Path.Contains("/808/", StringComparison.Ordinal)).Body;
        Assert.Equal(64, paragraph.GetProperty("data").GetProperty("flags").GetInt32());
    }

    private static IEnumerable<JsonElement> Buttons(JsonElement message) =>
        message.GetProperty("components").EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray());

    private static JsonObject ButtonPress(string id, string customId, bool ephemeral)
    {
        var press = Payloads.Load("interaction_create_command.json")["d"]!.AsObject();
        press["id"] = id;
        press["token"] = "token-" + id;
        press["type"] = 3;
        press["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        press["message"] = new JsonObject { ["id"] = "999", ["flags"] = ephemeral ? 64 : 0 };
        return press;
    }
}
