using System.Collections.Frozen;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// Inflection as data, compiled: stems of every language with the endings that may follow them (so
/// <c>dzieckiem</c>, <c>ребёнком</c>, <c>çocuklarına</c>, <c>والأطفال</c> count as their stem without anyone
/// listing the form), and the compounds of languages that write them as one word (<c>Nacktbild</c>,
/// <c>Kinderfoto</c>, <c>tienerseks</c>). Lookups are hash probes of the word's own tail and head, at most
/// <see cref="MaxEnding"/> (or the longest compound part) of them per word, so matching stays linear.
/// A word reaches these tables only when it matched nothing as written.
/// </summary>
internal sealed class Inflections
{
    /// <summary>Longest word tried: lexicon words are far shorter, and the probes per word stay bounded.</summary>
    public const int MaxWordLength = 48;

    /// <summary>Shortest stem any language may declare: two letters spell too many words.</summary>
    public const int MinStemFloor = 3;

    private const int GateBits = 1 << 16;

    private readonly FrozenDictionary<string, Stem[]>.AlternateLookup<ReadOnlySpan<char>> _stems;
    private readonly LanguageRules[] _rules;
    private readonly (string Written, string Lemma, int Rules)[] _alternations;
    private readonly ulong[] _stemGate;
    private readonly ulong[] _shortStemGate;
    private readonly int _minStem;
    private readonly int _maxStem;
    private readonly FrozenDictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _heads;
    private readonly FrozenDictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _tails;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _guards;
    // Every cut of a word is probed: a bit read turns most probes away before the span is hashed.
    private readonly KeyGate _stemKeys;
    private readonly KeyGate _headKeys;
    private readonly KeyGate _tailKeys;
    private readonly KeyGate _guardKeys;
    private readonly ulong[] _headGate;
    private readonly ulong[] _tailGate;
    // Session 43 (i16-speed51): the lengths of the stems (heads, guards) that open with a word's first three letters, and of the
    // tails (guards) that close with its last three, as one mask per hash bucket (LengthMasks): a cut of a length no such key has
    // is passed on one bit read instead of a key-gate probe, so a word is probed at the few lengths its letters allow.
    private readonly LengthMasks _stemLengths;
    private readonly LengthMasks _headLengths;
    private readonly LengthMasks _tailLengths;
    private readonly LengthMasks _guardHeadLengths;
    private readonly LengthMasks _guardTailLengths;
    private readonly int _maxHead;
    private readonly int _maxTail;
    private readonly int _maxGuard;
    private readonly int _minRest;
    private readonly FrozenDictionary<char, ulong> _letters;

    private Inflections(Builder b)
    {
        _stems = b.Stems.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _rules = [.. b.Rules];
        _alternations = [.. b.Alternations];
        _stemGate = new ulong[GateBits / 64];
        _shortStemGate = new ulong[GateBits / 64];
        foreach (var stem in b.Stems.Keys)
        {
            if (stem.Length == MinStemFloor)
            {
                Set(_shortStemGate, Hash(stem));
            }
            else
            {
                Set(_stemGate, Hash(stem.AsSpan(0, 4)));
            }
        }

        // An alternation changes a stem's last letters, never its first three (stems are 3+ letters long), so the gate holds for it.
        _minStem = b.Stems.Count == 0 ? int.MaxValue : b.Stems.Keys.Min(k => k.Length);
        _maxStem = b.Stems.Count == 0 ? 0 : b.Stems.Keys.Max(k => k.Length);
        MaxEnding = _rules.Length == 0 ? 0 : _rules.Max(r => r.MaxEnding);
        _heads = b.Heads.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _tails = b.Tails.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _guards = b.Guards.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _stemKeys = new KeyGate(b.Stems.Keys);
        _headKeys = new KeyGate(b.Heads.Keys);
        _tailKeys = new KeyGate(b.Tails.Keys);
        _guardKeys = new KeyGate(b.Guards);
        _headGate = new ulong[GateBits / 64];
        _tailGate = new ulong[GateBits / 64];
        foreach (var head in b.Heads.Keys.Concat(b.Guards))
        {
            Set(_headGate, Hash(head.AsSpan(0, MinStemFloor)));
        }

        foreach (var tail in b.Tails.Keys.Concat(b.Guards))
        {
            Set(_tailGate, Hash(tail.AsSpan(tail.Length - MinStemFloor)));
        }

        _stemLengths = new LengthMasks(b.Stems.Keys, fromEnd: false);
        _headLengths = new LengthMasks(b.Heads.Keys, fromEnd: false);
        _tailLengths = new LengthMasks(b.Tails.Keys, fromEnd: true);
        _guardHeadLengths = new LengthMasks(b.Guards, fromEnd: false);
        _guardTailLengths = new LengthMasks(b.Guards, fromEnd: true);
        _maxHead = b.Heads.Count == 0 ? 0 : b.Heads.Keys.Max(k => k.Length);
        _maxTail = b.Tails.Count == 0 ? 0 : b.Tails.Keys.Max(k => k.Length);
        _maxGuard = b.Guards.Count == 0 ? 0 : b.Guards.Max(k => k.Length);
        _minRest = b.MinRest;
        CompoundLanguages = b.CompoundLanguages;
        _letters = b.Letters.ToFrozenDictionary();
        Affixes = [.. b.Affixes];
        StemCount = b.Stems.Count;
        CompoundPartCount = b.Heads.Count + b.Tails.Count;
    }

    public static Inflections Empty { get; } = new(new Builder());

    /// <summary>Longest ending (all suffixes of a chain together) of any language.</summary>
    public int MaxEnding { get; }

    public int StemCount { get; }

    public int CompoundPartCount { get; }

    public bool HasStems => StemCount > 0;

    public bool HasCompounds => CompoundPartCount > 0;

    /// <summary>The languages whose files list compound parts (German, Dutch, Swedish).</summary>
    public ulong CompoundLanguages { get; }

    /// <summary>The prefixes, infixes and reduplication of the languages that have them (Tagalog, Indonesian).</summary>
    public AffixRules[] Affixes { get; }

    /// <summary>
    /// Is <paramref name="word"/> a listed stem followed by endings of the stem's language (longest stem first),
    /// after undoing a stem alternation if need be? <paramref name="entry"/> is the stem's entry (language-only
    /// when the stem is a false friend), <paramref name="language"/> the stem's language bit.
    /// </summary>
    public bool TryStem(ReadOnlySpan<char> word, Span<char> buffer, out LexiconEntry entry, out ulong language)
    {
        entry = null!;
        language = 0;
        // One array read turns most words away: no stem starts with their first four letters (three for the few
        // three-letter stems).
        if (word.Length <= _minStem || word.Length > MaxWordLength
            || !(Has(_stemGate, Hash(word[..Math.Min(4, word.Length)])) || Has(_shortStemGate, Hash(word[..MinStemFloor]))))
        {
            return false;
        }

        WorkCounter.Add(word.Length);
        var shortest = Math.Max(_minStem, word.Length - MaxEnding);
        // Session 43: the lengths of the stems opening with the word's first three letters (a superset: a hash bucket's).
        var lengths = _stemLengths.Of(word);
        for (var cut = Math.Min(word.Length - 1, _maxStem + 1); cut >= shortest; cut--)
        {
            var stem = word[..cut];
            var ending = word[cut..];
            if (!LengthMasks.Has(lengths, cut))
            {
                // No stem of this length opens with these letters: the probe below could find none (one bit read).
                WorkCounter.Add(1);
            }
            else
            {
                WorkCounter.Add(1 + cut);
                if (_stemKeys.MayContain(stem) && _stems.TryGetValue(stem, out var stems) && Accept(stems, word, cut, ending, -1, out entry, out language))
                {
                    return true;
                }
            }

            foreach (var (written, lemma, rules) in _alternations)
            {
                if (!stem.EndsWith(written, StringComparison.Ordinal))
                {
                    continue;
                }

                var length = cut - written.Length + lemma.Length;
                if (length > buffer.Length)
                {
                    continue;
                }

                // The lemma's stem keeps the word's first three letters when the alternation leaves them: then its length must be one the
                // mask holds.
                if (cut - written.Length >= MinStemFloor && !LengthMasks.Has(lengths, length))
                {
                    WorkCounter.Add(1);
                    continue;
                }

                stem[..(cut - written.Length)].CopyTo(buffer);
                lemma.CopyTo(buffer[(cut - written.Length)..]);
                WorkCounter.Add(1 + length);
                if (_stemKeys.MayContain(buffer[..length]) && _stems.TryGetValue(buffer[..length], out var softened) && Accept(softened, word, cut, ending, rules, out entry, out language))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A compound whose first or last element is a listed part (<c>Nacktbild</c>, <c>Schulmädchenfoto</c>), none of
    /// it inside a guard word; the head's entry, the tail's, or both. Letters only.
    /// </summary>
    public bool TryCompound(ReadOnlySpan<char> word, out LexiconEntry? head, out LexiconEntry? tail)
    {
        head = null;
        tail = null;
        if (word.Length < _minRest + MinStemFloor || word.Length > MaxWordLength
            || !(Has(_headGate, Hash(word[..MinStemFloor])) || Has(_tailGate, Hash(word[^MinStemFloor..]))) || !IsAsciiWord(word))
        {
            return false;
        }

        var headLength = Head(word, out head);
        var tailLengths = _tailLengths.Of(word);
        for (var cut = Math.Min(word.Length - _minRest, _maxTail); cut >= MinStemFloor && tail is null; cut--)
        {
            if (!LengthMasks.Has(tailLengths, cut))
            {
                WorkCounter.Add(1);
                continue;
            }

            WorkCounter.Add(1 + cut);
            if (_tailKeys.MayContain(word[^cut..]))
            {
                _tails.TryGetValue(word[^cut..], out tail);
            }
        }

        // Three elements, the term in the middle: Teenie|sex|szene, kleuter|naakt|foto.
        if (tail is null && headLength > 0)
        {
            Head(word[headLength..], out tail);
        }

        // Guard words are read only for a word that holds a part (most hold none): the answer is the same as reading them first.
        if ((head is not null || tail is not null) && HasGuard(word))
        {
            head = null;
            tail = null;
            return false;
        }

        return head is not null || tail is not null;
    }

    /// <summary>Does a guard word (Kindergarten, barnmorska) open or close <paramref name="word"/>?</summary>
    private bool HasGuard(ReadOnlySpan<char> word)
    {
        var (opening, closing) = (_guardHeadLengths.Of(word), _guardTailLengths.Of(word));
        for (var cut = Math.Min(word.Length, _maxGuard); cut >= MinStemFloor; cut--)
        {
            var (first, last) = (LengthMasks.Has(opening, cut), LengthMasks.Has(closing, cut));
            WorkCounter.Add(first || last ? 2 + (2 * cut) : 2);
            if ((first && _guardKeys.MayContain(word[..cut]) && _guards.Contains(word[..cut])) || (last && _guardKeys.MayContain(word[^cut..]) && _guards.Contains(word[^cut..])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest listed head of <paramref name="word"/> that leaves at least the minimum rest; its length, 0 for none.</summary>
    private int Head(ReadOnlySpan<char> word, out LexiconEntry? head)
    {
        head = null;
        var lengths = _headLengths.Of(word);
        for (var cut = Math.Min(word.Length - _minRest, _maxHead); cut >= MinStemFloor; cut--)
        {
            if (!LengthMasks.Has(lengths, cut))
            {
                WorkCounter.Add(1);
                continue;
            }

            WorkCounter.Add(1 + cut);
            if (_headKeys.MayContain(word[..cut]) && _heads.TryGetValue(word[..cut], out head))
            {
                return cut;
            }
        }

        return 0;
    }

    /// <summary>
    /// Does <paramref name="source"/> (the prompt as written, before folding) contain a letter that only languages of
    /// <paramref name="languages"/> write? Asked only while deciding a false friend, once per set of languages.
    /// </summary>
    public bool LettersShow(ReadOnlySpan<char> source, ulong languages)
    {
        if (_letters.Count == 0)
        {
            return false;
        }

        WorkCounter.Add(source.Length);
        foreach (var c in source)
        {
            if (c >= '\u00C0' && _letters.TryGetValue(InvariantLower.Of(c), out var claimedBy) && (claimedBy & ~languages) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 43 (i16-speed51): as <see cref="LettersShow(ReadOnlySpan{char}, ulong)"/> for a tokenized prompt, reading only the
    /// stretch from its first to its last non-ASCII character (<see cref="TokenizedText.NonAsciiBounds"/>): the letters asked about
    /// are all above U+00BF, so the ASCII characters around them never answer. An ASCII prompt is answered without a read. The
    /// false-friend deciders read the whole text for each language set (the Spanish ordinary prompt of InflectionCostTests, 71
    /// characters, twice, for one accented letter).
    /// </summary>
    public bool LettersShow(TokenizedText text, ulong languages)
    {
        if (_letters.Count == 0)
        {
            return false;
        }

        var (first, last) = text.NonAsciiBounds;
        WorkCounter.Add(1);
        return first >= 0 && LettersShow(text.Source.AsSpan(first, last - first + 1), languages);
    }

    /// <summary>
    /// Does <paramref name="source"/> outside [<paramref name="skipStart"/>, <paramref name="skipEnd"/>) write a letter that only
    /// languages outside <paramref name="languages"/> write (Polish ę in "sięga … do góry")? Then a word of those languages
    /// reached there only by folding accents is the prompt's own word, not theirs.
    /// </summary>
    public bool OtherLettersShow(ReadOnlySpan<char> source, ulong languages, int skipStart, int skipEnd) =>
        OtherLettersOutside(OtherLetterBounds(source, languages), skipStart, skipEnd);

    /// <summary>
    /// The first and last index of a letter of <paramref name="source"/> that only languages outside <paramref name="languages"/>
    /// write, or (-1, -1): one pass per prompt and mask, so callers asking for every word of the prompt stay linear.
    /// </summary>
    public (int First, int Last) OtherLetterBounds(ReadOnlySpan<char> source, ulong languages)
    {
        if (_letters.Count == 0 || languages == 0)
        {
            return (-1, -1);
        }

        WorkCounter.Add(source.Length);
        var first = -1;
        var last = -1;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= '\u00C0' && _letters.TryGetValue(InvariantLower.Of(c), out var claimedBy) && claimedBy != 0
                && (claimedBy & languages) == 0)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        return (first, last);
    }

    /// <summary>Whether such a letter lies outside [<paramref name="skipStart"/>, <paramref name="skipEnd"/>), given its bounds.</summary>
    public static bool OtherLettersOutside((int First, int Last) bounds, int skipStart, int skipEnd) =>
        bounds.First >= 0 && (bounds.First < skipStart || bounds.Last >= skipEnd);

    private bool Accept(Stem[] stems, ReadOnlySpan<char> word, int cut, ReadOnlySpan<char> ending, int onlyRules, out LexiconEntry entry, out ulong language)
    {
        foreach (var stem in stems)
        {
            if (onlyRules >= 0 && stem.Rules != onlyRules)
            {
                continue;
            }

            var rules = _rules[stem.Rules];
            if (cut >= rules.MinStem && ending.Length <= rules.MaxEnding && !rules.IsException(word, cut) && rules.IsEnding(ending))
            {
                entry = stem.Entry;
                language = rules.Language;
                return true;
            }
        }

        entry = null!;
        language = 0;
        return false;
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        var h = 0;
        foreach (var c in s)
        {
            h = (h * 131) + c;
        }

        return h & (GateBits - 1);
    }

    /// <summary>Compounds are read in letters-only words (German, Dutch, Swedish fold to ASCII letters).</summary>
    private static bool IsAsciiWord(ReadOnlySpan<char> word)
    {
        WorkCounter.Add(word.Length);
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Set(ulong[] gate, int bit) => gate[bit >> 6] |= 1UL << (bit & 63);

    private static bool Has(ulong[] gate, int bit) => (gate[bit >> 6] & (1UL << (bit & 63))) != 0;

    internal readonly record struct Stem(LexiconEntry Entry, int Rules);

    /// <summary>
    /// One language's affixes: prefixes (longest first; a mutating one restores the stem letter it replaced), infixes
    /// after the stem's first consonant, and a doubled first syllable. Words listed as exceptions are never undone.
    /// </summary>
    internal sealed class AffixRules
    {
        // Grouped by first letter (longest first within a group), so a word is tried only against prefixes it can start with.
        private readonly (string Prefix, string Restore)[] _prefixes;
        private readonly FrozenDictionary<char, (int Start, int Count)> _byFirst;
        private readonly LanguageRules _rules;

        public AffixRules(ulong language, IEnumerable<string> prefixes, IReadOnlyDictionary<string, string> mutations, IEnumerable<string> infixes, bool reduplication, LanguageRules rules)
        {
            Language = language;
            _prefixes = [.. prefixes.Distinct().OrderBy(p => p[0]).ThenByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).Select(p => (p, mutations.GetValueOrDefault(p) ?? string.Empty))];
            _byFirst = Group(_prefixes);
            Infixes = [.. infixes];
            Reduplication = reduplication;
            _rules = rules;
        }

        public ulong Language { get; }

        public string[] Infixes { get; }

        public bool Reduplication { get; }

        /// <summary>The prefixes that start with <paramref name="first"/>, longest first.</summary>
        public ReadOnlySpan<(string Prefix, string Restore)> PrefixesFor(char first) =>
            _byFirst.TryGetValue(first, out var range) ? _prefixes.AsSpan(range.Start, range.Count) : [];

        public bool IsException(ReadOnlySpan<char> word) => _rules.IsException(word);

        private static FrozenDictionary<char, (int Start, int Count)> Group((string Prefix, string Restore)[] sorted)
        {
            var ranges = new Dictionary<char, (int Start, int Count)>();
            for (var k = 0; k < sorted.Length; k++)
            {
                var first = sorted[k].Prefix[0];
                ranges[first] = ranges.TryGetValue(first, out var range) ? (range.Start, range.Count + 1) : (k, 1);
            }

            return ranges.ToFrozenDictionary();
        }
    }

    /// <summary>One language's endings: a set of suffixes, chained at most <see cref="MaxSuffixes"/> deep.</summary>
    internal sealed class LanguageRules(ulong language, int minStem, IEnumerable<string> suffixes, int maxSuffixes, IEnumerable<string> exceptions)
    {
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _suffixes =
            suffixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exceptions =
            exceptions.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly int _longestSuffix = suffixes.DefaultIfEmpty(string.Empty).Max(s => s.Length);

        public ulong Language { get; } = language;

        public int MinStem { get; } = minStem;

        public int MaxSuffixes { get; } = maxSuffixes;

        public int MaxEnding => _longestSuffix * MaxSuffixes;

        public bool IsException(ReadOnlySpan<char> word) => _exceptions.Contains(word);

        /// <summary>
        /// Is <paramref name="word"/> an exception, or an exception longer than the stem (the first <paramref name="stemLength"/>
        /// letters) with endings of its own? Turkish <c>seksen</c> (eighty) is no form of <c>seks</c>, and neither are
        /// <c>seksenli</c> (of the eighties) or <c>sekseninde</c>: the exception's own forms are the exception's.
        /// </summary>
        public bool IsException(ReadOnlySpan<char> word, int stemLength)
        {
            if (_exceptions.Contains(word))
            {
                return true;
            }

            for (var n = word.Length - 1; n > stemLength; n--)
            {
                WorkCounter.Add(1);
                if (_exceptions.Contains(word[..n]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Can <paramref name="ending"/> be cut into at most <see cref="MaxSuffixes"/> suffixes? (A small dynamic program over its length.)</summary>
        public bool IsEnding(ReadOnlySpan<char> ending)
        {
            WorkCounter.Add(1 + ending.Length);
            if (MaxSuffixes == 1 || ending.Length <= 1)
            {
                return _suffixes.Contains(ending);
            }

            Span<byte> fewest = stackalloc byte[ending.Length + 1];
            fewest.Fill(byte.MaxValue);
            fewest[0] = 0;
            for (var end = 1; end <= ending.Length; end++)
            {
                for (var start = Math.Max(0, end - _longestSuffix); start < end; start++)
                {
                    WorkCounter.Add(1);
                    if (fewest[start] < MaxSuffixes && fewest[start] + 1 < fewest[end] && _suffixes.Contains(ending[start..end]))
                    {
                        fewest[end] = (byte)(fewest[start] + 1);
                    }
                }
            }

            return fewest[ending.Length] <= MaxSuffixes;
        }
    }

    /// <summary>Collects the <c>inflection</c> sections of every file, in load order.</summary>
    internal sealed class Builder
    {
        internal Dictionary<string, List<Stem>> Stems { get; } = new(StringComparer.Ordinal);

        internal List<LanguageRules> Rules { get; } = [];

        internal List<(string Written, string Lemma, int Rules)> Alternations { get; } = [];

        internal Dictionary<string, LexiconEntry> Heads { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, LexiconEntry> Tails { get; } = new(StringComparer.Ordinal);

        internal HashSet<string> Guards { get; } = new(StringComparer.Ordinal);

        internal int MinRest { get; private set; } = 3;

        internal ulong CompoundLanguages { get; private set; }

        internal Dictionary<char, ulong> Letters { get; } = [];

        internal List<AffixRules> Affixes { get; } = [];

        /// <param name="key">Normalizes one word (the same normalizer as prompts), or throws naming the field.</param>
        public void Add(InflectionDocument doc, LexiconSource source, ulong language, Func<string?, string, string> key)
        {
            if (language == 0)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}' has an inflection section but names no \"language\".");
            }

            if (doc.MinStem < MinStemFloor || doc.MaxSuffixes is < 1 or > 6)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': inflection needs minStem >= {MinStemFloor} and maxSuffixes 1-6.");
            }

            var suffixes = doc.Suffixes.Select(s => key(s, "inflection.suffixes")).ToList();
            if (suffixes.Count == 0 && doc.Stems.Count > 0)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': inflection lists stems but no suffixes.");
            }

            foreach (var letter in doc.Letters ?? string.Empty)
            {
                if (!char.IsLetter(letter) || letter < '\u00C0')
                {
                    throw new LexiconFormatException($"Lexicon '{source.Name}': inflection.letters holds '{letter}'; only letters beyond ASCII and Latin-1 punctuation tell a language apart.");
                }

                var lower = InvariantLower.Of(letter);
                Letters[lower] = Letters.GetValueOrDefault(lower) | language;
            }

            var rules = Rules.Count;
            Rules.Add(new LanguageRules(language, doc.MinStem, suffixes, doc.MaxSuffixes, doc.Exceptions.Select(e => key(e, "inflection.exceptions"))));
            foreach (var (written, lemma) in doc.Alternations)
            {
                Alternations.Add((key(written, "inflection.alternations"), key(lemma, "inflection.alternations"), rules));
            }

            foreach (var stem in doc.Stems)
            {
                var (stemKey, entry) = Part(stem, source, language, key, "inflection.stems");
                if (stemKey.Length < doc.MinStem)
                {
                    throw new LexiconFormatException($"Lexicon '{source.Name}': stem '{stem.Term}' is shorter than minStem {doc.MinStem}.");
                }

                if (!Stems.TryGetValue(stemKey, out var list))
                {
                    Stems[stemKey] = list = [];
                }

                list.Add(new Stem(entry, rules));
            }

            if (doc.Prefixes.Count > 0 || doc.Infixes.Count > 0 || doc.Reduplication)
            {
                var mutations = doc.PrefixMutations.ToDictionary(kv => key(kv.Key, "inflection.prefixMutations"), kv => key(kv.Value, "inflection.prefixMutations"), StringComparer.Ordinal);
                var prefixes = doc.Prefixes.Select(p => key(p, "inflection.prefixes")).ToList();
                if (mutations.Keys.Any(m => !prefixes.Contains(m)))
                {
                    throw new LexiconFormatException($"Lexicon '{source.Name}': inflection.prefixMutations names a prefix that inflection.prefixes does not list.");
                }

                Affixes.Add(new AffixRules(language, prefixes, mutations, doc.Infixes.Select(x => key(x, "inflection.infixes")), doc.Reduplication, Rules[rules]));
            }

            if (doc.Compounds is { } compounds)
            {
                CompoundLanguages |= language;
                MinRest = Math.Max(MinRest, compounds.MinRest);
                foreach (var head in compounds.Heads)
                {
                    var (k, entry) = Part(head, source, language, key, "inflection.compounds.heads");
                    Heads.TryAdd(k, entry);
                }

                foreach (var tail in compounds.Tails)
                {
                    var (k, entry) = Part(tail, source, language, key, "inflection.compounds.tails");
                    Tails.TryAdd(k, entry);
                }

                foreach (var guard in compounds.Guard)
                {
                    Guards.Add(key(guard, "inflection.compounds.guard"));
                }
            }
        }

        public Inflections Build() => new(this);

        private static (string Key, LexiconEntry Entry) Part(LexiconTermDocument term, LexiconSource source, ulong language, Func<string?, string, string> key, string field)
        {
            var k = key(term.Term, field);
            if (k.Length < MinStemFloor)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': '{term.Term}' in '{field}' is shorter than {MinStemFloor} letters.");
            }

            if (!SignalNames.TryParse(term.Signal, out var signal) || signal is Signal.Benign or Signal.NudityIntent or Signal.MinorIntent or Signal.NudityExcluded)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': '{term.Term}' in '{field}' has signal '{term.Signal}'; a prompt signal other than benign is expected.");
            }

            if (term.Level is < 1 or > 7)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': '{term.Term}' in '{field}' has level {term.Level}; levels are 1-7.");
            }

            var entry = new LexiconEntry(term.Term!, signal, (byte)term.Level, source.Name) { OnlyInLanguages = term.LanguageOnly ? language : 0 };
            return (k, entry);
        }
    }
}
