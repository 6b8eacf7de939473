using System.Numerics;
using System.Runtime.InteropServices;

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
}
