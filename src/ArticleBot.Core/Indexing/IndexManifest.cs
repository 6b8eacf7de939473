using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// What the index on disk was built from. An index is reused only when its schema version and every source file's
/// hash match; anything else (a changed article, a missing or unreadable manifest) means a rebuild.
/// </summary>
public sealed record IndexManifest(
    [property: JsonPropertyName("schema")] int Schema,
    [property: JsonPropertyName("generation")] string Generation,
    [property: JsonPropertyName("builtAt")] DateTimeOffset BuiltAt,
    [property: JsonPropertyName("sources")] IReadOnlyList<SourceFingerprint> Sources)
{
    /// <summary>Raise when documents, fields or analysis change, so old indexes are rebuilt.</summary>
    /// <remarks>6: links skipped and URLs other than http(s) dropped when reading articles, so an index built before
    /// could still serve them from articles that have not changed.
    /// 7: quotations carry their speaker's role, and attribution changed (issue 12), so stored quotations are stale.
    /// 8: article documents store their speakers' sexes (follow-up "she" checked against them, issue 13).</remarks>
    public const int CurrentSchema = 8;

    public const string FileName = "manifest.json";

    /// <summary>When the manifest file was last written, by the file system's clock (not serialized): a source
    /// modified at or after this moment is hashed again whatever its length and time say.</summary>
    [JsonIgnore]
    public DateTime WrittenAtUtc { get; init; } = DateTime.MinValue;

    /// <summary>The article limits the index was built with (<see cref="IndexOptions.LimitsKey"/>): a changed limit
    /// changes which files and paragraphs the index holds, so it means a rebuild as a changed article does.</summary>
    [JsonPropertyName("limits")]
    public string? Limits { get; init; }

    public bool Matches(IReadOnlyList<SourceFingerprint> sources, string limits) =>
        Schema == CurrentSchema && Limits == limits && Sources.SequenceEqual(sources);

    /// <summary>The manifest on disk, or null when it is missing, unreadable or not one this code wrote (a hand-edited
    /// or half-written file, fields missing, a generation that is not a folder of this index): each means a rebuild.</summary>
    public static IndexManifest? TryRead(string indexPath)
    {
        try
        {
            var path = Path.Combine(indexPath, FileName);
            if (!File.Exists(path))
            {
                return null;
            }

            var writtenAt = File.GetLastWriteTimeUtc(path);
            var manifest = ManifestReader.Read(File.ReadAllBytes(path));
            return manifest is not null && manifest.IsWellFormed() ? manifest with { WrittenAtUtc = writtenAt } : null;
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    // The deserializer leaves absent properties null whatever their declared types say.
    private bool IsWellFormed() =>
        Sources is not null && Sources.All(source => source is { File: not null, Sha256: not null })
        && Generation is not null && Generation.StartsWith("gen-", StringComparison.Ordinal)
        && Generation.IndexOfAny(['/', '\\']) < 0 && !Generation.Contains("..", StringComparison.Ordinal);

    /// <summary>Writes the manifest atomically: a reader sees the old one or the new one, never half of either.</summary>
    public void Write(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, ManifestJsonContext.Default.IndexManifest));
        File.Move(temporary, path, overwrite: true);
    }
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(IndexManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
