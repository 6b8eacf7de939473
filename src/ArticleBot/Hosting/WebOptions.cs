using System.ComponentModel.DataAnnotations;

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
