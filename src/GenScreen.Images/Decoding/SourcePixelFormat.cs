namespace GenScreen.Images.Decoding;

/// <summary>
/// The stored pixel layout as declared by the file header, for logs and for callers that treat unusual
/// layouts differently. It describes the input only; the decoder always outputs 8-bit sRGB RGB24.
/// </summary>
/// <param name="ColorModel">Colour model of the stored samples.</param>
/// <param name="BitsPerChannel">Bits per sample as stored (1, 2, 4, 8, 12 or 16); palette images report the index depth.</param>
/// <param name="HasAlpha">The file can carry transparency (alpha channel, tRNS, GIF transparent index, WebP alpha).</param>
/// <param name="Interlaced">Adam7 PNG, progressive JPEG or interlaced GIF.</param>
public sealed record SourcePixelFormat(SourceColorModel ColorModel, int BitsPerChannel, bool HasAlpha, bool Interlaced)
{
    internal static SourcePixelFormat Unknown { get; } = new(SourceColorModel.Unknown, 0, false, false);
}
