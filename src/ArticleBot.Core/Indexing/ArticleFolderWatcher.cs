using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// Rebuilds the index when the articles folder (or the folder of articles added from links) changes while the bot serves. Editors save in bursts (temp file,
/// rename, touch), so a change waits until the folder has been quiet for <see cref="IndexOptions.ChangeDebounce"/>.
/// Questions keep being answered from the previous generation while the new one builds.
/// </summary>
public sealed partial class ArticleFolderWatcher(
    ArticleIndex index,
    IOptions<IndexOptions> options,
    ILogger<ArticleFolderWatcher> logger,
    TimeProvider timeProvider) : IDisposable
{
    private readonly object _gate = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private ITimer? _debounce;
    private ITimer? _retry;
    private int _rebuilding;
    private volatile bool _disposed;

    public void Start()
    {
        if (index.IsStale)
        {
            ScheduleRetry();
        }

        if (!options.Value.WatchForChanges || !Directory.Exists(index.ArticlesPath))
        {
            return;
        }

        Watch(index.ArticlesPath);
        if (index.FetchedPath is { } fetched)
        {
            try
            {
                // Made now if missing, so the first article added from a link while the bot runs is seen: a folder
                // that does not exist cannot be watched. It is the bot's own folder (never the articles folder).
                Directory.CreateDirectory(fetched);
                Watch(fetched);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogFetchedNotWatched(logger, fetched, exception.Message);
            }
        }
    }

    private void Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Deleted += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Schedule()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _debounce ??= timeProvider.CreateTimer(_ => Rebuild(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _debounce.Change(options.Value.ChangeDebounce, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>A stale index is built again after <see cref="IndexOptions.StaleRetry"/>, changes or not: the disk
    /// that was full may have room now, and nothing else would try.</summary>
    private void ScheduleRetry()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _retry ??= timeProvider.CreateTimer(_ => Rebuild(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _retry.Change(options.Value.StaleRetry, Timeout.InfiniteTimeSpan);
        }
    }

    private void Rebuild()
    {
        if (_disposed)
        {
            return;
        }

        if (Interlocked.Exchange(ref _rebuilding, 1) == 1)
        {
            Schedule(); // a change arrived mid-build: build again once this one is done
            return;
        }

        try
        {
            var result = index.EnsureCurrent();
            if (result.Rebuilt)
            {
                LogRebuilt(logger, result.Articles, result.Paragraphs);
            }

            if (result.Stale)
            {
                ScheduleRetry();
            }
        }
        catch (Exception exception) when (exception is ArticleBotException or IOException or UnauthorizedAccessException)
        {
            // The previous generation keeps serving; the next change (or restart) tries again.
            LogRebuildFailed(logger, exception.Message);
        }
        catch (ObjectDisposedException) when (_disposed || index.IsDisposed)
        {
            // The host is stopping; a timer callback must not take the process down with it.
        }
        finally
        {
            Interlocked.Exchange(ref _rebuilding, 0);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce?.Dispose();
        _retry?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Articles changed; index rebuilt with {Articles} articles, {Paragraphs} paragraphs")]
    private static partial void LogRebuilt(ILogger logger, int articles, int paragraphs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The folder of articles added from links, {Folder}, cannot be watched ({Reason}); articles added while the bot runs are indexed at the next start")]
    private static partial void LogFetchedNotWatched(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Articles changed but the index could not be rebuilt: {Reason}")]
    private static partial void LogRebuildFailed(ILogger logger, string reason);
}
