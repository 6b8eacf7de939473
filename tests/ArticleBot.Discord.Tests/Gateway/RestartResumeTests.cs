using ArticleBot.Discord.Tests.Fakes;
using ArticleBot.Testing;

namespace ArticleBot.Discord.Tests.Gateway;

/// <summary>A restarted bot takes up the session the stopped one left resumable, so nothing sent in between is lost
/// and no session start is spent.</summary>
public sealed class RestartResumeTests : IAsyncLifetime
{
    private readonly FakeQuestionAnswerer _answerer = new();
    private readonly string _sessions = Directory.CreateTempSubdirectory("articlebot-sessions-").FullName;
    private FakeDiscord _discord = null!;

    private string SavedSession => Path.Combine(_sessions, "discord-shard-0.json");

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        Directory.Delete(_sessions, recursive: true);
    }

    [Fact]
    public async Task A_restarted_bot_resumes_the_session_and_answers_what_was_asked_while_it_was_down()
    {
        var settings = new Dictionary<string, string?> { ["ArticleBot:Discord:SessionFolder"] = _sessions };
        await using (var first = BotHarness.Start(_discord, _answerer, settings))
        {
            await first.ConnectedAsync();
            await _discord.DispatchMessageAsync(Payloads.Mention("first question", id: "701"));
            await Eventually.TrueAsync(() => _discord.Messages.Count == 1, "the first reply");
            await first.StopAsync();
            await Eventually.TrueAsync(() => File.Exists(SavedSession), "the saved session");
        }

        await _discord.DispatchMessageAsync(Payloads.Mention("asked while the bot was down", id: "702"));
        await using var second = BotHarness.Start(_discord, _answerer, settings);

        await Eventually.TrueAsync(() => _discord.Messages.Count == 2, "the reply to the message sent while down");
        var resume = Assert.Single(_discord.Gateway.Resumes);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32()); // READY = 1, first question = 2
        Assert.Single(_discord.Gateway.Identifies);
        Assert.Equal("702", _discord.Messages.Last().Body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.False(File.Exists(SavedSession), "A saved session is used once.");
    }

    [Fact]
    public async Task Without_a_session_folder_a_restart_identifies_again()
    {
        await using (var first = BotHarness.Start(_discord, _answerer))
        {
            await first.ConnectedAsync();
            await first.StopAsync();
        }

        await using var second = BotHarness.Start(_discord, _answerer);
        await second.ConnectedAsync();

        Assert.Equal(2, _discord.Gateway.Identifies.Count);
        Assert.Empty(_discord.Gateway.Resumes);
    }
}
