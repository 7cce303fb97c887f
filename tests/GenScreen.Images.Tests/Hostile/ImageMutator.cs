using System.Buffers.Binary;
using System.Text;

namespace GenScreen.Images.Tests.Hostile;

/// <summary>
/// Deterministic, structure-aware damage to an image file, driven by one <see cref="Random"/>: bit flips, interesting
/// bytes, cuts, insertions, deletions, duplicated ranges, chunk/segment length lies, huge declared dimensions, polyglot
/// tails and splices. Each mutation says what it did, so a failing case can be read and replayed from its seed.
/// </summary>
internal static class ImageMutator
{
    private static readonly uint[] LengthLies = [0, 1, 2, 7, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF];
    private static readonly byte[] Interesting = [0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF];

    public static (byte[] Bytes, string What) Mutate(byte[] seed, byte[] other, Random random)
    {
        var bytes = (byte[])seed.Clone();
        return random.Next(11) switch
        {
            0 => FlipBits(bytes, random),
            1 => SetInteresting(bytes, random),
            2 => Truncate(bytes, random),
            3 => Insert(bytes, random),
            4 => Delete(bytes, random),
            5 => Duplicate(bytes, random),
            6 => LieAboutALength(bytes, random),
            7 => HugeDimensions(bytes, random),
            8 => AppendPolyglotTail(bytes, random),
            9 => Splice(bytes, other, random),
            _ => Stack(bytes, other, random),
        };
    }

    private static (byte[], string) FlipBits(byte[] b, Random r)
    {
        int n = 1 + r.Next(8);
        for (int i = 0; i < n; i++)
        {
            b[r.Next(b.Length)] ^= (byte)(1 << r.Next(8));
        }

        return (b, $"flip {n} bit(s)");
    }

    private static (byte[], string) SetInteresting(byte[] b, Random r)
    {
        int at = r.Next(b.Length);
        b[at] = Interesting[r.Next(Interesting.Length)];
        return (b, $"byte {at} = 0x{b[at]:X2}");
    }

    private static (byte[], string) Truncate(byte[] b, Random r)
    {
        int keep = r.Next(b.Length);
        return (b[..keep], $"cut to {keep} bytes");
    }

    private static (byte[], string) Insert(byte[] b, Random r)
    {
        int at = r.Next(b.Length + 1);
        var junk = new byte[1 + r.Next(64)];
        r.NextBytes(junk);
        return ([.. b.AsSpan(0, at), .. junk, .. b.AsSpan(at)], $"insert {junk.Length} random bytes at {at}");
    }

    private static (byte[], string) Delete(byte[] b, Random r)
    {
        int at = r.Next(b.Length);
        int n = 1 + r.Next(Math.Min(64, b.Length - at));
        return ([.. b.AsSpan(0, at), .. b.AsSpan(at + n)], $"delete {n} bytes at {at}");
    }

    private static (byte[], string) Duplicate(byte[] b, Random r)
    {
        int at = r.Next(b.Length);
        int n = 1 + r.Next(Math.Min(256, b.Length - at));
        int copies = 1 + r.Next(4);
        var result = new List<byte>(b.Length + (n * copies));
        result.AddRange(b.AsSpan(0, at + n));
        for (int i = 0; i < copies; i++)
        {
            result.AddRange(b.AsSpan(at, n));
        }

        result.AddRange(b.AsSpan(at + n));
        return ([.. result], $"repeat {n} bytes at {at} x{copies}");
    }

    /// <summary>A length field of a PNG chunk, JPEG segment or RIFF chunk set to a lie (0, 1, 0xFFFF, 2^31, 2^32-1, off by one...).</summary>
    private static (byte[], string) LieAboutALength(byte[] b, Random r)
    {
        var fields = LengthFields(b);
        if (fields.Count == 0)
        {
            return FlipBits(b, r);
        }

        var (at, size, bigEndian) = fields[r.Next(fields.Count)];
        uint current = Read(b, at, size, bigEndian);
        uint lie = r.Next(3) switch
        {
            0 => LengthLies[r.Next(LengthLies.Length)],
            1 => current + (uint)(r.Next(2) * 2) - 1,
            _ => (uint)r.Next(),
        };
        Write(b, at, size, bigEndian, size == 2 ? lie & 0xFFFF : lie);
        return (b, $"length field at {at} {current} -> {Read(b, at, size, bigEndian)}");
    }

    /// <summary>The declared canvas set huge (or zero) where the format keeps it.</summary>
    private static (byte[], string) HugeDimensions(byte[] b, Random r)
    {
        uint[] sides = [0, 1, 16_385, 65_535, 1_000_000, 0x7FFFFFFF, 0xFFFFFFFF];
        uint w = sides[r.Next(sides.Length)], h = sides[r.Next(sides.Length)];
        if (b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) && b.Length >= 24)
        {
            Write(b, 16, 4, true, w);
            Write(b, 20, 4, true, h);
        }
        else if (b.Length > 3 && b[0] == 0xFF && b[1] == 0xD8)
        {
            int sof = FindJpegSof(b);
            if (sof < 0)
            {
                return FlipBits(b, r);
            }

            Write(b, sof + 5, 2, true, h & 0xFFFF);
            Write(b, sof + 7, 2, true, w & 0xFFFF);
        }
        else if (b.AsSpan().StartsWith("GIF"u8) && b.Length >= 10)
        {
            Write(b, 6, 2, false, w & 0xFFFF);
            Write(b, 8, 2, false, h & 0xFFFF);
        }
        else if (b.AsSpan().StartsWith("RIFF"u8) && b.Length >= 30)
        {
            // VP8X canvas (24-bit minus one) or the first chunk's leading bytes, whichever the file has.
            Write(b, 24, 2, false, w & 0xFFFF);
            Write(b, 27, 2, false, h & 0xFFFF);
        }
        else
        {
            return FlipBits(b, r);
        }

        return (b, $"declared size {w}x{h}");
    }

    private static (byte[], string) AppendPolyglotTail(byte[] b, Random r)
    {
        byte[] tail = r.Next(3) switch
        {
            0 => HostileImages.ZipArchive("payload.html", "<script>alert(1)</script>"),
            1 => Encoding.UTF8.GetBytes("<html><body><script>alert(document.cookie)</script></body></html>"),
            _ => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], // the start of another JPEG, cut
        };
        return ([.. b, .. tail], $"append {tail.Length}-byte polyglot tail");
    }

    private static (byte[], string) Splice(byte[] b, byte[] other, Random r)
    {
        int at = r.Next(b.Length);
        int from = r.Next(other.Length);
        return ([.. b.AsSpan(0, at), .. other.AsSpan(from)], $"splice at {at} with another seed from {from}");
    }

    private static (byte[], string) Stack(byte[] b, byte[] other, Random r)
    {
        var (first, a) = Mutate(b, other, r);
        if (first.Length == 0)
        {
            return (first, a);
        }

        var (second, c) = Mutate(first, other, r);
        return (second, $"{a}; then {c}");
    }

    /// <summary>Offsets of length fields: PNG chunk lengths, JPEG header segment lengths, RIFF chunk sizes.</summary>
    private static List<(int At, int Size, bool BigEndian)> LengthFields(byte[] b)
    {
        var fields = new List<(int, int, bool)>();
        if (b.Length > 8 && b[0] == 0x89 && b[1] == 0x50)
        {
            for (int pos = 8; pos + 8 <= b.Length && fields.Count < 64;)
            {
                fields.Add((pos, 4, true));
                long next = pos + 12L + BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(pos));
                if (next > b.Length)
                {
                    break;
                }

                pos = (int)next;
            }
        }
        else if (b.Length > 4 && b[0] == 0xFF && b[1] == 0xD8)
        {
            for (int pos = 2; pos + 4 <= b.Length && b[pos] == 0xFF && b[pos + 1] != 0xDA && fields.Count < 64;)
            {
                fields.Add((pos + 2, 2, true));
                pos += 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(pos + 2));
            }
        }
        else if (b.Length > 12 && b.AsSpan().StartsWith("RIFF"u8))
        {
            fields.Add((4, 4, false));
            for (int pos = 12; pos + 8 <= b.Length && fields.Count < 64;)
            {
                fields.Add((pos + 4, 4, false));
                long next = pos + 8L + BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(pos + 4));
                next += next & 1;
                if (next > b.Length)
                {
                    break;
                }

                pos = (int)next;
            }
        }

        return fields;
    }

    private static int FindJpegSof(byte[] b)
    {
        for (int pos = 2; pos + 9 < b.Length && b[pos] == 0xFF;)
        {
            byte code = b[pos + 1];
            if (code is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return pos;
            }

            if (code == 0xDA)
            {
                return -1;
            }

            pos += 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(pos + 2));
        }

        return -1;
    }

    private static uint Read(byte[] b, int at, int size, bool bigEndian) => (size, bigEndian) switch
    {
        (2, true) => BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at)),
        (2, false) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at)),
        (_, true) => BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at)),
        _ => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at)),
    };

    private static void Write(byte[] b, int at, int size, bool bigEndian, uint value)
    {
        switch (size, bigEndian)
        {
            case (2, true): BinaryPrimitives.WriteUInt16BigEndian(b.AsSpan(at), (ushort)value); break;
            case (2, false): BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(at), (ushort)value); break;
            case (_, true): BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(at), value); break;
            default: BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(at), value); break;
        }
    }
}
