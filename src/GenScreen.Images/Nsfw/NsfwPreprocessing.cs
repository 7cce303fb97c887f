namespace GenScreen.Images.Nsfw;

/// <summary>
/// Builds the model input exactly as nsfwjs 4.4.0 does in <c>NSFWJS.infer</c> on the tfjs CPU backend:
/// <c>img.toFloat().div(255)</c> first, then, unless the image is already S×S (224 for MobileNetV2, 299 for
/// InceptionV3: nsfwjs's <c>options.size</c>), <c>tf.image.resizeBilinear(x, [S,S], alignCorners=true)</c> (halfPixelCenters=false) on those floats, stretching
/// without keeping the aspect ratio, no crop, no antialiasing; RGB order kept, no mean/std.
/// The arithmetic mirrors tfjs-backend-cpu's ResizeBilinear kernel: coordinates and interpolation in double precision
/// (JavaScript numbers) from float32 pixels, rounded once to float32, so the tensor is bit-identical to nsfwjs's.
/// </summary>
public static class NsfwPreprocessing
{
    public const int InputSize = 224;

    public const int Channels = 3;

    /// <summary>Floats in one NHWC image tensor <c>[224,224,3]</c>.</summary>
    public const int TensorLength = InputSize * InputSize * Channels;

    /// <summary>float32(v / 255) for every byte value: what tfjs's float32 division yields.</summary>
    private static readonly float[] Normalized = Enumerable.Range(0, 256).Select(v => v / 255f).ToArray();

    /// <summary>Writes the <c>[224,224,3]</c> NHWC float tensor for an RGB24 image into <paramref name="destination"/>.</summary>
    public static void ToInputTensor(ReadOnlySpan<byte> rgb24, int width, int height, Span<float> destination) =>
        ToInputTensor(rgb24, width, height, destination, InputSize);

    /// <summary>Writes the <c>[size,size,3]</c> NHWC float tensor for an RGB24 image into <paramref name="destination"/>.</summary>
    public static void ToInputTensor(ReadOnlySpan<byte> rgb24, int width, int height, Span<float> destination, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 2);
        var tensorLength = size * size * Channels;
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (rgb24.Length != (long)width * height * Channels)
        {
            throw new ArgumentException($"Expected {(long)width * height * Channels} bytes of RGB24 for {width}x{height}, got {rgb24.Length}.", nameof(rgb24));
        }

        if (destination.Length < tensorLength)
        {
            throw new ArgumentException($"The destination needs {tensorLength} floats, has {destination.Length}.", nameof(destination));
        }

        if (width == size && height == size)
        {
            // nsfwjs skips the resize for input of the model's size (the resize would be the identity anyway).
            for (var i = 0; i < tensorLength; i++)
            {
                destination[i] = Normalized[rgb24[i]];
            }

            return;
        }

        // alignCorners: the corner pixels of input and output coincide, ratio = (in - 1) / (out - 1).
        var rowRatio = (double)(height - 1) / (size - 1);
        var colRatio = (double)(width - 1) / (size - 1);
        var rowStride = width * Channels;
        var o = 0;
        for (var r = 0; r < size; r++)
        {
            var srcRow = rowRatio * r;
            var rowFloor = (int)Math.Max(0, Math.Floor(srcRow));
            var rowFrac = srcRow - rowFloor;
            var rowCeil = (int)Math.Min(height - 1, Math.Ceiling(srcRow));
            var top = rgb24.Slice(rowFloor * rowStride, rowStride);
            var bottom = rgb24.Slice(rowCeil * rowStride, rowStride);
            for (var c = 0; c < size; c++)
            {
                var srcCol = colRatio * c;
                var colFloor = (int)Math.Max(0, Math.Floor(srcCol));
                var colFrac = srcCol - colFloor;
                var colCeil = (int)Math.Min(width - 1, Math.Ceiling(srcCol));
                var left = colFloor * Channels;
                var right = colCeil * Channels;
                for (var d = 0; d < Channels; d++)
                {
                    double topLeft = Normalized[top[left + d]];
                    double topRight = Normalized[top[right + d]];
                    double bottomLeft = Normalized[bottom[left + d]];
                    double bottomRight = Normalized[bottom[right + d]];
                    var topValue = topLeft + ((topRight - topLeft) * colFrac);
                    var bottomValue = bottomLeft + ((bottomRight - bottomLeft) * colFrac);
                    destination[o++] = (float)(topValue + ((bottomValue - topValue) * rowFrac));
                }
            }
        }
    }

    /// <summary>Allocating convenience overload: returns a new <c>[224,224,3]</c> NHWC tensor.</summary>
    public static float[] ToInputTensor(ReadOnlySpan<byte> rgb24, int width, int height) => ToInputTensor(rgb24, width, height, InputSize);

    /// <summary>Allocating convenience overload: returns a new <c>[size,size,3]</c> NHWC tensor.</summary>
    public static float[] ToInputTensor(ReadOnlySpan<byte> rgb24, int width, int height, int size)
    {
        var tensor = new float[size * size * Channels];
        ToInputTensor(rgb24, width, height, tensor, size);
        return tensor;
    }
}
