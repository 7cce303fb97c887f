using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using GenScreen.Images.Tests.Decoding;

namespace GenScreen.Images.Tests.Hostile;

/// <summary>
/// The hand-made part of the hostile corpus, built here byte by byte (nothing fetched): decompression and dimension bombs
/// for every format, polyglots (PNG+ZIP, JPEG+HTML, HTML+PNG, GIF with a script comment), huge metadata (a 4 MiB PNG text
/// chunk, an ICC profile split over 64 JPEG APP2 segments, EXIF IFDs that lie), embedded pictures nested and multiplied,
/// and random bytes behind every signature. Each case has a name the fuzz test prints when it fails.
/// </summary>
internal static class HostileImages
{
    public static IEnumerable<(string Name, byte[] Bytes)> Cases(IReadOnlyList<(string Name, byte[] Bytes)> seeds)
    {
        byte[] png = Seed(seeds, "quadrants.png");
        byte[] jpeg = Seed(seeds, "quadrants.jpg");
        byte[] gif = Seed(seeds, "quadrants.gif");
        byte[] small = Seed(seeds, "gray-ramp.jpg");

        // Bombs: declared sizes far beyond the limits, and a real zlib bomb inside the limits' reach.
        yield return ("png-declares-2^31-square", TestPng.WithDeclaredSize(0x7FFFFFFF, 0x7FFFFFFF));
        yield return ("png-declares-100k-square", TestPng.WithDeclaredSize(100_000, 100_000));
        yield return ("png-declares-4096-square", TestPng.WithDeclaredSize(4_096, 4_096));
        yield return ("png-9MiB-file", [.. png, .. new byte[9 << 20]]);
        yield return ("png-zlib-bomb-8k-square", ZlibBombPng(8_192, 8_192));
        yield return ("png-zlib-bomb-within-limits", ZlibBombPng(2_000, 2_000));
        yield return ("jpeg-sof-65535-square", WithJpegSize(jpeg, 65_535, 65_535));
        yield return ("gif-screen-65535-square", WithGifScreen(gif, 65_535, 65_535));
        yield return ("gif-10000-frames", GifWithFrames(10_000));
        yield return ("webp-vp8x-canvas-2^24", WebPCanvas(1 << 24, 1 << 24));

        // Polyglots.
        yield return ("png+zip", [.. png, .. ZipArchive("payload.html", "<script>alert(1)</script>")]);
        yield return ("jpeg+html", [.. jpeg, .. Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")]);
        yield return ("html+png", [.. Encoding.UTF8.GetBytes("<!doctype html><img src=x onerror=alert(1)>"), .. png]);
        yield return ("zip+jpeg", [.. ZipArchive("a.txt", "x"), .. jpeg]);
        yield return ("gif-with-script-comment", GifWithComment(gif, "<script>alert(1)</script>"));
        yield return ("svg-named-png", Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"));

        // Huge metadata.
        yield return ("png-4MiB-text-chunk", TestPng.InsertAfterHeader(png, "tEXt", [.. "Comment\0"u8, .. Enumerable.Repeat((byte)'A', 4 << 20)]));
        yield return ("png-iccp-junk-profile", TestPng.InsertAfterHeader(png, "iCCP", [.. "icc\0\0"u8, .. Deflate(new byte[1 << 20])]));
        yield return ("jpeg-64-icc-segments", WithSegments(jpeg, 0xE2, 64, i => [.. "ICC_PROFILE\0"u8, (byte)(i + 1), 64, .. new byte[65_000]]));
        yield return ("jpeg-exif-ifd-count-max", WithSegments(jpeg, 0xE1, 1, _ => [.. "Exif\0\0II*\0"u8, 8, 0, 0, 0, 0xFF, 0xFF]));
        yield return ("jpeg-exif-ifd1-points-past-end", WithSegments(jpeg, 0xE1, 1, _ => [.. "Exif\0\0II*\0"u8, 8, 0, 0, 0, 0, 0, 0xF0, 0xFF, 0xFF, 0x7F]));

        // Embedded pictures: nested four deep, more than the frame budget, pointing outside, not a JPEG.
        var nested = small;
        for (int i = 0; i < 4; i++)
        {
            nested = EmbeddedJpegs.WithExifThumbnail(small, nested);
        }

        yield return ("jpeg-thumbnails-nested-4-deep", nested);
        yield return ("jpeg-30-appended-pictures", [.. jpeg, .. Enumerable.Range(0, 30).SelectMany(_ => small)]);
        yield return ("jpeg-thumbnail-is-png", EmbeddedJpegs.WithExifThumbnail(jpeg, png));
        yield return ("jpeg-mpf-second-is-html", EmbeddedJpegs.MultiPicture(jpeg, Encoding.UTF8.GetBytes("<html></html>")));

        // Random bytes, bare and behind every signature.
        var random = new Random(12_345);
        byte[][] signatures = [[], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [0xFF, 0xD8, 0xFF], "GIF89a"u8.ToArray(), [.. "RIFF"u8, 0xFF, 0xFF, 0, 0, .. "WEBP"u8]];
        foreach (var signature in signatures)
        {
            foreach (int length in new[] { 1, 13, 100, 4_096, 70_000 })
            {
                var noise = new byte[length];
                random.NextBytes(noise);
                yield return ($"random-{length}-after-{signature.Length}-byte-signature", [.. signature, .. noise]);
            }
        }
    }

    /// <summary>A minimal stored ZIP archive (local header, data, central directory, end record): what makes a file a ZIP polyglot.</summary>
    public static byte[] ZipArchive(string name, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open());
            entry.Write(content);
        }

        return stream.ToArray();
    }

    private static byte[] Seed(IReadOnlyList<(string Name, byte[] Bytes)> seeds, string name) => seeds.Single(s => s.Name == name).Bytes;

    /// <summary>A grey PNG whose IDAT is <paramref name="width"/> x <paramref name="height"/> zero bytes, deflated (about 1000:1).</summary>
    private static byte[] ZlibBombPng(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // 8-bit grey
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[width + 1]; // filter byte + pixels
            for (int y = 0; y < height; y++)
            {
                z.Write(row);
            }
        }

        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. TestPng.Chunk("IHDR", ihdr), .. TestPng.Chunk("IDAT", raw.ToArray()), .. TestPng.Chunk("IEND", [])];
    }

    private static byte[] Deflate(byte[] data)
    {
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(data);
        }

        return raw.ToArray();
    }

    private static byte[] WithJpegSize(byte[] jpeg, ushort width, ushort height)
    {
        var b = (byte[])jpeg.Clone();
        for (int pos = 2; pos + 9 < b.Length; pos += 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(pos + 2)))
        {
            if (b[pos + 1] is 0xC0 or 0xC1 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(pos + 5), height);
                BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(pos + 7), width);
                return b;
            }
        }

        throw new InvalidDataException("no SOF in the seed JPEG");
    }

    private static byte[] WithGifScreen(byte[] gif, ushort width, ushort height)
    {
        var b = (byte[])gif.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(6), width);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(8), height);
        return b;
    }

    /// <summary>A 1x1 GIF with <paramref name="count"/> one-pixel frames (about 12 bytes each).</summary>
    private static byte[] GifWithFrames(int count)
    {
        var b = new List<byte>();
        b.AddRange("GIF89a"u8.ToArray());
        b.AddRange([1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF]); // 1x1, 2-colour global table
        for (int i = 0; i < count; i++)
        {
            b.AddRange([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]); // image descriptor
            b.AddRange([2, 2, 0x4C, 0x01, 0]); // LZW min code 2, one sub-block, terminator
        }

        b.Add(0x3B);
        return [.. b];
    }

    private static byte[] GifWithComment(byte[] gif, string comment)
    {
        // After the header and the global colour table (flags in byte 10), before the first block.
        int table = (gif[10] & 0x80) != 0 ? 3 << ((gif[10] & 7) + 1) : 0;
        int at = 13 + table;
        var text = Encoding.ASCII.GetBytes(comment);
        return [.. gif.AsSpan(0, at), 0x21, 0xFE, (byte)text.Length, .. text, 0, .. gif.AsSpan(at)];
    }

    /// <summary>An extended WebP (VP8X) declaring the canvas, with no image chunk after it.</summary>
    private static byte[] WebPCanvas(int width, int height)
    {
        var vp8x = new byte[10];
        Write24(vp8x.AsSpan(4), width - 1);
        Write24(vp8x.AsSpan(7), height - 1);
        var body = new List<byte>();
        body.AddRange("WEBP"u8.ToArray());
        body.AddRange("VP8X"u8.ToArray());
        body.AddRange(BitConverter.GetBytes(vp8x.Length));
        body.AddRange(vp8x);
        return [.. "RIFF"u8, .. BitConverter.GetBytes(body.Count), .. body];
    }

    private static void Write24(Span<byte> at, int value)
    {
        at[0] = (byte)value;
        at[1] = (byte)(value >> 8);
        at[2] = (byte)(value >> 16);
    }

    private static byte[] WithSegments(byte[] jpeg, byte marker, int count, Func<int, byte[]> body)
    {
        var segments = new List<byte>();
        for (int i = 0; i < count; i++)
        {
            var b = body(i);
            segments.AddRange([0xFF, marker, (byte)((b.Length + 2) >> 8), (byte)(b.Length + 2)]);
            segments.AddRange(b);
        }

        return [.. jpeg.AsSpan(0, 2), .. segments, .. jpeg.AsSpan(2)];
    }
}
