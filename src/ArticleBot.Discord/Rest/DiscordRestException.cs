using System.Net;

namespace ArticleBot.Discord.Rest;

/// <summary>A REST call Discord refused (4xx other than 401/429); retrying the same request would not help.</summary>
internal sealed class DiscordRestException(HttpStatusCode status, int? code, string message)
    : Exception($"Discord answered {(int)status}{(code is null ? "" : $" (code {code})")}: {message}")
{
    public HttpStatusCode Status { get; } = status;

    public int? Code { get; } = code;
}
