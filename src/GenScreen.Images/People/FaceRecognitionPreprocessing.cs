using GenScreen.Core.Images.Faces;

namespace GenScreen.Images.People;

/// <summary>
/// Builds the recognition net's input from a face crop exactly as face-api 1.7.15 does on the tfjs CPU backend
/// (<c>extractFaceTensors</c> then <c>NetInput.toBatchTensor(150, true)</c>):
/// <list type="number">
/// <item>slice the crop box (integer pixels; the caller passes face-api's aligned box: the 68 landmarks' bounding box
/// grown by 20 % of its width and height, clipped at the image borders and floored);</item>
/// <item>pad the shorter side to a square with zeros, centred: <c>round(diff / 2)</c> zero rows/columns after the
/// face, the rest before;</item>
/// <item>unless it is already 150x150, resize bilinearly to 150x150 with alignCorners=false, halfPixelCenters=false,
/// in double precision from the float pixels, rounded once to float32 (tfjs-backend-cpu's ResizeBilinear).</item>
/// </list>
/// The output is NHWC RGB 0..255 floats; the mean subtraction and /255 are inside the ONNX graph.
/// </summary>
public static class FaceRecognitionPreprocessing
{
    public const int InputSize = 150;

    public const int Channels = 3;

    public const int TensorLength = InputSize * InputSize * Channels;

    /// <summary>Writes the <c>[150,150,3]</c> tensor for the face in <paramref name="crop"/> of an RGB24 image.</summary>
    public static void ToInputTensor(ReadOnlySpan<byte> rgb24, int width, int height, FaceBox crop, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (rgb24.Length != (long)width * height * Channels)
        {
            throw new ArgumentException($"Expected {(long)width * height * Channels} bytes of RGB24 for {width}x{height}, got {rgb24.Length}.", nameof(rgb24));
        }

        if (crop.Width < 1 || crop.Height < 1 || crop.X < 0 || crop.Y < 0 || crop.X + crop.Width > width || crop.Y + crop.Height > height)
        {
            throw new ArgumentOutOfRangeException(nameof(crop), crop, $"The face crop must be a non-empty box inside the {width}x{height} image.");
        }

        if (destination.Length < TensorLength)
        {
            throw new ArgumentException($"The destination needs {TensorLength} floats, has {destination.Length}.", nameof(destination));
        }

        // Centred zero padding to a square (padToSquare with isCenterImage): the appended part is round(diff/2)
        // (JavaScript Math.round: halves go up), the remainder is prepended.
        var side = Math.Max(crop.Width, crop.Height);
        var diff = side - Math.Min(crop.Width, crop.Height);
        var appended = (int)Math.Floor((diff * 0.5) + 0.5);
        var prepended = diff - appended;
        var offsetX = crop.Width < crop.Height ? prepended : 0;
        var offsetY = crop.Height < crop.Width ? prepended : 0;

        // The padded square's pixel (sx, sy) is the image pixel (crop.X + sx - offsetX, crop.Y + sy - offsetY) or zero.
        float Pixel(ReadOnlySpan<byte> rgb, int sx, int sy, int channel)
        {
            var x = sx - offsetX;
            var y = sy - offsetY;
            if (x < 0 || y < 0 || x >= crop.Width || y >= crop.Height)
            {
                return 0f;
            }

            return rgb[((((crop.Y + y) * width) + crop.X + x) * Channels) + channel];
        }

        var o = 0;
        if (side == InputSize)
        {
            for (var y = 0; y < InputSize; y++)
            {
                for (var x = 0; x < InputSize; x++)
                {
                    for (var d = 0; d < Channels; d++)
                    {
                        destination[o++] = Pixel(rgb24, x, y, d);
                    }
                }
            }

            return;
        }

        var ratio = (double)side / InputSize;
        for (var r = 0; r < InputSize; r++)
        {
            var srcRow = ratio * r;
            var rowFloor = (int)Math.Max(0, Math.Floor(srcRow));
            var rowFrac = srcRow - rowFloor;
            var rowCeil = (int)Math.Min(side - 1, Math.Ceiling(srcRow));
            for (var c = 0; c < InputSize; c++)
            {
                var srcCol = ratio * c;
                var colFloor = (int)Math.Max(0, Math.Floor(srcCol));
                var colFrac = srcCol - colFloor;
                var colCeil = (int)Math.Min(side - 1, Math.Ceiling(srcCol));
                for (var d = 0; d < Channels; d++)
                {
                    double topLeft = Pixel(rgb24, colFloor, rowFloor, d);
                    double topRight = Pixel(rgb24, colCeil, rowFloor, d);
                    double bottomLeft = Pixel(rgb24, colFloor, rowCeil, d);
                    double bottomRight = Pixel(rgb24, colCeil, rowCeil, d);
                    var top = topLeft + ((topRight - topLeft) * colFrac);
                    var bottom = bottomLeft + ((bottomRight - bottomLeft) * colFrac);
                    destination[o++] = (float)(top + ((bottom - top) * rowFrac));
                }
            }
        }
    }

    /// <summary>Allocating convenience overload.</summary>
    public static float[] ToInputTensor(ReadOnlySpan<byte> rgb24, int width, int height, FaceBox crop)
    {
        var tensor = new float[TensorLength];
        ToInputTensor(rgb24, width, height, crop, tensor);
        return tensor;
    }
}
