using System.Text.Json;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// Reads a manifest with <see cref="JsonDocument"/> rather than the serializer: every start reads one, and the
/// serializer's first use (building its metadata for the record, the list and the date) cost more than the rest of
/// the manifest check. It accepts what the serializer would (same property names, case-sensitive, unknown properties
/// ignored, absent ones left null) and throws <see cref="JsonException"/> where the serializer would.
/// </summary>
internal static class ManifestReader
{
    public static IndexManifest? Read(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(root, JsonValueKind.Object);
        var schema = 0;
        string? generation = null;
        var builtAt = default(DateTimeOffset);
        List<SourceFingerprint>? sources = null;
        string? limits = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "schema":
                    schema = Expect(property.Value, JsonValueKind.Number).TryGetInt32(out var number) ? number : throw Invalid(property.Name);
                    break;
                case "generation":
                    generation = String(property.Value);
                    break;
                case "builtAt":
                    builtAt = Expect(property.Value, JsonValueKind.String).TryGetDateTimeOffset(out var time) ? time : throw Invalid(property.Name);
                    break;
                case "sources":
                    sources = property.Value.ValueKind == JsonValueKind.Null ? null : Sources(property.Value);
                    break;
                case "limits":
                    limits = String(property.Value);
                    break;
            }
        }

        return new IndexManifest(schema, generation!, builtAt, sources!) { Limits = limits };
    }

    private static List<SourceFingerprint> Sources(JsonElement array)
    {
        var sources = new List<SourceFingerprint>(Expect(array, JsonValueKind.Array).GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Null)
            {
                sources.Add(null!);
                continue;
            }

            Expect(element, JsonValueKind.Object);
            string? file = null;
            string? sha256 = null;
            long? length = null;
            long? modified = null;
            foreach (var property in element.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "file":
                        file = String(property.Value);
                        break;
                    case "sha256":
                        sha256 = String(property.Value);
                        break;
                    case "length":
                        length = Int64(property.Value);
                        break;
                    case "modified":
                        modified = Int64(property.Value);
                        break;
                }
            }

            sources.Add(new SourceFingerprint(file!, sha256!) { Length = length, ModifiedTicks = modified });
        }

        return sources;
    }

    private static string? String(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : Expect(value, JsonValueKind.String).GetString();

    private static long? Int64(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null
        : Expect(value, JsonValueKind.Number).TryGetInt64(out var number) ? number : throw Invalid("a number");

    private static JsonElement Expect(JsonElement value, JsonValueKind kind) =>
        value.ValueKind == kind ? value : throw new JsonException($"Expected {kind} in the index manifest, found {value.ValueKind}.");

    private static JsonException Invalid(string what) => new($"The index manifest's {what} is not valid.");
}
