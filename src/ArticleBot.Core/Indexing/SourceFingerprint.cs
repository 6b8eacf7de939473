using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace ArticleBot.Core.Indexing;

/// <summary>
/// One article file as the index was built from it: its path under the articles folder and the SHA-256 of its bytes.
/// Two fingerprints are equal when they name the same file with the same content; the length and modification time
/// recorded beside the hash only let the next start skip hashing a file that has not been touched since.
/// </summary>
public sealed record SourceFingerprint(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("sha256")] string Sha256)
{
    /// <summary>The file's length when it was hashed; null in manifests written before it was recorded.</summary>
    [JsonPropertyName("length")]
    public long? Length { get; init; }

    /// <summary>The file's last write time (UTC ticks) when it was hashed; null in manifests written before it was recorded.</summary>
    [JsonPropertyName("modified")]
    public long? ModifiedTicks { get; init; }

    public bool Equals(SourceFingerprint? other) =>
        other is not null && string.Equals(File, other.File, StringComparison.Ordinal) && string.Equals(Sha256, other.Sha256, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(File, Sha256);

    public static SourceFingerprint Of(string articlesPath, string path) => Of(articlesPath, path, new FileInfo(path));

    /// <summary>
    /// Fingerprints of <paramref name="files"/>, taking the hash from <paramref name="previous"/> for a file whose
    /// length and last write time are the ones recorded there: hashing every article on every start costs a read of
    /// the whole folder (and, for the first file, loading the system's crypto library) before the first answer.
    /// A file written in the same tick of the file system's clock as the manifest or later is hashed again (as git
    /// does with its index), so a change the clock's granularity hides is still seen. A tool that changes a file
    /// and then sets its time back to the recorded one, keeping its length, is not seen: <c>index --rebuild</c>.
    /// </summary>
    public static List<SourceFingerprint> OfAll(string articlesPath, IReadOnlyList<string> files, IndexManifest? previous)
    {
        Dictionary<string, SourceFingerprint>? known = null;
        if (previous is not null)
        {
            known = new Dictionary<string, SourceFingerprint>(previous.Sources.Count, StringComparer.Ordinal);
            foreach (var source in previous.Sources)
            {
                known.TryAdd(source.File, source);
            }
        }

        var fingerprints = new List<SourceFingerprint>(files.Count);
        foreach (var path in files)
        {
            var info = new FileInfo(path);
            var modified = info.LastWriteTimeUtc;
            if (known is not null && known.TryGetValue(RelativeName(articlesPath, path), out var recorded)
                && recorded.Length == info.Length && recorded.ModifiedTicks == modified.Ticks && modified < previous!.WrittenAtUtc)
            {
                fingerprints.Add(recorded);
            }
            else
            {
                fingerprints.Add(Of(articlesPath, path, info));
            }
        }

        return fingerprints;
    }

    // The length and time are read before the bytes: a write during hashing leaves a newer time than the one
    // recorded, so the next start hashes the file again.
    private static SourceFingerprint Of(string articlesPath, string path, FileInfo info)
    {
        var length = info.Length;
        var modified = info.LastWriteTimeUtc.Ticks;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new SourceFingerprint(RelativeName(articlesPath, path), hash) { Length = length, ModifiedTicks = modified };
    }

    private static string RelativeName(string articlesPath, string path) => Path.GetRelativePath(articlesPath, path).Replace('\\', '/');
}
