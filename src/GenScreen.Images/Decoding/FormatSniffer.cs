namespace GenScreen.Images.Decoding;

/// <summary>
/// Identifies the container by magic bytes. Names and content types are attacker-controlled and never decide
/// how bytes are parsed; only these signatures do (Skia sniffs the same way, and we check it agrees).
/// </summary>
internal static class FormatSniffer
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Gif87 => "GIF87a"u8;

    private static ReadOnlySpan<byte> Gif89 => "GIF89a"u8;

    private static ReadOnlySpan<byte> Riff => "RIFF"u8;

    private static ReadOnlySpan<byte> WebP => "WEBP"u8;

    /// <summary>
    /// Returns the accepted format, and whether the data stops inside that format's signature (a file cut
    /// within its first 12 bytes is truncated, not "unknown").
    /// </summary>
    internal static (ImageFormat Format, bool SignatureTruncated) Detect(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return (ImageFormat.Unknown, false);
        }

        if (Matches(data, PngSignature, out bool cut))
        {
            return (ImageFormat.Png, cut);
        }

        if (Matches(data, JpegSignature, out cut))
        {
            return (ImageFormat.Jpeg, cut);
        }

        if (Matches(data, Gif89, out cut) || Matches(data, Gif87, out cut))
        {
            return (ImageFormat.Gif, cut);
        }

        if (Matches(data, Riff, out cut))
        {
            if (cut || data.Length < 12)
            {
                // "RIFF" plus size but no form type yet: only WebP is a RIFF we accept, so call it a cut WebP
                // unless the bytes present already say otherwise.
                return (ImageFormat.WebP, true);
            }

            if (data.Slice(8, 4).SequenceEqual(WebP))
            {
                return (ImageFormat.WebP, false);
            }
        }

        return (ImageFormat.Unknown, false);
    }

    /// <summary>A short guess at what unaccepted bytes are, for the failure message only.</summary>
    internal static string Describe(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("BM"u8))
        {
            return "BMP";
        }

        if (data.StartsWith("II*\0"u8) || data.StartsWith("MM\0*"u8))
        {
            return "TIFF";
        }

        if (data.Length >= 12 && data.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return "an ISO-BMFF file (HEIF/AVIF/MP4)";
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0x01, 0x00]))
        {
            return "ICO";
        }

        if (data.StartsWith("RIFF"u8))
        {
            return "a RIFF file that is not WebP";
        }

        if (data.StartsWith("%PDF"u8))
        {
            return "PDF";
        }

        return LooksLikeText(data) ? "text (HTML, SVG, XML or similar)" : "unrecognised binary data";
    }

    private static bool Matches(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature, out bool truncated)
    {
        if (data.Length >= signature.Length)
        {
            truncated = false;
            return data.StartsWith(signature);
        }

        truncated = true;
        return signature.StartsWith(data);
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, 512)];
        foreach (byte b in head)
        {
            bool printable = b is >= 0x20 and < 0x7F or (byte)'\t' or (byte)'\n' or (byte)'\r' or >= 0x80;
            if (!printable)
            {
                return false;
            }
        }

        return true;
    }
}
