using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// A read-only hash table from text to <typeparamref name="TValue"/> whose keys are kept back to back in one
/// <see cref="char"/> array instead of one string object each. A string costs 22 bytes besides its characters (rounded
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
/// </remarks>
internal sealed class PackedKeyTable<TValue>
{
    private readonly char[] _chars;
    private readonly int[] _buckets; // slot index + 1; 0 is an empty bucket
    private readonly Slot[] _slots;
    private readonly int _mask;

    [StructLayout(LayoutKind.Auto)]
    private struct Slot
    {
        public int Start; // the key ends where the next slot's starts (the last at the end of the characters)
        public int Next; // slot index + 1; 0 ends the chain
        public TValue Value;
    }

    public PackedKeyTable(IReadOnlyCollection<KeyValuePair<string, TValue>> items)
    {
        var chars = 0L;
        foreach (var (key, _) in items)
        {
            chars += key.Length;
        }

        _chars = new char[checked((int)chars)];
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(items.Count, 1));
        _buckets = new int[size];
        _mask = size - 1;
        _slots = new Slot[items.Count];
        var at = 0;
        var n = 0;
        foreach (var (key, value) in items)
        {
            key.CopyTo(_chars.AsSpan(at));
            var hash = Hash(key);
            ref var bucket = ref _buckets[hash & _mask];
            _slots[n] = new Slot { Start = at, Next = bucket, Value = value };
            bucket = ++n;
            at += key.Length;
        }
    }

    /// <summary>Number of keys.</summary>
    public int Count => _slots.Length;

    /// <summary>Every key, as a new string (tests and diagnostics only).</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                yield return new string(_chars, _slots[i].Start, EndOf(i) - _slots[i].Start);
            }
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var hash = Hash(key);
        var chars = _chars;
        for (var next = _buckets[hash & _mask]; next != 0;)
        {
            ref readonly var slot = ref _slots[next - 1];
            if (EndOf(next - 1) - slot.Start == key.Length && key.SequenceEqual(chars.AsSpan(slot.Start, key.Length)))
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

    /// <summary>Where slot <paramref name="i"/>'s key ends: the next slot's start, or the end of the characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int EndOf(int i) => i + 1 < _slots.Length ? _slots[i + 1].Start : _chars.Length;

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> key)
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
