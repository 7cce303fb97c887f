using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Finds, in a prompt written in ASCII, the first place at a word's start where one of a set of trigger words begins,
/// ignoring case: the same place a <see cref="System.Buffers.SearchValues{T}"/> search (ordinal, ignoring case) with the
/// word-start check after it finds, at a fraction of the cost. With hundreds of triggers that search reads every character
/// through an automaton (≈ 3.5 µs for a 500-character benign prompt); here a word start is first tested against a 4 KB
/// bitset of the triggers' first three letters and only the few that pass are compared.
/// </summary>
/// <remarks>
/// Ordinal ignore-case compares the invariant upper case of each UTF-16 character. An ASCII character's is ASCII, so only
/// triggers whose every character upper-cases into ASCII can match (Turkish <c>kısa</c> upper-cases to <c>KISA</c> and
/// matches "kisa"); they are kept folded to that upper case. A trigger shorter than three characters (the number 69) has no
/// key: it counts as a whole word on both sides (no ASCII letter or digit on either side, as <c>169</c> or <c>69er</c> is no
/// 69) and is compared at every word start it may begin (every digit not right after a letter is visited); one that
/// starts with neither a letter nor a digit refuses the finder.
/// Each trigger carries tags (bits: which table it sets off), so one finder serves several tables and one pass over a
/// prompt tells which of them have a trigger at all (<see cref="StatementTriggers"/>).
/// A trigger is a whole word or a prefix (a stem of the sexual table). Searched for word by word
/// (<see cref="FindAll"/> with <c>wholeWords</c>), a whole-word trigger counts only where its word ends with it: <c>pai</c>
/// (father) does not set off the clause of <c>painting</c>. <see cref="Find(string, int, uint)"/> keeps the left edge alone,
/// as the search of every script does (the tests hold the two to the same places).
/// </remarks>
internal sealed class AsciiTriggerFinder
{
    internal const int KeyLength = 3;

    /// <summary>Positions a block of <see cref="FindAtLetterRuns"/> covers: one bit of a ulong each.</summary>
    private const int BlockLength = 64;

    private readonly ulong[] _mayStart = new ulong[(1 << 15) / 64];

    /// <summary>
    /// The keyed triggers grouped by their key's bit (<see cref="BitOf"/>), in the order of the set bits of <see cref="_mayStart"/>:
    /// the group of the k-th set bit is <c>_entries[_groupStart[k].._groupStart[k + 1]]</c>, k being the bit's rank (the set bits
    /// before it: <see cref="_rankBase"/> plus a population count). Session 26 (i16-speed30): a rank and two array reads instead of
    /// a dictionary probe at each word start that passes the bitset; a group holds every key of its bit (checked by
    /// <see cref="Entry.Key"/>), in the order the triggers were given.
    /// </summary>
    private readonly Entry[] _entries;

    private readonly int[] _groupStart;

    /// <summary>
    /// Per group (by rank, as <see cref="_groupStart"/>), the fourth characters its triggers can continue with, as bits of the
    /// character's six low bits (upper-cased ASCII), all bits when a trigger of the group is only a key long: a word start whose
    /// fourth character has no bit there begins none of the group's triggers, so the group is not walked (session 27,
    /// i16-speed31: the benign prompt's 40 word starts that pass the bitset walked 134 entries, most of them turned away at
    /// their fourth character).
    /// </summary>
    private readonly ulong[] _fourth;

    /// <summary>
    /// The first three characters' bit (<see cref="BitOf"/>) and the fourth character's five low bits, as one bit of 2^20 (128 KB):
    /// set where a group's bit is set in <see cref="_mayStart"/> and its <see cref="_fourth"/> mask has the fourth character (either
    /// of the two six-bit values with those five bits). A word start with a fourth character whose bit here is clear begins no
    /// keyed trigger, settled by one read and one test from the raw characters (no upper-casing, rank or mask read: session 28,
    /// i16-speed32). A set bit only lets the old tests run, so no place is lost.
    /// </summary>
    private readonly ulong[] _mayStartFour = new ulong[(1 << 20) / 64];

    /// <summary>Set bits of <see cref="_mayStart"/> before each of its words.</summary>
    private readonly int[] _rankBase;

    /// <summary>
    /// The first characters a short trigger can begin with, both cases, as bits of two ulongs (ASCII): a word start whose first
    /// character is none of them holds no short trigger, so <see cref="ShortTagsAt"/> is not called there (session 26).
    /// </summary>
    private readonly ulong _shortFirstLow;

    private readonly ulong _shortFirstHigh;

    /// <summary>The triggers shorter than a key (<see cref="KeyLength"/>), whole words on both sides.</summary>
    private readonly Entry[] _short;

    /// <summary>
    /// Every keyed trigger starts with an ASCII letter or digit: only the first letter of a run of letters (and, with
    /// <see cref="_digitsFirst"/>, a digit not right after a letter) can start one, and the run-start path serves. Session 34
    /// (i16-speed42): this was "every keyed trigger starts with a letter", which the shipped tables' <c>69er</c>, <c>69:a</c>
    /// and <c>69:an</c> broke, so every prompt's scan tried every position not after a letter (spaces and commas included).
    /// </summary>
    private readonly bool _alnumFirst;

    /// <summary>
    /// A trigger (short or keyed) starts with a digit: every digit not right after a letter is visited too, the places the
    /// every-position search tries (a keyed trigger has no left edge but a letter: <c>169er</c> holds <c>69er</c>).
    /// </summary>
    private readonly bool _digitsFirst;

    /// <summary>The last position a trigger can start at is this many characters before the end.</summary>
    private readonly int _shortest;

    private AsciiTriggerFinder(Dictionary<int, Entry[]> byKey, Entry[] shortTriggers)
    {
        _short = shortTriggers;
        foreach (var key in byKey.Keys)
        {
            var bit = BitOf(key);
            _mayStart[bit >> 6] |= 1UL << (bit & 63);
        }

        _rankBase = new int[_mayStart.Length];
        for (int w = 0, rank = 0; w < _mayStart.Length; w++)
        {
            _rankBase[w] = rank;
            rank += System.Numerics.BitOperations.PopCount(_mayStart[w]);
        }

        // Groups in bit order; inside a group, keys and their triggers in the order given (the dictionary's insertion order).
        var groups = byKey.GroupBy(p => BitOf(p.Key)).OrderBy(g => g.Key).ToArray();
        _groupStart = new int[groups.Length + 1];
        var entries = new List<Entry>();
        for (var g = 0; g < groups.Length; g++)
        {
            _groupStart[g] = entries.Count;
            foreach (var (key, list) in groups[g])
            {
                entries.AddRange(list.Select(e => e with { Key = key }));
            }
        }

        _groupStart[groups.Length] = entries.Count;
        _entries = [.. entries];
        _fourth = new ulong[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            for (var k = _groupStart[g]; k < _groupStart[g + 1]; k++)
            {
                var folded = _entries[k].Folded;
                _fourth[g] |= folded.Length > KeyLength ? FourthBit(folded[KeyLength]) : ulong.MaxValue;
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            for (var low = 0; low < 32; low++)
            {
                if ((_fourth[g] & ((1UL << low) | (1UL << (low + 32)))) != 0)
                {
                    var four = (groups[g].Key << 5) | low;
                    _mayStartFour[four >> 6] |= 1UL << (four & 63);
                }
            }
        }

        foreach (var e in shortTriggers)
        {
            foreach (var c in (ReadOnlySpan<char>)[e.Folded[0], char.ToLowerInvariant(e.Folded[0])])
            {
                if (c < 64)
                {
                    _shortFirstLow |= 1UL << c;
                }
                else
                {
                    _shortFirstHigh |= 1UL << (c - 64);
                }
            }
        }

        _alnumFirst = byKey.Keys.All(key => char.IsAsciiLetterUpper((char)(key >> 14)) || char.IsAsciiDigit((char)(key >> 14)));
        _digitsFirst = shortTriggers.Any(e => char.IsAsciiDigit(e.Folded[0])) || byKey.Keys.Any(key => char.IsAsciiDigit((char)(key >> 14)));
        _shortest = shortTriggers.Length == 0 ? KeyLength : shortTriggers.Min(e => e.Folded.Length);
    }

    /// <summary>Whether ordinal ignore-case comparison (invariant upper case, char by char) can find the trigger in ASCII text.</summary>
    public static bool MatchesAsciiText(string trigger) => trigger.All(c => char.ToUpperInvariant(c) <= '\u007F');

    /// <summary>A finder for the triggers that can match ASCII text (all of one tag), or null when one cannot be found in ASCII text.</summary>
    public static AsciiTriggerFinder? TryCreate(IEnumerable<string> triggers) => TryCreate(triggers.Select(t => (t, 1u)));

    /// <summary>
    /// A finder for tagged triggers that can match ASCII text, or null when one cannot be found in ASCII text. A trigger given under
    /// several tags (or in several cases) is one entry with its tags merged.
    /// </summary>
    public static AsciiTriggerFinder? TryCreate(IEnumerable<(string Trigger, uint Tags)> triggers) => TryCreate(triggers.Select(t => (t.Trigger, t.Tags, false)));

    /// <summary>
    /// A finder for tagged triggers, each a whole word (<paramref name="triggers"/>' <c>WholeWord</c>) or a prefix, or null
    /// when one cannot be found in ASCII text (or is shorter than a key and starts with neither a letter nor a digit). A
    /// trigger given under several tags is one entry; a text given both as a whole word and as a prefix is a prefix for those
    /// tags; one shorter than a key is a whole word on both sides whatever it is given as.
    /// </summary>
    public static AsciiTriggerFinder? TryCreate(IEnumerable<(string Trigger, uint Tags, bool WholeWord)> triggers)
    {
        var tagsOf = new Dictionary<string, (uint Prefix, uint Word)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (trigger, tags, wholeWord) in triggers)
        {
            var folded = string.Create(trigger.Length, trigger, static (span, t) =>
            {
                for (var i = 0; i < t.Length; i++)
                {
                    span[i] = char.ToUpperInvariant(t[i]);
                }
            });
            if (folded.Length == 0 || folded.Any(c => c > '\u007F') || (folded.Length < KeyLength && !char.IsAsciiLetterOrDigit(folded[0])))
            {
                return null;
            }

            if (!tagsOf.TryGetValue(folded, out var had))
            {
                order.Add(folded);
            }

            tagsOf[folded] = wholeWord ? (had.Prefix, had.Word | tags) : (had.Prefix | tags, had.Word);
        }

        var byKey = new Dictionary<int, List<Entry>>();
        var shortTriggers = new List<Entry>();
        foreach (var folded in order.Where(f => f.Length < KeyLength))
        {
            var (prefix, word) = tagsOf[folded];
            shortTriggers.Add(new Entry(folded, prefix | word, prefix | word));
        }

        foreach (var folded in order.Where(f => f.Length >= KeyLength))
        {
            var key = KeyOf(folded[0], folded[1], folded[2]);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            var (prefix, word) = tagsOf[folded];
            list.Add(new Entry(folded, prefix | word, word & ~prefix));
        }

        return new AsciiTriggerFinder(byKey.ToDictionary(p => p.Key, p => p.Value.ToArray()), [.. shortTriggers]);
    }

    /// <summary>
    /// The first index at or after <paramref name="from"/> where a trigger begins and no letter stands right before it, or -1.
    /// <paramref name="source"/> must be ASCII.
    /// </summary>
    public int Find(string source, int from) => Find(source, from, uint.MaxValue, out _);

    /// <summary>The same, for the triggers with a tag of <paramref name="tags"/> only.</summary>
    public int Find(string source, int from, uint tags) => Find(source, from, tags, out _);

    /// <summary>
    /// The first index at or after <paramref name="from"/> where a trigger with a tag of <paramref name="tags"/> begins and no
    /// letter stands right before it, or -1; <paramref name="found"/> holds the tags (of <paramref name="tags"/>) of every
    /// trigger that begins there. <paramref name="source"/> must be ASCII.
    /// </summary>
    public int Find(string source, int from, uint tags, out uint found) => Find(source, from, tags, wholeWords: false, out found);

    private int Find(string source, int from, uint tags, bool wholeWords, out uint found)
    {
        WorkCounter.Add(1);
        return _alnumFirst ? FindAtLetterRuns(source, from, tags, wholeWords, out found) : FindAtEveryPosition(source, from, tags, wholeWords, out found);
    }

    /// <summary>
    /// Every place where a trigger with a tag of <paramref name="tags"/> begins (as <see cref="Find(string, int, uint, out uint)"/>
    /// finds them, in order) with the tags found there, into <paramref name="hits"/> (cleared first): one pass over the prompt
    /// for all who read it. <paramref name="source"/> must be ASCII.
    /// </summary>
    /// <param name="wholeWords">Whether a whole-word trigger counts only where the prompt's word ends with it (a clause
    /// reader reads its table's entries as whole words, so a word that merely starts with a trigger sets off nothing).</param>
    public void FindAll(string source, uint tags, List<(int At, uint Tags)> hits, bool wholeWords = false)
    {
        hits.Clear();
        if (_alnumFirst)
        {
            // One pass over the run starts (session 26): the places the loop of Find calls below stops at, since the run starts
            // after a place found are those a search from the next character marks.
            WorkCounter.Add(1);
            FindAllAtLetterRuns(source, tags, wholeWords, hits);
            return;
        }

        for (var at = Find(source, 0, tags, wholeWords, out var found); at >= 0; at = Find(source, at + 1, tags, wholeWords, out found))
        {
            hits.Add((at, found));
        }
    }

    /// <summary>Whether the run-start path serves this finder (every keyed trigger starts with a letter or digit): for tests.</summary>
    internal bool VisitsRunStartsOnly => _alnumFirst;

    /// <summary><see cref="FindAll"/> when every keyed trigger starts with a letter or digit: <see cref="FindAtLetterRuns"/> from 0, every place kept.</summary>
    private void FindAllAtLetterRuns(string source, uint tags, bool wholeWords, List<(int At, uint Tags)> hits)
    {
        var last = source.Length - _shortest;
        var previousIsLetter = false;
        var digits = _digitsFirst;
        var vectors = Vector128.IsHardwareAccelerated && source.Length >= BlockLength;
        for (var block = 0; block <= last; block += BlockLength)
        {
            var end = Math.Min(block + BlockLength, last + 1);
            var runStarts = RunStarts(source, block, end, digits, vectors, ref previousIsLetter);

            for (; runStarts != 0; runStarts &= runStarts - 1)
            {
                var at = block + System.Numerics.BitOperations.TrailingZeroCount(runStarts);
                var found = TagsAt(source, at, tags, wholeWords);
                if (found != 0)
                {
                    hits.Add((at, found));
                }
            }
        }
    }

    /// <summary>
    /// The run starts of the block [<paramref name="block"/>, <paramref name="end"/>) as bits, bit 0 at <paramref name="block"/>:
    /// the first letters of runs of letters (and, with <paramref name="digits"/>, every digit not right after a letter); whether
    /// the previous character is a letter comes in and the block's last goes out. One copy for the search of one place and of
    /// all places.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong RunStarts(string source, int block, int end, bool digits, bool vectors, ref bool previousIsLetter)
    {
        ulong runStarts = 0;
        if (vectors)
        {
            // The block's letters (and digits) as bits, 16 or 8 characters a step; the last block is read in the window
            // of the prompt's last 64 characters and shifted down, so nothing past the end is read.
            var window = Math.Min(block, source.Length - BlockLength);
            var (letters, digitBits) = Classes(source.AsSpan(window, BlockLength), digits);
            letters >>= block - window;
            digitBits >>= block - window;
            var notAfterLetter = ~((letters << 1) | (previousIsLetter ? 1UL : 0));
            runStarts = (letters | digitBits) & notAfterLetter;
            if (end - block < BlockLength)
            {
                runStarts &= (1UL << (end - block)) - 1;
            }

            // Read only when this block was a whole one at the window's start (a next block follows only then).
            previousIsLetter = (letters >> 63) != 0;
        }
        else
        {
            for (var i = block; i < end; i++)
            {
                var isLetter = char.IsAsciiLetter(source[i]);
                var isDigit = digits & char.IsAsciiDigit(source[i]);
                runStarts |= (ulong)((isLetter | isDigit) & !previousIsLetter ? 1 : 0) << (i - block);
                previousIsLetter = isLetter;
            }
        }

        return runStarts;
    }

    /// <summary>
    /// The same search when every keyed trigger starts with a letter or digit (the shipped tables): the positions that can start
    /// one are the first letters of runs of letters (and, when a trigger starts with a digit, every digit not right after a
    /// letter: 69, 69er), marked 64 positions at a time in a bit mask without a branch per character (a branch at every word's
    /// edge was most of the cost: two mispredictions a word), then visited bit by bit. The every-position search tries these
    /// places and the signs and spaces not after a letter besides, where no trigger that starts with a letter or digit begins.
    /// </summary>
    private int FindAtLetterRuns(string source, int from, uint tags, bool wholeWords, out uint found)
    {
        found = 0;
        var last = source.Length - _shortest; // the last position a trigger fits at
        var previousIsLetter = from > 0 && from <= source.Length && char.IsAsciiLetter(source[from - 1]);
        var digits = _digitsFirst;
        var vectors = Vector128.IsHardwareAccelerated && source.Length >= BlockLength;
        for (var block = from; block <= last; block += BlockLength)
        {
            var end = Math.Min(block + BlockLength, last + 1);
            var runStarts = RunStarts(source, block, end, digits, vectors, ref previousIsLetter);

            for (; runStarts != 0; runStarts &= runStarts - 1)
            {
                var at = block + System.Numerics.BitOperations.TrailingZeroCount(runStarts);
                if ((found = TagsAt(source, at, tags, wholeWords)) != 0)
                {
                    return at;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Which of 64 characters are ASCII letters (bit i for character i) and, with <paramref name="digits"/>, ASCII digits: the
    /// same tests as <see cref="char.IsAsciiLetter"/> and <see cref="char.IsAsciiDigit"/>, on any UTF-16 unit.
    /// </summary>
    internal static (ulong Letters, ulong Digits) Classes(ReadOnlySpan<char> block, bool digits)
    {
        ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(block[..BlockLength]));
        ulong letters = 0, digitBits = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (var k = 0; k < BlockLength; k += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)k);
                letters |= (ulong)Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26)).ExtractMostSignificantBits() << k;
                if (digits)
                {
                    digitBits |= (ulong)Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10)).ExtractMostSignificantBits() << k;
                }
            }
        }
        else
        {
            for (var k = 0; k < BlockLength; k += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)k);
                letters |= (ulong)Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26)).ExtractMostSignificantBits() << k;
                if (digits)
                {
                    digitBits |= (ulong)Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10)).ExtractMostSignificantBits() << k;
                }
            }
        }

        return (letters, digitBits);
    }

    /// <summary>Every position not right after a letter is tried (a trigger may start with a digit or a sign).</summary>
    private int FindAtEveryPosition(string source, int from, uint tags, bool wholeWords, out uint found)
    {
        found = 0;
        for (var i = from; i + _shortest <= source.Length; i++)
        {
            if ((i == 0 || !char.IsAsciiLetter(source[i - 1])) && (found = TagsAt(source, i, tags, wholeWords)) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The tags (of <paramref name="tags"/>) of the triggers that begin at <paramref name="at"/> (the shortest trigger's length of text is there), or 0.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private uint TagsAt(string source, int at, uint tags, bool wholeWords)
    {
        var found = MayStartShort(source[at]) ? ShortTagsAt(source, at, tags) : 0;
        if (at + KeyLength > source.Length)
        {
            return found;
        }

        // The four-character bitset is read here, inlined into the run-start loops (session 29): most word starts (about 60 of the
        // benign prompt's 70) stop at it, without the call to KeyedTagsAt and its six saved registers.
        return at + KeyLength < source.Length && !MayStartFour(source, at) ? found : found | KeyedTagsAt(source, at, tags, wholeWords);
    }

    /// <summary>
    /// May a keyed trigger begin with the four characters at <paramref name="at"/> (there are four)? False proves none does; the
    /// five low bits of each character are the same in both cases (upper case is 32 less), so the raw characters give the bit.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool MayStartFour(string source, int at)
    {
        var four = ((source[at] & 31) << 15) | ((source[at + 1] & 31) << 10) | ((source[at + 2] & 31) << 5) | (source[at + 3] & 31);
        return (_mayStartFour[four >> 6] & (1UL << (four & 63))) != 0;
    }

    /// <summary>Whether a short trigger begins with <paramref name="c"/> (either case; none when there is no short trigger).</summary>
    private bool MayStartShort(char c) => c < 64 ? (_shortFirstLow & (1UL << c)) != 0 : c < 128 && (_shortFirstHigh & (1UL << (c - 64))) != 0;

    /// <summary>The tags of the short triggers that stand at <paramref name="at"/> as a whole word (no ASCII letter or digit on either side).</summary>
    private uint ShortTagsAt(string source, int at, uint tags)
    {
        uint found = 0;
        if (at > 0 && char.IsAsciiLetterOrDigit(source[at - 1]))
        {
            return 0;
        }

        foreach (var (trigger, triggerTags, _, _) in _short)
        {
            var end = at + trigger.Length;
            if ((triggerTags & tags) != 0 && end <= source.Length && Upper(source[at]) == trigger[0]
                && (trigger.Length == 1 || Upper(source[at + 1]) == trigger[1]) && (end == source.Length || !char.IsAsciiLetterOrDigit(source[end])))
            {
                found |= triggerTags & tags;
            }
        }

        return found;
    }

    /// <summary>
    /// The tags of the keyed triggers at <paramref name="at"/>; the caller (<see cref="TagsAt"/>) has already found
    /// <see cref="MayStartFour"/> true there when a fourth character follows the key.
    /// </summary>
    private uint KeyedTagsAt(string source, int at, uint tags, bool wholeWords)
    {
        var key = KeyOf(Upper(source[at]), Upper(source[at + 1]), Upper(source[at + 2]));
        var bit = BitOf(key);
        var bits = _mayStart[bit >> 6];
        var mask = 1UL << (bit & 63);
        if ((bits & mask) == 0)
        {
            return 0;
        }

        var rank = _rankBase[bit >> 6] + System.Numerics.BitOperations.PopCount(bits & (mask - 1));
        if (at + KeyLength < source.Length && (_fourth[rank] & FourthBit(Upper(source[at + KeyLength]))) == 0)
        {
            return 0; // no trigger of the group goes on with this fourth character (and none is only a key long)
        }

        uint found = 0;
        var entries = _entries;
        for (int k = _groupStart[rank], to = _groupStart[rank + 1]; k < to; k++)
        {
            ref readonly var entry = ref entries[k];
            if (entry.Key == key && (entry.Tags & tags & ~found) != 0 && StartsWith(source, at, entry.Folded))
            {
                found |= (wholeWords && !EndsWord(source, at + entry.Folded.Length) ? entry.Tags & ~entry.WordOnly : entry.Tags) & tags;
            }
        }

        return found;
    }

    /// <summary>A word of a clause ends at <paramref name="end"/> (<see cref="ClauseWords.IsWordChar"/> for ASCII: no letter, digit or apostrophe there).</summary>
    private static bool EndsWord(string source, int end) => end == source.Length || !(char.IsAsciiLetterOrDigit(source[end]) || source[end] == '\'');

    /// <summary>A trigger folded to upper case, its tags, and those of its tags for which it is a whole word only.</summary>
    /// <param name="Key">The key of its first three characters (<see cref="KeyOf"/>); 0 for a short trigger.</param>
    private readonly record struct Entry(string Folded, uint Tags, uint WordOnly, int Key = 0);

    private static bool StartsWith(string source, int at, string folded)
    {
        if (folded.Length > source.Length - at)
        {
            return false;
        }

        for (var k = KeyLength; k < folded.Length; k++)
        {
            if (Upper(source[at + k]) != folded[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The bit of a fourth character in <see cref="_fourth"/>: its six low bits (two characters may share one; a shared bit only walks the group).</summary>
    private static ulong FourthBit(char c) => 1UL << (c & 63);

    private static char Upper(char c) => char.IsAsciiLetterLower(c) ? (char)(c - 32) : c;

    /// <summary>The three upper-cased ASCII characters, seven bits each.</summary>
    private static int KeyOf(char a, char b, char c) => (a << 14) | (b << 7) | c;

    /// <summary>Five bits of each character (letters keep all 26 apart) into a 15-bit index; collisions only cost a lookup.</summary>
    private static int BitOf(int key) => ((key >> 14 & 31) << 10) | ((key >> 7 & 31) << 5) | (key & 31);
}
