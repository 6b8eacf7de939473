using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace ArticleBot.Hosting;

/// <summary>Settings of section <c>ArticleBot:Web</c>: the local web chat and the health endpoints.</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string Section = "ArticleBot:Web";

    /// <summary>Where the web server listens. Loopback by default: the chat has no login.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Url { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Serve the web chat page and its API. Unset: on when no chat platform is configured.</summary>
    public bool? ChatEnabled { get; set; }

    /// <summary>Host names answered besides the loopback names and the host of each listening address,
    /// <c>;</c>-separated: <c>bot.example.com;*.example.org</c>. <c>*</c> answers any name (no protection against DNS
    /// rebinding).</summary>
    public string? AllowedHosts { get; set; }

    /// <summary>Connections held at once; unset, a share of the open-file limit (see <c>ConnectionLimits</c>).</summary>
    [Range(1, 1_000_000)]
    public int? MaxConcurrentConnections { get; set; }

    /// <summary>How long an idle keep-alive connection is kept (Kestrel's own default, 130 s, holds idle sockets long).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TimeSpan has a built-in, non-generic TypeConverter.")]
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a client may take to send a request's headers: a slow sender holds a connection no longer.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TimeSpan has a built-in, non-generic TypeConverter.")]
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in Url.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                yield return new ValidationResult($"'{url}' is not an http:// or https:// address.", [nameof(Url)]);
            }
        }
    }
}
