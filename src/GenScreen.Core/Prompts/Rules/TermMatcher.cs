using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Finds lexicon terms in tokenized text, longest phrase first, on whole-word boundaries (so
/// <c>Scunthorpe</c>, <c>analysis</c> and <c>cocktail</c> never match the words inside them). A word that
/// matches nothing is retried in its disguised forms: joined to the next part (<c>school_girl</c>),
/// homoglyphs folded, leetspeak undone, stretched letters squeezed. Work is linear in the token count.
/// </summary>
internal static class TermMatcher
{
    /// <summary>Longest token tried in a disguised form; lexicon terms are far shorter.</summary>
    private const int MaxVariantLength = 48;

    public static void Match(TokenizedText text, TermIndex index, SignalSummary into, PromptField field)
    {
        Span<char> joinBuffer = stackalloc char[MaxVariantLength];
        Span<char> variants = stackalloc char[MaxVariantLength * 3];
        SplitWords.Merge(text, index);
        Canonicalize(text, index, variants);
        var n = text.SequenceCount;
        for (var i = 0; i < n; i++)
        {
            ref var token = ref text[i];
            if (token.Has(TokenFlags.Cjk))
            {
                MatchCjk(text, in token, index, into, field);
                continue;
            }

            var consumed = MatchAt(text, i, index, into, field, joinBuffer, variants);
            i += consumed - 1;
        }

        for (var i = n; i < text.Count; i++)
        {
            ref var token = ref text[i];
            if (TryWord(text.TextOf(in token), in token, index, variants, out var entry))
            {
                Emit(into, entry, token.SourceStart, token.SourceEnd, field);
                token.Tags |= WordTags.Matched;
            }
        }
    }

    /// <summary>
    /// Rewrites disguised words whose plain form is a lexicon word (<c>T4yl0r Sw1ft</c>, Cyrillic
    /// <c>Tаylor</c>), so multi-word terms such as names match too. Only words the lexicon knows are
    /// rewritten: <c>1girl</c> or <c>4k</c> stay as they are.
    /// </summary>
    private static void Canonicalize(TokenizedText text, TermIndex index, Span<char> scratch)
    {
        var homoglyphs = scratch[..MaxVariantLength];
        var leet = scratch.Slice(MaxVariantLength, MaxVariantLength);
        for (var i = 0; i < text.SequenceCount; i++)
        {
            ref var token = ref text[i];
            var leetCandidate = TokenVariants.MayBeLeet(token);
            if (token.Length > MaxVariantLength || token.Has(TokenFlags.Cjk) || !(leetCandidate || token.Has(TokenFlags.NonLatin)))
            {
                continue;
            }

            var candidate = text.TextOf(in token);
            if (token.Has(TokenFlags.NonLatin))
            {
                if (!TokenVariants.TryFoldHomoglyphs(candidate, homoglyphs))
                {
                    continue;
                }

                candidate = homoglyphs[..token.Length];
                if (!leetCandidate && index.IsKnownWord(candidate))
                {
                    text.Rewrite(ref token, candidate);
                    continue;
                }
            }

            foreach (var oneAsL in (ReadOnlySpan<bool>)[false, true])
            {
                if (TokenVariants.TryUnleet(candidate, leet, oneAsL) && index.IsKnownWord(leet[..token.Length]))
                {
                    text.Rewrite(ref token, leet[..token.Length]);
                    break;
                }
            }

            if (token.Has(TokenFlags.NonLatin) && index.IsKnownWord(candidate))
            {
                text.Rewrite(ref token, candidate);
            }
        }
    }

    /// <summary>Matches at token <paramref name="i"/>; returns how many tokens the match consumed (at least 1).</summary>
    private static int MatchAt(TokenizedText text, int i, TermIndex index, SignalSummary into, PromptField field, Span<char> joinBuffer, Span<char> variants)
    {
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        if (index.TryGet(word, out var info))
        {
            token.NumberWord = info.Number;
            token.Tags = info.Tags;
            token.Language = info.Language;
            for (var count = Math.Min(info.MaxPhraseTokens, text.SequenceCount - i); count >= 2; count--)
            {
                if (index.TryGet(text.TextOf(i, count), out var phrase) && phrase.Entry is not null)
                {
                    if (!IsArtistCredit(text, i, phrase.Entry))
                    {
                        Emit(into, phrase.Entry, token.SourceStart, text[i + count - 1].SourceEnd, field);
                    }

                    MarkMatched(text, i, count);
                    return count;
                }
            }

            if (info.Entry is not null)
            {
                if (!IsArtistCredit(text, i, info.Entry))
                {
                    Emit(into, info.Entry, token.SourceStart, token.SourceEnd, field);
                }

                MarkMatched(text, i, 1);
                return 1;
            }
        }

        // school_girl, s-e-x-y style joins: try the two parts as one word.
        if (i + 1 < text.SequenceCount && text[i + 1].Has(TokenFlags.Joined) && !text[i + 1].Has(TokenFlags.Cjk))
        {
            var next = text.TextOf(in text[i + 1]);
            if (word.Length + next.Length <= MaxVariantLength)
            {
                word.CopyTo(joinBuffer);
                next.CopyTo(joinBuffer[word.Length..]);
                var joined = joinBuffer[..(word.Length + next.Length)];
                var flags = token.Flags | text[i + 1].Flags;
                var probe = new Token { Flags = flags, Length = joined.Length };
                if (TryWord(joined, in probe, index, variants, out var joinedEntry))
                {
                    Emit(into, joinedEntry, token.SourceStart, text[i + 1].SourceEnd, field);
                    MarkMatched(text, i, 2);
                    return 2;
                }
            }
        }

        if (info.Entry is null && TryVariants(word, in token, index, variants, out var variant))
        {
            Emit(into, variant, token.SourceStart, token.SourceEnd, field);
            MarkMatched(text, i, 1);
        }

        return 1;
    }

    /// <summary>
    /// "by Alphonse Mucha", "by greg rutkowski and alphonse mucha", "in the style of Gustav Klimt": a name credited
    /// as the artist whose style a prompt borrows is not the person depicted, so it raises no real-person signal
    /// (its words are still consumed). Looking back at most four words, with only spaces between them, for "by" or
    /// "style of"; a determiner or pronoun ("by the pool", "by her side") ends the credit.
    /// </summary>
    internal static bool IsArtistCredit(TokenizedText text, int i, LexiconEntry entry)
    {
        if (entry.Signal != Signal.RealPerson)
        {
            return false;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
        {
            if (!OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart))
            {
                return false;
            }

            switch (text.TextOf(in text[j]))
            {
                case "by":
                    return true;
                case "of":
                    return j > 0 && text.TextOf(in text[j - 1]) is "style";
                case "the" or "a" or "an" or "her" or "his" or "their" or "my" or "our" or "with":
                    return false;
            }
        }

        return false;
    }

    private static bool OnlySpaceBetween(string source, int end, int start)
    {
        for (var k = end; k < start; k++)
        {
            if (!char.IsWhiteSpace(source[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tokens a term consumed are not looked at again by the people detectors (a name is not also a given name).</summary>
    private static void MarkMatched(TokenizedText text, int first, int count)
    {
        for (var k = first; k < first + count; k++)
        {
            text[k].Tags |= WordTags.Matched;
        }
    }

    /// <summary>A single word: exact, then disguised forms.</summary>
    private static bool TryWord(ReadOnlySpan<char> word, in Token token, TermIndex index, Span<char> variants, out LexiconEntry entry)
    {
        if (index.TryGet(word, out var info) && info.Entry is not null)
        {
            entry = info.Entry;
            return true;
        }

        return TryVariants(word, in token, index, variants, out entry);
    }

    /// <param name="variants">Scratch of 3 x <see cref="MaxVariantLength"/>: homoglyph, leet and squeeze forms.</param>
    private static bool TryVariants(ReadOnlySpan<char> word, in Token token, TermIndex index, Span<char> variants, out LexiconEntry entry)
    {
        entry = null!;
        if (word.Length > MaxVariantLength)
        {
            return false;
        }

        var homoglyphs = variants[..MaxVariantLength];
        var leet = variants.Slice(MaxVariantLength, MaxVariantLength);
        var squeeze = variants.Slice(MaxVariantLength * 2, MaxVariantLength);
        var candidate = word;
        if (token.Has(TokenFlags.NonLatin))
        {
            if (!TokenVariants.TryFoldHomoglyphs(word, homoglyphs))
            {
                return false;
            }

            candidate = homoglyphs[..word.Length];
            if (Lookup(candidate, index, squeeze, out entry))
            {
                return true;
            }
        }

        if (TokenVariants.MayBeLeet(token))
        {
            foreach (var oneAsL in (ReadOnlySpan<bool>)[false, true])
            {
                if (TokenVariants.TryUnleet(candidate, leet, oneAsL) && Lookup(leet[..candidate.Length], index, squeeze, out entry))
                {
                    return true;
                }
            }

            return false;
        }

        return token.Has(TokenFlags.Repeats) && LookupSqueezed(candidate, index, squeeze, out entry);
    }

    private static bool Lookup(ReadOnlySpan<char> candidate, TermIndex index, Span<char> squeezeBuffer, out LexiconEntry entry)
    {
        if (index.TryGet(candidate, out var info) && info.Entry is not null)
        {
            entry = info.Entry;
            return true;
        }

        return LookupSqueezed(candidate, index, squeezeBuffer, out entry);
    }

    /// <summary>
    /// Stretched words: <c>nuuuude</c> matches <c>nude</c>. A doubled letter alone is common in real words
    /// (<c>Kidd</c>), so a run of two only counts for terms of four letters or more.
    /// </summary>
    private static bool LookupSqueezed(ReadOnlySpan<char> candidate, TermIndex index, Span<char> buffer, out LexiconEntry entry)
    {
        var length = TokenVariants.Squeeze(candidate, buffer, out var longestRun);
        entry = null!;
        if (longestRun < 2 || (longestRun == 2 && length < 4))
        {
            return false;
        }

        return index.TryGetSqueezed(buffer[..length], out entry);
    }

    private static void MatchCjk(TokenizedText text, in Token token, TermIndex index, SignalSummary into, PromptField field)
    {
        if (!index.HasCjk)
        {
            return;
        }

        var run = text.TextOf(in token);
        for (var p = 0; p < run.Length; p++)
        {
            var candidates = index.CjkStartingWith(run[p]);
            if (candidates is null)
            {
                continue;
            }

            foreach (var term in candidates)
            {
                if (run[p..].StartsWith(term.Text, StringComparison.Ordinal))
                {
                    var at = token.Start + p;
                    var start = text.SourceIndexAt(at);
                    var end = at + term.Text.Length < token.End ? text.SourceIndexAt(at + term.Text.Length) : token.SourceEnd;
                    Emit(into, term.Entry, start, end, field);
                    p += term.Text.Length - 1;
                    break;
                }
            }
        }
    }

    private static void Emit(SignalSummary into, LexiconEntry entry, int sourceStart, int sourceEnd, PromptField field)
    {
        switch (entry.Signal)
        {
            case Signal.Benign:
                break;
            case Signal.SexualMinor:
                into.Add(Signal.Minor, entry.Term, 4, sourceStart, sourceEnd, field);
                into.Add(Signal.Sexual, entry.Term, 6, sourceStart, sourceEnd, field);
                break;
            case Signal.SexualViolence:
                into.Add(Signal.Sexual, entry.Term, 6, sourceStart, sourceEnd, field);
                into.Add(Signal.Violence, entry.Term, 6, sourceStart, sourceEnd, field);
                break;
            case Signal.Undress:
                // Undressing is nudity in every mode; with an uploaded image it is also a nudify request (PromptRules).
                into.Add(Signal.Undress, entry.Term, entry.Level, sourceStart, sourceEnd, field);
                into.Add(Signal.Sexual, entry.Term, Math.Max((int)entry.Level, 4), sourceStart, sourceEnd, field);
                break;
            default:
                into.Add(entry.Signal, entry.Term, entry.Level, sourceStart, sourceEnd, field);
                break;
        }
    }
}
