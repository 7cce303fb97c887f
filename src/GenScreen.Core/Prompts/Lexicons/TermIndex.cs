using System.Collections.Frozen;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// The compiled form of one lexicon section (prompt or negative): hash tables keyed by normalized text (the
/// one looked up for every word frozen) and looked up with spans, so matching allocates nothing.
/// </summary>
internal sealed class TermIndex
{
    private readonly FrozenDictionary<string, TermInfo>.AlternateLookup<ReadOnlySpan<char>> _terms;
    // Looked up only for disguised, split or stretched words, not for every word: plain hash tables, which are
    // built far faster than frozen ones (the gazetteer makes them large).
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _squeezed;
    private readonly FrozenDictionary<char, CjkTerm[]> _cjkByFirstChar;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    /// <summary>Shortest phrase (letters, spaces removed) also matched written as one word: <c>taylorswift</c>, <c>littlegirl</c>.</summary>
    public const int MinJoinedLength = 7;

    public TermIndex(IEnumerable<NormalizedTerm> terms, IReadOnlyDictionary<string, int>? numberWords = null, IReadOnlyDictionary<string, (WordTags Tags, byte Language)>? wordTags = null)
    {
        var words = new Dictionary<string, TermInfo>(StringComparer.Ordinal);
        var squeezed = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var cjk = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var buffer = new char[64];
        foreach (var term in terms)
        {
            if (term.IsCjk)
            {
                if (term.Override || !cjk.ContainsKey(term.Key))
                {
                    cjk[term.Key] = term.Entry;
                }

                continue;
            }

            AddWord(words, term);
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

        foreach (var (word, value) in numberWords ?? new Dictionary<string, int>())
        {
            words[word] = words.TryGetValue(word, out var info) ? info with { Number = value } : new TermInfo(null, 1, value);
        }

        AddJoinedPhrases(words);

        // Words terms are made of (and number words), not the tag-only words below: the common-word list must
        // not make every English word "known" (leet rewriting and split-word merging only aim at terms).
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in words.Keys)
        {
            if (!key.Contains(' ', StringComparison.Ordinal))
            {
                known.Add(key);
                continue;
            }

            foreach (var part in key.Split(' '))
            {
                known.Add(part);
            }
        }

        _words = known.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (word, (tags, language)) in wordTags ?? new Dictionary<string, (WordTags, byte)>())
        {
            words[word] = words.TryGetValue(word, out var info)
                ? info with { Tags = info.Tags | tags, Language = language != 0 ? language : info.Language }
                : new TermInfo(null, 1, -1, tags, language);
        }

        Count = words.Count(w => w.Value.Entry is not null || w.Value.Number >= 0 || w.Value.MaxPhraseTokens > 1) + cjk.Count;
        _terms = words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _squeezed = squeezed.GetAlternateLookup<ReadOnlySpan<char>>();
        _cjkByFirstChar = cjk
            .Select(kv => new CjkTerm(kv.Key, kv.Value))
            .GroupBy(t => t.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Text.Length).ToArray());
    }

    /// <summary>Number of distinct normalized terms.</summary>
    public int Count { get; }

    /// <summary>Is this one of the words any term (or phrase) is made of?</summary>
    public bool IsKnownWord(ReadOnlySpan<char> word) => _words.Contains(word);

    public bool TryGet(ReadOnlySpan<char> key, out TermInfo info) => _terms.TryGetValue(key, out info);

    public bool TryGetSqueezed(ReadOnlySpan<char> squeezedKey, out LexiconEntry entry) =>
        _squeezed.TryGetValue(squeezedKey, out entry!);

    /// <summary>CJK terms starting with <paramref name="first"/>, longest first; null when none.</summary>
    public CjkTerm[]? CjkStartingWith(char first) =>
        _cjkByFirstChar.TryGetValue(first, out var terms) ? terms : null;

    public bool HasCjk => _cjkByFirstChar.Count > 0;

    /// <summary>
    /// Every phrase also as one word (<c>taylorswift</c>, <c>#TaylorSwift</c>, <c>t a y l o r s w i f t</c>,
    /// <c>littlegirl</c>), unless a term of its own already has that form. Short phrases are left out: joined,
    /// they too easily spell another word.
    /// </summary>
    private static void AddJoinedPhrases(Dictionary<string, TermInfo> words)
    {
        var joined = new List<(string Key, LexiconEntry Entry)>();
        foreach (var (key, info) in words)
        {
            if (info.Entry is not null && key.Contains(' ', StringComparison.Ordinal))
            {
                var oneWord = key.Replace(" ", string.Empty, StringComparison.Ordinal);
                if (oneWord.Length >= MinJoinedLength)
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

    private static void AddWord(Dictionary<string, TermInfo> words, NormalizedTerm term)
    {
        // The first file to define a term wins among built-ins; configured files are loaded last and override.
        if (words.TryGetValue(term.Key, out var existing))
        {
            if (existing.Entry is null || term.Override)
            {
                words[term.Key] = existing with { Entry = term.Entry };
            }
        }
        else
        {
            words[term.Key] = new TermInfo(term.Entry, 1);
        }

        if (term.TokenCount > 1)
        {
            var firstWord = term.Key[..term.Key.IndexOf(' ', StringComparison.Ordinal)];
            var head = words.TryGetValue(firstWord, out var existingHead) ? existingHead : new TermInfo(null, 1);
            words[firstWord] = head with { MaxPhraseTokens = Math.Max(head.MaxPhraseTokens, term.TokenCount) };
        }
    }
}
