namespace GenScreen.Images.Decoding;

/// <summary>
/// Managed, allocation-free structural check that runs before the native decoder sees the bytes: it finds
/// truncation the native decoders miss or misreport, reads the declared size for the bomb check, and counts
/// frames so they can be compared with what Skia reports. Linear in the input, no recursion.
/// </summary>
internal static class ContainerInspector
{
    internal static ContainerReport Inspect(ImageFormat format, ReadOnlySpan<byte> data) => format switch
    {
        ImageFormat.Png => PngContainer.Inspect(data),
        ImageFormat.Jpeg => JpegContainer.Inspect(data),
        ImageFormat.Gif => GifContainer.Inspect(data),
        ImageFormat.WebP => WebPContainer.Inspect(data),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "only accepted formats are inspected"),
    };
}
