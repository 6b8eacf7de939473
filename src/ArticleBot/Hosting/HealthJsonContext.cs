using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleBot.Hosting;

/// <summary>The body of <c>/healthz</c>.</summary>
internal sealed record HealthStatus(string Status);

/// <summary>The body of <c>/readyz</c>: whether the index is open, whether it is stale (older than the articles because
/// a newer generation could not be written; still ready, as a stale index beats no service) and which chat platforms
/// are still connecting. Why it is stale is in the log, not here: the reason names folders of the machine.</summary>
internal sealed record ReadinessStatus(string Status, bool Index, bool IndexStale, List<string> WaitingFor);

/// <summary>An error the host answers itself, before the web chat (the same shape as the web chat's errors).</summary>
internal sealed record EdgeError(string Error);

/// <summary>Serializes the health bodies without reflection (a NativeAOT publish has none for JSON), with the web
/// defaults (camelCase) that <c>Results.Json</c> used for the anonymous objects these replace.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthStatus))]
[JsonSerializable(typeof(ReadinessStatus))]
[JsonSerializable(typeof(EdgeError))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
