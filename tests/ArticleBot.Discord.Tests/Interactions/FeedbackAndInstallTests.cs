using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleBot.Core.Feedback;
using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Discord.Tests.Interactions;

/// <summary>👍 / 👎 under answers, recorded through the host's <see cref="IFeedbackSink"/>; and the user-installed
/// app, whose answers are ephemeral where only the asker installed it.</summary>
public sealed class FeedbackAndInstallTests : IAsyncLifetime
{
    private const string UserId = "53908232506183680";
    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly RecordingFeedbackSink _votes = new();
    private FakeDiscord _discord = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _bot = BotHarness.Start(_discord, _answerer, configure: services => services.AddSingleton<IFeedbackSink>(_votes));
        await _bot.ConnectedAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task A_vote_is_recorded_for_the_best_passage_and_a_second_click_changes_it()
    {
        _answerer.Reply = q => new(q.Text, true, Core.Answering.QuestionIntent.Ask, [FakeQuestionAnswerer.Passage("Liang Wenfeng founded DeepSeek.", paragraph: 2)]);
        await _discord.DispatchInteractionAsync(Payloads.Command("1001", "ask", ("question", "who founded DeepSeek?")));
        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the answer");
        var buttons = Buttons(_discord.Callbacks.Single().Body.GetProperty("data")).ToList();
        var up = buttons.Single(b => b.GetProperty("emoji").GetProperty("name").GetString() == "👍").GetProperty("custom_id").GetString()!;
        var down = buttons.Single(b => b.GetProperty("emoji").GetProperty("name").GetString() == "👎").GetProperty("custom_id").GetString()!;

        await _discord.DispatchInteractionAsync(Press("1002", up));
        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 2, "the thanks for 👍");
        await _discord.DispatchInteractionAsync(Press("1003", down));
        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 3, "the thanks for 👎");

        Assert.Equal(
            [("who founded DeepSeek?", "test-article", 2, true, UserId), ("who founded DeepSeek?", "test-article", 2, false, UserId)],
            _votes.Votes.Select(v => (v.Question, v.ArticleId, v.Paragraph, v.Helpful, v.Origin.UserId)));
        Assert.All(_votes.Votes, v => Assert.Equal("discord", v.Origin.Platform));
        var thanks = _discord.Callbacks.Last().Body;
        Assert.Equal(4, thanks.GetProperty("type").GetInt32());
        Assert.Equal(64, thanks.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("👎", thanks.GetProperty("data").GetProperty("content").GetString());
        Assert.Single(_answerer.Questions);
        Assert.Empty(_discord.Rejected);
    }

    [Fact]
    public async Task A_vote_on_an_answer_the_bot_no_longer_remembers_says_so_and_records_nothing()
    {
        await _discord.DispatchInteractionAsync(Press("1010", "up:1234567890/test-article:2"));

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the reply");
        var reply = _discord.Callbacks.Single().Body.GetProperty("data");
        Assert.Contains("expired", reply.GetProperty("content").GetString());
        Assert.Equal(64, reply.GetProperty("flags").GetInt32());
        Assert.Empty(_votes.Votes);
    }

    [Theory]
    [InlineData(2, false)] // a group DM or a DM between others
    [InlineData(0, true)] // a server that has not installed the app
    public async Task Where_only_the_user_installed_the_app_the_answer_is_ephemeral(int context, bool inGuild)
    {
        var command = Payloads.Command("1020", "ask", ("question", "who founded DeepSeek?"));
        command["context"] = context;
        command["authorizing_integration_owners"] = new JsonObject { ["1"] = UserId };
        if (!inGuild)
        {
            command.Remove("guild_id");
            command.Remove("member");
            command["user"] = new JsonObject { ["id"] = UserId, ["username"] = "Mason" };
        }

        await _discord.DispatchInteractionAsync(command);

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the answer");
        var data = _discord.Callbacks.Single().Body.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("who founded DeepSeek?", data.GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.Equal(UserId, Assert.Single(_answerer.Questions).Origin.UserId);
    }

    [Fact]
    public async Task Where_the_server_installed_the_app_too_the_answer_is_public()
    {
        var command = Payloads.Command("1030", "ask", ("question", "who founded DeepSeek?"));
        command["authorizing_integration_owners"] = new JsonObject { ["0"] = Payloads.GuildId, ["1"] = UserId };

        await _discord.DispatchInteractionAsync(command);

        await Eventually.TrueAsync(() => _discord.Callbacks.Count == 1, "the answer");
        Assert.False(_discord.Callbacks.Single().Body.GetProperty("data").TryGetProperty("flags", out _));
    }

    private static IEnumerable<JsonElement> Buttons(JsonElement message) =>
        message.GetProperty("components").EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray());

    private static JsonObject Press(string id, string customId)
    {
        var press = Payloads.Load("interaction_create_command.json")["d"]!.AsObject();
        press["id"] = id;
        press["token"] = "token-" + id;
        press["type"] = 3;
        press["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        press["message"] = new JsonObject { ["id"] = "999", ["flags"] = 0 };
        return press;
    }
}
