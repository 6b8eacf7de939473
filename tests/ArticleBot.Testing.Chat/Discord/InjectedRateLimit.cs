namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>A 429 the fake will answer instead of handling a request whose path contains <see cref="PathContains"/>.</summary>
internal sealed record InjectedRateLimit(string PathContains, double RetryAfterSeconds, bool Global, string Scope = "user");
