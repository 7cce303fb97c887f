using System.Security.Cryptography;
using System.Text;

namespace GenScreen.Core.Prompts.Lexicons.Snapshot;

/// <summary>
/// The lexicon snapshot's file format: every built-in lexicon file parsed once at build time
/// (tools/GenScreen.LexiconSnapshot), so start-up reads compact bytes instead of ~5 MB of JSON.
/// <code>
/// "GSLXSNAP" | format version (int32) | entry count | entries | SHA-256 of everything before it
/// entry: file name | SHA-256 of the file's JSON bytes (32) | length | document | normalized forms of its names, its prompt terms, its negative terms
/// </code>
/// An entry is found by the hash of the JSON it came from, so it can never be used for other data: a file changed
/// since the snapshot was written, or a configured file, finds no entry and is parsed as JSON. Files are written in
/// ordinal order of their names: the same data gives the same bytes. Compiled into the tool too (linked source).
/// </summary>
internal static class LexiconSnapshotFile
{
    /// <summary>Raised when the layout of the file or of <see cref="LexiconDocumentCodec"/> changes.</summary>
    public const int FormatVersion = 10;

    private static ReadOnlySpan<byte> Magic => "GSLXSNAP"u8;

    /// <summary>The snapshot of these files (name and JSON bytes); files whose JSON does not parse are left out (their errors stay the loader's).</summary>
    public static byte[] Write(IEnumerable<(string Name, byte[] Json)> files, Func<byte[], LexiconDocument?> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var entries = new List<(string Name, byte[] Hash, byte[] Payload)>();
        foreach (var (name, json) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (TryEncode(json, parse) is { } payload)
            {
                entries.Add((name, SHA256.HashData(json), payload));
            }
        }

        var w = new SnapshotWriter();
        w.Bytes(Magic);
        w.Int32(FormatVersion);
        w.Int(entries.Count);
        foreach (var (name, hash, payload) in entries)
        {
            w.String(name);
            w.Bytes(hash);
            w.Int(payload.Length);
            w.Bytes(payload);
        }

        var body = w.ToArray();
        return [.. body, .. SHA256.HashData(body)];
    }

    /// <summary>
    /// The entries of a snapshot: hash of the JSON → where its document's bytes are. Throws
    /// <see cref="InvalidDataException"/> when the bytes are not a whole, intact snapshot of this format.
    /// </summary>
    public static Dictionary<UInt256Key, (string Name, int Offset, int Length)> ReadIndex(byte[] snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Length < Magic.Length + 4 + 32 || !snapshot.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Lexicon snapshot: not a snapshot file.");
        }

        var body = snapshot.AsSpan(0, snapshot.Length - 32);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(snapshot.AsSpan(body.Length)))
        {
            throw new InvalidDataException("Lexicon snapshot: checksum mismatch (corrupt or truncated).");
        }

        var r = new SnapshotReader(body);
        r.Take(Magic.Length);
        if (r.Int32() != FormatVersion)
        {
            throw new InvalidDataException("Lexicon snapshot: written by another format version.");
        }

        var count = r.Count();
        var index = new Dictionary<UInt256Key, (string, int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var name = r.String() ?? throw new InvalidDataException("Lexicon snapshot: entry without a name.");
            var hash = UInt256Key.From(r.Take(32));
            var length = r.Count();
            var offset = r.Position;
            r.Take(length);
            index[hash] = (name, offset, length);
        }

        return r.AtEnd ? index : throw new InvalidDataException("Lexicon snapshot: bytes after the last entry.");
    }

    /// <summary>The file's document as bytes; null when its JSON does not parse or has a list given as null (the loader reports those as before).</summary>
    private static byte[]? TryEncode(byte[] json, Func<byte[], LexiconDocument?> parse)
    {
        try
        {
            if (parse(json) is not { } doc)
            {
                return null;
            }

            var w = new SnapshotWriter();
            LexiconDocumentCodec.Write(doc, w);
            LexiconDocumentCodec.WriteNameForms(doc, w);
            LexiconDocumentCodec.WriteTermForms(doc.Prompt, w);
            LexiconDocumentCodec.WriteTermForms(doc.Negative, w);
            return w.ToArray();
        }
#pragma warning disable CA1031 // any failure leaves the file out of the snapshot: start-up parses its JSON and reports it
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}

/// <summary>A SHA-256 as a dictionary key.</summary>
internal readonly record struct UInt256Key(ulong A, ulong B, ulong C, ulong D)
{
    public static UInt256Key From(ReadOnlySpan<byte> hash) => new(
        BitConverter.ToUInt64(hash),
        BitConverter.ToUInt64(hash[8..]),
        BitConverter.ToUInt64(hash[16..]),
        BitConverter.ToUInt64(hash[24..]));

    public static UInt256Key Of(byte[] data) => From(SHA256.HashData(data));

    public override string ToString()
    {
        var text = new StringBuilder(64);
        foreach (var part in new[] { A, B, C, D })
        {
            text.Append(Convert.ToHexStringLower(BitConverter.GetBytes(part)));
        }

        return text.ToString();
    }
}
