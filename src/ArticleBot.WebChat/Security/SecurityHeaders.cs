using Microsoft.AspNetCore.Http;

namespace ArticleBot.WebChat.Security;

/// <summary>Headers that keep answer text inert: no inline script, no MIME sniffing, no framing, no referrer leaks.</summary>
internal static class SecurityHeaders
{
    // 'self' only: the page has no inline script or style, so an injected <script> or on* attribute cannot run even
    // if some future change inserted HTML by mistake.
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
