using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using ArticleBot.Core.Articles;

namespace ArticleBot.Core.Indexing;

/// <summary>Settings of section <c>ArticleBot:Index</c>. Relative paths are resolved against the content root.</summary>
public sealed class IndexOptions
{
    public const string Section = "ArticleBot:Index";

    /// <summary>The folder of articles the bot answers about. The bot only ever reads it.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ArticlesPath { get; set; } = "index/articles";

    /// <summary>Articles added from a link (<c>articlebot add URL</c>), indexed beside <see cref="ArticlesPath"/>: the
    /// one folder the bot writes articles to, so the articles folder itself is never written. Empty: none.</summary>
    public string FetchedPath { get; set; } = "index/fetched";

    /// <summary>Where the built Lucene index lives (git-ignored).</summary>
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "index/.lucene";

    /// <summary>Rebuild the index when a file in <see cref="ArticlesPath"/> changes while serving.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>Search the index through memory-mapped files (fastest). Off, the index is read with ordinary file
    /// reads: the operating system still caches it, but the pages no longer count in the bot's resident memory,
    /// which matters for an archive of a million paragraphs on a small machine (see BENCHMARKS.md, memory).</summary>
    public bool MemoryMapped { get; set; } = true;

    /// <summary>The largest article file read, in bytes; a larger one is skipped with a message naming it.</summary>
    [Range(1024, 1024 * 1024 * 1024, ErrorMessage = "ArticleBot:Index:MaxArticleBytes must be from 1024 to 1073741824 (bytes).")]
    public int MaxArticleBytes { get; set; } = ArticleLimits.DefaultMaxBytes;

    /// <summary>The longest paragraph kept whole, in characters; a longer one is split at sentence ends, so a reply
    /// quoting it stays short.</summary>
    [Range(200, 1_000_000, ErrorMessage = "ArticleBot:Index:MaxParagraphLength must be from 200 to 1000000 (characters).")]
    public int MaxParagraphLength { get; set; } = ArticleLimits.DefaultMaxParagraphLength;

    internal ArticleLimits Limits => new(MaxArticleBytes, MaxParagraphLength);

    /// <summary>The limits as the manifest records them.</summary>
    internal string LimitsKey => $"{MaxArticleBytes}/{MaxParagraphLength}";

    /// <summary>How long the articles folder must be quiet before a change triggers a rebuild.</summary>
    // TimeSpan's converter is one of TypeDescriptor's built-in ones, always kept; the warning is about generic converters.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TimeSpan has a built-in, non-generic TypeConverter.")]
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ChangeDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often a stale index (one a newer generation of could not be written: a full disk) is built again.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TimeSpan has a built-in, non-generic TypeConverter.")]
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StaleRetry { get; set; } = TimeSpan.FromSeconds(30);
}
