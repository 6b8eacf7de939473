using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ArticleBot.Store;

/// <summary>
/// The store's one writer: opens (creating and migrating) the database at start, then takes records off
/// <see cref="StoreQueue"/> and writes whatever has gathered in one transaction. A batch the database refuses (locked
/// by another process past <see cref="StoreOptions.BusyTimeout"/>, disk full, file gone) is logged and dropped; the
/// next batch tries again. Old rows are pruned at start and hourly. On stop it drains the queue before closing.
/// </summary>
internal sealed partial class StoreWriter(
    StoreQueue queue,
    IOptions<StoreOptions> options,
    TimeProvider timeProvider,
    ILogger<StoreWriter> logger) : IHostedService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    private SqliteConnection? _connection;
    private UserHash? _users;
    private DateTimeOffset _lastPruned = DateTimeOffset.MinValue;
    private Task _loop = Task.CompletedTask;

    /// <summary>Batches committed since start; tests wait on it.</summary>
    public long BatchesWritten => Interlocked.Read(ref _batchesWritten);

    /// <summary>Records dropped because the database refused their batch.</summary>
    public long RecordsDropped => Interlocked.Read(ref _recordsDropped);

    private long _batchesWritten;
    private long _recordsDropped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        try
        {
            _connection = StoreDatabase.Open(settings.Path, settings.BusyTimeout, create: true);
            _users = new UserHash(StoreDatabase.Migrate(_connection));
            LogOpened(logger, settings.Path, StoreDatabase.SchemaVersion, settings.RetentionDays);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Statistics are not worth a bot that will not start: answer on, and say plainly that nothing is kept.
            LogOpenFailed(logger, exception, settings.Path);
            _connection?.Dispose();
            _connection = null;
        }

        // Not a BackgroundService: its ExecuteAsync never runs at all when the host stops before the thread pool got
        // to it (Task.Run with a cancelled token), and the answers of a short-lived process would go unrecorded.
        _loop = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Completing the queue ends the loop once what is queued is written, so the last answers before a restart are
        // kept; the host's shutdown timeout bounds the wait.
        queue.Complete();
        await _loop.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<StoreRecord>(options.Value.BatchSize);
        try
        {
            Prune();
            while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
            {
                while (batch.Count < options.Value.BatchSize && queue.Reader.TryRead(out var record))
                {
                    batch.Add(record);
                }

                Write(batch);
                batch.Clear();
                if (timeProvider.GetUtcNow() - _lastPruned >= PruneEvery)
                {
                    Prune();
                }
            }
        }
        finally
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    private void Write(List<StoreRecord> batch)
    {
        if (_connection is null || _users is null)
        {
            Interlocked.Add(ref _recordsDropped, batch.Count);
            return;
        }

        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            using var questions = StoreCommands.InsertQuestion(_connection);
            using var feedback = StoreCommands.UpsertFeedback(_connection);
            foreach (var record in batch)
            {
                switch (record)
                {
                    case QuestionRecord question:
                        StoreCommands.Bind(questions, question, _users);
                        questions.ExecuteNonQuery();
                        break;
                    case FeedbackRecord vote:
                        StoreCommands.Bind(feedback, vote, _users);
                        feedback.ExecuteNonQuery();
                        break;
                }
            }

            transaction.Commit();
            Interlocked.Increment(ref _batchesWritten);
        }
        catch (SqliteException exception)
        {
            Interlocked.Add(ref _recordsDropped, batch.Count);
            LogBatchDropped(logger, exception, batch.Count, exception.SqliteErrorCode);
        }
    }

    private void Prune()
    {
        _lastPruned = timeProvider.GetUtcNow();
        if (_connection is null)
        {
            return;
        }

        var cutoff = (_lastPruned - TimeSpan.FromDays(options.Value.RetentionDays)).ToUnixTimeMilliseconds();
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "DELETE FROM questions WHERE asked_at < $cutoff; DELETE FROM feedback WHERE given_at < $cutoff;";
            command.Parameters.AddWithValue("$cutoff", cutoff);
            var deleted = command.ExecuteNonQuery();
            if (deleted > 0)
            {
                LogPruned(logger, deleted, options.Value.RetentionDays);
            }
        }
        catch (SqliteException exception)
        {
            LogPruneFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store at {Path} (schema {Version}), keeping {Days} days")]
    private static partial void LogOpened(ILogger logger, string path, int version, int days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Store at {Path} could not be opened; answering goes on, but no questions or feedback are kept")]
    private static partial void LogOpenFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store write failed (SQLite error {Code}): {Count} records dropped")]
    private static partial void LogBatchDropped(ILogger logger, Exception exception, int count, int code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store pruned {Count} rows older than {Days} days")]
    private static partial void LogPruned(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store prune failed; it is tried again within the hour")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);
}
