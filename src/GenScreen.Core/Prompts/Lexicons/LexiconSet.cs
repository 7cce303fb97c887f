using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json;
using GenScreen.Core.Prompts.Lexicons.Snapshot;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// All lexicons compiled for matching: prompt terms, negative-prompt terms, protected names, age units
/// and number words. Immutable and shared by every request; <see cref="ContentHash"/> identifies the exact
/// content so each verdict can say which lexicon produced it.
/// </summary>
public sealed class LexiconSet
{
    /// <summary>Most spellings tried per term, so a term with many respelled words cannot blow up the index.</summary>
    private const int MaxSpellingsPerTerm = 16;

    /// <summary>"9ish", "12ish": an approximate number is still a number (never leetspeak for a word: <c>9ish</c> is no <c>gish</c>).</summary>
    private const string ApproximateSuffix = "ish";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ageUnits;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinalSuffixes;
    private readonly FrozenDictionary<string, SchoolStage[]>.AlternateLookup<ReadOnlySpan<char>> _stages;

    // Read only beside a sexual signal, so built when a prompt first needs it (as the other-script indexes).
    private readonly Lazy<Rules.OfficeHolders.CueTable> _officeCues = new(Rules.OfficeHolders.CueTable.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private LexiconSet(
        TermIndex prompt,
        TermIndex negative,
        AgeGrammar grammar,
        string contentHash,
        IReadOnlyList<string> sources,
        PeopleLexicon people)
    {
        Prompt = prompt;
        Negative = negative;
        var ageUnits = grammar.AgeUnits.ToFrozenSet(StringComparer.Ordinal);
        _ageUnits = ageUnits.GetAlternateLookup<ReadOnlySpan<char>>();
        CompoundAges = new CompoundAges(grammar.Numbers, ageUnits, grammar.NumberLanguages, grammar.AgeUnitLanguages);
        prompt.Ages = CompoundAges;
        CjkAgeUnits = [.. grammar.CjkAgeUnits.OrderByDescending(u => u.Length)];
        BirthYearSuffixes = [.. grammar.BirthYearSuffixes.OrderByDescending(u => u.Length)];
        _ordinalSuffixes = grammar.OrdinalSuffixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _stages = grammar.Stages
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        CjkStages = [.. grammar.CjkStages.OrderByDescending(s => s.Prefix.Length + s.Unit.Length)];
        FuzzyNumbers = new Rules.FuzzyNumberWords(grammar.Numbers
            .Where(kv => kv.Key.Length >= 4 && kv.Key.All(char.IsAsciiLetterLower))
            .Select(kv => (kv.Key, kv.Value)));
        ContentHash = contentHash;
        Sources = sources;
        People = people;

        // The prompt's plain words are classified once for the age and people rules' gates (Rules.WordShapes); the negative
        // prompt goes through no such rule, so its index keeps words unclassified.
        prompt.PlainWords.Classify = word => Rules.WordShapes.Of(word, this);
    }

    /// <summary>Lower-case hex SHA-256 over every source, in load order.</summary>
    public string ContentHash { get; }

    /// <summary>Why this set's term indexes were built in memory although an image was asked for (<see cref="TermIndexImage"/>); else null.</summary>
    internal string? TermIndexImageNotice { get; private init; }

    /// <summary>True when <see cref="TermIndexImageNotice"/> says only that there is no image file (a build without one: tests, <c>-p:GenScreenTermIndexImage=false</c>).</summary>
    internal bool TermIndexImageAbsent { get; private init; }

    /// <summary>Names of the loaded sources, in load order.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Distinct normalized prompt terms.</summary>
    public int PromptTermCount => Prompt.Count;

    internal TermIndex Prompt { get; }

    internal TermIndex Negative { get; }

    internal string[] CjkAgeUnits { get; }

    /// <summary>Han, kana and Hangul words that make the year before them a birth year (<c>년생</c>), longest first.</summary>
    internal string[] BirthYearSuffixes { get; }

    internal bool IsAgeUnit(ReadOnlySpan<char> word) => _ageUnits.Contains(word);

    /// <summary>Is this what follows the digits of an ordinal (<c>th</c> in <c>5th</c>)?</summary>
    internal bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) => _ordinalSuffixes.Contains(suffix);

    /// <summary>The school stages whose unit is <paramref name="unit"/> (Latin scripts); null when none.</summary>
    internal SchoolStage[]? StagesFor(ReadOnlySpan<char> unit) => _stages.TryGetValue(unit, out var stages) ? stages : null;

    /// <summary>School stages written in Han, kana or Hangul (<c>小学3年生</c>, <c>初二</c>, <c>중2</c>), longest first.</summary>
    internal SchoolStage[] CjkStages { get; }

    /// <summary>One-word ages: <c>zwölfjährige</c>, <c>twelveyearold</c>.</summary>
    internal CompoundAges CompoundAges { get; }

    /// <summary>Latin number words of four letters or more, for reading a misspelled one next to an age unit.</summary>
    internal Rules.FuzzyNumberWords FuzzyNumbers { get; }

    /// <summary>Name typos, names in other scripts, steering terms: what the people detectors need beyond the index.</summary>
    internal PeopleLexicon People { get; }

    /// <summary>Languages with steering terms; index 0 is "none" (see <see cref="TermInfo.Language"/>).</summary>
    public IReadOnlyList<string> SteeringLanguages => People.SteeringLanguages;

    /// <summary>Distinct protected names (built-in gazetteer, seed list, aliases and configured ones, less the excluded).</summary>
    public int ProtectedNameCount => People.ProtectedNameCount;

    /// <summary>
    /// Builds now the indexes that are otherwise built when a prompt first needs them (names in other scripts,
    /// kanji/Han/Hangul names, given-name keys, office cues): a host warming up, a memory measurement. Thread-safe; once.
    /// A failure is kept: the first prompt that needs the failed index throws it again (<see cref="Lazy{T}"/>).
    /// </summary>
    internal void BuildDeferredIndexes()
    {
        People.BuildDeferred();
        _ = _officeCues.Value;
    }

    /// <summary>Offices, places, broadcasters and current/former words (Rules/Data/office-cues.tsv); built on first use.</summary>
    internal Rules.OfficeHolders.CueTable OfficeCues => _officeCues.Value;

    /// <summary>Has the office cue table been built (a sexual prompt needed it, or <see cref="BuildDeferredIndexes"/>)?</summary>
    internal bool OfficeCuesBuilt => _officeCues.IsValueCreated;

    /// <summary>Compiles lexicon sources; later configured sources override built-in terms.</summary>
    /// <exception cref="LexiconFormatException">A source is not valid lexicon JSON.</exception>
    /// <remarks>
    /// The term indexes are read from the build-time term-index image beside this assembly when it was made from these
    /// sources by this build (<see cref="TermIndexImage"/>); otherwise they are built in memory and
    /// <see cref="TermIndexImageNotice"/> says why. The indexes, and so every verdict, are the same either way.
    /// </remarks>
    public static LexiconSet Build(IEnumerable<LexiconSource> sources) =>
        Build(sources, parallel: true, LexiconSnapshot.BuiltIn, stages: null, termIndexImage: TermIndexImage.DefaultPath);

    /// <param name="sources">The sources, in load order.</param>
    /// <param name="parallel">
    /// Parse and normalize the sources on every core first (the default); false does everything in order on one
    /// thread, the reference the tests compare it with.
    /// </param>
    /// <param name="stages">Records the time of each stage (the start-up profile); null records nothing.</param>
    /// <param name="useSnapshot">
    /// Take the built-in files' documents from the build-time <see cref="LexiconSnapshot"/> (the default); false
    /// parses every file's JSON, the reference the snapshot is tested against.
    /// </param>
    internal static LexiconSet Build(IEnumerable<LexiconSource> sources, bool parallel, LexiconBuildStages? stages = null, bool useSnapshot = true) =>
        Build(sources, parallel, useSnapshot ? LexiconSnapshot.BuiltIn : null, stages);

    /// <param name="sources">The sources, in load order.</param>
    /// <param name="parallel">As in <see cref="Build(IEnumerable{LexiconSource}, bool, LexiconBuildStages?, bool)"/>.</param>
    /// <param name="snapshot">Where documents are read from instead of JSON when it holds the exact file; null parses every file.</param>
    /// <param name="stages">Records the time of each stage; null records nothing.</param>
    /// <param name="termIndexImage">The term-index image to read the indexes from when it matches; null builds them in memory (the reference).</param>
    /// <param name="writeTermIndexImage">Where to write the image of the indexes built in memory (the build-time tool); null writes none.</param>
    internal static LexiconSet Build(
        IEnumerable<LexiconSource> sources,
        bool parallel,
        LexiconSnapshot? snapshot,
        LexiconBuildStages? stages = null,
        string? termIndexImage = null,
        string? writeTermIndexImage = null)
    {
        var sourceList = sources as IReadOnlyList<LexiconSource> ?? [.. sources];
        var prepared = PreparedSources.Prepare(sourceList, parallel, snapshot);
        stages?.Mark("read lexicon snapshot or parse JSON, normalize name lists (ahead, both cores)");
        // The statement tables every first verdict reads do not depend on the lexicons: with parallel, loaded on the other
        // core while this one reads the sources in order (a failure is kept by their Lazy and thrown by the first verdict).
        if (parallel)
        {
            _ = Task.Run(Rules.StatementTriggers.Prepare);
        }

        var prompt = new List<NormalizedTerm>();
        var negative = new List<NormalizedTerm>();
        var grammar = new AgeGrammar();
        var spellings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var stopWords = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var languageBits = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        var compoundLanguages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var people = new PeopleLexiconBuilder();
        var inflections = new Inflections.Builder();
        var workspace = new TokenizedText();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        for (var index = 0; index < sourceList.Count; index++)
        {
            var source = sourceList[index];
            names.Add(source.Name);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(source.Name));
            hash.AppendData(source.Json);
            var doc = prepared.Document(index, source);
            RejectNulls(source, doc);
            var language = LanguageBit(source, doc, languageBits);
            AddTerms(doc.Prompt, prepared.TermForms(index, negative: false), source, prompt, workspace, negativeSection: false, language);
            AddTerms(doc.Negative, prepared.TermForms(index, negative: true), source, negative, workspace, negativeSection: true, language);
            AddNames(doc.Names, prepared.Names(index, PreparedSources.NameList.Names), source, prompt, workspace, exactOnly: false);
            AddNames(doc.ExactNames, prepared.Names(index, PreparedSources.NameList.ExactNames), source, prompt, workspace, exactOnly: true);
            var wellKnownFrom = prompt.Count;
            AddNames(doc.WellKnownNames, prepared.Names(index, PreparedSources.NameList.WellKnownNames), source, prompt, workspace, exactOnly: false);
            for (var i = wellKnownFrom; i < prompt.Count; i++)
            {
                people.MarkWellKnown(prompt[i].Key);
            }

            AddPeopleSections(doc, source, prompt, people, workspace);
            compoundLanguages.UnionWith(doc.CompoundLanguages);

            grammar.Add(doc, source, workspace, language);
            AddSpellings(doc, source, spellings, workspace);
            foreach (var word in doc.StopWords)
            {
                var key = SingleWordKey(word, source, "stopWords", workspace, spacedScriptOnly: true);
                stopWords[key] = (stopWords.TryGetValue(key, out var mask) ? mask : 0) | language;
            }

            // An age unit, ordinal or school-stage unit of four letters or more is a word of its language too
            // (Polish latka, drugiej, klasy): it shows the language of a false friend beside it (12-latka naga,
            // uczeń drugiej klasy nagi). One claimed by several languages proves none of them.
            foreach (var unit in doc.AgeUnits.Concat(doc.Ordinals.Keys).Concat(doc.SchoolStages.Select(stage => stage.Unit ?? string.Empty)))
            {
                var key = NormalizeKey(unit, workspace, out _, out var shape);
                if (shape == TermShape.Words && key.Length >= 4 && !key.Contains(' ', StringComparison.Ordinal))
                {
                    stopWords[key] = (stopWords.TryGetValue(key, out var mask) ? mask : 0) | language;
                }
            }

            foreach (var prefix in doc.Prefixes)
            {
                prefixes.Add(SingleWordKey(prefix, source, "prefixes", workspace, spacedScriptOnly: true));
            }

            if (doc.Inflection is { } inflection)
            {
                inflections.Add(inflection, source, language, (word, field) => SingleWordKey(word, source, field, workspace, spacedScriptOnly: true));
            }
        }

        stages?.Mark("read sources in order (terms, grammar, people lists)");
        var contentHash = Convert.ToHexStringLower(hash.GetHashAndReset());
        // The inflection tables (frozen stem, head and tail tables and their gates) need nothing the term index builds: with
        // parallel, built on the other core while this one builds the term index (session 25).
        var builtInflections = parallel ? Task.Run(inflections.Build) : Task.FromResult(inflections.Build());
        prompt.AddRange(Respelled(prompt, spellings));
        stages?.Mark("respelled terms");
        string[] prefixList = [.. prefixes.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
        // The people typo index (a fifth of the build) on the other core while this one builds the prompt term index:
        // the term index takes the typo index's tags only at its end (docs/performance.md, session 18).
        var pendingPeople = people.Start(prompt, parallel);
        stages?.Mark("people: typo index started (on the other core when parallel)");
        string[] numberSuffixes = [.. grammar.OrdinalSuffixes, .. grammar.AgeUnits, ApproximateSuffix];
        var compoundMask = compoundLanguages.Aggregate(0UL, (mask, code) => mask | languageBits.GetValueOrDefault(code));
        // The term-index image, when it was made from these very sources by this build, holds both indexes as the lines
        // below would build them (with the people typo index's word tags already in): read instead of built (session 29).
        string? imageNotice = null;
        var imageAbsent = false;
        var image = termIndexImage is null ? null : TermIndexImage.TryRead(termIndexImage, sourceList, contentHash, prompt, negative, out imageNotice, out imageAbsent);
        var promptIndex = image is (var promptImage, _)
            ? new TermIndex(promptImage, prefixList, numberSuffixes)
            {
                CompoundLanguages = compoundMask,
                NumberLanguages = grammar.NumberLanguages,
                EnglishLanguage = languageBits.GetValueOrDefault("en"),
                LanguageBits = new Dictionary<string, ulong>(languageBits, StringComparer.Ordinal),
                Inflections = builtInflections.GetAwaiter().GetResult(),
            }
            : new TermIndex(prompt, grammar.Numbers, grammar.Ordinals, grammar.Roles, stopWords, prefixList, numberSuffixes, () => pendingPeople.WordTags, people.Strings, people.IsCommonWord, parallel)
            {
                CompoundLanguages = compoundMask,
                NumberLanguages = grammar.NumberLanguages,
                EnglishLanguage = languageBits.GetValueOrDefault("en"),
                LanguageBits = new Dictionary<string, ulong>(languageBits, StringComparer.Ordinal),
                Inflections = builtInflections.GetAwaiter().GetResult(),
            };
        stages?.Mark(image is null ? "prompt term index" : "prompt term index (read from the image)");
        var negativeIndex = image is (_, var negativeImage) ? new TermIndex(negativeImage, prefixList, []) : new TermIndex(negative, prefixes: prefixList);
        stages?.Mark("negative term index");
        var peopleLexicon = pendingPeople.Finish();
        promptIndex.People = peopleLexicon;
        stages?.Mark("people: typo index done (other-script indexes wait for the first prompt that needs them)");
        if (writeTermIndexImage is not null)
        {
            TermIndexImage.Write(writeTermIndexImage, contentHash, prompt, promptIndex, negative, negativeIndex);
        }

        return new LexiconSet(
            promptIndex,
            negativeIndex,
            grammar,
            contentHash,
            names,
            peopleLexicon)
        {
            TermIndexImageNotice = imageNotice,
            TermIndexImageAbsent = imageAbsent,
        };
    }

    /// <summary>Fictional adults, excluded names, people word lists, Han readings and steering terms of one file.</summary>
    private static void AddPeopleSections(LexiconDocument doc, LexiconSource source, List<NormalizedTerm> prompt, PeopleLexiconBuilder people, TokenizedText workspace)
    {
        foreach (var character in doc.Fictional)
        {
            if (string.IsNullOrWhiteSpace(character?.Name))
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}' has a fictional character with no name.");
            }

            AddTerm(new LexiconEntry(character.Name, Signal.Benign, 0, source.Name), source, prompt, workspace, 0, languageOnly: false);
        }

        foreach (var name in doc.ExcludedNames)
        {
            people.Exclude(NormalizeKey(name, workspace, out _, out _));
        }

        TagWords(doc.GivenNames, WordTags.GivenName | WordTags.TransliteratedGivenName, people, workspace);
        TagWords(doc.LatinGivenNames, WordTags.GivenName, people, workspace);
        foreach (var word in doc.CommonWords)
        {
            // Most are plain lower-case ASCII, already in normalized form: only the rest go through the tokenizer.
            if (!string.IsNullOrWhiteSpace(word))
            {
                people.AddCommonWord(word.All(char.IsAsciiLetterLower) ? word : NormalizeKey(word, workspace, out _, out _));
            }
        }
        TagWords(doc.RoleNouns, WordTags.RoleNoun, people, workspace);
        TagWords(doc.RelationNouns, WordTags.RelationNoun, people, workspace);
        TagWords(doc.PublicRoles, WordTags.PublicRole, people, workspace);
        TagWords(doc.Titles, WordTags.Title, people, workspace);
        TagWords(doc.Possessives, WordTags.Possessive, people, workspace);
        TagWords(doc.PossessivesAfter, WordTags.PossessiveAfter, people, workspace);
        TagWords(doc.RoleConnectors, WordTags.RoleConnector, people, workspace);
        TagWords(doc.Determiners, WordTags.Determiner, people, workspace);
        TagWords(doc.UndressVerbs, WordTags.UndressVerb, people, workspace);
        TagWords(doc.Clothing, WordTags.Clothing, people, workspace);
        TagWords(doc.UndressFillers, WordTags.UndressFiller, people, workspace);
        TagWords(doc.GarmentGone, WordTags.GarmentGone, people, workspace);
        TagWords(doc.GarmentSheer, WordTags.GarmentSheer, people, workspace);
        TagWords(doc.SkinWords, WordTags.Skin, people, workspace);
        TagWords(doc.SubjectPronouns, WordTags.SubjectPronoun, people, workspace);
        TagWords(doc.ChangeVerbs, WordTags.ChangeVerb, people, workspace);
        TagWords(doc.NudityStates, WordTags.NudityState, people, workspace);
        TagWords(doc.NothingWords, WordTags.NothingWord, people, workspace);
        TagWords(doc.EverythingWords, WordTags.EverythingWord, people, workspace);
        TagWords(doc.XRayWords, WordTags.XRayWord, people, workspace);
        TagWords(doc.VanishWords, WordTags.VanishWord, people, workspace);
        TagWords(doc.ForgetWords, WordTags.ForgetWord, people, workspace);
        TagWords(doc.VerbFinalRemovals, WordTags.VerbFinalRemoval, people, workspace);
        TagWords(doc.EraseVerbs, WordTags.EraseVerb, people, workspace);
        TagWords(doc.RetouchVerbs, WordTags.RetouchVerb, people, workspace);
        TagWords(doc.HonorificsBefore, WordTags.NameHonorific, people, workspace);
        foreach (var (syllable, characters) in doc.HanReadings)
        {
            people.AddHanReadings(syllable, characters ?? string.Empty);
        }

        people.AddCjkNames(doc);
        foreach (var steering in doc.Steering)
        {
            if (string.IsNullOrWhiteSpace(steering?.Language))
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}' has a steering entry with no language.");
            }

            var language = people.SteeringLanguage(steering.Language, steering.Negative);
            foreach (var word in steering.People)
            {
                var key = NormalizeKey(word, workspace, out var count, out _);
                if (count == 1)
                {
                    people.Tag(key, WordTags.PersonWord, language);
                }
            }
        }
    }

    /// <summary>Single words only: a list entry that normalizes to several words (or none) is ignored.</summary>
    private static void TagWords(List<string> words, WordTags tag, PeopleLexiconBuilder people, TokenizedText workspace)
    {
        foreach (var word in words)
        {
            if (string.IsNullOrWhiteSpace(word))
            {
                continue;
            }

            var key = NormalizeKey(word, workspace, out var count, out _);
            if (count == 1)
            {
                people.Tag(key, tag, 0);
            }
        }
    }

    private static void AddSpellings(LexiconDocument doc, LexiconSource source, Dictionary<string, HashSet<string>> into, TokenizedText workspace)
    {
        foreach (var (word, variants) in doc.Spellings)
        {
            var key = SingleWordKey(word, source, "spellings", workspace);
            if (!into.TryGetValue(key, out var set))
            {
                into[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var variant in variants ?? [])
            {
                set.Add(SingleWordKey(variant, source, "spellings", workspace));
            }
        }
    }

    /// <summary>
    /// Every term with a respelled word, once per spelling (<c>little girl</c>: <c>lil girl</c>, <c>little gurl</c>, …),
    /// keeping the term's entry so reasons name the lexicon form.
    /// </summary>
    private static IEnumerable<NormalizedTerm> Respelled(List<NormalizedTerm> terms, Dictionary<string, HashSet<string>> spellings)
    {
        if (spellings.Count == 0)
        {
            yield break;
        }

        var respelled = spellings.GetAlternateLookup<ReadOnlySpan<char>>();
        var count = terms.Count; // the terms added below are not respelled again
        for (var t = 0; t < count; t++)
        {
            var term = terms[t];
            if (term.Shape != TermShape.Words || !HasRespelledWord(term.Key, respelled))
            {
                continue;
            }

            var words = term.Key.Split(' ');

            IEnumerable<string> keys = [string.Empty];
            foreach (var word in words)
            {
                string[] options = spellings.TryGetValue(word, out var variants) ? [word, .. variants] : [word];
                keys = keys.SelectMany(prefix => options.Select(o => prefix.Length == 0 ? o : prefix + " " + o));
            }

            foreach (var key in keys.Where(k => k != term.Key).Take(MaxSpellingsPerTerm))
            {
                yield return term with { Key = key };
            }
        }
    }

    /// <summary>Does a word of <paramref name="key"/> have other spellings? Checked without splitting (most terms have none).</summary>
    private static bool HasRespelledWord(string key, Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> spellings)
    {
        foreach (var range in key.AsSpan().Split(' '))
        {
            if (spellings.ContainsKey(key.AsSpan(range)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word of a one-word field (grammar words, stop words, prefixes): one token after normalization and
    /// never emoji (emoji are no words: the readers of these fields never see them), else a format error
    /// naming the field. Stop words and prefixes must also be of a script written with spaces.
    /// </summary>
    internal static string SingleWordKey(string? word, LexiconSource source, string field, TokenizedText workspace, bool spacedScriptOnly = false)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}': field '{field}' has an empty word.");
        }

        var key = NormalizeKey(word, workspace, out var tokens, out var shape);
        if (tokens != 1 || shape == TermShape.Emoji)
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}': '{word}' in field '{field}' must be one word after normalization.");
        }

        if (spacedScriptOnly && shape != TermShape.Words)
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}': '{word}' in field '{field}' must be a word of a script written with spaces.");
        }

        return key;
    }

    /// <summary>Normalizes a term exactly as prompts are normalized (<see cref="NormalizedForm.Normalize"/>).</summary>
    internal static string NormalizeKey(string term, TokenizedText workspace, out int tokenCount, out TermShape shape) =>
        NormalizedForm.Normalize(term, workspace, out tokenCount, out shape);

    /// <summary>One bit per distinct language named by a file (<c>language</c>); 0 for files without one.</summary>
    private static ulong LanguageBit(LexiconSource source, LexiconDocument doc, Dictionary<string, ulong> bits)
    {
        if (string.IsNullOrWhiteSpace(doc.Language))
        {
            if (doc.StopWords.Count > 0 || doc.Prompt.Any(t => t.LanguageOnly) || doc.Negative.Any(t => t.LanguageOnly))
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}' has stop words or language-only terms but names no \"language\".");
            }

            return 0;
        }

        if (!bits.TryGetValue(doc.Language, out var bit))
        {
            if (bits.Count == 64)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': more than 64 languages are loaded; language '{doc.Language}' has no room.");
            }

            bit = 1UL << bits.Count;
            bits[doc.Language] = bit;
        }

        return bit;
    }

    private static void RejectNulls(LexiconSource source, LexiconDocument doc)
    {
        if (doc.Prompt.Contains(null!) || doc.Negative.Contains(null!) || doc.Names.Contains(null!) || doc.AgeUnits.Contains(null!)
            || doc.StopWords.Contains(null!) || doc.Prefixes.Contains(null!)
            || doc.OrdinalSuffixes.Contains(null!) || doc.SchoolStages.Contains(null!)
            || doc.ExcludedNames.Contains(null!) || doc.WellKnownNames.Contains(null!) || doc.ExactNames.Contains(null!) || doc.Fictional.Contains(null!))
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}' has a null entry in a list.");
        }
    }

    internal static LexiconDocument Parse(LexiconSource source)
    {
        try
        {
            return JsonSerializer.Deserialize(source.Json, LexiconJsonContext.Default.LexiconDocument)
                ?? throw new LexiconFormatException($"Lexicon '{source.Name}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}' is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <param name="forms">The terms' normalized forms when the snapshot holds them; null normalizes each term here.</param>
    private static void AddTerms(List<LexiconTermDocument> terms, NormalizedForm[]? forms, LexiconSource source, List<NormalizedTerm> into, TokenizedText workspace, bool negativeSection, ulong language)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            if (string.IsNullOrWhiteSpace(t.Term))
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}' has a term with no text.");
            }

            if (!SignalNames.TryParse(t.Signal, out var signal))
            {
                throw new LexiconFormatException(
                    $"Lexicon '{source.Name}': term '{t.Term}' has unknown signal '{t.Signal}' (expected one of {string.Join(", ", SignalNames.All)}).");
            }

            var negativeOnly = signal is Signal.NudityIntent or Signal.MinorIntent or Signal.NudityExcluded;
            if (negativeOnly != negativeSection && signal != Signal.Benign)
            {
                throw new LexiconFormatException(
                    $"Lexicon '{source.Name}': signal '{t.Signal}' of term '{t.Term}' belongs in the {(negativeOnly ? "negative" : "prompt")} section.");
            }

            if (t.Level is < 0 or > 7)
            {
                throw new LexiconFormatException($"Lexicon '{source.Name}': term '{t.Term}' has level {t.Level}; levels are 0-7.");
            }

            // Most terms are written as they are keyed (lower case, one space between words): the key's string serves
            // as the written form too, rather than a second string with the same text (~1 MB of the lexicon budget).
            var form = forms?[i] ?? NormalizedForm.Of(t.Term, workspace);
            var written = string.Equals(form.Key, t.Term, StringComparison.Ordinal) ? form.Key : t.Term;
            var entry = new LexiconEntry(written, signal, (byte)t.Level, source.Name);
            AddTerm(entry, source, into, form, language, t.LanguageOnly);
        }
    }

    /// <summary>
    /// A names list (real people), from the forms normalized ahead when there are any. The names as written are kept as
    /// UTF-8 in one block per list (<see cref="WrittenNames"/>): read only for a name that matches.
    /// </summary>
    private static void AddNames(List<string> list, NormalizedForm[]? forms, LexiconSource source, List<NormalizedTerm> into, TokenizedText workspace, bool exactOnly)
    {
        if (list.Count == 0)
        {
            return;
        }

        var written = WrittenNames.Encode(list, out var starts, source.Name);
        for (var i = 0; i < list.Count; i++)
        {
            var entry = starts[i] >= 0
                ? new LexiconEntry(written, starts[i], Signal.RealPerson, 4, source.Name) { ExactOnly = exactOnly }
                : new LexiconEntry(list[i], Signal.RealPerson, 4, source.Name) { ExactOnly = exactOnly };
            AddTerm(entry, source, into, forms?[i] ?? NormalizedForm.Of(list[i], workspace), 0, languageOnly: false);
        }
    }

    private static void AddTerm(LexiconEntry entry, LexiconSource source, List<NormalizedTerm> into, TokenizedText workspace, ulong language, bool languageOnly) =>
        AddTerm(entry, source, into, NormalizedForm.Of(entry.Term, workspace), language, languageOnly);

    private static void AddTerm(LexiconEntry entry, LexiconSource source, List<NormalizedTerm> into, NormalizedForm form, ulong language, bool languageOnly)
    {
        var (key, tokenCount, shape, emojiRunCount) = form;
        if (tokenCount == 0)
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}': term '{entry.Term}' has no letters after normalization.");
        }

        if (shape == TermShape.Words && emojiRunCount > 0 || shape == TermShape.Emoji && emojiRunCount > 1)
        {
            throw new LexiconFormatException(
                $"Lexicon '{source.Name}': term '{entry.Term}' mixes emoji with words or spaces; an emoji term is one run of adjacent emoji.");
        }

        if (languageOnly && shape != TermShape.Words)
        {
            throw new LexiconFormatException(
                $"Lexicon '{source.Name}': term '{entry.Term}' is language-only, which applies to words of scripts written with spaces (the script itself separates the others).");
        }

        into.Add(new NormalizedTerm(key, tokenCount, shape, entry, source.IsConfigured, language, languageOnly));
    }
}
