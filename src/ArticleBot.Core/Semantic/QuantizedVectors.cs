using System.Buffers;
using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ArticleBot.Core.Semantic;

/// <summary>
/// Unit vectors kept compact for a large index: each as bytes (int8, a quarter of fp32's size) with its own scale,
/// plus its signs as bits. The question stays at full precision (as 16-bit integers), so a cosine is off only by the
/// stored vector's rounding, about 0.002. A small store is searched exactly, every row's int8 cosine; a large one
/// first by the signs (the Hamming distance of 48 bytes a row, an eighth of the int8 pass's memory traffic), then
/// the closest <c>candidates</c> by their int8 cosine (recall against fp32 in BENCHMARKS.md). Saved to a file, the
/// vectors are read through a memory map: their pages belong to the file, which the kernel can drop and read again,
/// not to the process's own memory.
/// </summary>
internal sealed class QuantizedVectors
{
    private static ReadOnlySpan<byte> Magic => "ABQ2"u8;

    /// <summary>The header: magic, dimensions, count, the model id's length, the model id (at most 200 bytes),
    /// padded so the sections after it (signs, scales, rows) are aligned.</summary>
    private const int HeaderLength = 256;

    private const int MaxModelIdBytes = 200;

    /// <summary>The question's largest element as a 16-bit integer. Not 32,767: a row's products (127 × this) summed
    /// over up to <see cref="MaxDimensions"/> elements must fit an int.</summary>
    private const int QueryRange = 8191;

    public const int MaxDimensions = 1024;

    /// <summary>Rows from which a search goes by the signs first: below it the exact int8 pass is a few
    /// milliseconds.</summary>
    public const int SignsFrom = 100_000;

    /// <summary>Rows of the signs' pass whose int8 cosine is taken. At 1M rows, recall@20 against fp32 is 0.85 with
    /// 1,000, 0.93 with 4,000 and 0.95 with 16,000, where every row's int8 cosine gives 0.96 (BENCHMARKS.md); the
    /// 16,000 rows' cosines cost about half a millisecond, next to the signs' pass.</summary>
    public const int DefaultCandidates = 16_000;

    private readonly float[]? _scales;
    private readonly sbyte[]? _rows;
    private readonly ulong[]? _signs;
    private readonly MemoryMappedViewAccessor? _view;

    /// <summary>The first byte of the mapped file. It stays valid as long as <see cref="_view"/>, which is never
    /// disposed while this object is reachable: the view's own finalizer unmaps it with the generation holding it.</summary>
    private readonly nint _mapped;

    private QuantizedVectors(int dimensions, int count, float[]? scales, sbyte[]? rows, ulong[]? signs, MemoryMappedViewAccessor? view)
    {
        Dimensions = dimensions;
        Count = count;
        SignWords = (dimensions + 63) / 64;
        _scales = scales;
        _rows = rows;
        _signs = signs;
        _view = view;
        _mapped = view is null ? 0 : view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)view.PointerOffset;
    }

    public int Dimensions { get; }

    public int Count { get; }

    /// <summary>True when the rows are read through a memory map of their file.</summary>
    public bool IsMapped => _view is not null;

    private int SignWords { get; }

    /// <summary>Quantizes unit vectors: each element rounded to the nearest of 255 steps of its vector's largest.</summary>
    public static QuantizedVectors Quantize(int dimensions, IReadOnlyList<float[]> vectors)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        var words = (dimensions + 63) / 64;
        var scales = new float[vectors.Count];
        var rows = new sbyte[vectors.Count * dimensions];
        var signs = new ulong[vectors.Count * words];
        for (var row = 0; row < vectors.Count; row++)
        {
            var vector = vectors[row];
            if (vector.Length != dimensions)
            {
                throw new ArgumentException($"Vector {row} has {vector.Length} dimensions, not {dimensions}.", nameof(vectors));
            }

            scales[row] = QuantizeRow(vector, rows.AsSpan(row * dimensions, dimensions));
            SignsOf(vector, signs.AsSpan(row * words, words));
        }

        return new QuantizedVectors(dimensions, vectors.Count, scales, rows, signs, view: null);
    }

    /// <summary>Writes the vectors for <paramref name="modelId"/>, through a temporary file so a reader never sees
    /// half of one.</summary>
    public void Write(string path, string modelId)
    {
        var id = Encoding.UTF8.GetBytes(modelId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id.Length, MaxModelIdBytes, nameof(modelId));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var header = new byte[HeaderLength];
            Magic.CopyTo(header);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), Dimensions);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), Count);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), id.Length);
            id.CopyTo(header.AsSpan(16));
            stream.Write(header);
            // Little-endian machines only (x64, arm64): the sections are written and mapped as they are in memory.
            stream.Write(MemoryMarshal.AsBytes(Signs()));
            stream.Write(MemoryMarshal.AsBytes(Scales()));
            for (var row = 0; row < Count; row++)
            {
                stream.Write(MemoryMarshal.AsBytes(Row(row)));
            }
        }

        GC.KeepAlive(this);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The vectors of a file written by <see cref="Write"/>, read through a memory map; null when there is
    /// no file, or it is damaged, cut short, of another size, or made by another model (the caller makes them anew).</summary>
    public static QuantizedVectors? Open(string path, string modelId, int dimensions)
    {
        if (!File.Exists(path) || !BitConverter.IsLittleEndian)
        {
            return null;
        }

        MemoryMappedFile? file = null;
        try
        {
            var length = new FileInfo(path).Length;
            if (length < HeaderLength)
            {
                return null;
            }

            file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
            var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            var header = new byte[HeaderLength];
            view.ReadArray(0, header, 0, HeaderLength);
            var count = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8));
            var idLength = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
            var words = (dimensions + 63) / 64;
            var valid = header.AsSpan(0, 4).SequenceEqual(Magic)
                && BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4)) == dimensions
                && count >= 0 && idLength is >= 0 and <= MaxModelIdBytes
                && Encoding.UTF8.GetString(header, 16, idLength) == modelId
                && length == HeaderLength + ((long)count * words * sizeof(ulong)) + ((long)count * sizeof(float)) + ((long)count * dimensions);
            if (!valid)
            {
                view.Dispose();
                return null;
            }

            // The view keeps the mapping; the file object is not needed once the view is made.
            return new QuantizedVectors(dimensions, count, scales: null, rows: null, signs: null, view);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            file?.Dispose();
        }
    }

    /// <summary>The cosine of a stored vector and a unit question vector.</summary>
    public float Similarity(int row, ReadOnlySpan<float> query)
    {
        if (query.Length != Dimensions)
        {
            return 0;
        }

        Span<short> quantized = stackalloc short[Dimensions];
        var queryScale = QuantizeQuery(query, quantized);
        var cosine = Scale(row) * queryScale * VectorMath.Dot(Row(row), quantized);
        GC.KeepAlive(this);
        return cosine;
    }

    /// <summary>The <paramref name="count"/> rows nearest the question, nearest first: exactly by every row's int8
    /// cosine below <see cref="SignsFrom"/> rows, else among the <paramref name="candidates"/> rows nearest by the
    /// signs.</summary>
    public IReadOnlyList<(int Row, float Cosine)> Nearest(ReadOnlySpan<float> query, int count, int candidates = DefaultCandidates, int signsFrom = SignsFrom)
    {
        if (count <= 0 || Count == 0 || query.Length != Dimensions)
        {
            return [];
        }

        var quantized = new short[Dimensions];
        var queryScale = QuantizeQuery(query, quantized);
        var top = new TopRows(count);
        var scales = Scales();
        if (Count < signsFrom || Math.Max(candidates, count) >= Count)
        {
            for (var row = 0; row < Count; row++)
            {
                top.Offer(row, scales[row] * VectorMath.Dot(Row(row), quantized));
            }
        }
        else
        {
            foreach (var row in NearestBySigns(query, Math.Max(candidates, count)))
            {
                top.Offer(row, scales[row] * VectorMath.Dot(Row(row), quantized));
            }
        }

        GC.KeepAlive(this);
        return [.. TopRows.Merge([top], count).Select(hit => (hit.Row, hit.Score * queryScale))];
    }

    /// <summary>The rows whose signs differ least from the question's, about <paramref name="wanted"/> of them
    /// (ties at the last distance in row order): every row's Hamming distance, then a histogram of the distances
    /// instead of a sort.</summary>
    private List<int> NearestBySigns(ReadOnlySpan<float> query, int wanted)
    {
        Span<ulong> querySigns = stackalloc ulong[SignWords];
        SignsOf(query, querySigns);
        var signs = Signs();
        var distances = ArrayPool<ushort>.Shared.Rent(Count);
        var histogram = new int[Dimensions + 1];
        try
        {
            ref var code = ref MemoryMarshal.GetReference(signs);
            if (SignWords == 6)
            {
                // 384 dimensions, the model's: the six words unrolled, with no slice or bounds check per row.
                var (q0, q1, q2, q3, q4, q5) = (querySigns[0], querySigns[1], querySigns[2], querySigns[3], querySigns[4], querySigns[5]);
                for (var row = 0; row < Count; row++)
                {
                    ref var words = ref Unsafe.Add(ref code, row * 6);
                    var distance = BitOperations.PopCount(words ^ q0) + BitOperations.PopCount(Unsafe.Add(ref words, 1) ^ q1)
                        + BitOperations.PopCount(Unsafe.Add(ref words, 2) ^ q2) + BitOperations.PopCount(Unsafe.Add(ref words, 3) ^ q3)
                        + BitOperations.PopCount(Unsafe.Add(ref words, 4) ^ q4) + BitOperations.PopCount(Unsafe.Add(ref words, 5) ^ q5);
                    distances[row] = (ushort)distance;
                    histogram[distance]++;
                }
            }
            else
            {
                for (var row = 0; row < Count; row++)
                {
                    var distance = 0;
                    for (var word = 0; word < SignWords; word++)
                    {
                        distance += BitOperations.PopCount(Unsafe.Add(ref code, (row * SignWords) + word) ^ querySigns[word]);
                    }

                    distances[row] = (ushort)distance;
                    histogram[distance]++;
                }
            }

            var limit = 0;
            for (var seen = 0; limit < histogram.Length && seen + histogram[limit] < wanted; limit++)
            {
                seen += histogram[limit];
            }

            var rows = new List<int>(wanted);
            var atLimit = wanted - histogram.Take(limit).Sum();
            for (var row = 0; row < Count && rows.Count < wanted; row++)
            {
                if (distances[row] < limit || (distances[row] == limit && atLimit-- > 0))
                {
                    rows.Add(row);
                }
            }

            return rows;
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(distances);
        }
    }

    private float Scale(int row) => Scales()[row];

    private long SignsLength => (long)Count * SignWords * sizeof(ulong);

    private unsafe ReadOnlySpan<ulong> Signs() =>
        _signs ?? new ReadOnlySpan<ulong>((byte*)_mapped + HeaderLength, Count * SignWords);

    private unsafe ReadOnlySpan<float> Scales() =>
        _scales ?? new ReadOnlySpan<float>((byte*)_mapped + HeaderLength + SignsLength, Count);

    private unsafe ReadOnlySpan<sbyte> Row(int row) => _rows is not null
        ? _rows.AsSpan(row * Dimensions, Dimensions)
        : new ReadOnlySpan<sbyte>((sbyte*)_mapped + HeaderLength + SignsLength + ((long)Count * sizeof(float)) + ((long)row * Dimensions), Dimensions);

    private static void SignsOf(ReadOnlySpan<float> vector, Span<ulong> signs)
    {
        signs.Clear();
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] > 0)
            {
                signs[i / 64] |= 1UL << (i % 64);
            }
        }
    }

    private static float QuantizeRow(ReadOnlySpan<float> vector, Span<sbyte> row)
    {
        var largest = LargestMagnitude(vector);
        if (largest == 0)
        {
            row.Clear();
            return 0;
        }

        var scale = largest / 127;
        for (var i = 0; i < vector.Length; i++)
        {
            row[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        }

        return scale;
    }

    private static float QuantizeQuery(ReadOnlySpan<float> query, Span<short> quantized)
    {
        var largest = LargestMagnitude(query);
        if (largest == 0)
        {
            quantized.Clear();
            return 0;
        }

        var scale = largest / QueryRange;
        for (var i = 0; i < query.Length; i++)
        {
            quantized[i] = (short)MathF.Round(query[i] / scale);
        }

        return scale;
    }

    private static float LargestMagnitude(ReadOnlySpan<float> vector)
    {
        var largest = 0f;
        foreach (var value in vector)
        {
            largest = MathF.Max(largest, MathF.Abs(value));
        }

        return largest;
    }
}
