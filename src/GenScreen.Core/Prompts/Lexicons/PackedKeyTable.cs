using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// A read-only hash table from text to <typeparamref name="TValue"/> whose keys are kept back to back in one
/// <see cref="byte"/> array (each UTF-16 code unit in one to three bytes, see <see cref="PackedKeys.Encode"/>) instead of one string
/// object each. A string costs 22 bytes besides its characters (rounded
/// up to 8): for the term index's ~230,000 keys, most of them names and phrases no other structure holds, that is
/// megabytes of the lexicon memory budget (docs/performance.md, "Session 21: speed22"). Looked up by span, as the
/// <see cref="Dictionary{TKey,TValue}.AlternateLookup{TAlternateKey}"/> it replaces; built once from a finished
/// dictionary and never changed.
/// </summary>
/// <remarks>
/// Separate chaining over a dense slot array (the key's place in the character array and the next slot of its chain; no
/// stored length, as the keys lie back to back in slot order so the next slot's start ends this key, and no stored hash:
/// each would cost 4 to 8 bytes a key, 1.8 MB of the word and phrase table in session 25), with a power-of-two bucket
/// array of one int per key or more. The hash reads every
/// character (FNV-1a over 64 bits, folded): keys are fixed, so a crafted prompt can only choose which chain it walks,
/// and no chain is longer than the table's longest, which the build fixes.
/// <para>
/// The keys' code units are kept as UTF-8 keeps them (ASCII in one byte, up to U+07FF in two, the rest in three), each code
/// unit on its own, so a surrogate, paired or lone, takes three bytes: every UTF-16 key, valid or not, has exactly one
/// form and equal keys equal forms. Most keys are ASCII (names and words of Latin-script languages), so the table's
/// characters take about half the memory of UTF-16 (session 26, memory30: ~4 MiB of the term index). A lookup of an ASCII
/// key compares as before (one vectorized compare, <see cref="Ascii.Equals(ReadOnlySpan{byte}, ReadOnlySpan{char})"/>);
/// a key that is not ASCII compares code unit by code unit, in time linear in the key.
/// </para>
/// </remarks>
internal sealed class PackedKeyTable<TValue>
{
    private readonly byte[] _bytes; // every key's code units, one to three bytes each (see Encode)
    private readonly int[] _buckets; // slot index + 1; 0 is an empty bucket
    private readonly Slot[] _slots;
    private readonly int _mask;

    [StructLayout(LayoutKind.Auto)]
    private struct Slot
    {
        public int Start; // the key ends where the next slot's starts (the last at the end of the bytes)
        public int Next; // slot index + 1; 0 ends the chain
        public TValue Value;
    }

    public PackedKeyTable(IReadOnlyCollection<KeyValuePair<string, TValue>> items)
    {
        var bytes = 0L;
        foreach (var (key, _) in items)
        {
            bytes += PackedKeys.EncodedLength(key);
        }

        _bytes = new byte[checked((int)bytes)];
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(items.Count, 1));
        _buckets = new int[size];
        _mask = size - 1;
        _slots = new Slot[items.Count];
        var at = 0;
        var n = 0;
        foreach (var (key, value) in items)
        {
            var hash = PackedKeys.Hash(key);
            ref var bucket = ref _buckets[hash & _mask];
            _slots[n] = new Slot { Start = at, Next = bucket, Value = value };
            bucket = ++n;
            at += PackedKeys.Encode(key, _bytes.AsSpan(at));
        }
    }

    /// <summary>
    /// The table as <see cref="WriteImage"/> wrote it (the term-index image, <see cref="TermIndexImage"/>): the same bytes,
    /// buckets and chains, so every lookup walks what the built table walks; <paramref name="readValues"/> reads what follows
    /// them (the values, the caller's), then <paramref name="value"/> gives slot i's value.
    /// </summary>
    internal PackedKeyTable(BinaryReader image, Func<int, TValue> value, Action readValues)
    {
        _bytes = ImageArrays.Read<byte>(image);
        _buckets = ImageArrays.Read<int>(image);
        _mask = _buckets.Length - 1;
        var starts = ImageArrays.Read<int>(image);
        var nexts = ImageArrays.Read<int>(image);
        if (starts.Length != nexts.Length || !BitOperations.IsPow2(_buckets.Length))
        {
            throw new InvalidDataException("Term-index image: a packed table's arrays disagree.");
        }

        readValues();
        _slots = new Slot[starts.Length];
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = new Slot { Start = starts[i], Next = nexts[i], Value = value(i) };
        }
    }

    /// <summary>Writes the bytes, buckets and slot chains (the values are the caller's, slot by slot: <see cref="ValueAt"/>).</summary>
    internal void WriteImage(BinaryWriter image)
    {
        ImageArrays.Write<byte>(image, _bytes);
        ImageArrays.Write<int>(image, _buckets);
        ImageArrays.Write<int>(image, [.. _slots.Select(s => s.Start)]);
        ImageArrays.Write<int>(image, [.. _slots.Select(s => s.Next)]);
    }

    /// <summary>Slot <paramref name="i"/>'s value (the image writer).</summary>
    internal TValue ValueAt(int i) => _slots[i].Value;

    /// <summary>Number of keys.</summary>
    public int Count => _slots.Length;

    /// <summary>Every key, as a new string (tests and diagnostics only).</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                yield return PackedKeys.Decode(_bytes.AsSpan(_slots[i].Start, EndOf(i) - _slots[i].Start));
            }
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var hash = PackedKeys.Hash(key);
        var bytes = _bytes;
        for (var next = _buckets[hash & _mask]; next != 0;)
        {
            ref readonly var slot = ref _slots[next - 1];
            var length = EndOf(next - 1) - slot.Start;
            if (PackedKeys.Matches(bytes.AsSpan(slot.Start, length), key))
            {
                value = slot.Value;
                return true;
            }

            next = slot.Next;
        }

        value = default!;
        return false;
    }

    public bool ContainsKey(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    /// <summary>Where slot <paramref name="i"/>'s key ends: the next slot's start, or the end of the bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int EndOf(int i) => i + 1 < _slots.Length ? _slots[i + 1].Start : _bytes.Length;

    /// <summary>The longest chain a lookup can walk (tests: the hash spreads the keys).</summary>
    internal int LongestChain()
    {
        var longest = 0;
        foreach (var first in _buckets)
        {
            var length = 0;
            for (var next = first; next != 0; next = _slots[next - 1].Next)
            {
                length++;
            }

            longest = Math.Max(longest, length);
        }

        return longest;
    }
}

/// <summary>
/// A read-only set of texts packed as <see cref="PackedKeyTable{TValue}"/> packs its keys, with no value: a slot is 8 bytes
/// where a <c>PackedKeyTable&lt;bool&gt;</c>'s was 12 (the term index's ~180,000 known words; session 26, memory30).
/// </summary>
internal sealed class PackedKeySet
{
    private readonly byte[] _bytes;
    private readonly int[] _buckets; // slot index + 1; 0 is an empty bucket
    private readonly Slot[] _slots;
    private readonly int _mask;

    private struct Slot
    {
        public int Start; // the key ends where the next slot's starts (the last at the end of the bytes)
        public int Next; // slot index + 1; 0 ends the chain
    }

    public PackedKeySet(IReadOnlyCollection<string> keys)
    {
        var bytes = 0L;
        foreach (var key in keys)
        {
            bytes += PackedKeys.EncodedLength(key);
        }

        _bytes = new byte[checked((int)bytes)];
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(keys.Count, 1));
        _buckets = new int[size];
        _mask = size - 1;
        _slots = new Slot[keys.Count];
        var at = 0;
        var n = 0;
        foreach (var key in keys)
        {
            ref var bucket = ref _buckets[PackedKeys.Hash(key) & _mask];
            _slots[n] = new Slot { Start = at, Next = bucket };
            bucket = ++n;
            at += PackedKeys.Encode(key, _bytes.AsSpan(at));
        }
    }

    /// <summary>The set as <see cref="WriteImage"/> wrote it (<see cref="TermIndexImage"/>).</summary>
    internal PackedKeySet(BinaryReader image)
    {
        _bytes = ImageArrays.Read<byte>(image);
        _buckets = ImageArrays.Read<int>(image);
        _mask = _buckets.Length - 1;
        _slots = ImageArrays.Read<Slot>(image);
        if (!BitOperations.IsPow2(_buckets.Length))
        {
            throw new InvalidDataException("Term-index image: a packed set's buckets are not a power of two.");
        }
    }

    internal void WriteImage(BinaryWriter image)
    {
        ImageArrays.Write<byte>(image, _bytes);
        ImageArrays.Write<int>(image, _buckets);
        ImageArrays.Write<Slot>(image, _slots);
    }

    /// <summary>Number of keys.</summary>
    public int Count => _slots.Length;

    public bool Contains(ReadOnlySpan<char> key)
    {
        var bytes = _bytes;
        for (var next = _buckets[PackedKeys.Hash(key) & _mask]; next != 0;)
        {
            ref readonly var slot = ref _slots[next - 1];
            var end = next < _slots.Length ? _slots[next].Start : bytes.Length;
            if (PackedKeys.Matches(bytes.AsSpan(slot.Start, end - slot.Start), key))
            {
                return true;
            }

            next = slot.Next;
        }

        return false;
    }
}

/// <summary>
/// The packed form of a key (<see cref="PackedKeyTable{TValue}"/>, <see cref="PackedKeySet"/>): each UTF-16 code unit as
/// UTF-8 writes a character of the Basic Multilingual Plane, in one to three bytes; and the tables' hash.
/// </summary>
internal static class PackedKeys
{
    /// <summary>Whether <paramref name="form"/> is the form of <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Matches(ReadOnlySpan<byte> form, ReadOnlySpan<char> key) =>
        form.Length == key.Length
            ? Ascii.Equals(form, key) // equal lengths: the same key only if both are ASCII
            : form.Length > key.Length && SameCodeUnits(form, key);

    /// <summary>Bytes of <paramref name="key"/>'s form: one per code unit below U+0080, two below U+0800, else three.</summary>
    internal static int EncodedLength(ReadOnlySpan<char> key)
    {
        var length = key.Length;
        foreach (var c in key)
        {
            length += c < 0x80 ? 0 : c < 0x800 ? 1 : 2;
        }

        return length;
    }

    /// <summary>
    /// Writes <paramref name="key"/>'s form into <paramref name="into"/> and returns its length: each code unit as UTF-8
    /// writes a character of the Basic Multilingual Plane (a surrogate too, on its own), so the form is one-to-one.
    /// </summary>
    internal static int Encode(ReadOnlySpan<char> key, Span<byte> into)
    {
        var n = 0;
        foreach (var c in key)
        {
            if (c < 0x80)
            {
                into[n++] = (byte)c;
            }
            else if (c < 0x800)
            {
                into[n++] = (byte)(0xC0 | (c >> 6));
                into[n++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                into[n++] = (byte)(0xE0 | (c >> 12));
                into[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                into[n++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return n;
    }

    /// <summary>The key whose form <paramref name="form"/> is (tests and diagnostics).</summary>
    internal static string Decode(ReadOnlySpan<byte> form)
    {
        var text = new StringBuilder(form.Length);
        for (var i = 0; i < form.Length;)
        {
            var b = form[i];
            text.Append(b < 0x80 ? (char)form[i++]
                : b < 0xE0 ? (char)((b & 0x1F) << 6 | (form[i + 1] & 0x3F))
                : (char)((b & 0x0F) << 12 | (form[i + 1] & 0x3F) << 6 | (form[i + 2] & 0x3F)));
            i += b < 0x80 ? 0 : b < 0xE0 ? 2 : 3;
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="form"/> is <paramref name="key"/>'s form, read code unit by code unit.</summary>
    internal static bool SameCodeUnits(ReadOnlySpan<byte> form, ReadOnlySpan<char> key)
    {
        var n = 0;
        foreach (var c in key)
        {
            if (c < 0x80)
            {
                if (n >= form.Length || form[n] != c)
                {
                    return false;
                }

                n++;
            }
            else if (c < 0x800)
            {
                if (n + 1 >= form.Length || form[n] != (byte)(0xC0 | (c >> 6)) || form[n + 1] != (byte)(0x80 | (c & 0x3F)))
                {
                    return false;
                }

                n += 2;
            }
            else
            {
                if (n + 2 >= form.Length || form[n] != (byte)(0xE0 | (c >> 12)) || form[n + 1] != (byte)(0x80 | ((c >> 6) & 0x3F))
                    || form[n + 2] != (byte)(0x80 | (c & 0x3F)))
                {
                    return false;
                }

                n += 3;
            }
        }

        return n == form.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Hash(ReadOnlySpan<char> key)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (uint)(h ^ (h >> 32));
    }
}
