namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What the people detectors need besides the term index: protected names that tolerate a typo, names
/// written in other scripts, Han readings, and the steering terms per language. Immutable, shared.
/// </summary>
/// <remarks>
/// The indexes that only words of other scripts reach (names in other scripts, kanji/Han/Hangul names, given-name
/// keys) are built the first time a prompt needs them, not at start-up: a prompt in Latin letters never reads them,
/// and building them was a fifth of start-up's CPU (docs/performance.md, "Other-script indexes on demand").
/// Their builders cannot fail, so deferring them defers no format error; <see cref="BuildDeferred"/> builds them at once.
/// </remarks>
internal sealed class PeopleLexicon
{
    private readonly CompactWordSet _commonWords;
    private readonly Lazy<ScriptNameIndex> _scriptNames;
    private readonly Lazy<CjkNameTable> _cjkNames;
    private readonly Lazy<GivenNameKeys> _givenNames;

    public PeopleLexicon(
        CompactWordSet commonWords,
        NameFuzzyIndex fuzzyNames,
        Func<ScriptNameIndex> scriptNames,
        string[] steeringLanguages,
        string[][] steeringTerms,
        int protectedNameCount,
        IReadOnlyDictionary<string, (WordTags Tags, byte Language)> wordTags,
        Func<CjkNameTable> cjkNames,
        Func<GivenNameKeys> givenNames)
    {
        // ExecutionAndPublication: concurrent first prompts wait for one build instead of each building its own.
        _cjkNames = new Lazy<CjkNameTable>(cjkNames, LazyThreadSafetyMode.ExecutionAndPublication);
        _givenNames = new Lazy<GivenNameKeys>(givenNames, LazyThreadSafetyMode.ExecutionAndPublication);
        _scriptNames = new Lazy<ScriptNameIndex>(scriptNames, LazyThreadSafetyMode.ExecutionAndPublication);
        FuzzyNames = fuzzyNames;
        SteeringLanguages = steeringLanguages;
        SteeringTerms = steeringTerms;
        ProtectedNameCount = protectedNameCount;
        WordTags = wordTags;
        _commonWords = commonWords;
    }

    /// <summary>A common word of the language (SCOWL): never surname-shaped, a typo of a name only beside a distinctive word.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) => _commonWords.Contains(word);

    public NameFuzzyIndex FuzzyNames { get; }

    /// <summary>The given names, to recognise one written in another script (<see cref="Rules.ScriptFullNames"/>); built on first use.</summary>
    public GivenNameKeys GivenNames => _givenNames.Value;

    /// <summary>Protected names as they sound, for names written in other scripts; built on first use.</summary>
    public ScriptNameIndex ScriptNames => _scriptNames.Value;

    /// <summary>Family and given names, honorifics and roles of Japanese, Chinese and Korean (names not in any list); built on first use.</summary>
    public CjkNameTable CjkNames => _cjkNames.Value;

    /// <summary>Have the indexes of other scripts been built (a prompt needed them, or <see cref="BuildDeferred"/>)?</summary>
    public bool DeferredBuilt => _scriptNames.IsValueCreated && _cjkNames.IsValueCreated && _givenNames.IsValueCreated;

    /// <summary>Builds the indexes of other scripts now (a host warming up, a memory measurement); they are built once.</summary>
    public void BuildDeferred()
    {
        _ = _scriptNames.Value;
        _ = _cjkNames.Value;
        _ = _givenNames.Value;
    }

    /// <summary>Language codes; index 0 is "" (no language).</summary>
    public string[] SteeringLanguages { get; }

    /// <summary>Negative-prompt steering terms per language index.</summary>
    public string[][] SteeringTerms { get; }

    public int ProtectedNameCount { get; }

    /// <summary>Tags for the term index (used while it is built).</summary>
    public IReadOnlyDictionary<string, (WordTags Tags, byte Language)> WordTags { get; }
}

/// <summary>Collects the people sections of every lexicon file in load order, then builds a <see cref="PeopleLexicon"/>.</summary>
internal sealed class PeopleLexiconBuilder
{
    private readonly Dictionary<string, (WordTags Tags, byte Language)> _tags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _wellKnown = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commonWords = new(StringComparer.Ordinal);
    private readonly Dictionary<char, string> _hanReadings = [];
    private readonly List<string> _languages = [string.Empty];
    private readonly List<List<string>> _steering = [[]];
    private readonly CjkNameTableBuilder _cjk = new();

    /// <summary>The words of people lists and names, shared with the prompt term index (<see cref="TermIndex"/>).</summary>
    public StringPool Strings { get; } = new();

    /// <summary>The Japanese, Chinese and Korean name sections of one file (docs/lexicons.md, "Names in Japanese, Chinese and Korean").</summary>
    public void AddCjkNames(LexiconDocument doc) => _cjk.Add(doc);

    public void Tag(string key, WordTags tag, byte language) => AddTag(_tags, Strings, key, tag, language);

    private static void AddTag(Dictionary<string, (WordTags Tags, byte Language)> tags, StringPool strings, string key, WordTags tag, byte language)
    {
        tags.TryGetValue(key, out var existing);
        tags[strings.Share(key)] = (existing.Tags | tag, language != 0 ? language : existing.Language);
    }

    public void Exclude(string key) => _excluded.Add(key);

    public void AddCommonWord(string key) => _commonWords.Add(key);

    /// <summary>A common word added so far (keys as <see cref="AddCommonWord"/> got them).</summary>
    public bool IsCommonWord(string key) => _commonWords.Contains(key);

    /// <summary>A well-known name: also matched as it sounds when written in another script.</summary>
    public void MarkWellKnown(string key) => _wellKnown.Add(key);

    /// <summary>The first file to give a character a reading wins (files are loaded built-in first).</summary>
    public void AddHanReadings(string syllable, string characters)
    {
        foreach (var c in characters)
        {
            _hanReadings.TryAdd(c, syllable);
        }
    }

    /// <summary>The index of <paramref name="language"/>'s steering terms, adding <paramref name="negative"/> to them.</summary>
    public byte SteeringLanguage(string language, IEnumerable<string> negative)
    {
        var index = _languages.IndexOf(language);
        if (index < 0)
        {
            if (_languages.Count == byte.MaxValue)
            {
                throw new LexiconFormatException($"More than {byte.MaxValue - 1} steering languages.");
            }

            _languages.Add(language);
            _steering.Add([]);
            index = _languages.Count - 1;
        }

        foreach (var term in negative.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (!_steering[index].Contains(term))
            {
                _steering[index].Add(term.Trim());
            }
        }

        return (byte)index;
    }

    /// <summary>
    /// Removes the excluded names from <paramref name="prompt"/> and starts the people lexicon over the rest. An
    /// excluded name stays as an innocent phrase, so it is not read as a full personal name either (the operator
    /// said it is not a real person: a mascot, a character). The typo index is built now (it tags the words the term
    /// index needs): with <paramref name="parallel"/> on the other core, while this thread builds the prompt term index,
    /// which takes the tags only at its end (<see cref="PendingPeopleLexicon.WordTags"/>). The indexes of other scripts
    /// are built when a prompt first needs them (<see cref="PeopleLexicon"/>), from what this builder holds then
    /// (nothing adds to it after <see cref="Start"/>).
    /// </summary>
    public PendingPeopleLexicon Start(List<NormalizedTerm> prompt, bool parallel = false)
    {
        prompt.RemoveAll(t => t.Entry.Signal == Signal.RealPerson && _excluded.Contains(t.Key));
        foreach (var key in _excluded.Order(StringComparer.Ordinal))
        {
            prompt.Add(new NormalizedTerm(key, key.Count(c => c == ' ') + 1, TermShape.Words, new LexiconEntry(key, Signal.Benign, 0, "excludedNames"), Override: true));
        }

        // Taken from the list here, on this thread: the caller goes on reading it (never changing it) while the typo
        // index is built.
        var names = prompt.Where(t => t.Entry.Signal == Signal.RealPerson).ToList();

        // Exact-only lists (the less famous people of the world gazetteer) carry their own native-script forms and
        // are matched as written: keyed by sound, 60,000 more skeletons spell ordinary Korean and Japanese words.
        var soundKeyed = names.Where(n => !n.Entry.ExactOnly).ToList();

        // Fictional adults are keyed first (the index keeps the first name of a key): a name in another script that
        // sounds like one (ティファ・ロックハート) is that character, not a real person who sounds alike (Rules/FictionalNames).
        var fictionalFirst = prompt.Where(t => Rules.FictionalNames.IsFictional(t.Entry)).Concat(soundKeyed).ToList();

        // What the other thread is given: locals only, never this builder. The deferred builders live as long as the
        // lexicon (until a prompt in another script needs them), and through a closure over this builder its string
        // pool, exclusions and common-word set (megabytes) stayed reachable in every process that never met such a prompt.
        var parts = new PeopleParts(
            names, soundKeyed, fictionalFirst, Strings, _commonWords, _tags, _wellKnown, _hanReadings, _cjk,
            [.. _languages], [.. _steering.Select(s => s.ToArray())]);
        return new PendingPeopleLexicon(parallel ? Task.Run(() => Build(parts)) : Task.FromResult(Build(parts)));
    }

    /// <summary>What <see cref="Build"/> reads; nothing else reads or writes the tags and the common words meanwhile.</summary>
    private sealed record PeopleParts(
        List<NormalizedTerm> Names,
        List<NormalizedTerm> SoundKeyed,
        List<NormalizedTerm> FictionalFirst,
        StringPool Strings,
        HashSet<string> CommonWords,
        Dictionary<string, (WordTags Tags, byte Language)> Tags,
        HashSet<string> WellKnown,
        Dictionary<char, string> HanReadings,
        CjkNameTableBuilder Cjk,
        string[] Languages,
        string[][] Steering);

    /// <summary>
    /// The typo index, the tags of its name anchors, and the lexicon around them. Static: the lambdas it makes for the
    /// deferred indexes capture its parts, never the builder (see <see cref="Start"/>).
    /// </summary>
    private static PeopleLexicon Build(PeopleParts parts)
    {
        var fuzzy = new NameFuzzyIndex(parts.SoundKeyed, parts.Strings);
        foreach (var anchor in fuzzy.TakeAnchors())
        {
            AddTag(parts.Tags, parts.Strings, anchor, WordTags.NameAnchor, 0);
        }

        var protectedNameCount = parts.Names.Select(n => n.Key).Distinct(StringComparer.Ordinal).Count();

        // The common words are kept by no other structure: one block of text rather than ~63,000 strings (CompactWordSet).
        var commonWords = new CompactWordSet(parts.CommonWords);
        var fictionalFirst = parts.FictionalFirst;
        var wellKnown = parts.WellKnown;
        var hanReadings = parts.HanReadings;
        var tags = parts.Tags;
        return new PeopleLexicon(
            commonWords,
            fuzzy,
            () => new ScriptNameIndex(fictionalFirst, wellKnown, hanReadings),
            parts.Languages,
            parts.Steering,
            protectedNameCount,
            tags,
            parts.Cjk.Build,
            () => new GivenNameKeys(tags.Where(t => (t.Value.Tags & WordTags.TransliteratedGivenName) != 0).Select(t => t.Key)));
    }
}

/// <summary>A people lexicon whose word tags the term index takes before the lexicon is handed out.</summary>
/// <param name="building">The typo index and the lexicon around it, being built on the other core (or built already).</param>
internal sealed class PendingPeopleLexicon(Task<PeopleLexicon> building)
{
    /// <summary>Tags for the term index, complete (name anchors included); waits for the typo index.</summary>
    public IReadOnlyDictionary<string, (WordTags Tags, byte Language)> WordTags => Finish().WordTags;

    /// <summary>The people lexicon (its indexes of other scripts still to be built on first use); waits for it.</summary>
    /// <exception cref="LexiconFormatException">As the typo index's build threw it (not wrapped).</exception>
    public PeopleLexicon Finish() => building.GetAwaiter().GetResult();
}
