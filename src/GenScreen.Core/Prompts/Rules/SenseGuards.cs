using System.Globalization;
using System.Text;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A sexual word used in its innocent sense, fixed by a word beside it: <c>cock</c> crowing on a farm fence (a rooster),
/// blue <c>tits</c> on a bird feeder, a <c>Sex on the Beach</c> cocktail, <c>tarta desnuda</c> (a naked cake), <c>голые</c>
/// ветки (bare branches), <c>à l'œil nu</c> (to the naked eye). The guards are data (Rules/Data/sense-guards.tsv): for a
/// term, the words that must follow it (<c>on the beach</c>), the sense whose words fix it (bird, drink, cake, bare
/// thing...), on which side and how many words away.
/// </summary>
/// <remarks>
/// Not a loosening: the sense word must stand in the same phrase (only spaces, hyphens or apostrophes between, never a
/// comma), and a word that ties the term to a person or to sex right beside it (<c>her</c>, <c>his</c>, <c>showing</c>,
/// <c>hard</c>, <c>out</c>: the <c>keep</c> rows) keeps it sexual; every other term of the prompt is read as before, so
/// "woman, sex on the beach at sunset" and "nude woman eating a naked cake" stay sexual. Looked up only for a term a guard
/// names (a dictionary probe per sexual match), and each look is bounded by the row's window: linear, no regex.
/// </remarks>
internal static class SenseGuards
{
    private const int MaxWindow = 4;

    /// <summary>The sense of a guard whose follow words alone fix the meaning (an idiom): no sense word is looked for.</summary>
    private const string Idiom = "*";

    /// <summary>A guard of a term; <paramref name="Language"/> is its row's, which says whose keep words hold the term (<see cref="IsKeep"/>).</summary>
    /// <remarks>
    /// <paramref name="Also"/> (a sense cell <c>first+also</c>, session 26): a second sense that must stand in the same phrase
    /// within <see cref="AlsoWindow"/> words on either side too. A word that fixes the sense only beside another does so:
    /// <c>great</c> before <c>tits</c> names the bird (a great tit) only where a bird word stands nearby ("great tits and
    /// blue tits at a bird feeder"), never in "a woman with great tits".
    /// </remarks>
    private sealed record Guard(string Language, string[] Follow, string Sense, bool Before, bool After, int Window, string? Also = null);

    /// <summary>How far (words, one phrase) a guard's second sense may stand from the term.</summary>
    private const int AlsoWindow = 8;

    private sealed class Table
    {
        public Dictionary<string, List<Guard>> ByTerm { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> Senses { get; } = new(StringComparer.Ordinal);

        /// <summary>Each sense's word endings (rows <c>sense NAME -ar</c>, session 26): a word of 4+ letters ending so is a word of the sense (Swedish plurals after a number).</summary>
        public Dictionary<string, string[]> Endings { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Keep { get; } = new(StringComparer.Ordinal);

        /// <summary>The languages of each keep word's rows (session 21: French <c>sa</c>, her, is Tagalog <c>sa</c>, at).</summary>
        public Dictionary<string, HashSet<string>> KeepLanguages { get; } = new(StringComparer.Ordinal);

        /// <summary>Senses whose word right after the term makes one compound with it (barefoot, the naked eye).</summary>
        public HashSet<string> Compound { get; } = new(StringComparer.Ordinal);

        /// <summary>Guards of terms of unspaced scripts: the side the sense word stands on, and the sense.</summary>
        public Dictionary<string, List<(bool Before, string Sense)>> Unspaced { get; } = new(StringComparer.Ordinal);

        /// <summary>Each sense's words of scripts written without spaces (Thai, Han, kana, Hangul), matched inside the text.</summary>
        public Dictionary<string, string[]> UnspacedWords { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A linker between a Chinese or Japanese adjective and its noun (裸露的水泥墙, 裸の木).</summary>
    private static readonly System.Buffers.SearchValues<char> Linkers = System.Buffers.SearchValues.Create("的の之");

    private static readonly Lazy<Table> Data = new(Load);

    private static readonly System.Buffers.SearchValues<char> WordGap = System.Buffers.SearchValues.Create(" -'\u2019");

    /// <summary>Whether the sexual term matched on tokens [<paramref name="first"/>, +<paramref name="count"/>) is used in an innocent sense a word beside it fixes.</summary>
    /// <param name="adjacentOnly">
    /// Only guards whose sense word stands right beside the term (window 1): an inflected or affixed word (InflectedWords,
    /// session 26: с обнажённым мечом) takes only those, since its affixes may make another word of it (Tagalog pinaghubad,
    /// kahubaran: "undressed", "nakedness" of the children, which the wider Tagalog guards must not set aside).
    /// </param>
    public static bool IsInnocent(TokenizedText text, int first, int count, LexiconEntry entry, PromptField field, bool adjacentOnly = false)
    {
        if (field != PromptField.Prompt || entry.Signal is not (Signal.Sexual or Signal.Undress))
        {
            return false;
        }

        var table = Data.Value;
        if (!table.ByTerm.TryGetValue(entry.Term, out var guards))
        {
            return false;
        }

        foreach (var guard in guards)
        {
            WorkCounter.Add(1);
            if (adjacentOnly && (guard.Window != 1 || guard.Follow.Length != 0))
            {
                continue;
            }

            var end = first + count; // one past the guarded phrase
            if (!Follows(text, end, guard.Follow))
            {
                continue;
            }

            end += guard.Follow.Length;

            // A term right before it in the same phrase (mujer desnuda, girl nude) makes the word that term's, unless the
            // word and the sense word right after it are one compound: anak kecil bertelanjang kaki is a barefoot child.
            var compound = guard.After && table.Compound.Contains(guard.Sense) && SenseWithin(text, table.Senses[guard.Sense], end - 1, +1, 1);
            if (IsKeep(text, table, first - 1, first, guard.Language) || IsKeep(text, table, end, end - 1, guard.Language)
                || (!compound && first > 0 && (text[first - 1].Tags & WordTags.Matched) != 0 && SamePhrase(text, first - 1, first)))
            {
                return false;
            }

            // An idiom the follow words complete is its own sense ("cock of the walk").
            if (guard.Sense == Idiom)
            {
                return true;
            }

            var words = table.Senses[guard.Sense];
            var endings = table.Endings.GetValueOrDefault(guard.Sense);
            if (((guard.Before && SenseWithin(text, words, first, -1, guard.Window, endings))
                || (guard.After && SenseWithin(text, words, end - 1, +1, guard.Window, endings)))
                && (guard.Also is null
                    || SenseWithin(text, table.Senses[guard.Also], first, -1, AlsoWindow)
                    || SenseWithin(text, table.Senses[guard.Also], end - 1, +1, AlsoWindow)
                    || NamedAgain(text, words, first, count, guard.Before)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A list of kinds (session 27, i16-precision31: "great tits and blue tits squabbling at a snowy garden bird feeder",
    /// "great tits, blue tits and a robin"): the same one-word term again elsewhere in the prompt, with a word of the guard's
    /// first sense on the same side of it (another species adjective), names a second kind of the same thing, which is the
    /// second sense a <c>first+also</c> guard asks for. "a woman with great tits" names one; "great tits and nice tits" has no
    /// second kind. Read only once the first sense stood beside the term, so no prompt without it pays for the scan.
    /// </summary>
    private static bool NamedAgain(TokenizedText text, HashSet<string> words, int first, int count, bool before)
    {
        if (count != 1)
        {
            return false;
        }

        var term = text.TextOf(in text[first]);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            var side = before ? k - 1 : k + 1;
            if (k != first && side >= 0 && side < text.SequenceCount && text.TextOf(in text[k]).SequenceEqual(term)
                && SamePhrase(text, Math.Min(k, side), Math.Max(k, side)) && lookup.Contains(text.TextOf(in text[side])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sexual term matched at [<paramref name="at"/>, +<paramref name="length"/>) of an unspaced run is used of a
    /// thing a word beside it names: Thai <c>ผนังปูนเปลือย</c> (a bare cement wall: the noun before), Chinese <c>裸露的水泥墙</c>
    /// and Japanese <c>裸の木</c> (the noun after, past one linker), Korean <c>벌거벗은 나무들</c> (the next word, one space on).
    /// The sense words (the <c>unspaced</c> rows, session 23) must touch the term; a person between keeps it.
    /// </summary>
    /// <param name="next">The index of the token after the run, or -1.</param>
    public static bool IsInnocentUnspaced(TokenizedText text, in Token token, ReadOnlySpan<char> run, int at, int length, int next, LexiconEntry entry, PromptField field)
    {
        if (field != PromptField.Prompt || entry.Signal != Signal.Sexual)
        {
            return false;
        }

        var table = Data.Value;
        if (!table.Unspaced.TryGetValue(entry.Term, out var guards))
        {
            return false;
        }

        foreach (var (before, sense) in guards)
        {
            var words = table.UnspacedWords[sense];
            if (before)
            {
                if (EndsWithAny(run[..at], words))
                {
                    return true;
                }

                continue;
            }

            var after = run[(at + length)..];
            if (after.Length > 0 && Linkers.Contains(after[0]))
            {
                after = after[1..];
            }

            if (StartsWithAny(after, words))
            {
                return true;
            }

            // Korean writes a space between the adjective and its noun: the next run, one space on.
            if (after.IsEmpty && next >= 0 && text[next].Has(TokenFlags.Cjk) && text[next].SourceStart - token.SourceEnd == 1
                && StartsWithAny(text.TextOf(in text[next]), words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            WorkCounter.Add(1);
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            WorkCounter.Add(1);
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The guard's follow words right after the term, one phrase.</summary>
    private static bool Follows(TokenizedText text, int at, string[] follow)
    {
        for (var k = 0; k < follow.Length; k++)
        {
            WorkCounter.Add(1);
            var i = at + k;
            if (i >= text.SequenceCount || !SamePhrase(text, i - 1, i) || !text.TextOf(in text[i]).SequenceEqual(follow[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A keep word at token <paramref name="i"/>, in the same phrase as the term's edge token <paramref name="edge"/>.</summary>
    /// <remarks>
    /// A keep word holds the guards of its own rows' language, and an English one holds every guard (prompts mix English in);
    /// a keep word of another language is an ordinary word there (French <c>sa</c>, her, is Tagalog <c>sa</c>, at:
    /// <c>suso sa palayan</c> is a snail in the rice field).
    /// </remarks>
    private static bool IsKeep(TokenizedText text, Table table, int i, int edge, string language)
    {
        if (i < 0 || i >= text.SequenceCount || !SamePhrase(text, Math.Min(i, edge), Math.Max(i, edge)))
        {
            return false;
        }

        return table.KeepLanguages.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.TextOf(in text[i]), out var languages)
            && (languages.Contains(language) || languages.Contains("en"));
    }

    /// <summary>A word of the sense within <paramref name="window"/> tokens of <paramref name="from"/>, stepping <paramref name="step"/>, never across a phrase break.</summary>
    private static bool SenseWithin(TokenizedText text, HashSet<string> words, int from, int step, int window, string[]? endings = null)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var previous = from;
        for (var k = 1; k <= window; k++)
        {
            WorkCounter.Add(1);
            var i = from + (step * k);
            if (i < 0 || i >= text.SequenceCount || !SamePhrase(text, Math.Min(i, previous), Math.Max(i, previous)))
            {
                return false;
            }

            var word = text.TextOf(in text[i]);
            if (lookup.Contains(word) || (endings is not null && EndsWithEnding(word, endings)))
            {
                return true;
            }

            previous = i;
        }

        return false;
    }

    /// <summary>A word of four or more letters ending with one of <paramref name="endings"/>.</summary>
    private static bool EndsWithEnding(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            WorkCounter.Add(1);
            if (word.Length >= 4 && word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only spaces, hyphens and apostrophes between tokens <paramref name="a"/> and <paramref name="b"/> = a + 1 (<c>l'œil nu</c>, <c>blue-footed</c>).</summary>
    private static bool SamePhrase(TokenizedText text, int a, int b)
    {
        var gap = text.Source.AsSpan(text[a].SourceEnd, Math.Max(0, text[b].SourceStart - text[a].SourceEnd));
        return !gap.ContainsAnyExcept(WordGap);
    }

    private static Table Load()
    {
        using var reader = RuleDataFile.Open("sense-guards.tsv");
        return Parse(reader);
    }

    /// <summary>Reads the table; a malformed row or a guard naming an unknown sense throws (tests read the shipped file).</summary>
    private static Table Parse(TextReader reader)
    {
        var table = new Table();
        var guards = new List<(string Term, Guard Guard, string Line)>();
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "sense" when cells.Length == 3 && cells[2].Length > 1 && cells[2][0] == '-':
                    table.Endings[cells[1]] = [.. table.Endings.GetValueOrDefault(cells[1]) ?? [], cells[2][1..].ToLowerInvariant()];
                    if (!table.Senses.ContainsKey(cells[1]))
                    {
                        table.Senses[cells[1]] = new HashSet<string>(StringComparer.Ordinal);
                    }

                    break;
                case "sense" when cells.Length == 3:
                    if (!table.Senses.TryGetValue(cells[1], out var set))
                    {
                        table.Senses[cells[1]] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    AddForms(set, cells[2]);
                    break;
                case "keep" when cells.Length == 3:
                    var forms = new HashSet<string>(StringComparer.Ordinal);
                    AddForms(forms, cells[2]);
                    foreach (var form in forms)
                    {
                        table.Keep.Add(form);
                        if (!table.KeepLanguages.TryGetValue(form, out var languages))
                        {
                            table.KeepLanguages[form] = languages = new HashSet<string>(StringComparer.Ordinal);
                        }

                        languages.Add(cells[1]);
                    }

                    break;
                case "unspaced" when cells.Length == 5 && cells[3] is "before" or "after":
                    if (!table.Unspaced.TryGetValue(cells[2], out var unspaced))
                    {
                        table.Unspaced[cells[2]] = unspaced = [];
                    }

                    unspaced.Add((cells[3] == "before", cells[4]));
                    break;
                case "compound" when cells.Length == 2:
                    table.Compound.Add(cells[1]);
                    break;
                case "guard" when cells.Length == 7 && int.TryParse(cells[6], NumberStyles.None, CultureInfo.InvariantCulture, out var window) && window is >= 1 and <= MaxWindow
                    && cells[5] is "before" or "after" or "both":
                    var follow = cells[3] == "-" ? [] : cells[3].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var plus = cells[4].IndexOf('+', StringComparison.Ordinal);
                    var first = plus < 0 ? cells[4] : cells[4][..plus];
                    var also = plus < 0 ? null : cells[4][(plus + 1)..];
                    guards.Add((cells[2].ToLowerInvariant(), new Guard(cells[1], follow, first, cells[5] != "after", cells[5] != "before", window, also), line));
                    break;
                default:
                    throw new InvalidDataException($"sense-guards.tsv: malformed row '{line}'.");
            }
        }

        foreach (var sense in table.Compound)
        {
            if (!table.Senses.ContainsKey(sense))
            {
                throw new InvalidDataException($"sense-guards.tsv: unknown compound sense '{sense}'.");
            }
        }

        foreach (var (term, list) in table.Unspaced)
        {
            foreach (var (_, sense) in list)
            {
                if (!table.Senses.TryGetValue(sense, out var words))
                {
                    throw new InvalidDataException($"sense-guards.tsv: unknown sense '{sense}' of the unspaced term '{term}'.");
                }

                table.UnspacedWords[sense] = [.. words.Where(IsUnspacedScript)];
            }
        }

        foreach (var (term, guard, line) in guards)
        {
            if ((guard.Sense != Idiom && !table.Senses.ContainsKey(guard.Sense)) || (guard.Also is not null && (guard.Sense == Idiom || !table.Senses.ContainsKey(guard.Also))))
            {
                throw new InvalidDataException($"sense-guards.tsv: unknown sense in '{line}'.");
            }

            if (!table.ByTerm.TryGetValue(term, out var list))
            {
                table.ByTerm[term] = list = [];
            }

            list.Add(guard);
        }

        return table;
    }

    /// <summary>Thai, Han, kana and Hangul: the scripts whose sense words are matched inside the text.</summary>
    private static bool IsUnspacedScript(string word) =>
        word.Length > 0 && word[0] is (>= '\u0E00' and <= '\u0E7F') or (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF');

    /// <summary>The word lower-cased, and without its diacritics too (the normalizer may fold them: gâteau, œil).</summary>
    private static void AddForms(HashSet<string> set, string word)
    {
        var lower = word.Trim().ToLowerInvariant();
        set.Add(lower);
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            // The marks the normalizer drops (CharFolding.IsDroppableMark), among them the Devanagari and Bengali nukta: the
            // prompt's पेड़ (tree) and দেয়াল (wall) reach the guards as पेड and দেযাল, so a sense word written with its nukta
            // never matched (session 26, i16-lang30: नंगे पेड़, bare trees, was sexual under strict).
            if ((CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark || c > '\u036F') && !CharFolding.IsDroppableMark(c))
            {
                folded.Append(c);
            }
        }

        set.Add(folded.ToString().Normalize(NormalizationForm.FormC).Replace("œ", "oe", StringComparison.Ordinal));

        // Greek final sigma: the normalizer writes every sigma as σ (ξίφος is read as ξιφοσ; session 26).
        if (lower.EndsWith('ς'))
        {
            set.Add(lower[..^1] + "σ");
            var plain = folded.ToString().Normalize(NormalizationForm.FormC);
            set.Add(plain[..^1] + "σ");
        }
    }

    /// <summary>For tests: the guarded terms and sense names of the shipped table.</summary>
    internal static (int Terms, int Senses, int Keep) Counts => (Data.Value.ByTerm.Count, Data.Value.Senses.Count, Data.Value.Keep.Count);
}
