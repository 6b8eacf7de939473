using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ArticleBot.Testing;

/// <summary>A logger provider that keeps every entry at every level, rendered as a console logger would write it
/// (category, message, exception with its stack), so a test can search what an operator would see.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <summary>A logger for a class that takes its own <see cref="ILogger{T}"/>, without a whole logging setup.</summary>
    public ILogger<T> For<T>() => new TypedLogger<T>(CreateLogger(typeof(T).FullName!));

    /// <summary>The entries that contain any of <paramref name="secrets"/> (or a tail of one, as a log that "masks" a
    /// token by showing its end would).</summary>
    public IReadOnlyList<string> Leaking(params string[] secrets) =>
        _entries.Where(entry => secrets.Any(secret => entry.Contains(secret, StringComparison.Ordinal) || entry.Contains(secret[^8..], StringComparison.Ordinal))).ToList();

    public void Dispose()
    {
    }

    private sealed class TypedLogger<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : "";
            entries.Enqueue($"{logLevel} {category}[{eventId.Id}]: {formatter(state, exception)} {{{values}}} {exception}");
        }
    }
}
