using Microsoft.Extensions.Primitives;

namespace ArticleBot.Hosting.Edge;

/// <summary>
/// The host names the web server answers to: the loopback names, the host of each address it listens on, and
/// <c>ArticleBot:Web:AllowedHosts</c>. A page on another site that points its own name at 127.0.0.1 (DNS rebinding)
/// sends its own name as Host, so answering only known names keeps it from reading the API.
/// </summary>
internal sealed class AllowedHosts
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    // Addresses that mean "every interface" name no host a browser would send.
    private static readonly string[] AnyInterface = ["0.0.0.0", "[::]", "*", "+"];

    private readonly List<StringSegment> _patterns;

    public AllowedHosts(string listenUrls, string? configured)
    {
        var names = new List<string>(Loopback);
        foreach (var url in listenUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (HostOf(url) is { } host && !AnyInterface.Contains(host))
            {
                names.Add(host);
            }
        }

        names.AddRange((configured ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Names = names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        _patterns = Names.Select(name => new StringSegment(name)).ToList();
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>Whether a request's Host header (with or without its port) names this server.</summary>
    public bool Allows(string? hostHeader) =>
        !string.IsNullOrEmpty(hostHeader) && (Names.Contains("*") || HostString.MatchesAny(new StringSegment(hostHeader), _patterns));

    private static string? HostOf(string url)
    {
        // "http://*:5080" and "http://+:5080" are Kestrel's own spellings, which Uri does not parse.
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url[(start + 3)..];
        if (rest.StartsWith('[') && rest.IndexOf(']') is > 0 and var close)
        {
            return rest[..(close + 1)];
        }

        var end = rest.IndexOfAny([':', '/']);
        return end < 0 ? rest : rest[..end];
    }
}
