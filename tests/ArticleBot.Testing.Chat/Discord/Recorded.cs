using System.Text.Json;

namespace ArticleBot.Discord.Tests.Fakes;

/// <summary>A request the bot made, kept for assertions.</summary>
internal sealed record Recorded(string Method, string Path, JsonElement Body, IReadOnlyDictionary<string, string> Route)
{
    /// <summary>When the fake received it (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), for the chat benchmark.</summary>
    public long ReceivedAt { get; init; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public string RouteValue(string name) => Route.TryGetValue(name, out var value) ? value : "";
}
