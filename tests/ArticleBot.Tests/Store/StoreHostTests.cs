using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ArticleBot.Core.Feedback;
using ArticleBot.Store;
using ArticleBot.Tests.CommandLine;
using ArticleBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleBot.Tests.Store;

/// <summary>The store through the real host (Kestrel on loopback) and the real command line.</summary>
public sealed class StoreHostTests
{
    // Several questions from one loopback address: the rate limit is another test's subject.
    private static readonly Dictionary<string, string?> NoLimits = new() { ["ArticleBot:RateLimits:Enabled"] = "false" };

    private const string Declined = "What is the boiling point of water?";

    [Fact]
    public async Task Questions_asked_in_the_web_chat_are_kept_and_report_unanswered_prints_them_after_a_restart()
    {
        using var index = new TempIndex();
        await using (var host = await RealHost.StartAsync(index.Settings(), NoLimits))
        {
            Assert.True(await AskAsync(host, "Who is the founder of DeepSeek?"));
            Assert.False(await AskAsync(host, Declined));
            Assert.False(await AskAsync(host, "  what IS the boiling   point of water? "));
            Assert.False(await AskAsync(host, "How tall is the Eiffel Tower?"));
        }

        // The restart: a second process writes to the same file while the report reads it.
        await using var restarted = await RealHost.StartAsync(index.Settings(), NoLimits);
        Assert.False(await AskAsync(restarted, "how tall is the eiffel tower"));
        var writer = restarted.App.Services.GetRequiredService<StoreWriter>();
        await StoreWriterTests.WaitUntil(() => writer.BatchesWritten > 0);
        var (exitCode, output, error) = await Cli.RunAsync(index.Settings(), "", "report", "unanswered", "--json");
        var (textExit, text, _) = await Cli.RunAsync(index.Settings(), "", "report", "unanswered", "--days", "1");

        Assert.Equal((0, ""), (exitCode, error));
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, rows.Count);
        var counts = rows.Select(row => (row.GetProperty("question").GetString(), row.GetProperty("count").GetInt32())).ToList();
        Assert.Contains(("what is the boiling point of water", 2), counts);
        Assert.Contains(("how tall is the eiffel tower", 2), counts);
        Assert.All(rows, row => Assert.Equal(["web"], row.GetProperty("platforms").EnumerateArray().Select(platform => platform.GetString())));
        Assert.All(rows, row => Assert.True(DateTimeOffset.TryParse(row.GetProperty("last_asked").GetString(), out var asked) && asked > DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Equal("how tall is the eiffel tower", rows[0].GetProperty("question").GetString());
        Assert.Equal(0, textExit);
        Assert.Contains("how tall is the eiffel tower", text);
        Assert.DoesNotContain("founder", output + text);
    }

    [Fact]
    public async Task Feedback_on_the_web_chat_keeps_one_vote_per_reader_per_answer_and_the_latest_wins()
    {
        using var index = new TempIndex();
        await using (var host = await RealHost.StartAsync(index.Settings(), NoLimits))
        {
            Assert.Equal(HttpStatusCode.NoContent, await VoteAsync(host, new { question = "Who founded DeepSeek?", article = "deepseek-liang-wenfeng", paragraph = 2, helpful = true }));
            Assert.Equal(HttpStatusCode.NoContent, await VoteAsync(host, new { question = "who founded  DeepSeek?", article = "deepseek-liang-wenfeng", paragraph = 2, helpful = false, comment = "Names the fund, not the founder" }));
            Assert.Equal(HttpStatusCode.NoContent, await VoteAsync(host, new { question = "Who founded DeepSeek?", article = "deepseek-liang-wenfeng", paragraph = 5, helpful = true, comment = (string?)null }));
        }

        var (exitCode, output, _) = await Cli.RunAsync(index.Settings(), "", "report", "feedback", "--json");
        var (_, text, _) = await Cli.RunAsync(index.Settings(), "", "report", "feedback");

        Assert.Equal(0, exitCode);
        Assert.Equal(
            """
            {"article":"deepseek-liang-wenfeng","paragraph":2,"helpful":0,"not_helpful":1,"comments":["Names the fund, not the founder"]}
            {"article":"deepseek-liang-wenfeng","paragraph":5,"helpful":1,"not_helpful":0,"comments":[]}
            """.ReplaceLineEndings("\n"),
            output.ReplaceLineEndings("\n").TrimEnd());
        Assert.Contains("deepseek-liang-wenfeng ¶2: 0 helpful, 1 not helpful", text);
        Assert.Contains("“Names the fund, not the founder”", text);
    }

    [Fact]
    public async Task Feedback_that_is_not_a_vote_gets_400_with_a_message_saying_what_is_wrong()
    {
        using var index = new TempIndex();
        await using var host = await RealHost.StartAsync(index.Settings(), NoLimits);
        string[] bodies =
        [
            "not json",
            "[1, 2]",
            """{"article": "deepseek", "paragraph": 2, "helpful": true}""",
            """{"question": "  ", "article": "deepseek", "paragraph": 2, "helpful": true}""",
            """{"question": "q", "article": "../etc/passwd", "paragraph": 2, "helpful": true}""",
            """{"question": "q", "article": "deepseek", "paragraph": 0, "helpful": true}""",
            """{"question": "q", "article": "deepseek", "paragraph": "2", "helpful": true}""",
            """{"question": "q", "article": "deepseek", "paragraph": 2, "helpful": "yes"}""",
            """{"question": "q", "article": "deepseek", "paragraph": 2, "helpful": true, "comment": 5}""",
            """{"question": "q\ud800", "article": "deepseek", "paragraph": 2, "helpful": true}""",
            $$"""{"question": "q", "article": "deepseek", "paragraph": 2, "helpful": true, "comment": "{{new string('x', AnswerFeedback.MaxCommentLength + 1)}}"}""",
        ];

        foreach (var body in bodies)
        {
            using var response = await host.Client.PostAsync("/api/feedback", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body} → {response.StatusCode}");
            Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
            var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
            Assert.False(string.IsNullOrWhiteSpace(message));
        }

        var padded = $$"""{"question": "q", "article": "deepseek", "paragraph": 2, "helpful": true, "padding": "{{new string(' ', 40_000)}}"}""";
        using (var tooLarge = await host.Client.PostAsync("/api/feedback", new StringContent(padded, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        }

        await host.App.StopAsync();
        Assert.Equal(0, CountFeedback(index.StorePath));
    }

    [Fact]
    public async Task With_the_store_disabled_nothing_is_kept_no_file_is_created_and_answers_and_votes_still_work()
    {
        using var index = new TempIndex();
        var disabled = new Dictionary<string, string?>(NoLimits) { ["ArticleBot:Store:Enabled"] = "false" };
        await using (var host = await RealHost.StartAsync(index.Settings(), disabled))
        {
            Assert.Null(host.App.Services.GetService<IFeedbackSink>());
            Assert.Null(host.App.Services.GetService<StoreQueue>());
            Assert.False(await AskAsync(host, Declined));
            Assert.Equal(HttpStatusCode.NoContent, await VoteAsync(host, new { question = Declined, article = "deepseek-liang-wenfeng", paragraph = 1, helpful = false }));
        }

        var (exitCode, _, error) = await Cli.RunAsync(index.Settings(), "", "report", "unanswered");

        Assert.False(File.Exists(index.StorePath));
        Assert.False(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(index.StorePath)!).Any());
        Assert.Equal(1, exitCode);
        Assert.Contains("There is no store at", error);
    }

    private static async Task<bool> AskAsync(RealHost host, string question)
    {
        using var response = await host.Client.PostAsJsonAsync("/api/chat", new { question });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("answered").GetBoolean();
    }

    private static async Task<HttpStatusCode> VoteAsync(RealHost host, object vote)
    {
        using var response = await host.Client.PostAsJsonAsync("/api/feedback", vote);
        return response.StatusCode;
    }

    private static long CountFeedback(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM feedback;";
        return (long)command.ExecuteScalar()!;
    }
}
