using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The matcher's last try for a word that matched nothing as written: a listed stem with endings of its language
/// (<c>dzieckiem</c>, <c>ребёнком</c>, <c>çocuklarına</c>), after a clitic prefix too (<c>والأطفال</c>,
/// <c>בילדות</c>), else a one-word compound whose first or last element is a term (<c>Nacktbild</c>,
/// <c>tienerseks</c>, <c>förskolebarn</c>). A recognised inflected word is also evidence of its language (so
/// <c>nagiego</c> shows a prompt is Polish for a false friend beside it). Bounded probes per word
/// (<see cref="Inflections"/>), so the pass stays linear.
/// </summary>
internal static class InflectedWords
{
    public static bool TryMatch(TokenizedText text, int i, TermIndex index, LanguageEvidence into, PromptField field, Span<char> buffer) =>
        TryMatch(text, i, index, into, field, buffer, out _);

    /// <param name="byContext">Set when the word is a compound the prompt's other letters refused ("sekstaśmy" beside Polish
    /// "dorosłych"): the answer depends on the prompt, so the caller must not remember the word as inert (session 40: the plain-word
    /// memo then refused the same compound in a prompt with no such letters, and a verdict changed once words were learned).</param>
    public static bool TryMatch(TokenizedText text, int i, TermIndex index, LanguageEvidence into, PromptField field, Span<char> buffer, out bool byContext)
    {
        byContext = false;
        var inflections = index.Inflections;
        ref var token = ref text[i];
        if (token.Has(TokenFlags.Digit) || token.Has(TokenFlags.Cjk) || token.Has(TokenFlags.LeetSymbol) || token.Length > Inflections.MaxWordLength)
        {
            return false;
        }

        var word = text.TextOf(in token);
        if ((inflections.HasStems && TryStemOrPrefixed(word, index, buffer, out var entry, out var language))
            || (inflections.Affixes.Length > 0 && TryAffixed(word, index, buffer, out entry, out language)))
        {
            // "nie nagiego", "nicht nackte": a negated inflected nudity word is no nudity, as a listed one is not.
            if (TermMatcher.IsNegatedNudity(text, i, 1, index, entry, field))
            {
                return true;
            }

            // "с обнажённым мечом", "s obnaženým mečem": an inflected nudity word in an innocent sense a word beside it fixes
            // (a drawn sword) is set aside as a listed one is (sense-guards.tsv; session 26).
            if (SenseGuards.IsInnocent(text, i, 1, entry, field, adjacentOnly: true))
            {
                return true;
            }

            // German "Decke" (a blanket, a ceiling) is the Czech child stem děck + e only by folding its accent: a frequent
            // ordinary word spelled exactly so, where the stem carries a mark the word lacks, counts as the stem only when the
            // prompt shows no other language (session 23; a listed whole word such as děcka matches folded as before).
            if (language != 0 && AccentFolds.IsBareForAccented(text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart), entry.Term) && OrdinaryPhrases.IsOrdinaryWord(word))
            {
                into.EmitUnlessOtherLanguage(entry with { OnlyInLanguages = language }, token.SourceStart, token.SourceEnd, field);
                return true;
            }

            // Czech "kreslení" (drawing) is Turkish kreş (nursery) + -le + -ni only once its í is folded: a youth stem reached
            // from a word with a letter its language never writes, in a prompt writing more such letters, is no match
            // (LatinAlphabets; session 34).
            if (field == PromptField.Prompt && entry.Signal == Signal.Minor
                && LatinAlphabets.WritesOtherLanguage(text.Source, token.SourceStart, token.SourceEnd, entry.Source))
            {
                return true;
            }

            Emit(ref token, entry, language, into, field);

            return true;
        }

        // sexåring, sexårsverksamhet: a number word and an age unit make a count of years, not a compound of the number
        // read as a term (Swedish sex, six) and whatever follows (CompoundAges.StartsWithAge; session 36).
        if (!inflections.HasCompounds || !inflections.TryCompound(word, out var head, out var tail) || index.StartsWithAge(word))
        {
            return false;
        }

        // A prompt written with a letter only languages without compounds write (Turkish ı in "seksenli yıllardan", of the
        // eighties) holds no German, Dutch or Swedish compound: the word is that language's own (seksen, eighty).
        if (into.OtherLettersShow(text.Source, token.SourceStart, token.SourceEnd, inflections.CompoundLanguages))
        {
            byContext = true;
            return false;
        }

        if (head is not null)
        {
            Emit(ref token, head, 0, into, field);
        }

        if (tail is not null && !ReferenceEquals(tail, head))
        {
            Emit(ref token, tail, 0, into, field);
        }

        return true;
    }

    private static bool TryStemOrPrefixed(ReadOnlySpan<char> word, TermIndex index, Span<char> buffer, out LexiconEntry entry, out ulong language)
    {
        if (index.Inflections.TryStem(word, buffer, out entry, out language))
        {
            return true;
        }

        if (!index.MayHavePrefix(word))
        {
            return false;
        }

        foreach (var prefix in index.Prefixes)
        {
            WorkCounter.Add(prefix.Length);
            if (word.Length - prefix.Length > Inflections.MinStemFloor && word.StartsWith(prefix, StringComparison.Ordinal)
                && index.Inflections.TryStem(word[prefix.Length..], buffer, out entry, out language))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tagalog and Indonesian affixes (<c>naghuhubad</c>, <c>hinubaran</c>, <c>kahubaran</c>, <c>menelanjangi</c>,
    /// <c>ketelanjangan</c>): a prefix stripped (the stem letter a mutating prefix replaced put back), an infix after the
    /// first consonant taken out, a doubled first syllable written once; what is left must be a term or a stem with
    /// endings of the same language. A handful of probes per prefix the word starts with, so the pass stays linear.
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static bool TryAffixed(ReadOnlySpan<char> word, TermIndex index, Span<char> buffer, out LexiconEntry entry, out ulong language)
    {
        // Not cleared (SkipLocalsInit): every character is written before it is read, and this runs for most words.
        Span<char> scratch = stackalloc char[Inflections.MaxWordLength + 4];
        foreach (var rules in index.Inflections.Affixes)
        {
            language = rules.Language;

            // Most words have no affix of the language: the exception list (a set lookup) is read only for a word that has one.
            if (!MayHaveAffix(word, rules) || rules.IsException(word))
            {
                continue;
            }

            foreach (var infix in rules.Infixes)
            {
                if (word.Length > infix.Length + Inflections.MinStemFloor && word[1] == infix[0] && !IsVowel(word[0]) && word[1..].StartsWith(infix, StringComparison.Ordinal))
                {
                    scratch[0] = word[0];
                    word[(1 + infix.Length)..].CopyTo(scratch[1..]);
                    if (Probe(scratch[..(word.Length - infix.Length)], rules, index, buffer, out entry))
                    {
                        return true;
                    }
                }
            }

            foreach (var (prefix, restore) in rules.PrefixesFor(word[0]))
            {
                WorkCounter.Add(prefix.Length);
                if (word.Length - prefix.Length <= Inflections.MinStemFloor || !word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = word[prefix.Length..];
                // Session 43 (i16-speed51): the undoubled rest is probed only when undoubling changed it (the same candidate
                // probed twice gave the same answer twice: a Tagalog prefix before an ordinary word paid its probes twice).
                if (Probe(rest, rules, index, buffer, out entry) || (rules.Reduplication && Undoubled(rest).Length < rest.Length && Probe(Undoubled(rest), rules, index, buffer, out entry)))
                {
                    return true;
                }

                if (restore.Length > 0)
                {
                    restore.CopyTo(scratch);
                    rest.CopyTo(scratch[restore.Length..]);
                    if (Probe(scratch[..(restore.Length + rest.Length)], rules, index, buffer, out entry))
                    {
                        return true;
                    }
                }
            }

            if (rules.Reduplication && Undoubled(word).Length < word.Length && Probe(Undoubled(word), rules, index, buffer, out entry))
            {
                return true;
            }
        }

        entry = null!;
        language = 0;
        return false;
    }

    /// <summary>
    /// A listed youth or sexual word of the affixes' own language, or a stem of that language with its endings
    /// (Portuguese <c>meninos</c> is no Indonesian <c>me-</c> before Spanish <c>niños</c>).
    /// </summary>
    private static bool Probe(ReadOnlySpan<char> candidate, Inflections.AffixRules rules, TermIndex index, Span<char> buffer, out LexiconEntry entry)
    {
        WorkCounter.Add(1 + candidate.Length);
        if (candidate.Length > Inflections.MinStemFloor && index.TryGet(candidate, out var info) && (info.Languages & rules.Language) != 0
            && info.Entry is { Signal: Signal.Minor or Signal.Sexual or Signal.SexualMinor, Level: > 0 } found)
        {
            entry = found;
            return true;
        }

        return index.Inflections.TryStem(candidate, buffer, out entry, out var language) && language == rules.Language;
    }

    /// <summary><c>huhubad</c> → <c>hubad</c>: a first syllable of consonant and vowel written twice, once.</summary>
    /// <summary>
    /// Could any of <paramref name="rules"/>' candidates be tried on <paramref name="word"/>: an infix after its first
    /// letter, a prefix it starts with, or a doubled first syllable? The same conditions as <see cref="TryAffixed"/>'s
    /// loops, read before its exception lookup; false means TryAffixed would try nothing for this language.
    /// </summary>
    private static bool MayHaveAffix(ReadOnlySpan<char> word, Inflections.AffixRules rules)
    {
        foreach (var infix in rules.Infixes)
        {
            if (word.Length > infix.Length + Inflections.MinStemFloor && word[1] == infix[0] && !IsVowel(word[0]) && word[1..].StartsWith(infix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var (prefix, _) in rules.PrefixesFor(word[0]))
        {
            if (word.Length - prefix.Length > Inflections.MinStemFloor && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return rules.Reduplication && Undoubled(word).Length < word.Length;
    }

    private static ReadOnlySpan<char> Undoubled(ReadOnlySpan<char> word) =>
        word.Length >= 6 && !IsVowel(word[0]) && IsVowel(word[1]) && word[0] == word[2] && word[1] == word[3] ? word[2..] : word;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static void Emit(ref Token token, LexiconEntry entry, ulong language, LanguageEvidence into, PromptField field)
    {
        // A false friend's stem proves nothing about its language (as for whole words); any other does.
        if (entry.OnlyInLanguages == 0)
        {
            token.Languages |= language;
        }

        into.Emit(entry, token.SourceStart, token.SourceEnd, field);
    }
}
