using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ArticleBot.Core.Semantic;

/// <summary>
/// Passage vectors kept on disk beside the index, by a hash of the passage's text, so a rebuild after one changed
/// article encodes only that article's new paragraphs and a restart encodes nothing. One file per model; a file
/// that is damaged or of another shape is ignored (the vectors are encoded again), never trusted.
/// </summary>
internal sealed class VectorCacheFile(string path, int dimensions)
{
    private static ReadOnlySpan<byte> Magic => "ABV1"u8;

    public string Path { get; } = path;

    public static UInt128 KeyOf(string text) =>
        BinaryPrimitives.ReadUInt128LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    /// <summary>The vectors in the file; empty when there is none or it cannot be read.</summary>
    public Dictionary<UInt128, float[]> Read()
    {
        var vectors = new Dictionary<UInt128, float[]>();
        byte[] bytes;
        try
        {
            bytes = File.Exists(Path) ? File.ReadAllBytes(Path) : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return vectors;
        }

        var header = Magic.Length + sizeof(int);
        if (bytes.Length < header || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length)) != dimensions)
        {
            return vectors;
        }

        var recordLength = 16 + (dimensions * sizeof(float));
        // A torn last record (the disk filled mid-write of an older version of the file) is left out.
        for (var offset = header; offset + recordLength <= bytes.Length; offset += recordLength)
        {
            var key = BinaryPrimitives.ReadUInt128LittleEndian(bytes.AsSpan(offset, 16));
            vectors[key] = MemoryMarshal.Cast<byte, float>(bytes.AsSpan(offset + 16, dimensions * sizeof(float))).ToArray();
        }

        return vectors;
    }

    /// <summary>Replaces the file with exactly these vectors, through a temporary file so a reader never sees half
    /// of one.</summary>
    public void Write(IReadOnlyDictionary<UInt128, float[]> vectors)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            stream.Write(Magic);
            Span<byte> number = stackalloc byte[16];
            BinaryPrimitives.WriteInt32LittleEndian(number, dimensions);
            stream.Write(number[..sizeof(int)]);
            foreach (var (key, vector) in vectors)
            {
                BinaryPrimitives.WriteUInt128LittleEndian(number, key);
                stream.Write(number);
                stream.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
            }
        }

        File.Move(temporary, Path, overwrite: true);
    }
}
