namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// A read-only set of words kept as one block of text with offsets, looked up by span: for large word lists whose
/// strings no other structure shares (the people lists' ~63,000 common words). A <see cref="HashSet{T}"/> of strings
/// costs each word an object (~22 bytes of header and length, rounded up to 8) and a 16-byte entry; here a word
/// costs its characters (one byte each when the whole list is Latin-1, as the common-word lists are), a 4-byte
/// offset and two 4-byte slots of the open-addressing table. Lookups allocate nothing.
/// </summary>
internal sealed class CompactWordSet
{
    // Exactly one of the two holds the text: Latin-1 words one byte a character, anything else UTF-16.
    private readonly byte[]? _latin1;
    private readonly char[]? _utf16;

    // Word i is text[_starts[i] .. _starts[i + 1]).
    private readonly int[] _starts;

    // Open addressing, linear probing, at most half full: word index + 1, 0 for an empty slot.
    private readonly int[] _slots;
    private readonly int _mask;

    public CompactWordSet(IEnumerable<string> words)
    {
        var distinct = words as IReadOnlyCollection<string> ?? [.. words];
        var list = new List<string>(distinct.Count);
        var totalLength = 0;
        var latin1 = true;
        foreach (var word in distinct)
        {
            list.Add(word);
            totalLength += word.Length;
            latin1 &= !word.AsSpan().ContainsAnyExceptInRange((char)0, (char)0xFF);
        }

        var slotCount = 16;
        while (slotCount < list.Count * 2)
        {
            slotCount *= 2;
        }

        _slots = new int[slotCount];
        _mask = slotCount - 1;
        _starts = new int[list.Count + 1];
        if (latin1)
        {
            _latin1 = new byte[totalLength];
        }
        else
        {
            _utf16 = new char[totalLength];
        }

        var count = 0;
        var offset = 0;
        foreach (var word in list)
        {
            if (Contains(word))
            {
                continue;
            }

            if (_latin1 is not null)
            {
                for (var i = 0; i < word.Length; i++)
                {
                    _latin1[offset + i] = (byte)word[i];
                }
            }
            else
            {
                word.CopyTo(_utf16!.AsSpan(offset));
            }

            offset += word.Length;
            _starts[count + 1] = offset;
            _slots[FreeSlot(word)] = count + 1;
            count++;
        }

        Count = count;
    }

    /// <summary>Distinct words.</summary>
    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word)
    {
        for (var slot = Home(word); ; slot = (slot + 1) & _mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return false;
            }

            if (IsWord(entry - 1, word))
            {
                return true;
            }
        }
    }

    private int FreeSlot(ReadOnlySpan<char> word)
    {
        var slot = Home(word);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        return slot;
    }

    // FNV-1a with a final mix: cheaper than the randomized string hash for short words. The keys are the lexicon's own
    // words, not a prompt's, so no input can crowd one slot; a prompt only decides where a lookup starts.
    private int Home(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)h & _mask;
    }

    private bool IsWord(int index, ReadOnlySpan<char> word)
    {
        var start = _starts[index];
        var length = _starts[index + 1] - start;
        if (length != word.Length)
        {
            return false;
        }

        if (_utf16 is not null)
        {
            return word.SequenceEqual(_utf16.AsSpan(start, length));
        }

        var stored = _latin1!.AsSpan(start, length);
        for (var i = 0; i < length; i++)
        {
            if (stored[i] != word[i])
            {
                return false;
            }
        }

        return true;
    }
}
