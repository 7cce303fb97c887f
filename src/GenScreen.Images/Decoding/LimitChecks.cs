namespace GenScreen.Images.Decoding;

/// <summary>Size checks shared by the managed header walk and the Skia header, applied before any pixel allocation.</summary>
internal static class LimitChecks
{
    /// <summary>Bytes per pixel of the RGBA canvas the codec decodes into.</summary>
    internal const int CanvasBytesPerPixel = 4;

    internal static void CheckCanvas(long width, long height, ImageDecodeLimits limits)
    {
        if (width <= 0 || height <= 0)
        {
            throw new DecodeRejectedException(DecodeFailureReason.Corrupt, $"the header declares an empty canvas {width}x{height}");
        }

        if (width > limits.MaxDimension || height > limits.MaxDimension)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.DimensionsTooLarge,
                $"the header declares {width}x{height}; the longest accepted side is {limits.MaxDimension}");
        }

        long pixels = width * height; // both sides are at most MaxDimension (int), so no overflow
        if (pixels > limits.MaxPixels)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.TooManyPixels,
                $"the header declares {width}x{height} = {pixels} pixels; the limit is {limits.MaxPixels}");
        }

        // Buffers are single .NET arrays; refuse rather than fail to allocate when limits are configured very high.
        if (pixels * CanvasBytesPerPixel > Array.MaxLength)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.TooManyPixels,
                $"{width}x{height} does not fit in one pixel buffer");
        }
    }

    /// <summary>Pixels decoded over every frame (frames x canvas) against <see cref="ImageDecodeLimits.MaxTotalPixels"/>.</summary>
    internal static void CheckScreenedTotal(long width, long height, int framesToScreen, ImageDecodeLimits limits)
    {
        // Checked as a product in 128 bits: the canvas is within MaxPixels here, but the limits are configurable.
        var total = (Int128)width * height * framesToScreen;
        if (total > limits.MaxTotalPixels)
        {
            throw new DecodeRejectedException(
                DecodeFailureReason.TooManyPixels,
                $"screening {framesToScreen} frame(s) of {width}x{height} needs {total} pixels; the limit is {limits.MaxTotalPixels}");
        }
    }
}
