using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArticleBot.Discord.Tests.Architecture;

/// <summary>JSON built in each form the scan must see, and JSON only passed on or read, which it must not count.
/// Lines ending in "// builds" are the ones it has to find; <see cref="OutgoingJsonTests"/> reads them from here.</summary>
internal static class JsonBuildingSamples
{
    public static JsonObject TargetTypedNew() => new() { ["type"] = 1 }; // builds

    public static void Changed(JsonObject message) => message["flags"] = 64; // builds

    public static Func<JsonArray> InALambda() => () => new JsonArray(); // builds

    public static async Task<string> InAnAsyncMethod(CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        return JsonSerializer.Serialize(new Sample(1)); // builds
    }

    public static HttpContent ARecordSent() => JsonContent.Create(new Sample(2)); // builds

    public static string WrittenAsAString() => "{\"op\":1,\"d\":null}"; // builds

    public static HttpContent BuiltElsewhereAndSent(JsonObject built) => JsonContent.Create(built);

    public static string Read(JsonObject built) => built["type"]!.ToJsonString() + built.DeepClone().ToJsonString();

    public static string ALogTemplate() => "Shard {Shard} closed with {Code}";

    private sealed record Sample(int Type);
}
