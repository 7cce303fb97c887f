using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// All lexicons compiled for matching: prompt terms, negative-prompt terms, protected names, age units
/// and number words. Immutable and shared by every request; <see cref="ContentHash"/> identifies the exact
/// content so each verdict can say which lexicon produced it.
/// </summary>
public sealed class LexiconSet
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ageUnits;

    private LexiconSet(
        TermIndex prompt,
        TermIndex negative,
        FrozenSet<string> ageUnits,
        string[] cjkAgeUnits,
        string contentHash,
        IReadOnlyList<string> sources,
        PeopleLexicon people)
    {
        Prompt = prompt;
        Negative = negative;
        _ageUnits = ageUnits.GetAlternateLookup<ReadOnlySpan<char>>();
        CjkAgeUnits = cjkAgeUnits;
        ContentHash = contentHash;
        Sources = sources;
        People = people;
    }

    /// <summary>Lower-case hex SHA-256 over every source, in load order.</summary>
    public string ContentHash { get; }

    /// <summary>Names of the loaded sources, in load order.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Distinct normalized prompt terms.</summary>
    public int PromptTermCount => Prompt.Count;

    internal TermIndex Prompt { get; }

    internal TermIndex Negative { get; }

    internal string[] CjkAgeUnits { get; }

    internal bool IsAgeUnit(ReadOnlySpan<char> word) => _ageUnits.Contains(word);

    /// <summary>Name typos, names in other scripts, steering terms: what the people detectors need beyond the index.</summary>
    internal PeopleLexicon People { get; }

    /// <summary>Languages with steering terms; index 0 is "none" (see <see cref="TermInfo.Language"/>).</summary>
    public IReadOnlyList<string> SteeringLanguages => People.SteeringLanguages;

    /// <summary>Distinct protected names (built-in gazetteer, seed list, aliases and configured ones, less the excluded).</summary>
    public int ProtectedNameCount => People.ProtectedNameCount;

    /// <summary>Compiles lexicon sources; later configured sources override built-in terms.</summary>
    /// <exception cref="LexiconFormatException">A source is not valid lexicon JSON.</exception>
    public static LexiconSet Build(IEnumerable<LexiconSource> sources)
    {
        var prompt = new List<NormalizedTerm>();
        var negative = new List<NormalizedTerm>();
        var ageUnits = new HashSet<string>(StringComparer.Ordinal);
        var cjkAgeUnits = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var people = new PeopleLexiconBuilder();
        var workspace = new TokenizedText();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        foreach (var source in sources)
        {
            names.Add(source.Name);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(source.Name));
            hash.AppendData(source.Json);
            var doc = Parse(source);
            RejectNulls(source, doc);
            AddTerms(doc.Prompt, source, prompt, workspace, negativeSection: false);
            AddTerms(doc.Negative, source, negative, workspace, negativeSection: true);
            foreach (var name in doc.Names)
            {
                AddTerm(new LexiconEntry(name, Signal.RealPerson, 4, source.Name), source, prompt, workspace);
            }

            foreach (var name in doc.WellKnownNames)
            {
                AddTerm(new LexiconEntry(name, Signal.RealPerson, 4, source.Name), source, prompt, workspace);
                people.MarkWellKnown(prompt[^1].Key);
            }

            AddPeopleSections(doc, source, prompt, people, workspace);

            foreach (var unit in doc.AgeUnits)
            {
                var key = NormalizeKey(unit, workspace, out _, out var isCjk);
                (isCjk ? cjkAgeUnits : ageUnits).Add(key);
            }

            foreach (var (word, value) in doc.Numbers)
            {
                numbers[NormalizeKey(word, workspace, out _, out _)] = value;
            }
        }

        var peopleLexicon = people.Build(prompt);
        return new LexiconSet(
            new TermIndex(prompt, numbers, peopleLexicon.WordTags),
            new TermIndex(negative),
            ageUnits.ToFrozenSet(StringComparer.Ordinal),
            [.. cjkAgeUnits.OrderByDescending(u => u.Length)],
            Convert.ToHexStringLower(hash.GetHashAndReset()),
            names,
            peopleLexicon);
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

            AddTerm(new LexiconEntry(character.Name, Signal.Benign, 0, source.Name), source, prompt, workspace);
        }

        foreach (var name in doc.ExcludedNames)
        {
            people.Exclude(NormalizeKey(name, workspace, out _, out _));
        }

        TagWords(doc.GivenNames, WordTags.GivenName, people, workspace);
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
        TagWords(doc.Possessives, WordTags.Possessive, people, workspace);
        TagWords(doc.UndressVerbs, WordTags.UndressVerb, people, workspace);
        TagWords(doc.Clothing, WordTags.Clothing, people, workspace);
        foreach (var (syllable, characters) in doc.HanReadings)
        {
            people.AddHanReadings(syllable, characters ?? string.Empty);
        }

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

    /// <summary>Normalizes a term exactly as prompts are normalized, so both sides meet in the same form.</summary>
    internal static string NormalizeKey(string term, TokenizedText workspace, out int tokenCount, out bool isCjk)
    {
        PromptTokenizer.Tokenize(term, workspace);
        tokenCount = workspace.SequenceCount;
        isCjk = tokenCount == 1 && workspace[0].Has(TokenFlags.Cjk);
        return tokenCount == 0 ? string.Empty : new string(workspace.TextOf(0, tokenCount));
    }

    private static void RejectNulls(LexiconSource source, LexiconDocument doc)
    {
        if (doc.Prompt.Contains(null!) || doc.Negative.Contains(null!) || doc.Names.Contains(null!) || doc.AgeUnits.Contains(null!)
            || doc.ExcludedNames.Contains(null!) || doc.WellKnownNames.Contains(null!) || doc.Fictional.Contains(null!))
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}' has a null entry in a list.");
        }
    }

    private static LexiconDocument Parse(LexiconSource source)
    {
        try
        {
            return JsonSerializer.Deserialize<LexiconDocument>(source.Json, JsonOptions)
                ?? throw new LexiconFormatException($"Lexicon '{source.Name}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}' is not valid JSON: {ex.Message}", ex);
        }
    }

    private static void AddTerms(List<LexiconTermDocument> terms, LexiconSource source, List<NormalizedTerm> into, TokenizedText workspace, bool negativeSection)
    {
        foreach (var t in terms)
        {
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

            AddTerm(new LexiconEntry(t.Term, signal, (byte)t.Level, source.Name), source, into, workspace);
        }
    }

    private static void AddTerm(LexiconEntry entry, LexiconSource source, List<NormalizedTerm> into, TokenizedText workspace)
    {
        var key = NormalizeKey(entry.Term, workspace, out var tokenCount, out var isCjk);
        if (tokenCount == 0)
        {
            throw new LexiconFormatException($"Lexicon '{source.Name}': term '{entry.Term}' has no letters after normalization.");
        }

        into.Add(new NormalizedTerm(key, tokenCount, isCjk, entry, source.IsConfigured));
    }
}
