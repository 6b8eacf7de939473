using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace ArticleBot.Store;

/// <summary>Settings of section <c>ArticleBot:Store</c>: the operators' database of questions asked and readers'
/// feedback. Relative paths are relative to the content root.</summary>
public sealed class StoreOptions
{
    public const string Section = "ArticleBot:Store";

    /// <summary>False keeps nothing: no file is created, no question or vote is queued.</summary>
    public bool Enabled { get; set; } = true;

    [Required]
    public string Path { get; set; } = "index/.state/articlebot.db";

    /// <summary>Rows older than this are deleted, at start and then hourly.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Records waiting for the writer; past this, new ones are dropped (and logged) rather than wait.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Most records written in one transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How long the writer waits for a database another connection has locked before it drops the batch.
    /// Microsoft.Data.Sqlite counts its busy retries in whole seconds (the command timeout), so this is rounded up.</summary>
    // TimeSpan's converter is one of TypeDescriptor's built-in ones, always kept; the warning is about generic converters.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TimeSpan has a built-in, non-generic TypeConverter.")]
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
