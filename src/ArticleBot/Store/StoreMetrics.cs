using System.Diagnostics.Metrics;
using ArticleBot.Core.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ArticleBot.Store;

/// <summary>
/// The store's totals as gauges on the bot's meter (<c>/metrics</c> shows them as <c>articlebot_store_questions</c>,
/// <c>articlebot_store_questions_declined</c> and <c>articlebot_store_feedback{vote}</c>). They are read only when
/// metrics are collected (a scrape), never on an answer's path, and at most once per <see cref="CacheFor"/> however
/// often and by however many scrapers: the gauges of one collection share one read. Gauges rather than counters,
/// because pruning old rows lowers them.
/// </summary>
internal sealed partial class StoreMetrics : IHostedService
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    private readonly Lock _lock = new();
    private readonly IOptions<StoreOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<StoreMetrics> _logger;
    private StoreCounts? _counts;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public StoreMetrics(IMeterFactory meterFactory, IOptions<StoreOptions> options, TimeProvider timeProvider, ILogger<StoreMetrics> logger)
    {
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        // The factory hands back the host's one meter of this name, the one the Prometheus exporter listens to (and
        // disposes it with the host: not ours to dispose).
        var meter = meterFactory.Create(ArticleBotMetrics.MeterName);
        meter.CreateObservableGauge("articlebot.store.questions", () => Observe(counts => counts.Questions), "{question}",
            "Questions kept in the store (within its retention), answered or not.");
        meter.CreateObservableGauge("articlebot.store.questions.declined", () => Observe(counts => counts.Declined), "{question}",
            "Questions kept in the store that the articles did not answer.");
        meter.CreateObservableGauge("articlebot.store.feedback", ObserveVotes, "{vote}",
            "Readers' votes kept in the store, by vote (helpful or not_helpful).");
    }

    /// <summary>The totals, read again when the last read is older than <see cref="CacheFor"/>; null while there is
    /// no readable store (not created yet, or failing), in which case the gauges report nothing.</summary>
    public StoreCounts? Current()
    {
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (now - _readAt < CacheFor)
            {
                return _counts;
            }

            _readAt = now;
            try
            {
                using var connection = StoreReports.Open(_options.Value);
                _counts = connection is null ? null : StoreCounts.Read(connection);
            }
            catch (SqliteException exception)
            {
                // Locked past the busy timeout or unreadable: keep the last totals; the next scrape after the cache
                // window tries again.
                LogReadFailed(_logger, exception, exception.SqliteErrorCode);
            }

            return _counts;
        }
    }

    // The instruments are made in the constructor; being a hosted service only makes the host create this at start.
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<long>> Observe(Func<StoreCounts, long> pick) =>
        Current() is { } counts ? [new Measurement<long>(pick(counts))] : [];

    private IEnumerable<Measurement<long>> ObserveVotes() =>
        Current() is { } counts
            ? [new Measurement<long>(counts.Helpful, new KeyValuePair<string, object?>("vote", "helpful")),
               new Measurement<long>(counts.NotHelpful, new KeyValuePair<string, object?>("vote", "not_helpful"))]
            : [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store totals for /metrics could not be read (SQLite error {Code}); the last ones are shown")]
    private static partial void LogReadFailed(ILogger logger, Exception exception, int code);
}
