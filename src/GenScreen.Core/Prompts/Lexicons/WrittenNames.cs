using System.Text;
using System.Text.Unicode;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// The names of one names list as written, in UTF-8 one after another, each after its byte length (seven bits a byte):
/// one array instead of a string per name. The ~99,000 names of the gazetteer are read only when one of them matches
/// (for the verdict's reason), and a string each was ~56 bytes, where its UTF-8 is ~16 (docs/performance.md, session 18).
/// </summary>
internal sealed class WrittenNames
{
    private readonly byte[] _utf8;

    private WrittenNames(byte[] utf8, string source) => (_utf8, Source) = (utf8, source);

    /// <summary>The source of the list's names (their <see cref="LexiconEntry.Source"/>: an entry of a list need not keep it).</summary>
    public string Source { get; }

    /// <summary>
    /// Encodes every name of <paramref name="names"/>; <paramref name="starts"/>[i] is where names[i] is kept, or -1 for
    /// a name that is not valid UTF-16 (a lone surrogate), which UTF-8 could not give back as written: it stays a string.
    /// </summary>
    public static WrittenNames Encode(IReadOnlyList<string> names, out int[] starts, string source = "")
    {
        starts = new int[names.Count];
        var capacity = 0;
        foreach (var name in names)
        {
            capacity += Encoding.UTF8.GetByteCount(name) + 5;
        }

        var utf8 = new byte[capacity];
        var used = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var length = Encoding.UTF8.GetByteCount(names[i]);
            var prefix = WriteLength(utf8.AsSpan(used), length);
            var status = Utf8.FromUtf16(names[i], utf8.AsSpan(used + prefix, length), out _, out var written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done || written != length)
            {
                starts[i] = -1;
                continue;
            }

            starts[i] = used;
            used += prefix + length;
        }

        Array.Resize(ref utf8, used);
        return new WrittenNames(utf8, source);
    }

    /// <summary>The name kept at <paramref name="start"/>, as written (a new string each time).</summary>
    public string Read(int start)
    {
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _utf8[start++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return Encoding.UTF8.GetString(_utf8, start, length);
    }

    private static int WriteLength(Span<byte> into, int length)
    {
        var n = 0;
        while (length >= 0x80)
        {
            into[n++] = (byte)(length | 0x80);
            length >>= 7;
        }

        into[n++] = (byte)length;
        return n;
    }
}
