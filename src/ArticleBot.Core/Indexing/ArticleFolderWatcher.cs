using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// Rebuilds the index when the articles folder changes while the bot serves. Editors save in bursts (temp file,
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
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;
    private ITimer? _retry;
    private int _rebuilding;

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

        _watcher = new FileSystemWatcher(index.ArticlesPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        _watcher.Changed += (_, _) => Schedule();
        _watcher.Created += (_, _) => Schedule();
        _watcher.Deleted += (_, _) => Schedule();
        _watcher.Renamed += (_, _) => Schedule();
        _watcher.EnableRaisingEvents = true;
    }

    private void Schedule()
    {
        lock (_gate)
        {
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
            _retry ??= timeProvider.CreateTimer(_ => Rebuild(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _retry.Change(options.Value.StaleRetry, Timeout.InfiniteTimeSpan);
        }
    }

    private void Rebuild()
    {
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
        finally
        {
            Interlocked.Exchange(ref _rebuilding, 0);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
        _retry?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Articles changed; index rebuilt with {Articles} articles, {Paragraphs} paragraphs")]
    private static partial void LogRebuilt(ILogger logger, int articles, int paragraphs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Articles changed but the index could not be rebuilt: {Reason}")]
    private static partial void LogRebuildFailed(ILogger logger, string reason);
}
