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
    public static bool TryMatch(TokenizedText text, int i, TermIndex index, LanguageEvidence into, PromptField field, Span<char> buffer)
    {
        var inflections = index.Inflections;
        ref var token = ref text[i];
        if (token.Has(TokenFlags.Digit) || token.Has(TokenFlags.Cjk) || token.Has(TokenFlags.LeetSymbol) || token.Length > Inflections.MaxWordLength)
        {
            return false;
        }

        var word = text.TextOf(in token);
        if (inflections.HasStems && TryStemOrPrefixed(word, index, buffer, out var entry, out var language))
        {
            Emit(ref token, entry, language, into, field);
            return true;
        }

        if (!inflections.HasCompounds || !inflections.TryCompound(word, out var head, out var tail))
        {
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
