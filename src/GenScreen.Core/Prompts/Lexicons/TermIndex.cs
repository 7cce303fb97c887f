using System.Collections.Frozen;
using System.Runtime.InteropServices;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// The compiled form of one lexicon section (prompt or negative): hash tables keyed by normalized text, looked up
/// with spans, so matching allocates nothing.
/// </summary>
internal sealed partial class TermIndex
{
    // A plain hash table trimmed to its size, not a frozen one: freezing ~150,000 keys was a third of the term
    // index's build and kept ~7 MiB more (docs/performance.md, "Start-up and lexicon memory (issue 16, i16-startup)").
    // Built as a dictionary, then kept with its keys packed in one character array (session 21: ~230,000 key strings,
    // most of them names and phrases nothing else holds, were megabytes of the lexicon memory budget). Session 22: the
    // Debug memory test that seemed to rise with it had measured the first build of its process, which also pays one-time
    // allocations; two builds in one process, each measured, retain ~3.5 MiB less packed (docs/performance.md).
    private readonly PackedKeyTable<TermInfo> _terms;
    // Most lookups miss (ordinary words, phrase windows): a bit read turns them away before the span is hashed.
    private readonly KeyGate _termGate;
    // Looked up only for disguised, split or stretched words, not for every word: plain hash tables, which are
    // built far faster than frozen ones (the gazetteer makes them large).
    private readonly PackedKeyTable<LexiconEntry> _squeezed;
    private readonly KeyGate _squeezedGate;
    // Unspaced-script terms keyed by their first two characters, and one-character terms apart: a family name such as 王
    // starts hundreds of names, and trying each of them at every 王 of a prompt cost ~640 steps per character.
    private readonly FrozenDictionary<uint, CjkTerm[]> _cjkByFirstTwoChars;
    private readonly FrozenDictionary<char, CjkTerm[]> _cjkSingleChars;
    private readonly FrozenDictionary<int, CjkTerm[]> _emojiByFirstCodePoint;
    private readonly PackedKeySet _words;

    /// <summary>
    /// Youth terms whose folded key a sexual, violent or hateful term of another language took (German <c>göre</c>, a brat,
    /// folds onto English <c>gore</c>): by their written form, lower case (session 25). Read only where the prompt wrote
    /// that form (<see cref="TryFoldLoser"/>).
    /// </summary>
    private readonly FrozenDictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _foldLosers;
    private readonly string[] _prefixes;
    private readonly char _lowestPrefixChar;
    private readonly JoinedWordParts _joinHeads;
    private readonly JoinedWordParts _joinTails;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberSuffixes;
    // The first three, four, five and six letters of every youth or sexual term written as one word (phrases with their
    // spaces taken out): a word no such term starts with can open no compound written in parts (SplitWords.SpacedCompound).
    // A word is tested by its own first six letters at most, so "lighthouse" is turned away by "lighth" where its first
    // three ("lig") start some term (session 16: 45 of the benign prompt's 70 words passed three letters, ~5 pass six). 16 KiB.
    private readonly ulong[] _compoundHeads = new ulong[(1 << CompoundHeadBits) / 64];
    private const int CompoundHeadBits = 17;

    /// <summary>Heads of <see cref="MinCompoundHead"/> to <see cref="MaxCompoundHead"/> letters are noted (<see cref="MayStartCompound"/>).</summary>
    private const int MinCompoundHead = 3;

    private const int MaxCompoundHead = 6;

    /// <summary>First three letters, last three and length of the same terms (<see cref="MayBeCompound"/>): 2¹⁸ bits, 32 KiB.</summary>
    private readonly ulong[] _compoundShapes = new ulong[(1 << CompoundShapeBits) / 64];
    private const int CompoundShapeBits = 18;

    /// <summary>The first two words of every key of two words or more (<see cref="MayStartPhrase"/>): 2¹⁹ bits, 64 KiB.</summary>
    private readonly ulong[] _phraseStarts = new ulong[(1 << PhraseStartBits) / 64];
    private const int PhraseStartBits = 19;

    /// <summary>Shortest phrase (letters, spaces removed) also matched written as one word: <c>taylorswift</c>, <c>littlegirl</c>.</summary>
    public const int MinJoinedLength = 7;

    /// <param name="terms">The section's terms.</param>
    /// <param name="numberWords">Number words (age detection).</param>
    /// <param name="ordinalWords">Ordinal words (school stages, birthdays).</param>
    /// <param name="roles">Grammatical roles of words (age detection, negation); never make a word "known" for disguise undoing.</param>
    /// <param name="stopWords">Stop words and the languages (one bit each) they are evidence of.</param>
    /// <param name="prefixes">Clitic prefixes, longest first.</param>
    /// <param name="numberSuffixes">What may follow the digits of a number (ordinal suffixes, age units): <c>4º</c>, <c>12yo</c>.</param>
    /// <param name="wordTags">
    /// What kind of word each people word is (given name, role…) and its steering language; never makes a word "known".
    /// Asked for only near the end: the people typo index that completes them may still be built on the other core.
    /// </param>
    /// <param name="strings">Words already kept by other structures (the people lexicon's), shared rather than copied.</param>
    /// <param name="parallel">Build the unspaced-script and emoji tables on another core (the same tables).</param>
    public TermIndex(
        IEnumerable<NormalizedTerm> terms,
        IReadOnlyDictionary<string, int>? numberWords = null,
        IReadOnlyDictionary<string, int>? ordinalWords = null,
        IReadOnlyDictionary<string, WordRole>? roles = null,
        IReadOnlyDictionary<string, ulong>? stopWords = null,
        string[]? prefixes = null,
        IEnumerable<string>? numberSuffixes = null,
        Func<IReadOnlyDictionary<string, (WordTags Tags, byte Language)>>? wordTags = null,
        StringPool? strings = null,
        Func<string, bool>? ordinaryWord = null,
        bool parallel = false)
    {
        strings ??= new StringPool();
        // Sized for the terms up front: grown by doubling, a table of ~150,000 keys passes through several large-object
        // arrays on the way, and each large-object allocation counts towards a full collection in the middle of start-up.
        var words = new Dictionary<string, TermInfo>(terms.TryGetNonEnumeratedCount(out var termCount) ? termCount : 0, StringComparer.Ordinal);
        var squeezed = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var cjk = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var emoji = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var languages = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var onlyIn = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var languageOnlyWinners = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new char[64];
        var foldLosers = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Shape != TermShape.Words)
            {
                var into = term.Shape == TermShape.Emoji ? emoji : cjk;
                if (term.Override || !into.ContainsKey(term.Key))
                {
                    into[term.Key] = term.Entry;
                }

                continue;
            }

            if (term.TokenCount == 1 && term.Entry.Signal == Signal.Minor && !term.Override && words.TryGetValue(term.Key, out var taken)
                && taken.Entry is { Signal: Signal.Sexual or Signal.Violence or Signal.Hate } other
                && !string.Equals(other.Term, term.Entry.Term, StringComparison.OrdinalIgnoreCase))
            {
                foldLosers.TryAdd(term.Entry.Term.ToLowerInvariant(), term.Entry);
            }

            AddWord(words, term, languageOnlyWinners);
            if (term.Entry.Signal is Signal.Minor or Signal.Sexual or Signal.SexualMinor)
            {
                NoteCompoundHead(term.Key);
            }
            if (term.LanguageOnly)
            {
                onlyIn[term.Key] = onlyIn.GetValueOrDefault(term.Key) | term.LanguageBit;
            }
            else if (term.Entry.Signal != Signal.Benign)
            {
                languages[term.Key] = languages.GetValueOrDefault(term.Key) | term.LanguageBit;
            }

            if (term.TokenCount == 1)
            {
                if (buffer.Length < term.Key.Length)
                {
                    buffer = new char[term.Key.Length];
                }

                var length = TokenVariants.Squeeze(term.Key, buffer, out _);
                var squeezedKey = length == term.Key.Length ? term.Key : new string(buffer, 0, length);
                if (term.Override || !squeezed.ContainsKey(squeezedKey))
                {
                    squeezed[squeezedKey] = term.Entry;
                }
            }
        }

        // The unspaced-script and emoji tables need nothing else: with parallel, built on the other core meanwhile.
        var unspaced = Start(parallel, () => UnspacedTables(cjk, emoji));
        var languageOnly = MarkLanguageOnly(words, languageOnlyWinners, onlyIn, _languageOnlyMarks);
        foreach (var (key, entry) in squeezed.ToList())
        {
            if (languageOnly.TryGetValue(entry, out var marked))
            {
                squeezed[key] = marked;
            }
        }

        // The squeezed table is final here: with parallel, packed (and its gate set) on the other core meanwhile.
        var squeezedTables = Start(parallel, () => (new PackedKeyTable<LexiconEntry>(squeezed), new KeyGate(squeezed.Keys, bitsPerKey: 4)));

        foreach (var (key, mask) in languages)
        {
            words[key] = words[key] with { Languages = mask };
        }

        foreach (var (word, value) in numberWords ?? new Dictionary<string, int>())
        {
            words[word] = words.TryGetValue(word, out var info) ? info with { Number = value } : new TermInfo(null, 1, value);
        }

        _foldLosers = foldLosers.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AddJoinedPhrases(words, ordinaryWord);
        Count = words.Count + cjk.Count + emoji.Count;

        // Words terms are made of (and number words), not the tag-only words below: the common-word list must
        // not make every English word "known" (leet rewriting and split-word merging only aim at terms).
        // One string per word: a phrase's words reuse a one-word term's key, else the people lists' word (a given
        // name, a name anchor), and the words added below reuse these; only the rest are new strings.
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in words.Keys)
        {
            if (!key.Contains(' ', StringComparison.Ordinal))
            {
                known.Add(key);
            }
        }

        var knownWords = known.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in words.Keys)
        {
            if (key.Contains(' ', StringComparison.Ordinal))
            {
                NotePhraseStart(key);
                foreach (var part in key.AsSpan().Split(' '))
                {
                    if (!knownWords.Contains(key.AsSpan(part)))
                    {
                        known.Add(strings.Share(key.AsSpan(part)));
                    }
                }
            }
        }

        // No word is added to the known-word set after this point (it is only read below, by NotedKey): with parallel,
        // packed on the other core meanwhile.
        var knownTable = Start(parallel, () => new PackedKeySet(known.ToList()));

        // Ordinals, roles and stop words are added after the known-word set is taken: "1st" must not be
        // un-leeted to "ist", and a stop word is evidence of a language, not a term, so a disguised word is
        // never rewritten into one.
        foreach (var (word, value) in ordinalWords ?? new Dictionary<string, int>())
        {
            words[NotedKey(word, known)] = words.TryGetValue(word, out var info) ? info with { Ordinal = value } : new TermInfo(null, 1, Ordinal: value);
        }

        foreach (var (word, role) in roles ?? new Dictionary<string, WordRole>())
        {
            words[NotedKey(word, known)] = words.TryGetValue(word, out var info) ? info with { Roles = info.Roles | role } : new TermInfo(null, 1, Roles: role);
        }

        foreach (var (word, mask) in stopWords ?? new Dictionary<string, ulong>())
        {
            words[NotedKey(word, known)] = words.TryGetValue(word, out var info) ? info with { Languages = info.Languages | mask } : new TermInfo(null, 1, Languages: mask);
        }

        _joinHeads = JoinedWordParts.Heads(words);
        _joinTails = JoinedWordParts.Tails(words);

        foreach (var (word, (tags, language)) in wordTags?.Invoke() ?? new Dictionary<string, (WordTags, byte)>())
        {
            words[NotedKey(word, known)] = words.TryGetValue(word, out var info)
                ? info with { Tags = info.Tags | tags, Language = language != 0 ? language : info.Language }
                : new TermInfo(null, 1, Tags: tags, Language: language);
        }
        // The word and phrase table is final: its gate is set on the other core while this one packs it.
        var termGate = Start(parallel, () => new KeyGate(words.Keys));
        _terms = new PackedKeyTable<TermInfo>(words);
        _termGate = termGate.GetAwaiter().GetResult();
        _words = knownTable.GetAwaiter().GetResult();
        (_squeezed, _squeezedGate) = squeezedTables.GetAwaiter().GetResult();
        (_cjkByFirstTwoChars, _cjkSingleChars, _emojiByFirstCodePoint) = unspaced.GetAwaiter().GetResult();
        _numberSuffixes = (numberSuffixes ?? []).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = prefixes ?? [];
        _lowestPrefixChar = _prefixes.Length == 0 ? char.MaxValue : _prefixes.Min(p => p[0]);
    }

    /// <summary>Runs <paramref name="build"/> on another core when <paramref name="parallel"/>, else now, on this thread.</summary>
    private static Task<T> Start<T>(bool parallel, Func<T> build) => parallel ? Task.Run(build) : Task.FromResult(build());

    /// <summary>The unspaced-script terms by their first two characters and one-character terms apart, and emoji terms by their first emoji; longest first.</summary>
    private static (FrozenDictionary<uint, CjkTerm[]> FirstTwo, FrozenDictionary<char, CjkTerm[]> Single, FrozenDictionary<int, CjkTerm[]> Emoji) UnspacedTables(
        Dictionary<string, LexiconEntry> cjk, Dictionary<string, LexiconEntry> emoji)
    {
        var cjkLongestFirst = cjk
            .Select(kv => new CjkTerm(CharFolding.FoldKanaForMatch(kv.Key), kv.Value))
            .OrderByDescending(t => t.Text.Length)
            .ToArray();
        var firstTwo = cjkLongestFirst
            .Where(t => t.Text.Length >= 2)
            .GroupBy(t => FirstTwo(t.Text[0], t.Text[1]))
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        var single = cjkLongestFirst
            .Where(t => t.Text.Length == 1)
            .GroupBy(t => t.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        var byEmoji = emoji
            .Select(kv => new CjkTerm(kv.Key, kv.Value))
            .GroupBy(t => char.ConvertToUtf32(t.Text, 0))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Text.Length).ToArray());
        return (firstTwo, single, byEmoji);
    }

    /// <summary>Number of distinct normalized terms.</summary>
    public int Count { get; }

    /// <summary>The youth term written <paramref name="writtenLower"/> whose folded key another signal's term took, if any.</summary>
    internal bool TryFoldLoser(ReadOnlySpan<char> writtenLower, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LexiconEntry? entry) =>
        _foldLosers.TryGetValue(writtenLower, out entry);

    /// <summary>
    /// Languages that write compounds as one word (German, Dutch, Swedish: one bit each, as <see cref="TermInfo.Languages"/>):
    /// a compound of theirs written in two or three parts (<c>Grundschul kind</c>) is joined back (<see cref="Rules.SplitWords"/>).
    /// </summary>
    public ulong CompoundLanguages { get; init; }

    /// <summary>
    /// The languages whose files spell each number word (normalized): French <c>four</c> is an oven, and an English number
    /// word stands for an age only in a prompt that does not show another language instead (<see cref="Rules.AgeDetector"/>).
    /// </summary>
    public Dictionary<string, ulong> NumberLanguages { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The bit of English (0 when no English file is loaded): English number words are the ones other languages' words spell by chance.</summary>
    public ulong EnglishLanguage { get; init; }

    /// <summary>The bit of each loaded language by its code (en, it, id…), as <see cref="TermInfo.Languages"/> sets them (session 22, <see cref="Rules.StageNames"/>).</summary>
    public IReadOnlyDictionary<string, ulong> LanguageBits { get; init; } = new Dictionary<string, ulong>();

    /// <summary>Stems with their endings and one-word compounds (the <c>inflection</c> sections); empty for the negative prompt.</summary>
    public Inflections Inflections { get; init; } = Inflections.Empty;

    /// <summary>What the matcher learned about plain words it met (one per prompt word, not per occurrence); see <see cref="PlainWordMemo"/>.</summary>
    public PlainWordMemo PlainWords { get; } = new();

    /// <summary>
    /// Could a youth or sexual term written as one word start with <paramref name="word"/> (three letters or more)? Asked by
    /// the word's first six letters at most: false proves no such term starts with the word (so no compound written in
    /// parts starts with it); true may be a coincidence of the hash.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStartCompound(ReadOnlySpan<char> word)
    {
        if (word.Length < MinCompoundHead)
        {
            return false;
        }

        var bit = CompoundHeadBit(word[..Math.Min(word.Length, MaxCompoundHead)]);
        return (_compoundHeads[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>
    /// Could a youth or sexual term written as one word be <paramref name="length"/> letters long, start with
    /// <paramref name="firstPart"/>'s first three letters and end with <paramref name="lastPart"/>'s last three (each part
    /// three letters or more)? False proves no such term is; true may be a coincidence of the hash. A word that passes
    /// <see cref="MayStartCompound"/> is then joined to its neighbours without a copy or a lookup of the large table for
    /// the joins no term has the shape of (<c>lighting</c> + <c>a</c>, <c>detailed</c> + <c>8k</c>).
    /// </summary>
    public bool MayBeCompound(ReadOnlySpan<char> firstPart, ReadOnlySpan<char> lastPart, int length)
    {
        var bit = CompoundShapeBit(firstPart[0], firstPart[1], firstPart[2], lastPart[^3], lastPart[^2], lastPart[^1], length);
        return (_compoundShapes[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>
    /// Records the first three letters of <paramref name="key"/>, and its first three, last three and length together
    /// (spaces skipped: a phrase is also matched joined).
    /// </summary>
    private void NoteCompoundHead(string key)
    {
        Span<char> head = stackalloc char[MaxCompoundHead];
        Span<char> tail = stackalloc char[3];
        var n = 0;
        foreach (var c in key)
        {
            if (c != ' ')
            {
                if (n < MaxCompoundHead)
                {
                    head[n] = c;
                }

                (tail[0], tail[1], tail[2]) = (tail[1], tail[2], c);
                n++;
            }
        }

        if (n >= 3)
        {
            for (var length = MinCompoundHead; length <= Math.Min(n, MaxCompoundHead); length++)
            {
                var bit = CompoundHeadBit(head[..length]);
                _compoundHeads[bit >> 6] |= 1UL << (int)(bit & 63);
            }

            var shape = CompoundShapeBit(head[0], head[1], head[2], tail[0], tail[1], tail[2], n);
            _compoundShapes[shape >> 6] |= 1UL << (int)(shape & 63);
        }
    }

    private static uint CompoundShapeBit(char a, char b, char c, char x, char y, char z, int length)
    {
        var h = (((uint)a * 0x9E3779B1u) ^ ((uint)b * 0x85EBCA6Bu) ^ ((uint)c * 0xC2B2AE35u)) * 0x27D4EB2Fu;
        h = (h ^ ((uint)x * 0x165667B1u) ^ ((uint)y * 0xD3A2646Cu) ^ ((uint)z * 0xFD7046C5u) ^ (uint)length) * 0x9E3779B1u;
        return (h ^ (h >> 15)) >> (32 - CompoundShapeBits);
    }

    private static uint CompoundHeadBit(ReadOnlySpan<char> head)
    {
        var h = (uint)head.Length * 0x9E3779B1u;
        foreach (var c in head)
        {
            h = (h ^ c) * 0x85EBCA6Bu;
        }

        h ^= h >> 15;
        return (h * 0x27D4EB2Fu) >> (32 - CompoundHeadBits);
    }

    /// <summary>
    /// Is this word an ordinary word of a language (the common words of the people lists), so that no name written run
    /// together may be read in it (Indonesian <c>matahari</c> is no Mata Hari) and no term reached by squeezing its doubled
    /// letter (<c>bubble</c> is no Büble)? Asked only on a rare hit.
    /// The people lexicon is set once it is built (after this index); the builder's own look-up is not kept, since
    /// holding it would keep the whole people builder alive (2.5 MB more retained, measured by LexiconMemoryTests).
    /// </summary>
    public bool IsOrdinaryWord(ReadOnlySpan<char> word) => People?.IsCommonWord(word) == true;

    /// <summary>The built people lexicon, for <see cref="IsOrdinaryWord"/>; set by <see cref="LexiconSet"/>.</summary>
    internal PeopleLexicon? People { get; set; }

    /// <summary>
    /// The one-word ages (<c>sexåring</c>), for the compound readings that must not split a count of years into terms
    /// (<see cref="CompoundAges.StartsWithAge"/>); set by <see cref="LexiconSet"/>, as <see cref="People"/> is.
    /// </summary>
    internal CompoundAges? Ages { get; set; }

    /// <summary>Does <paramref name="word"/> open with a number word and an age unit (a count of years, no compound of terms)?</summary>
    public bool StartsWithAge(ReadOnlySpan<char> word) => Ages?.StartsWithAge(word) == true;

    /// <summary>Is this one of the words any term (or phrase) is made of?</summary>
    public bool IsKnownWord(ReadOnlySpan<char> word)
    {
        WorkCounter.Add(1 + word.Length);
        return _words.Contains(word);
    }

    /// <summary>Every key of the word and phrase table (tests check the gates in front of it against them).</summary>
    internal IEnumerable<string> Keys => _terms.Keys;

    public bool TryGet(ReadOnlySpan<char> key, out TermInfo info)
    {
        WorkCounter.Add(1 + key.Length);
        if (!_termGate.MayContain(key))
        {
            info = default;
            return false;
        }

        return _terms.TryGetValue(key, out info);
    }

    public bool TryGetSqueezed(ReadOnlySpan<char> squeezedKey, out LexiconEntry entry)
    {
        WorkCounter.Add(1 + squeezedKey.Length);
        if (!_squeezedGate.MayContain(squeezedKey))
        {
            entry = null!;
            return false;
        }

        return _squeezed.TryGetValue(squeezedKey, out entry!);
    }

    /// <summary>
    /// CJK terms of two characters or more that start with <paramref name="first"/> and <paramref name="second"/>
    /// (both folded as <see cref="CharFolding.FoldKanaForMatch(char)"/>), longest first; null when none.
    /// </summary>
    public CjkTerm[]? CjkStartingWith(char first, char second) =>
        _cjkByFirstTwoChars.TryGetValue(FirstTwo(first, second), out var terms) ? terms : null;

    /// <summary>CJK terms of the one character <paramref name="c"/> (folded); null when none.</summary>
    public CjkTerm[]? CjkSingle(char c) =>
        _cjkSingleChars.TryGetValue(c, out var terms) ? terms : null;

    public bool HasCjk => _cjkByFirstTwoChars.Count > 0 || _cjkSingleChars.Count > 0;

    private static uint FirstTwo(char first, char second) => (uint)first << 16 | second;

    /// <summary>Emoji terms starting with the emoji <paramref name="codePoint"/>, longest first; null when none.</summary>
    public CjkTerm[]? EmojiStartingWith(int codePoint) =>
        _emojiByFirstCodePoint.TryGetValue(codePoint, out var terms) ? terms : null;

    public bool HasEmoji => _emojiByFirstCodePoint.Count > 0;

    /// <summary>Clitic prefixes, longest first (Arabic <c>وال</c> before <c>و</c>).</summary>
    public ReadOnlySpan<string> Prefixes => _prefixes;

    /// <summary>Could <paramref name="word"/> start with a prefix? A cheap test that lets Latin words skip the loop.</summary>
    public bool MayHavePrefix(ReadOnlySpan<char> word) => word.Length > 0 && word[0] >= _lowestPrefixChar;

    /// <summary>Is <paramref name="word"/> something that may follow a number's digits (an ordinal suffix, an age unit)?</summary>
    public bool IsNumberSuffix(ReadOnlySpan<char> word) => _numberSuffixes.Contains(word);

    /// <summary>
    /// Digits followed by an ordinal suffix or an age unit (<c>4º</c> folded to <c>4o</c>, <c>5th</c>, <c>12yo</c>):
    /// a number for the age grammar, never leetspeak for a word (<c>4o</c> is not Vietnamese <c>áo</c>).
    /// </summary>
    public bool IsNumberWithSuffix(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        WorkCounter.Add(1 + digits);
        return digits > 0 && digits < word.Length && _numberSuffixes.Contains(word[digits..]);
    }

    /// <summary>Youth and nudity words that may open a joined word (<c>young</c>+<c>girl</c>), sharing its first two letters; longest first.</summary>
    public ReadOnlySpan<string> JoinHeadsOf(ReadOnlySpan<char> word) => _joinHeads.For(word[0], word[1]);

    /// <summary>Youth words that may close a joined word (<c>sexy</c>+<c>teen</c>), sharing its last two letters; longest first.</summary>
    public ReadOnlySpan<string> JoinTailsOf(ReadOnlySpan<char> word) => _joinTails.For(word[^2], word[^1]);

    /// <summary>
    /// The heads of <see cref="JoinHeadsOf"/> that <paramref name="word"/> starts with and that have at most
    /// <paramref name="maxLength"/> letters, longest first, found by their lengths (one set probe per length; session 42).
    /// </summary>
    public JoinedWordParts.PartMatches JoinHeadsStarting(ReadOnlySpan<char> word, int maxLength) => _joinHeads.In(word, maxLength);

    /// <summary>The tails of <see cref="JoinTailsOf"/> that <paramref name="word"/> ends with, at most <paramref name="maxLength"/> letters, longest first.</summary>
    public JoinedWordParts.PartMatches JoinTailsEnding(ReadOnlySpan<char> word, int maxLength) => _joinTails.In(word, maxLength);

    /// <summary>The known word's string when there is one, so a word added to the index after them is not kept twice.</summary>
    private static string SharedKey(string word, HashSet<string> known) => known.TryGetValue(word, out var same) ? same : word;

    /// <summary><see cref="SharedKey"/> for a key added after the phrases were noted: a phrase among them is noted too.</summary>
    private string NotedKey(string word, HashSet<string> known)
    {
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            NotePhraseStart(word);
        }

        return SharedKey(word, known);
    }

    /// <summary>
    /// Could some key of two words or more start with the words <paramref name="first"/> and <paramref name="second"/>?
    /// False proves none does, so the matcher tries no phrase window from a word whose next word no phrase of it has
    /// (<c>a lone</c>, <c>on a</c>, <c>film grain</c>): one bit read instead of a lookup per window length. True may be a
    /// coincidence of the hash. The bit comes from each word's length and its first, middle and last letters.
    /// </summary>
    public bool MayStartPhrase(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.IsEmpty || second.IsEmpty)
        {
            return true;
        }

        WorkCounter.Add(1);
        var bit = PhraseStartBit(first, second);
        return (_phraseStarts[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>Records the first two words of a key of two words or more.</summary>
    private void NotePhraseStart(string key)
    {
        var span = key.AsSpan();
        var space = span.IndexOf(' ');
        var first = span[..space];
        var rest = span[(space + 1)..];
        var next = rest.IndexOf(' ');
        var second = next < 0 ? rest : rest[..next];
        if (first.IsEmpty || second.IsEmpty)
        {
            return; // no window of tokens (never empty, one space apart) has this shape
        }

        var bit = PhraseStartBit(first, second);
        _phraseStarts[bit >> 6] |= 1UL << (int)(bit & 63);
    }

    private static uint PhraseStartBit(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = ((uint)first.Length * 0x9E3779B1u) ^ ((uint)first[0] * 0x85EBCA6Bu) ^ ((uint)first[^1] * 0xC2B2AE35u);
        h = (h * 0x27D4EB2Fu) ^ ((uint)first[first.Length >> 1] * 0x165667B1u) ^ ((uint)second.Length * 0xD3A2646Cu);
        h = (h * 0x9E3779B1u) ^ ((uint)second[0] * 0x85EBCA6Bu) ^ ((uint)second[second.Length >> 1] * 0xC2B2AE35u) ^ ((uint)second[^1] * 0xFD7046C5u);
        h *= 0x27D4EB2Fu;
        return (h ^ (h >> 15)) >> (32 - PhraseStartBits);
    }

    /// <summary>
    /// Every phrase also as one word (<c>taylorswift</c>, <c>#TaylorSwift</c>, <c>t a y l o r s w i f t</c>,
    /// <c>littlegirl</c>), unless a term of its own already has that form. Short phrases are left out: joined,
    /// they too easily spell another word, and so are those whose one word is an ordinary word of a language
    /// (<paramref name="ordinaryWord"/>, the common words of the people lists): Indonesian <c>matahari</c> "sun" is no Mata Hari.
    /// </summary>
    private static void AddJoinedPhrases(Dictionary<string, TermInfo> words, Func<string, bool>? ordinaryWord)
    {
        var joined = new List<(string Key, LexiconEntry Entry)>();
        foreach (var (key, info) in words)
        {
            if (info.Entry is { ExactOnly: false } && key.Contains(' ', StringComparison.Ordinal))
            {
                var oneWord = key.Replace(" ", string.Empty, StringComparison.Ordinal);
                if (oneWord.Length >= MinJoinedLength && ordinaryWord?.Invoke(oneWord) != true)
                {
                    joined.Add((oneWord, info.Entry));
                }
            }
        }

        foreach (var (key, entry) in joined.OrderBy(j => j.Key, StringComparer.Ordinal))
        {
            if (!words.TryGetValue(key, out var existing))
            {
                words[key] = new TermInfo(entry, 1);
            }
            else if (existing.Entry is null)
            {
                words[key] = existing with { Entry = entry };
            }
        }
    }

    private static void AddWord(Dictionary<string, TermInfo> words, NormalizedTerm term, HashSet<string> languageOnlyWinners)
    {
        // The first file to define a term wins among built-ins; configured files are loaded last and override.
        // A language-only definition (a false friend) never displaces one that counts in every language.
        if (words.TryGetValue(term.Key, out var existing))
        {
            var replaceLanguageOnly = languageOnlyWinners.Contains(term.Key) && !term.LanguageOnly;
            if (existing.Entry is null || term.Override || replaceLanguageOnly)
            {
                words[term.Key] = existing with { Entry = term.Entry };
                SetWinner(term, languageOnlyWinners);
            }
        }
        else
        {
            words[term.Key] = new TermInfo(term.Entry, 1);
            SetWinner(term, languageOnlyWinners);
        }

        if (term.TokenCount > 1)
        {
            // Looked up by span: most first words (given names) are already there, so no substring is made for them.
            var firstWord = term.Key.AsSpan(0, term.Key.IndexOf(' ', StringComparison.Ordinal));
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(words.GetAlternateLookup<ReadOnlySpan<char>>(), firstWord, out var exists);
            if (!exists)
            {
                head = new TermInfo(null, 1);
            }

            head = head with { MaxPhraseTokens = Math.Max(head.MaxPhraseTokens, term.TokenCount) };
        }
    }

    private static void SetWinner(NormalizedTerm term, HashSet<string> languageOnlyWinners)
    {
        if (term.LanguageOnly)
        {
            languageOnlyWinners.Add(term.Key);
        }
        else
        {
            languageOnlyWinners.Remove(term.Key);
        }
    }

    /// <summary>
    /// Gives each winning language-only entry the union of the languages that define its key as language-only
    /// (Swedish, Danish and Norwegian <c>barn</c>), so evidence of any of them lets it count.
    /// </summary>
    private static Dictionary<LexiconEntry, LexiconEntry> MarkLanguageOnly(
        Dictionary<string, TermInfo> words, HashSet<string> languageOnlyWinners, Dictionary<string, ulong> onlyIn,
        List<(LexiconEntry Marked, LexiconEntry From)> marks)
    {
        var replaced = new Dictionary<LexiconEntry, LexiconEntry>(ReferenceEqualityComparer.Instance);
        foreach (var key in languageOnlyWinners)
        {
            var info = words[key];
            var marked = info.Entry! with { OnlyInLanguages = onlyIn[key] };
            replaced[info.Entry!] = marked;
            marks.Add((marked, info.Entry!));
            words[key] = info with { Entry = marked };
        }

        return replaced;
    }
}
