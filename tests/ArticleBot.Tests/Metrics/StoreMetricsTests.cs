using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using ArticleBot.Core.Answering;
using ArticleBot.Core.Feedback;
using ArticleBot.Hosting.Metrics;
using ArticleBot.Store;
using ArticleBot.Testing;
using ArticleBot.Tests.Hosting;
using ArticleBot.Tests.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ArticleBot.Tests.Metrics;

/// <summary>The store's totals as gauges: read from the real SQLite file when metrics are collected, cached.</summary>
public sealed class StoreMetricsTests
{
    private static readonly FakeQuestionAnswerer Declines = new()
    {
        Reply = question => new ChatReply(question.Text, Answered: question.Text.Contains("founder", StringComparison.Ordinal), QuestionIntent.Ask, [], "…"),
    };

    [Fact]
    public async Task The_totals_come_from_the_store_and_are_read_again_only_after_the_cache_window()
    {
        using var store = new TempStore();
        await using (var writer = await store.StartWriterAsync(inner: Declines))
        {
            Ask(writer, "Who is the founder?", "How tall is the tower?", "What is the boiling point?");
            Vote(writer, "10.0.0.1", helpful: true);
            Vote(writer, "10.0.0.2", helpful: false);
            Vote(writer, "10.0.0.3", helpful: false);
        }

        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-03T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var gauges = new StoreGauges(store, time);
        Assert.Equal(new Dictionary<string, long>
        {
            ["articlebot.store.questions"] = 3,
            ["articlebot.store.questions.declined"] = 2,
            ["articlebot.store.feedback/helpful"] = 1,
            ["articlebot.store.feedback/not_helpful"] = 2,
        }, gauges.Collect());

        await using (var writer = await store.StartWriterAsync(inner: Declines))
        {
            Ask(writer, "Why is the sky blue?");
        }

        time.Advance(StoreMetrics.CacheFor - TimeSpan.FromSeconds(1));
        Assert.Equal(3, gauges.Collect()["articlebot.store.questions"]);
        time.Advance(TimeSpan.FromSeconds(1));
        var fresh = gauges.Collect();
        Assert.Equal((4, 3), (fresh["articlebot.store.questions"], fresh["articlebot.store.questions.declined"]));
    }

    [Fact]
    public void Without_a_store_file_the_gauges_report_nothing_and_create_no_file()
    {
        using var store = new TempStore();
        using var gauges = new StoreGauges(store, TimeProvider.System);

        Assert.Empty(gauges.Collect());
        Assert.False(File.Exists(store.Path));
    }

    [Fact]
    public async Task The_metrics_endpoint_shows_the_store_totals_after_questions_and_a_vote_in_the_web_chat()
    {
        using var index = new TempIndex();
        await using var host = await RealHost.StartAsync(index.Settings(), new Dictionary<string, string?>
        {
            ["ArticleBot:RateLimits:Enabled"] = "false",
            [MetricsOptions.PrometheusEnabledKey] = "true",
        });
        foreach (var question in new[] { "Who is the founder of DeepSeek?", "What is the boiling point of water?", "How tall is the Eiffel Tower?" })
        {
            using var asked = await host.Client.PostAsJsonAsync("/api/chat", new { question });
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        using (var vote = await host.Client.PostAsJsonAsync("/api/feedback", new { question = "Who is the founder of DeepSeek?", article = "deepseek-liang-wenfeng", paragraph = 2, helpful = false }))
        {
            Assert.Equal(HttpStatusCode.NoContent, vote.StatusCode);
        }

        var writer = host.App.Services.GetRequiredService<StoreWriter>();
        var queue = host.App.Services.GetRequiredService<StoreQueue>();
        await StoreWriterTests.WaitUntil(() => writer.BatchesWritten > 0 && queue.Reader.Count == 0 && Count(index.StorePath) == 4);

        // The totals are read at most once per CacheFor, and any listener's collection counts as a read (other tests'
        // meter listeners run beside this one): a read made before the writes landed is served until it expires.
        var deadline = DateTime.UtcNow + StoreMetrics.CacheFor + TimeSpan.FromSeconds(10);
        string[] lines;
        do
        {
            lines = (await host.Client.GetStringAsync("/metrics")).Split('\n');
            if (lines.Any(line => Sample(line, "articlebot_store_questions") == "3"))
            {
                break;
            }

            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        // Other hosts in this test run publish on a meter of the same name; this host's store is the one with these totals.
        Assert.Contains(lines, line => Sample(line, "articlebot_store_questions") == "3");
        Assert.Contains(lines, line => Sample(line, "articlebot_store_questions_declined") == "2");
        Assert.Contains(lines, line => Sample(line, "articlebot_store_feedback") == "1" && line.Contains("vote=\"not_helpful\"", StringComparison.Ordinal));
    }

    private static void Ask(TempStore.Writer writer, params string[] questions)
    {
        foreach (var question in questions)
        {
            writer.Answerer.Answer(new ChatQuestion(question) { Origin = new ChatOrigin("web", "10.0.0.9") });
        }
    }

    private static void Vote(TempStore.Writer writer, string user, bool helpful) =>
        writer.Queue.Record(new AnswerFeedback("Who is the founder?", "deepseek", 2, helpful) { Origin = new ChatOrigin("web", user) });

    private static long Count(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM questions) + (SELECT count(*) FROM feedback);";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The value of a Prometheus text line for metric <paramref name="name"/> (labels and timestamp aside).</summary>
    private static string? Sample(string line, string name)
    {
        if (!line.StartsWith(name, StringComparison.Ordinal) || line.Length == name.Length || line[name.Length] is not ('{' or ' '))
        {
            return null;
        }

        var afterLabels = line[(line.LastIndexOf('}') is var close and >= 0 ? close + 1 : name.Length)..];
        return afterLabels.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
    }

    /// <summary>A <see cref="StoreMetrics"/> on its own meter factory, and a listener that collects only its gauges.</summary>
    private sealed class StoreGauges : IDisposable
    {
        private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, long> _values = [];

        public StoreGauges(TempStore store, TimeProvider time)
        {
            var factory = _services.GetRequiredService<IMeterFactory>();
            _ = new StoreMetrics(factory, Microsoft.Extensions.Options.Options.Create(store.Options()), time, NullLogger<StoreMetrics>.Instance);
            // A factory's meters carry it as their scope, which tells them from other tests' meters of the same name.
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Name.StartsWith("articlebot.store.", StringComparison.Ordinal))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                var vote = tags.ToArray().FirstOrDefault(tag => tag.Key == "vote").Value;
                _values[vote is null ? instrument.Name : $"{instrument.Name}/{vote}"] = value;
            });
            _listener.Start();
        }

        public Dictionary<string, long> Collect()
        {
            _values.Clear();
            _listener.RecordObservableInstruments();
            return new Dictionary<string, long>(_values);
        }

        public void Dispose()
        {
            _listener.Dispose();
            _services.Dispose();
        }
    }
}
