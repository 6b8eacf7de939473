using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArticleBot.Core.Semantic;

internal static class VectorMath
{
    /// <summary>The dot product, which is the cosine for the unit vectors encoders return.</summary>
    public static float Dot(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var leftVectors = MemoryMarshal.Cast<float, Vector<float>>(left);
            var rightVectors = MemoryMarshal.Cast<float, Vector<float>>(right);
            for (var v = 0; v < leftVectors.Length; v++)
            {
                sum += leftVectors[v] * rightVectors[v];
            }

            i = leftVectors.Length * Vector<float>.Count;
        }

        var total = Vector.Sum(sum);
        for (; i < left.Length; i++)
        {
            total += left[i] * right[i];
        }

        return total;
    }

    /// <summary>The dot product of a quantized row and a quantized question, exact in integers. With AVX2, 32 bytes
    /// a step: widened to 16-bit and multiplied pairwise into 32-bit sums (vpmaddwd), which cannot overflow for the
    /// ranges <see cref="QuantizedVectors"/> uses.</summary>
    public static int Dot(ReadOnlySpan<sbyte> row, ReadOnlySpan<short> query)
    {
        var i = 0;
        var total = 0;
        if (Avx2.IsSupported && row.Length >= Vector256<sbyte>.Count)
        {
            var sum = Vector256<int>.Zero;
            ref var rows = ref MemoryMarshal.GetReference(row);
            ref var queries = ref MemoryMarshal.GetReference(query);
            for (; i <= row.Length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref rows, (nuint)i));
                sum = Avx2.Add(sum, Avx2.MultiplyAddAdjacent(lower, Vector256.LoadUnsafe(ref queries, (nuint)i)));
                sum = Avx2.Add(sum, Avx2.MultiplyAddAdjacent(upper, Vector256.LoadUnsafe(ref queries, (nuint)(i + Vector256<short>.Count))));
            }

            total = Vector256.Sum(sum);
        }

        for (; i < row.Length; i++)
        {
            total += row[i] * query[i];
        }

        return total;
    }
}
