using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace ArticleBot.Core.Fetching;

/// <summary>Settings of section <c>ArticleBot:Fetch</c>: how <c>articlebot add URL</c> fetches a page.</summary>
public sealed class FetchOptions
{
    public const string Section = "ArticleBot:Fetch";

    /// <summary>Fetch from loopback, private and link-local addresses too. Off by default: a link must not make the
    /// bot read a service only its own network can reach (a router's page, a cloud metadata address). Tests set it to
    /// fetch from their own server on loopback.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>The largest page read, in bytes (after decompression); a larger one is refused.</summary>
    [Range(1024, 100 * 1024 * 1024, ErrorMessage = "ArticleBot:Fetch:MaxBytes must be from 1024 to 104857600 (bytes).")]
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The whole fetch, redirects included.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TimeSpan has a built-in, non-generic TypeConverter.")]
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Redirects followed before giving up.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;
}
