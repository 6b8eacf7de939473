using System.Diagnostics;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Feedback;
using ArticleBot.Store;
using ArticleBot.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Tests.Store;

public sealed class StoreWriterTests
{
    private static readonly FakeQuestionAnswerer Declines = new()
    {
        Reply = question => new ChatReply(question.Text, Answered: false, QuestionIntent.Ask, [], "The articles don't say."),
    };

    private static ChatQuestion From(string platform, string user, string text) =>
        new(text) { Origin = new ChatOrigin(platform, user, "C1", Guid.NewGuid().ToString()) };

    [Fact]
    public async Task The_store_is_created_in_wal_mode_with_a_schema_version_and_keeps_user_ids_only_as_salted_hashes()
    {
        using var store = new TempStore();
        await using (var writer = await store.StartWriterAsync(inner: Declines))
        {
            writer.Answerer.Answer(From("discord", "123456789", "  Who   PAID for the\tmodel? "));
        }

        using var connection = store.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT version FROM schema_version;";
        Assert.Equal((long)StoreDatabase.SchemaVersion, command.ExecuteScalar());
        command.CommandText = "SELECT question || '|' || intent || '|' || answered || '|' || platform || '|' || channel || '|' || user_hash FROM questions;";
        var row = ((string)command.ExecuteScalar()!).Split('|');
        Assert.Equal(["who paid for the model", "Ask", "0", "discord", "C1"], row[..5]);
        Assert.Matches("^[0-9a-f]{64}$", row[5]);
        Assert.NotEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("discord/123456789"u8)), row[5]);
        Assert.DoesNotContain("123456789", File.ReadAllText(store.Path, System.Text.Encoding.Latin1));
    }

    [Fact]
    public async Task Two_writers_and_a_reader_on_one_file_lose_nothing_and_the_reader_never_fails()
    {
        using var store = new TempStore();
        var first = await store.StartWriterAsync(inner: Declines);
        var second = await store.StartWriterAsync(inner: Declines);
        using var reading = new CancellationTokenSource();
        var reads = 0;
        var reader = Task.Run(() =>
        {
            using var connection = store.OpenReader();
            var seen = 0;
            while (!reading.IsCancellationRequested)
            {
                var total = StoreReports.Unanswered(connection, DateTimeOffset.UnixEpoch).Sum(row => row.Count);
                Assert.True(total >= seen, "A reader never sees rows disappear.");
                seen = total;
                reads++;
            }
        });

        var askers = Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            var writer = thread % 2 == 0 ? first : second;
            for (var i = 0; i < 250; i++)
            {
                Assert.False(writer.Answerer.Answer(From(thread % 2 == 0 ? "discord" : "slack", $"U{thread}", $"question {i % 10}")).Answered);
            }
        }));
        await Task.WhenAll(askers);
        await first.DisposeAsync();
        await second.DisposeAsync();
        await reading.CancelAsync();
        await reader;

        Assert.True(reads > 0);
        Assert.Equal(2000, store.Count("questions"));
        using var connection = store.OpenReader();
        var report = StoreReports.Unanswered(connection, DateTimeOffset.UnixEpoch);
        Assert.Equal(10, report.Count);
        Assert.All(report, row => Assert.Equal("200 discord,slack", $"{row.Count} {string.Join(",", row.Platforms)}"));
        Assert.Equal(0, first.Service.RecordsDropped + second.Service.RecordsDropped);
    }

    [Fact]
    public async Task A_database_another_connection_holds_locked_drops_the_batch_and_logs_it_while_answers_go_on_at_once()
    {
        using var store = new TempStore();
        await using var writer = await store.StartWriterAsync(inner: Declines);
        using (var locker = store.OpenReader())
        {
            using (var begin = locker.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE;";
                begin.ExecuteNonQuery();
            }

            var slowest = TimeSpan.Zero;
            for (var i = 0; i < 20; i++)
            {
                var started = Stopwatch.GetTimestamp();
                Assert.False(writer.Answerer.Answer(From("web", "127.0.0.1", $"locked {i}")).Answered);
                slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, Stopwatch.GetElapsedTime(started).Ticks));
                await Task.Delay(10);
            }

            // Well under the writer's one-second wait on the lock: no answer waited for it.
            Assert.True(slowest < TimeSpan.FromMilliseconds(500), $"An answer waited {slowest} for the store.");
            await WaitUntil(() => writer.Service.RecordsDropped > 0);

            // A report reads beside the lock (WAL), without waiting for it.
            var reportStarted = Stopwatch.GetTimestamp();
            using (var report = store.OpenReader())
            {
                Assert.DoesNotContain(StoreReports.Unanswered(report, DateTimeOffset.UnixEpoch), row => row.Question == "after the lock");
            }

            Assert.True(Stopwatch.GetElapsedTime(reportStarted) < TimeSpan.FromMilliseconds(900), "The report waited for the lock.");
            using var rollback = locker.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            rollback.ExecuteNonQuery();
        }

        writer.Answerer.Answer(From("web", "127.0.0.1", "after the lock"));
        await writer.Service.StopAsync(CancellationToken.None);

        Assert.Contains(store.Logs.Entries, entry => entry.StartsWith("Warning", StringComparison.Ordinal) && entry.Contains("Store write failed (SQLite error 5)", StringComparison.Ordinal));
        Assert.Equal(21, store.Count("questions") + writer.Service.RecordsDropped);
        using var connection = store.OpenReader();
        Assert.Contains(StoreReports.Unanswered(connection, DateTimeOffset.UnixEpoch), row => row.Question == "after the lock");
    }

    [Fact]
    public void A_full_queue_drops_new_records_without_waiting_and_says_so_once()
    {
        using var store = new TempStore();
        var logs = new CapturedLogs();
        var options = Microsoft.Extensions.Options.Options.Create(store.Options(options => options.QueueCapacity = 2));
        var queue = new StoreQueue(options, TimeProvider.System, LoggerFactory.Create(builder => builder.AddProvider(logs)).CreateLogger<StoreQueue>());
        var answerer = new RecordingAnswerer(Declines, queue, TimeProvider.System);

        for (var i = 0; i < 5; i++)
        {
            answerer.Answer(From("web", "127.0.0.1", $"question {i}"));
        }

        Assert.Equal(3, queue.Dropped);
        Assert.Single(logs.Entries, entry => entry.Contains("Store queue full", StringComparison.Ordinal));
        Assert.False(File.Exists(store.Path));
    }

    [Fact]
    public async Task Rows_older_than_the_retention_are_pruned()
    {
        using var store = new TempStore();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        await using var writer = await store.StartWriterAsync(time, options => options.RetentionDays = 30, Declines);
        writer.Answerer.Answer(From("slack", "U1", "old question"));
        writer.Queue.Record(new AnswerFeedback("old question", "deepseek", 2, Helpful: false) { Origin = new ChatOrigin("web", "10.0.0.1") });
        await WaitUntil(() => writer.Service.BatchesWritten > 0 && store.Count("feedback") == 1);

        time.Advance(TimeSpan.FromDays(29));
        writer.Answerer.Answer(From("slack", "U1", "recent question"));
        await WaitUntil(() => store.Count("questions") == 2);
        time.Advance(TimeSpan.FromDays(2));
        writer.Answerer.Answer(From("slack", "U1", "new question"));
        await writer.Service.StopAsync(CancellationToken.None);

        using var connection = store.OpenReader();
        Assert.Equal(["new question", "recent question"], StoreReports.Unanswered(connection, DateTimeOffset.UnixEpoch).Select(row => row.Question).Order());
        Assert.Equal(0, store.Count("feedback"));
        Assert.Contains(store.Logs.Entries, entry => entry.Contains("Store pruned 2 rows older than 30 days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_vote_per_user_per_answer_is_kept_and_the_latest_wins()
    {
        using var store = new TempStore();
        await using (var writer = await store.StartWriterAsync())
        {
            var reader = new ChatOrigin("web", "10.0.0.1");
            writer.Queue.Record(new AnswerFeedback("Who founded DeepSeek?", "deepseek", 3, Helpful: true) { Origin = reader });
            writer.Queue.Record(new AnswerFeedback("who  founded deepseek?", "deepseek", 3, Helpful: false, "It names the fund, not the founder") { Origin = reader });
            writer.Queue.Record(new AnswerFeedback("Who founded DeepSeek?", "deepseek", 3, Helpful: true) { Origin = new ChatOrigin("web", "10.0.0.2") });
            writer.Queue.Record(new AnswerFeedback("Who founded DeepSeek?", "deepseek", 4, Helpful: false) { Origin = reader });
        }

        using var connection = store.OpenReader();
        Assert.Equal(
            [
                """{"article":"deepseek","paragraph":4,"helpful":0,"not_helpful":1,"comments":[]}""",
                """{"article":"deepseek","paragraph":3,"helpful":1,"not_helpful":1,"comments":["It names the fund, not the founder"]}""",
            ],
            StoreReports.Feedback(connection, DateTimeOffset.UnixEpoch).Select(row => row.ToJson()));
    }

    internal static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the store.");
            await Task.Delay(20);
        }
    }
}
