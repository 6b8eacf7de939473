using System.Diagnostics;
using ArticleBot.Core.Articles;
using ArticleBot.Core.Telemetry;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// The one owner of the Lucene index for the whole process. It reuses the index on disk when it was built from the
/// current articles, otherwise builds a new generation in a fresh folder, records it in the manifest (written
/// atomically) and swaps it in; questions already running finish on the generation they started with.
/// The articles folder is only ever read.
/// </summary>
public sealed partial class ArticleIndex(IOptions<IndexOptions> options, ILogger<ArticleIndex> logger, TimeProvider timeProvider, ArticleBotMetrics? metrics = null) : IDisposable
{
    private const string GenerationPrefix = "gen-";

    /// <summary>A build whose articles differ in size by this much or more from those it replaced ends with an
    /// aggressive, compacting collection; any other with a background one.</summary>
    private const long CompactAfterBytes = 4 * 1024 * 1024;

    /// <summary>How long a build waits for its background collection; one takes milliseconds on an idle machine.</summary>
    private static readonly TimeSpan BackgroundCollectionWait = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private volatile IndexGeneration? _current;
    private volatile string? _staleReason;
    private long _servingBytes;
    private volatile bool _disposed;

    public string ArticlesPath { get; } = Path.GetFullPath(options.Value.ArticlesPath);

    public string IndexPath { get; } = Path.GetFullPath(options.Value.IndexPath);

    /// <summary>The folder of articles added from a link, read beside <see cref="ArticlesPath"/>; null when not set.</summary>
    public string? FetchedPath { get; } = string.IsNullOrWhiteSpace(options.Value.FetchedPath) ? null : Path.GetFullPath(options.Value.FetchedPath);

    /// <summary>True once <see cref="Dispose"/> has run; builds after that throw <see cref="ObjectDisposedException"/>.</summary>
    public bool IsDisposed => _disposed;

    /// <summary>True once a generation is open and answering.</summary>
    public bool IsReady => _current is not null;

    /// <summary>True while the generation serving is older than the articles because a newer one could not be written.</summary>
    public bool IsStale => StaleReason is not null;

    /// <summary>Why the index is stale (the write error, naming the index folder); null when it is current.</summary>
    public string? StaleReason => _staleReason;

    /// <summary>Raised after a new generation has been swapped in.</summary>
    public event Action<IndexBuildResult>? Rebuilt;

    /// <summary>A lease on the current generation, opening or building the index on first use.</summary>
    public IndexLease Acquire()
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var generation = _current;
            if (generation is null)
            {
                EnsureCurrent();
                continue;
            }

            if (generation.TryLease())
            {
                return new IndexLease(generation);
            }
        }
    }

    /// <summary>Makes the index match the articles folder: reuses it when current, rebuilds it otherwise.</summary>
    public IndexBuildResult EnsureCurrent(IProgress<IndexProgress>? progress = null, bool forceRebuild = false)
    {
        _buildLock.Wait();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var stopwatch = Stopwatch.StartNew();
            var (files, links) = ArticleFiles();
            var manifest = IndexManifest.TryRead(IndexPath);
            // A build killed mid-way (kill -9, power) leaves its folder behind; nothing else would ever remove it.
            DeleteIncompleteGenerations(manifest);
            var fingerprints = SourceFingerprint.OfAll(ArticlesPath, files, forceRebuild ? null : manifest);

            if (!forceRebuild && manifest is not null && manifest.Matches(fingerprints, options.Value.LimitsKey))
            {
                if (_current is not null && _current.Path == GenerationPath(manifest.Generation))
                {
                    ClearStale();
                    return new IndexBuildResult(false, _current.Articles.Count, _current.ParagraphCount, stopwatch.Elapsed, links);
                }

                if (TryOpen(GenerationPath(manifest.Generation)) is { } existing)
                {
                    Swap(existing);
                    Interlocked.Exchange(ref _servingBytes, fingerprints.Sum(fingerprint => fingerprint.Length ?? 0));
                    ClearStale();
                    LogReused(logger, existing.Articles.Count, IndexPath);
                    return new IndexBuildResult(false, existing.Articles.Count, existing.ParagraphCount, stopwatch.Elapsed, links);
                }
            }

            return Build(files, links, fingerprints, progress, stopwatch);
        }
        finally
        {
            _buildLock.Release();
        }
    }

    private IndexBuildResult Build(IReadOnlyList<string> files, IReadOnlyList<string> links, IReadOnlyList<SourceFingerprint> fingerprints, IProgress<IndexProgress>? progress, Stopwatch stopwatch)
    {
        try
        {
            return BuildGeneration(files, links, fingerprints, progress, stopwatch);
        }
        catch (Exception exception)
        {
            // The generation this build was writing is incomplete (or complete but never recorded): remove it now
            // rather than leave it for a build that may not come. The writer is closed by now.
            DeleteIncompleteGenerations(IndexManifest.TryRead(IndexPath));
            if (exception is IOException or UnauthorizedAccessException)
            {
                // The bot cannot write its own index folder (full, read-only, or a file). A stale index beats no
                // service: the last complete generation answers until a build succeeds (issue 14).
                var reason = $"The index folder {IndexPath} cannot be written ({exception.Message}).";
                if (ServeLastComplete(reason, links, stopwatch) is { } stale)
                {
                    return stale;
                }

                throw new ArticleBotException(
                    $"{reason} Make it a writable folder, or set ArticleBot:Index:IndexPath to one.",
                    isFatal: true,
                    exception);
            }

            throw;
        }
    }

    private IndexBuildResult BuildGeneration(IReadOnlyList<string> files, IReadOnlyList<string> links, IReadOnlyList<SourceFingerprint> fingerprints, IProgress<IndexProgress>? progress, Stopwatch stopwatch)
    {
        System.IO.Directory.CreateDirectory(IndexPath);
        var name = $"{GenerationPrefix}{timeProvider.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..(GenerationPrefix.Length + 17 + 9)];
        var path = GenerationPath(name);
        var skipped = new List<string>(links);
        var warnings = new List<string>();
        var seenIds = new Dictionary<string, string>();
        long paragraphs = 0;
        var articles = 0;
        var catalog = new IndexCatalog();

        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, IndexGeneration.WriterConfig()))
        {
            var done = 0;
            foreach (var parsed in ArticleParsePipeline.Parse(files, ArticlesPath, options.Value.Limits))
            {
                parsed.Fault?.Throw();
                foreach (var warning in parsed.Warnings)
                {
                    warnings.Add(warning);
                    LogArticleWarning(logger, warning);
                }

                var problem = parsed.Skipped ?? (seenIds.TryGetValue(parsed.Article!.Id, out var first)
                    ? new ArticleBotException($"The article {parsed.File} has the same id \"{parsed.Article!.Id}\" as {first}; rename one of them.")
                    : null);
                if (problem is not null)
                {
                    skipped.Add(problem.Message);
                    LogSkipped(logger, problem.Message);
                }
                else
                {
                    seenIds[parsed.Article!.Id] = parsed.File;
                    writer.AddDocuments(parsed.Documents!);
                    catalog.Add(parsed.Article!, parsed.Source);
                    paragraphs += parsed.Article!.Paragraphs.Count;
                    articles++;
                }

                progress?.Report(new IndexProgress(++done, files.Count, paragraphs));
            }

            writer.Commit();
        }

        var generation = IndexGeneration.Open(path, options.Value.MemoryMapped, catalog);
        try
        {
            new IndexManifest(IndexManifest.CurrentSchema, name, timeProvider.GetUtcNow(), fingerprints) { Limits = options.Value.LimitsKey }.Write(IndexPath);
        }
        catch
        {
            // Not recorded, so not complete: close it so its folder can go.
            generation.Retire();
            throw;
        }

        Swap(generation);
        ClearStale();
        DeleteOldGenerations(keep: name);

        // The generation replaced is garbage now too: after a large article is replaced by a small one, it is the
        // large one's memory that has to go back.
        var bytes = fingerprints.Sum(fingerprint => fingerprint.Length ?? 0);
        var compact = Math.Abs(bytes - Interlocked.Exchange(ref _servingBytes, bytes)) >= CompactAfterBytes;
        var pause = ReleaseBuildMemory(compact);

        var result = new IndexBuildResult(true, articles, (int)paragraphs, stopwatch.Elapsed, skipped) { Warnings = warnings };
        LogBuilt(logger, articles, paragraphs, stopwatch.ElapsedMilliseconds, IndexPath, (long)pause.TotalMilliseconds, compact);
        metrics?.IndexRebuilt();
        Rebuilt?.Invoke(result);
        return result;
    }

    private (IReadOnlyList<string> Files, IReadOnlyList<string> Skipped) ArticleFiles()
    {
        if (!System.IO.Directory.Exists(ArticlesPath))
        {
            throw new ArticleBotException(
                $"The articles folder {ArticlesPath} does not exist. Create it and add articles, or set ArticleBot:Index:ArticlesPath.",
                isFatal: true);
        }

        var (files, skipped) = ArticleFileList.Of(ArticlesPath);
        // Articles added from a link are indexed beside the others (the same rules: regular files only, no links). Their
        // manifest names are relative to the articles folder ("../fetched/x.md"), so existing names do not change.
        if (FetchedPath is not null && System.IO.Directory.Exists(FetchedPath) && !SameFolder(FetchedPath, ArticlesPath))
        {
            var fetched = ArticleFileList.Of(FetchedPath);
            files = [.. files.Concat(fetched.Files).Order(StringComparer.Ordinal)];
            skipped = [.. skipped.Concat(fetched.Skipped)];
        }

        foreach (var reason in skipped)
        {
            LogSkipped(logger, reason);
        }

        return (files, skipped);
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    /// <summary>
    /// Gives back what the build allocated and the generation it replaced. That generation has served long enough to
    /// be in the collector's oldest generation, which only a full collection empties, and the server collector may run
    /// none for a long time: in issue 14's soak, none in 10 minutes of an edit a minute, and every retired generation
    /// stayed (RetiredGenerationTests).
    /// <paramref name="compact"/> after a large article came or went: the collector keeps memory it has used
    /// committed, so a 9 MB article left the bot at 4.6 times its resident size after the article was gone
    /// (BuildMemoryTests; issue 14 saw 165 MB become 2 GB). An aggressive collection compacts, large objects
    /// included, and decommits the free space: 1.0 times afterwards. It stops every thread, answering ones too, for a
    /// time that grows with the heap (65–1,462 ms on a 100,000-paragraph index, BENCHMARKS.md "Soak"), so any other
    /// build (an edit of a large index among them) gets a background collection instead, which answers go on beside
    /// (BackgroundCollectionTests). Calling either from another thread would not help: a blocking collection
    /// suspends every managed thread whichever asked for it.
    /// </summary>
    /// <returns>How long collections paused the process's threads meanwhile.</returns>
    private static TimeSpan ReleaseBuildMemory(bool compact)
    {
        var paused = GC.GetTotalPauseDuration();
        if (compact)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        else
        {
            CollectInBackground();
        }

        return GC.GetTotalPauseDuration() - paused;
    }

    /// <summary>A full background collection, waited for on the building thread (not the answering ones), so the
    /// build still returns with the replaced generation gone. A runtime without concurrent collection makes it a
    /// blocking one, which ends the wait too.</summary>
    private static void CollectInBackground()
    {
        var background = GC.GetGCMemoryInfo(GCKind.Background).Index;
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
        var waited = Stopwatch.StartNew();
        while (GC.GetGCMemoryInfo(GCKind.Background).Index == background && GC.GetGCMemoryInfo(GCKind.FullBlocking).Index == blocking
               && waited.Elapsed < BackgroundCollectionWait)
        {
            Thread.Sleep(5);
        }
    }

    /// <summary>Keeps the generation serving, or opens the last complete one on disk (the one the manifest names, of
    /// this schema) after a restart, and marks the index stale; null when there is none to serve.</summary>
    private IndexBuildResult? ServeLastComplete(string reason, IReadOnlyList<string> links, Stopwatch stopwatch)
    {
        var generation = _current;
        if (generation is null && IndexManifest.TryRead(IndexPath) is { Schema: IndexManifest.CurrentSchema } manifest
            && TryOpen(GenerationPath(manifest.Generation)) is { } complete)
        {
            Swap(complete);
            generation = complete;
        }

        if (generation is null)
        {
            return null;
        }

        if (_staleReason is null)
        {
            metrics?.IndexStaleChanged(stale: true);
        }

        _staleReason = reason;
        metrics?.IndexBuildFailed();
        LogStale(logger, reason, generation.Path);
        return new IndexBuildResult(false, generation.Articles.Count, generation.ParagraphCount, stopwatch.Elapsed, links) { Stale = true };
    }

    private void ClearStale()
    {
        if (_staleReason is not null)
        {
            _staleReason = null;
            metrics?.IndexStaleChanged(stale: false);
            LogCurrentAgain(logger, IndexPath);
        }
    }

    private string GenerationPath(string name) => Path.Combine(IndexPath, name);

    private IndexGeneration? TryOpen(string path)
    {
        IndexGeneration? generation = null;
        try
        {
            generation = System.IO.Directory.Exists(path) ? IndexGeneration.Open(path, options.Value.MemoryMapped) : null;
            generation?.VerifyChecksums();
            return generation;
        }
        catch (Exception exception) when (exception is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                              or UnauthorizedAccessException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // A damaged file can surface as any of these, depending on which byte is wrong (Lucene's own checks
            // throw the first three; a damaged length or offset the others).
            generation?.Retire();
            LogUnreadable(logger, path, exception.Message);
            return null;
        }
    }

    private void Swap(IndexGeneration generation)
    {
        if (_disposed)
        {
            // Disposed while this build ran (the host stopping): nobody will ask again, so the new generation closes now.
            generation.Retire();
            return;
        }

        var previous = _current;
        _current = generation;
        previous?.Retire();
    }

    /// <summary>Removes every generation but the complete ones: the one serving and the one the manifest names.</summary>
    private void DeleteIncompleteGenerations(IndexManifest? manifest)
    {
        try
        {
            if (System.IO.Directory.Exists(IndexPath))
            {
                DeleteOldGenerations(manifest?.Generation, _current is { } serving ? Path.GetFileName(serving.Path) : null);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // An index folder that cannot be listed fails the build itself, with a message that says why.
        }
    }

    private void DeleteOldGenerations(params string?[] keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(IndexPath, GenerationPrefix + "*"))
        {
            if (keep.Contains(Path.GetFileName(folder)) || IsBeingWritten(folder))
            {
                continue;
            }

            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Still open by a question in flight (on some systems) or not ours to delete: the next build retries.
            }
        }
    }

    /// <summary>True when an index writer holds the folder's write lock: another process on the same index folder
    /// (<c>articlebot index</c> while the bot serves) building a generation. A killed build's lock is released by the
    /// operating system with the process, so its folder still goes.</summary>
    private static bool IsBeingWritten(string folder)
    {
        if (!File.Exists(Path.Combine(folder, IndexWriter.WRITE_LOCK_NAME)))
        {
            return false;
        }

        using var directory = FSDirectory.Open(folder);
        return IndexWriter.IsLocked(directory);
    }

    public void Dispose()
    {
        // The build lock is not disposed: a build running on a timer thread (the folder watcher's retry) still
        // releases it when it finishes, and a SemaphoreSlim without a wait handle holds nothing to free.
        _disposed = true;
        _current?.Retire();
        _current = null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index is current ({Articles} articles) at {IndexPath}; reusing it")]
    private static partial void LogReused(ILogger logger, int articles, string indexPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built index of {Articles} articles, {Paragraphs} paragraphs in {ElapsedMs} ms at {IndexPath}; the full collection after it paused the bot {GcPauseMs} ms (compacting: {Compacting})")]
    private static partial void LogBuilt(ILogger logger, int articles, long paragraphs, long elapsedMs, string indexPath, long gcPauseMs, bool compacting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped an article: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article read with a change: {Warning}")]
    private static partial void LogArticleWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index is stale: {Reason} Still answering from {Generation}, the last complete generation; the build is retried")]
    private static partial void LogStale(ILogger logger, string reason, string generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "The index at {IndexPath} is current again")]
    private static partial void LogCurrentAgain(ILogger logger, string indexPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index at {Path} is unreadable ({Reason}); rebuilding it")]
    private static partial void LogUnreadable(ILogger logger, string path, string reason);
}
