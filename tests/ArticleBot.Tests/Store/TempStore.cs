using ArticleBot.Core.Answering;
using ArticleBot.Store;
using ArticleBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Tests.Store;

/// <summary>A store file in a temp folder, and writers on it as the host builds them (queue, writer, recorder).</summary>
internal sealed class TempStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("articlebot-store-").FullName;

    public TempStore()
    {
        Path = System.IO.Path.Combine(_folder, "state", "articlebot.db");
    }

    public string Path { get; }

    public CapturedLogs Logs { get; } = new();

    public StoreOptions Options(Action<StoreOptions>? configure = null)
    {
        var options = new StoreOptions { Path = Path, BusyTimeout = TimeSpan.FromSeconds(1) };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A started writer, as one bot process has it; <see cref="Writer.DisposeAsync"/> drains and stops it.</summary>
    public async Task<Writer> StartWriterAsync(TimeProvider? time = null, Action<StoreOptions>? configure = null, IQuestionAnswerer? inner = null)
    {
        time ??= TimeProvider.System;
        var options = Microsoft.Extensions.Options.Options.Create(Options(configure));
        var loggers = LoggerFactory.Create(builder => builder.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        var queue = new StoreQueue(options, time, loggers.CreateLogger<StoreQueue>());
        var writer = new StoreWriter(queue, options, time, loggers.CreateLogger<StoreWriter>());
        await writer.StartAsync(CancellationToken.None);
        var answerer = new RecordingAnswerer(inner ?? new FakeQuestionAnswerer(), queue, time);
        return new Writer(queue, writer, answerer, loggers);
    }

    public SqliteConnection OpenReader() => StoreReports.Open(Options()) ?? throw new InvalidOperationException("No store file.");

    public long Count(string table)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table};";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        Logs.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing; the OS cleans temp folders.
        }
    }

    internal sealed class Writer(StoreQueue queue, StoreWriter writer, RecordingAnswerer answerer, ILoggerFactory loggers) : IAsyncDisposable
    {
        public StoreQueue Queue { get; } = queue;

        public StoreWriter Service { get; } = writer;

        public RecordingAnswerer Answerer { get; } = answerer;

        public async ValueTask DisposeAsync()
        {
            await Service.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            loggers.Dispose();
        }
    }
}
