using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace ArticleBot.Hosting.RateLimiting;

/// <summary>Settings of section <c>ArticleBot:RateLimits</c>: how many questions one chat user, and one channel, may
/// ask in a sliding window before the bot asks them to slow down, and how many web API requests one client may make.
/// The CLI is never limited.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "ArticleBot:RateLimits";

    public bool Enabled { get; set; } = true;

    [Range(1, 10_000)]
    public int UserQuestions { get; set; } = 10;

    // TimeSpan's converter is one of TypeDescriptor's built-in ones, always kept; the warning is about generic converters.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TimeSpan has a built-in, non-generic TypeConverter.")]
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UserWindow { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 100_000)]
    public int ChannelQuestions { get; set; } = 30;

    // TimeSpan's converter is one of TypeDescriptor's built-in ones, always kept; the warning is about generic converters.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TimeSpan has a built-in, non-generic TypeConverter.")]
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ChannelWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests to the web chat's JSON API one client (IP address) may make per <see cref="WebWindow"/>.
    /// Sized for one person reading on the local page: a question, the paragraphs they open, the article list.</summary>
    [Range(1, 100_000)]
    public int WebRequests { get; set; } = 60;

    // TimeSpan's converter is one of TypeDescriptor's built-in ones, always kept; the warning is about generic converters.
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TimeSpan has a built-in, non-generic TypeConverter.")]
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan WebWindow { get; set; } = TimeSpan.FromMinutes(1);
}
