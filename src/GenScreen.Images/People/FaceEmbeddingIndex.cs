using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace GenScreen.Images.People;

/// <summary>
/// An immutable in-memory index of enrolled face descriptors that answers "which enrolled person is nearest to this
/// face, within the threshold?" exactly, without touching most of the float data:
/// <list type="number">
/// <item>Every descriptor is also stored as int8 codes with its own scale (<c>x ≈ s·c</c>), 128 bytes, contiguous
/// (100,000 descriptors = 12.8 MB, which stays in the L3 cache; the floats would be 51 MB and memory-bound).</item>
/// <item>A query is quantized the same way and scanned against all codes with SIMD integer dot products
/// (AVX-512BW or AVX2 <c>pmaddwd</c>; a scalar loop elsewhere).</item>
/// <item>The scan is exact, not approximate: with the stored quantization residuals, |q·x − q̂·x̂| ≤ ‖q‖·‖x − x̂‖ + ‖q − q̂‖·‖x̂‖,
/// so every descriptor whose lower bound on the distance is within the threshold is re-checked in float32, and no
/// true match can be skipped. Only those few rows of the float array are read.</item>
/// </list>
/// Build a new index and swap it to change the enrolled set (<see cref="ProtectedPersonMatcher"/> does); readers never lock.
/// </summary>
public sealed class FaceEmbeddingIndex
{
    public const int Dimensions = FaceRecognitionModelInfo.DescriptorLength;

    private readonly float[] _vectors;
    private readonly sbyte[] _codes;
    private readonly float[] _scales;
    private readonly float[] _squaredNorms;
    private readonly float[] _residualNorms;
    private readonly float[] _codeNorms;
    private readonly int[] _owners;

    private FaceEmbeddingIndex(int count, float[] vectors, sbyte[] codes, float[] scales, float[] squaredNorms, float[] residualNorms, float[] codeNorms, int[] owners)
    {
        Count = count;
        _vectors = vectors;
        _codes = codes;
        _scales = scales;
        _squaredNorms = squaredNorms;
        _residualNorms = residualNorms;
        _codeNorms = codeNorms;
        _owners = owners;
    }

    public static FaceEmbeddingIndex Empty { get; } = Build([]);

    /// <summary>Number of descriptors (a person may have several).</summary>
    public int Count { get; }

    /// <summary>Builds an index over <paramref name="entries"/>: the owner number (e.g. an index into a person list) and a 128-d descriptor.</summary>
    public static FaceEmbeddingIndex Build(IReadOnlyList<(int Owner, float[] Descriptor)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var n = entries.Count;
        var vectors = new float[n * Dimensions];
        var codes = new sbyte[n * Dimensions];
        var scales = new float[n];
        var squaredNorms = new float[n];
        var residualNorms = new float[n];
        var codeNorms = new float[n];
        var owners = new int[n];
        for (var i = 0; i < n; i++)
        {
            var (owner, descriptor) = entries[i];
            if (descriptor is null || descriptor.Length != Dimensions || !descriptor.All(float.IsFinite))
            {
                throw new ArgumentException($"Entry {i} is not a finite {Dimensions}-d descriptor.", nameof(entries));
            }

            descriptor.CopyTo(vectors, i * Dimensions);
            owners[i] = owner;
            squaredNorms[i] = TensorPrimitives.Dot(descriptor, descriptor);
            (scales[i], residualNorms[i], codeNorms[i]) = Quantize(descriptor, codes.AsSpan(i * Dimensions, Dimensions));
        }

        return new FaceEmbeddingIndex(n, vectors, codes, scales, squaredNorms, residualNorms, codeNorms, owners);
    }

    /// <summary>
    /// The nearest descriptor within <paramref name="threshold"/> (Euclidean) of <paramref name="query"/>: its owner and
    /// exact float32 distance; null when none is that close.
    /// </summary>
    public (int Owner, float Distance)? FindNearest(ReadOnlySpan<float> query, float threshold) => FindNearest(query, threshold, out _);

    /// <summary>As <see cref="FindNearest(ReadOnlySpan{float}, float)"/>, also counting the rows that needed the float re-check (the tests check the pruning works).</summary>
    internal (int Owner, float Distance)? FindNearest(ReadOnlySpan<float> query, float threshold, out int exactChecks)
    {
        exactChecks = 0;
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query must have {Dimensions} values, has {query.Length}.", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        if (Count == 0)
        {
            return null;
        }

        Span<sbyte> queryCode = stackalloc sbyte[Dimensions];
        var (queryScale, queryResidual, queryCodeNorm) = Quantize(query, queryCode);
        Span<short> wideQuery = stackalloc short[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            wideQuery[d] = queryCode[d];
        }

        var querySquaredNorm = TensorPrimitives.Dot(query, query);
        var queryNorm = MathF.Sqrt(querySquaredNorm);
        var thresholdSquared = threshold * threshold;
        var best = -1;
        var bestSquared = float.PositiveInfinity;
        ref var codes = ref MemoryMarshal.GetArrayDataReference(_codes);
        for (var i = 0; i < Count; i++)
        {
            var dot = IntDot(ref Unsafe.Add(ref codes, i * Dimensions), wideQuery);
            var approx = queryScale * _scales[i] * dot;

            // Upper bound on q·x, hence a lower bound on |q - x|² = |q|² + |x|² - 2 q·x (with a little slack for float rounding).
            var dotUpper = approx + (queryNorm * _residualNorms[i]) + (queryResidual * _codeNorms[i]);
            var lowerSquared = querySquaredNorm + _squaredNorms[i] - (2 * dotUpper) - 1e-4f;
            if (lowerSquared > thresholdSquared || lowerSquared > bestSquared)
            {
                continue;
            }

            exactChecks++;
            var exact = TensorPrimitives.Distance(query, _vectors.AsSpan(i * Dimensions, Dimensions));
            var exactSquared = exact * exact;
            if (exact <= threshold && exactSquared < bestSquared)
            {
                bestSquared = exactSquared;
                best = i;
            }
        }

        return best < 0 ? null : (_owners[best], MathF.Sqrt(bestSquared));
    }

    /// <summary>The plain float scan over every descriptor: the reference the tests and the benchmark compare against.</summary>
    public (int Owner, float Distance)? FindNearestByFullScan(ReadOnlySpan<float> query, float threshold)
    {
        var best = -1;
        var bestDistance = float.PositiveInfinity;
        for (var i = 0; i < Count; i++)
        {
            var distance = TensorPrimitives.Distance(query, _vectors.AsSpan(i * Dimensions, Dimensions));
            if (distance <= threshold && distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }

        return best < 0 ? null : (_owners[best], bestDistance);
    }

    /// <summary>Symmetric int8 quantization with a per-vector scale: returns the scale, ‖x − s·c‖ and ‖s·c‖.</summary>
    internal static (float Scale, float Residual, float CodeNorm) Quantize(ReadOnlySpan<float> x, Span<sbyte> code)
    {
        // MaxMagnitude returns the element itself, sign included.
        var maxAbs = MathF.Abs(TensorPrimitives.MaxMagnitude(x));
        var scale = maxAbs > 0 ? maxAbs / 127f : 1f;
        double residual = 0, codeNorm = 0;
        for (var d = 0; d < x.Length; d++)
        {
            var q = (sbyte)Math.Clamp(MathF.Round(x[d] / scale), -127, 127);
            code[d] = q;
            var back = q * scale;
            residual += (x[d] - back) * (double)(x[d] - back);
            codeNorm += back * (double)back;
        }

        return (scale, (float)Math.Sqrt(residual), (float)Math.Sqrt(codeNorm));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IntDot(ref sbyte row, ReadOnlySpan<short> wideQuery)
    {
        ref var q = ref MemoryMarshal.GetReference(wideQuery);
        if (Avx512BW.IsSupported)
        {
            var sum = Vector512<int>.Zero;
            for (var d = 0; d < Dimensions; d += 32)
            {
                var x = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref row, (nuint)d));
                sum = Avx512F.Add(sum, Avx512BW.MultiplyAddAdjacent(x, Vector512.LoadUnsafe(ref q, (nuint)d)));
            }

            return Vector512.Sum(sum);
        }

        if (Avx2.IsSupported)
        {
            var sum = Vector256<int>.Zero;
            for (var d = 0; d < Dimensions; d += 16)
            {
                var x = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref row, (nuint)d));
                sum = Avx2.Add(sum, Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref q, (nuint)d)));
            }

            return Vector256.Sum(sum);
        }

        var total = 0;
        for (var d = 0; d < Dimensions; d++)
        {
            total += Unsafe.Add(ref row, d) * Unsafe.Add(ref q, d);
        }

        return total;
    }
}
