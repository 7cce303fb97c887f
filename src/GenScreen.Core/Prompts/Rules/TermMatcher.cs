using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Finds lexicon terms in tokenized text, longest phrase first, on whole-word boundaries (so
/// <c>Scunthorpe</c>, <c>analysis</c> and <c>cocktail</c> never match the words inside them). A word that
/// matches nothing is retried in its disguised forms: joined to the next part (<c>school_girl</c>),
/// homoglyphs folded, leetspeak undone, stretched letters squeezed, a youth or nudity word joined to the next
/// without a space (<c>younggirl</c>), a clitic prefix stripped (Arabic <c>ال</c>, Hebrew <c>ה</c>). A
/// nudity term that the prompt negates (<c>not nude</c>) or that describes a thing (<c>naked sword</c>) is no
/// nudity. Runs of unspaced scripts and of emoji are searched for substrings. A language-only term (a false
/// friend) is held until the whole text is read and counts only when another word is evidence of its
/// language (<see cref="LanguageEvidence"/>). Words split by punctuation are merged back first
/// (<see cref="SplitWords"/>), a name credited as an artist raises nothing, and every word a term consumed is
/// tagged <see cref="WordTags.Matched"/> for the people detectors. Work is linear in the token count (<see cref="WorkCounter"/>).
/// </summary>
internal static class TermMatcher
{
    /// <summary>Longest token tried in a disguised form; lexicon terms are far shorter.</summary>
    private const int MaxVariantLength = 48;

    /// <summary>Shortest remainder after stripping a prefix: a one-letter "word" is never a term.</summary>
    private const int MinLengthAfterPrefix = 2;

    public static void Match(TokenizedText text, TermIndex index, SignalSummary into, PromptField field)
    {
        Span<char> joinBuffer = stackalloc char[MaxVariantLength];
        Span<char> variants = stackalloc char[MaxVariantLength * 3];
        var pending = LanguageEvidence.Start(into, index.Inflections);
        SplitWords.Merge(text, index);
        Canonicalize(text, index, variants);
        var n = text.SequenceCount;
        for (var i = 0; i < n; i++)
        {
            ref var token = ref text[i];
            if (token.Has(TokenFlags.Cjk))
            {
                MatchCjk(text, in token, index, pending, field, i + 1 < n ? i + 1 : -1);
                continue;
            }

            var consumed = MatchAt(text, i, index, pending, field, joinBuffer, variants);
            i += consumed - 1;
        }

        for (var i = n; i < text.Count; i++)
        {
            ref var token = ref text[i];
            if (token.Has(TokenFlags.Cjk))
            {
                MatchCjk(text, in token, index, pending, field);
                continue;
            }

            if (TryWord(text.TextOf(in token), in token, index, variants, out var entry))
            {
                pending.Emit(entry, token.SourceStart, token.SourceEnd, field);
                token.Tags |= WordTags.Matched;
            }
            else if (SpelledWords.Match(text.TextOf(in token), in token, index, pending, field))
            {
                token.Tags |= WordTags.Matched;
            }
        }

        MatchEmoji(text, index, pending, field);
        pending.Resolve(text);
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
            var leetCandidate = TokenVariants.MayBeLeet(token) && !index.IsNumberWithSuffix(text.TextOf(in token))
                && !IsLetterDigitCode(text.TextOf(in token))
                && !AgeNumbers.IsLookalikeAge(text, i, index, out _, out _);
            if (token.Length > MaxVariantLength || token.Has(TokenFlags.Cjk) || !(leetCandidate || token.Has(TokenFlags.NonLatin)))
            {
                continue;
            }

            var candidate = text.TextOf(in token);
            if (token.Has(TokenFlags.NonLatin))
            {
                // A word of its own script stays itself: Russian "не" (not) is no disguised English "he".
                if (!leetCandidate && index.IsKnownWord(candidate))
                {
                    continue;
                }

                if (!TokenVariants.TryFoldHomoglyphs(candidate, homoglyphs))
                {
                    continue;
                }

                candidate = homoglyphs[..token.Length];
                if (!leetCandidate && index.IsKnownWord(candidate))
                {
                    // Ukrainian "рік" (year) is no disguised Dutch "pik" (session 23): a word all of Cyrillic or Greek letters in
                    // a prompt that writes other words of those scripts is not rewritten into a sexual term (names still are).
                    if (IsAllGreekOrCyrillic(text.TextOf(in token)) && index.TryGet(candidate, out var folded)
                        && folded.Entry?.Signal is Signal.Sexual or Signal.Undress && WritesGreekOrCyrillicWords(text, leet))
                    {
                        continue;
                    }

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

    /// <summary>
    /// Letters of the Russian, Ukrainian and Greek alphabets only: the rarer Cyrillic letters that serve as disguises (ѕ, ј, ԁ)
    /// keep a word foldable.
    /// </summary>
    private static bool IsAllGreekOrCyrillic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is not ((>= '\u0410' and <= '\u044F') or '\u0401' or '\u0451' or '\u0404' or '\u0454' or '\u0406' or '\u0456'
                or '\u0407' or '\u0457' or '\u0490' or '\u0491' or (>= '\u0386' and <= '\u03CE')))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    [ThreadStatic]
    private static TokenizedText? t_scriptText;

    [ThreadStatic]
    private static string? t_scriptSource;

    [ThreadStatic]
    private static bool t_writesScript;

    /// <summary>
    /// Does the prompt hold a Greek or Cyrillic word with a letter no Latin letter looks like (портрет, вишиває)? Computed once
    /// per prompt (the text and its source are the cache key), so a long Cyrillic prompt stays linear.
    /// </summary>
    private static bool WritesGreekOrCyrillicWords(TokenizedText text, Span<char> scratch)
    {
        if (!ReferenceEquals(t_scriptText, text) || !ReferenceEquals(t_scriptSource, text.Source))
        {
            (t_scriptText, t_scriptSource, t_writesScript) = (text, text.Source, ComputeWritesGreekOrCyrillicWords(text, scratch));
        }

        return t_writesScript;
    }

    private static bool ComputeWritesGreekOrCyrillicWords(TokenizedText text, Span<char> scratch)
    {
        for (var i = 0; i < text.SequenceCount; i++)
        {
            ref var token = ref text[i];
            WorkCounter.Add(1);
            if (token.Has(TokenFlags.NonLatin) && !token.Has(TokenFlags.Cjk) && token.Length <= MaxVariantLength
                && IsAllGreekOrCyrillic(text.TextOf(in token)) && !TokenVariants.TryFoldHomoglyphs(text.TextOf(in token), scratch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One letter and one digit (Y4, P5, S3, G7) is a code (a school year, a grid cell, a model), never a leet word:
    /// unleeted, "Y4 boy" became the slang "ya boy" (the speaker) and lost its boy.
    /// </summary>
    private static bool IsLetterDigitCode(ReadOnlySpan<char> word) => word.Length == 2 && char.IsAsciiLetter(word[0]) && char.IsAsciiDigit(word[1]);

    /// <summary>Matches at token <paramref name="i"/>; returns how many tokens the match consumed (at least 1).</summary>
    private static int MatchAt(TokenizedText text, int i, TermIndex index, LanguageEvidence into, PromptField field, Span<char> joinBuffer, Span<char> variants)
    {
        ref var token = ref text[i];
        var word = text.TextOf(in token);

        // A plain word (letters only, no clitic prefix) met before: its index entry and whether any disguised form of it is
        // a term are read from the memo in one probe; both depend on the word alone, so the answers are the same.
        var plain = PlainWordMemo.IsPlain(in token) && !index.MayHavePrefix(word);
        var repeats = token.Has(TokenFlags.Repeats);
        var known = plain ? index.PlainWords.Find(word, repeats, token.Hash) : null;
        bool found;
        TermInfo info;
        if (known is not null)
        {
            (found, info) = (known.Found, known.Info);
            (token.Shape, token.Known) = (known.Shape, known); // which rare per-word age and people rules the word can set off (WordShape)
        }
        else
        {
            found = index.TryGet(word, out info);
        }

        if (found)
        {
            token.NumberWord = info.Number;
            token.OrdinalWord = info.Ordinal;
            token.Roles = info.Roles;
            token.Languages = info.Languages;
            token.Tags = info.Tags;
            token.Language = info.Language;
            var consumed = MatchPhraseOrWord(text, i, prefixLength: 0, in info, index, into, field);
            if (consumed > 0)
            {
                if (plain && known is null)
                {
                    token.Known = index.PlainWords.Remember(word, token.Hash, repeats, found, in info, inert: false);
                    token.Shape = token.Known.Shape;
                }

                return consumed;
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
                    into.Emit(joinedEntry, token.SourceStart, text[i + 1].SourceEnd, field);
                    MarkMatched(text, i, 2);
                    return 2;
                }
            }
        }

        if (info.Entry is null)
        {
            if (known is { Inert: true })
            {
                return 1;
            }

            // Ukrainian "рік" (year) is no disguised Dutch "pik": a word all of Greek or Cyrillic letters in a prompt that writes
            // other words of those scripts is a word of its script (session 23). A disguise mixes scripts (Tаylor) or stands
            // alone among Latin words.
            if (!(token.Has(TokenFlags.NonLatin) && IsAllGreekOrCyrillic(word) && WritesGreekOrCyrillicWords(text, variants))
                && TryVariants(word, in token, index, variants, out var variant))
            {
                into.Emit(variant, token.SourceStart, token.SourceEnd, field);
                MarkMatched(text, i, 1);
                return 1;
            }

            if (MatchJoinedWords(word, in token, index, into, field, joinBuffer))
            {
                MarkMatched(text, i, 1);
                return 1;
            }

            if (JoinedNames.TryMatch(word, in token, index, joinBuffer, out var joinedName))
            {
                into.Emit(joinedName, token.SourceStart, token.SourceEnd, field);
                MarkMatched(text, i, 1);
                return 1;
            }

            // sobrinita, niñita, Schwesterchen: a diminutive of a youth or relation word is that word.
            if (!token.Has(TokenFlags.Digit) && Diminutives.TryBase(word, index, joinBuffer, out var diminutive))
            {
                into.Emit(diminutive, token.SourceStart, token.SourceEnd, field);
                MarkMatched(text, i, 1);
                return 1;
            }

            if (index.MayHavePrefix(word))
            {
                var afterPrefix = MatchAfterPrefix(text, i, index, into, field);
                if (afterPrefix > 0)
                {
                    return afterPrefix;
                }
            }

            // dzieckiem, çocuklarına, والأطفال, Nacktbild: a stem with its endings or clitics, or a compound (inflection data).
            if (InflectedWords.TryMatch(text, i, index, into, field, joinBuffer, out var byContext))
            {
                MarkMatched(text, i, 1);
                return 1;
            }

            // Nothing of the chain above read more than the word and its flags: the next occurrence of this word skips it. A
            // compound refused by the prompt's other letters is not remembered (its answer depends on the prompt).
            if (plain && known is not { Inert: true } && !byContext)
            {
                token.Known = index.PlainWords.Remember(word, token.Hash, repeats, found, in info, inert: true);
                token.Shape = token.Known.Shape;
            }
        }

        return 1;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="i"/> (from <paramref name="prefixLength"/> characters
    /// into it), else the word itself, unless negated (<see cref="IsNegatedNudity"/>); returns the tokens
    /// consumed, 0 when neither is a term.
    /// </summary>
    private static int MatchPhraseOrWord(TokenizedText text, int i, int prefixLength, in TermInfo info, TermIndex index, LanguageEvidence into, PromptField field)
    {
        ref var token = ref text[i];

        // Most words that start some phrase start none with the word after them: one bit says so for all window lengths.
        var longest = Math.Min(info.MaxPhraseTokens, text.SequenceCount - i);
        if (longest >= 2 && !index.MayStartPhrase(text.TextOf(in token)[prefixLength..], text.TextOf(in text[i + 1])))
        {
            longest = 1;
        }

        for (var count = longest; count >= 2; count--)
        {
            if (index.TryGet(text.TextOf(i, count)[prefixLength..], out var phrase) && phrase.Entry is not null
                && !(IsOneTagPhrase(phrase.Entry.Signal) && TagPlaces.ListBreakWithin(text.Source, token.SourceEnd, text[i + count - 1].SourceStart)))
            {
                // Session 40 (i16-people48): a phrase the prompt wrote with other marks is another phrase (Ánh khỏa thân, a name
                // before "naked", folds to ảnh khỏa thân, "nude photo"): it consumes no words, so the shorter phrases and the
                // words inside it are still read (khỏa thân). It used to swallow them unread.
                if (field == PromptField.Prompt && AccentFolds.Read(text.Source, token.SourceStart, text[i + count - 1].SourceEnd, phrase.Entry) == AccentFolds.Reading.OtherWord)
                {
                    continue;
                }

                token.Languages = EvidenceOf(phrase);
                if (token.Languages == 0 && phrase.Entry is { OnlyInLanguages: 0, Signal: Signal.Minor })
                {
                    ClaimWordsOfNeutralPhrase(text, i, count, prefixLength, index);
                }

                if (!IsSetAside(text, i, count, index, phrase.Entry, field))
                {
                    // A place of a child's day with a verb of attending is the subject's (AttendedPlaces).
                    EmitAsWritten(text, ref token, AttendedPlaces.Read(text, i, count, index, phrase.Entry, field), EvidenceOf(phrase), token.SourceStart, text[i + count - 1].SourceEnd, into, field, index);
                }

                MarkMatched(text, i, count);
                return count;
            }
        }

        var throughConnective = MatchCharacterFromWork(text, i, prefixLength, in info, index, into, field);
        if (throughConnective > 0)
        {
            return throughConnective;
        }

        if (info.Entry is not null)
        {
            token.Languages = EvidenceOf(info);
            var entry = FoldLoserWritten(text, in token, index, info.Entry, field) ?? info.Entry;
            if (!IsSetAside(text, i, 1, index, entry, field))
            {
                EmitAsWritten(text, ref token, AttendedPlaces.Read(text, i, 1, index, entry, field), EvidenceOf(info), token.SourceStart, token.SourceEnd, into, field, index);
            }

            MarkMatched(text, i, 1);
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// "by Alphonse Mucha", "by greg rutkowski and alphonse mucha", "in the style of Gustav Klimt": a name credited
    /// as the artist whose style a prompt borrows is not the person depicted, so it raises no real-person signal
    /// (its words are still consumed). Looking back at most four words, with only spaces between them, for "by" or
    /// "style of"; a determiner or pronoun ("by the pool", "by her side") ends the credit. A name followed by
    /// "style" ("Paul Klee style painting") is a credit too.
    /// </summary>
    /// <param name="count">Tokens the name spans from <paramref name="i"/>.</param>
    internal static bool IsArtistCredit(TokenizedText text, int i, int count, LexiconEntry entry)
    {
        if (entry.Signal != Signal.RealPerson)
        {
            return false;
        }

        var after = i + count;
        if (after < text.SequenceCount && text.TextOf(in text[after]) is "style"
            && OnlySpaceOrHyphenBetween(text.Source, text[after - 1].SourceEnd, text[after].SourceStart))
        {
            return true;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
        {
            WorkCounter.Add(1);
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

    private static bool OnlySpaceOrHyphenBetween(string source, int end, int start)
    {
        for (var k = end; k < start; k++)
        {
            WorkCounter.Add(1);
            if (!char.IsWhiteSpace(source[k]) && source[k] != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlySpaceBetween(string source, int end, int start)
    {
        for (var k = end; k < start; k++)
        {
            WorkCounter.Add(1);
            if (!char.IsWhiteSpace(source[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tokens a term consumed are not looked at again by the people detectors (a name is not also a given name).</summary>
    /// <summary>
    /// Session 43 (i16-para51): a phrase of a lexicon written for no one language (youth26's <c>moja córka</c>, <c>meu filho</c>)
    /// is evidence of none, and it consumed its words unread, so a prompt whose only words of its language were inside it
    /// showed no language: its nudity false friend (<c>moja córka, 6 lat, akwarela, naga</c>; <c>meu filho, 6 anos, nu</c>) waited
    /// for a real person and was dropped. Each word of such a phrase now claims what it claims alone (<c>córka</c>: Polish only),
    /// as it would written apart; a phrase of a language keeps that language's claim, a false friend's none. Only a youth phrase:
    /// the words of a neutral sexual phrase claiming their language took a Bengali name after <c>অন্তর্বাস পরা</c> out of the
    /// name readers (development batch 50).
    /// </summary>
    private static void ClaimWordsOfNeutralPhrase(TokenizedText text, int first, int count, int prefixLength, TermIndex index)
    {
        WorkCounter.Add(count);
        for (var k = first; k < first + count; k++)
        {
            ref var word = ref text[k];
            var letters = text.TextOf(in word);
            if (k == first)
            {
                letters = letters[prefixLength..];
            }

            if (index.TryGet(letters, out var alone))
            {
                word.Languages = EvidenceOf(alone);
            }
        }
    }

    private static void MarkMatched(TokenizedText text, int first, int count)
    {
        WorkCounter.Add(count);
        for (var k = first; k < first + count; k++)
        {
            text[k].Tags |= WordTags.Matched;
        }
    }

    /// <summary>A false friend is never evidence of its own language (<c>barn barn</c> proves nothing).</summary>
    /// <summary>
    /// A phrase of what the image shows (sexual, violent, hateful, an innocent idiom) is one tag: "cute doggy, style:
    /// watercolor" holds no "doggy style" and "çıplak, gerçek fotoğraf" no "çıplak gerçek" (its words are read alone).
    /// Names and ages may span tags, as prompts write them ("klee, genshin impact", "Yuqi (G)I-DLE").
    /// </summary>
    private static bool IsOneTagPhrase(Signal signal) =>
        signal is Signal.Sexual or Signal.Undress or Signal.Benign or Signal.Violence or Signal.SexualViolence or Signal.Hate or Signal.SelfHarm;

    /// <summary>
    /// Emits a term as the prompt wrote it (<see cref="AccentFolds"/>): a different accented word (buổi for buồi) is no
    /// match, and a term reached only by folding accents (Göre for gore) waits for evidence of its language; the token is
    /// then no evidence of that language itself.
    /// </summary>
    private static void EmitAsWritten(TokenizedText text, ref Token token, LexiconEntry entry, ulong claimed, int start, int end, LanguageEvidence into, PromptField field, TermIndex index)
    {
        if (field == PromptField.Prompt && entry is { Signal: Signal.Minor, OnlyInLanguages: 0 })
        {
            // Session 27 (i16-tot31): a youth word that is another language's common word once accents are folded (Dutch tot,
            // Vietnamese tốt, Swedish enkel and små, Portuguese chama) waits for that language's evidence (YouthFalseFriends). Not
            // every word written with another language's letters: "chîld, nude" is an evasion, not a French word.
            var friends = YouthFalseFriends.FriendLanguages(entry.Term, index.LanguageBits);
            if (friends != 0)
            {
                token.Languages = 0;
                into.EmitUnlessFriendLanguage(entry, claimed, friends, start, end, field);
                return;
            }
        }

        var reading = field == PromptField.Prompt ? AccentFolds.Read(text.Source, start, end, entry) : AccentFolds.Reading.Same;
        if (reading == AccentFolds.Reading.OtherWord
            || (reading is AccentFolds.Reading.NeedsLanguage or AccentFolds.Reading.YieldsToOtherLanguage && claimed != 0
                && entry.Signal is Signal.Violence or Signal.SexualViolence or Signal.Hate && into.OtherLettersShow(text.Source, start, end, claimed)))
        {
            // A violent or hateful term reached only by folding accents in a prompt that writes another language's own
            // letters (Polish "sięga … do góry" is no English gory; session 20) is that language's word. Not sexual terms:
            // their folded forms are mostly cognates (French pénétration), which the language evidence already reads.
            token.Languages = 0;
        }
        else if (reading == AccentFolds.Reading.NeedsLanguage && claimed != 0)
        {
            token.Languages = 0;
            if (entry.Signal is Signal.Violence or Signal.SexualViolence or Signal.Hate)
            {
                into.EmitUnlessMostlyOther(entry with { OnlyInLanguages = claimed }, start, end, field);
            }
            else
            {
                into.EmitFolded(entry with { OnlyInLanguages = claimed }, start, end, field);
            }
        }
        else if (reading == AccentFolds.Reading.Same && claimed != 0 && field == PromptField.Prompt
            && entry.Signal is Signal.Violence or Signal.SexualViolence or Signal.Hate && FoldedCollisions.IsFoldedWord(entry.Term))
        {
            // A plain term that is another language's accented word typed without accents (gory: Polish góry): that
            // language's letters elsewhere, or a prompt mostly in other languages, make it their word (session 20). Sexual
            // terms are left as they were: of their three collisions one is a cognate (penetration, French pénétration)
            // and one a Turkish word with its own dotless i (sikiyor, sıkıyor; tools/precision14/folded_collisions.py).
            if (into.OtherLettersShow(text.Source, start, end, claimed))
            {
                token.Languages = 0;
            }
            else
            {
                into.EmitUnlessOtherLanguage(entry with { OnlyInLanguages = claimed }, start, end, field);
            }
        }
        else if (reading == AccentFolds.Reading.YieldsToOtherLanguage && claimed != 0)
        {
            token.Languages = 0;
            into.EmitUnlessOtherLanguage(entry with { OnlyInLanguages = claimed }, start, end, field);
        }
        else if (reading is AccentFolds.Reading.NeedsLanguage or AccentFolds.Reading.YieldsToOtherLanguage && entry.OnlyInLanguages != 0)
        {
            into.EmitFolded(entry, start, end, field); // a language-only term (Vietnamese địt) reached by folding ("dit")
        }
        else
        {
            into.Emit(entry, start, end, field);
        }
    }

    private static ulong EvidenceOf(in TermInfo info) => info.Entry is { OnlyInLanguages: not 0 } ? 0 : info.Languages;

    /// <summary>
    /// Arabic, Hebrew and Persian attach clitics (the, and, in, to) to the next word: <c>والطفلة</c> is
    /// <c>و + ال + طفلة</c>. When the whole word matched nothing, the longest prefix whose remainder is a term wins.
    /// </summary>
    private static int MatchAfterPrefix(TokenizedText text, int i, TermIndex index, LanguageEvidence into, PromptField field)
    {
        var word = text.TextOf(in text[i]);
        foreach (var prefix in index.Prefixes)
        {
            WorkCounter.Add(prefix.Length);
            if (word.Length - prefix.Length >= MinLengthAfterPrefix
                && word.StartsWith(prefix, StringComparison.Ordinal)
                && index.TryGet(word[prefix.Length..], out var info))
            {
                var consumed = MatchPhraseOrWord(text, i, prefix.Length, in info, index, into, field);
                if (consumed > 0)
                {
                    return consumed;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// A capitalised word written exactly as a youth term whose folded key another language's sexual, violent or hateful
    /// term took: German <c>Göre</c> (a brat) folds onto English <c>gore</c>, which waits for English evidence, so
    /// <c>freche Berliner Göre mit Zöpfen, nackt</c> read no child (batch 29; session 25). Written with the youth term's own
    /// marks, and capitalised as German writes its nouns (Turkish <c>göre</c>, "according to", is a lower-case postposition),
    /// the word is that youth term.
    /// </summary>
    private static LexiconEntry? FoldLoserWritten(TokenizedText text, in Token token, TermIndex index, LexiconEntry winner, PromptField field)
    {
        var length = token.SourceEnd - token.SourceStart;
        if (field != PromptField.Prompt || winner.Signal is not (Signal.Sexual or Signal.Violence or Signal.Hate) || length is < 2 or > 32
            || !char.IsUpper(text.Source[token.SourceStart]))
        {
            return null;
        }

        Span<char> lower = stackalloc char[length];
        InvariantLower.Write(text.Source.AsSpan(token.SourceStart, length), lower);
        return index.TryFoldLoser(lower, out var loser) && AccentFolds.Read(text.Source, token.SourceStart, token.SourceEnd, winner) != AccentFolds.Reading.Same
            ? loser
            : null;
    }

    /// <summary>
    /// A matched term that its words around set aside, so it is not emitted: negated nudity, an artist credit, an innocent
    /// sense, an animal's young, a relation word with an adult age of its own, a child's place with its staff. One list for
    /// phrases and single words.
    /// </summary>
    private static bool IsSetAside(TokenizedText text, int i, int count, TermIndex index, LexiconEntry entry, PromptField field)
        => IsNegatedNudity(text, i, count, index, entry, field) || IsArtistCredit(text, i, count, entry)
            || SenseGuards.IsInnocent(text, i, count, entry, field) || AttendedPlaces.IsAnimalYoung(text, i, count, index, entry, field)
            || AdultRelatives.IsAdult(text, i, count, index, entry, field) || AttendedPlaces.IsStaffedPlaceHint(text, i, count, index, entry, field)
            // Session 37 (i16-precision45): a child's age phrase that opens on the unit of a compound (بیست و نه ساله, 29: the
            // listed نه ساله, nine years old) is the adult age's tail, as AgeDetector reads a bare number (AgeNumbers.IsCompoundTail).
            || (entry.Signal == Signal.Minor && AgeNumbers.IsCompoundTail(text, i))
            // Session 40 (i16-nudify48): clothes taken out of a wardrobe, a suitcase or a machine ("saca la ropa de la lavadora",
            // "haal de kleren uit de kast", "βγάλε τα ρούχα από την ντουλάπα") are no undressing (GarmentVanish.TakenOutOf).
            || (entry.Signal == Signal.Undress && field == PromptField.Prompt && GarmentVanish.TakenOutOf(text, i + count - 1));

    /// <summary>
    /// A nudity or explicit term that the prompt negates or that names a thing is not nudity:
    /// <c>not nude</c>, <c>no nudity</c>, <c>non-nude</c>; <c>(naked sword:1.2)</c>, <c>naked flame</c>, <c>naked cake</c>.
    /// Only in the prompt (the negative prompt is already a negation), and never for youth terms: "not a
    /// child" proves nothing.
    /// </summary>
    internal static bool IsNegatedNudity(TokenizedText text, int first, int count, TermIndex index, LexiconEntry entry, PromptField field)
    {
        if (field != PromptField.Prompt || entry.Signal != Signal.Sexual || entry.Level < 4)
        {
            return false;
        }

        if (first > 0 && HasRole(text, first - 1, index, WordRole.Negator) && WordGapOnly(text, first - 1, first) && !EndsCapitalisedPair(text, first - 1))
        {
            return true;
        }

        // "naked sword", "nude heels": an adjective of nudity (level 4, not an explicit act) describing a thing.
        var next = first + count;
        if (count == 1 && entry.Level == 4 && next < text.SequenceCount && HasRole(text, next, index, WordRole.NakedObject | WordRole.Colour) && WordGapOnly(text, first, next))
        {
            return true;
        }

        // "rossetto nude", "tacón nude", "couleur nude": the colour after the thing it colours, as Romance languages order it.
        return count == 1 && entry.Level == 4 && first > 0 && HasRole(text, first - 1, index, WordRole.Colour) && WordGapOnly(text, first - 1, first);
    }

    /// <summary>
    /// Does the word at <paramref name="i"/> have <paramref name="role"/>, itself or after a clitic prefix
    /// (Hebrew <c>ולא</c> is <c>ו + לא</c>, "and not")?
    /// </summary>
    private static bool HasRole(TokenizedText text, int i, TermIndex index, WordRole role)
    {
        ref var token = ref text[i];
        if (token.Has(TokenFlags.Cjk))
        {
            return false;
        }

        var word = text.TextOf(in token);
        if (index.TryGet(word, out var info) && (info.Roles & role) != 0)
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
            if (word.Length - prefix.Length >= MinLengthAfterPrefix
                && word.StartsWith(prefix, StringComparison.Ordinal)
                && index.TryGet(word[prefix.Length..], out var rest) && (rest.Roles & role) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Is the word at <paramref name="i"/> capitalised right after another capitalised word (a space between)? Then it is
    /// the second half of a name, not a negator: Vietnamese <c>H'Hen Niê</c> and Chinese <c>Nie</c> or <c>Ni Ni</c> fold to
    /// Polish and German <c>nie</c> and Spanish <c>ni</c>, and "Marek Nie nude" says nothing is not nude.
    /// </summary>
    private static bool EndsCapitalisedPair(TokenizedText text, int i)
    {
        var source = text.Source;
        return i > 0 && char.IsUpper(source[text[i].SourceStart]) && char.IsUpper(source[text[i - 1].SourceStart])
            && text[i - 1].SourceEnd < text[i].SourceStart && !source.AsSpan(text[i - 1].SourceEnd, text[i].SourceStart - text[i - 1].SourceEnd).ContainsAnyExcept(' ');
    }

    /// <summary>Only spaces or a hyphen between two tokens: the same phrase, not the next tag of the prompt.</summary>
    private static bool WordGapOnly(TokenizedText text, int a, int b)
    {
        var source = text.Source.AsSpan(text[a].SourceEnd, Math.Max(0, text[b].SourceStart - text[a].SourceEnd));
        return source.Length > 0 && !source.ContainsAnyExcept(' ', '-');
    }

    /// <summary>
    /// A youth or nudity word joined to the next word without a space: <c>younggirl</c> and <c>lilgirl</c> (the
    /// phrase <c>young girl</c>, <c>lil girl</c>), <c>teengirl</c> and <c>nudegirl</c> (a youth or nudity word and a
    /// person), <c>nudeteen</c>, <c>sexyteen</c> (two terms); never a false friend as a part. Words sharing no two letters with such a part are
    /// rejected with one array read, so ordinary words cost nothing. The parts are ASCII words, so a word of a
    /// script with clitic prefixes (Arabic, Hebrew) never gets here with a part to find. Returns whether it matched.
    /// </summary>
    private static bool MatchJoinedWords(ReadOnlySpan<char> word, in Token token, TermIndex index, LanguageEvidence into, PromptField field, Span<char> buffer)
    {
        const int MinPart = 3;
        if (word.Length < 2 * MinPart || word.Length >= MaxVariantLength || (token.Flags & ~(TokenFlags.Letter | TokenFlags.Joined | TokenFlags.Repeats)) != 0)
        {
            return false;
        }

        // The heads the word starts with, leaving at least MinPart letters, longest first (found by length: session 42).
        foreach (var head in index.JoinHeadsStarting(word, word.Length - MinPart))
        {
            WorkCounter.Add(head.Length);
            var rest = word[head.Length..];
            head.CopyTo(buffer);
            buffer[head.Length] = ' ';
            rest.CopyTo(buffer[(head.Length + 1)..]);
            // sextonåring is sexton + åring (sixteen years), not sex + tonåring: a count of years holds no two terms. Asked only
            // once a split has matched, so words that split into nothing pay nothing for it.
            if (index.TryGet(buffer[..(word.Length + 1)], out var phrase) && phrase.Entry is { Signal: not Signal.Benign } phraseEntry)
            {
                if (index.StartsWithAge(word))
                {
                    return false;
                }

                into.Emit(phraseEntry, token.SourceStart, token.SourceEnd, field);
                return true;
            }

            if (index.TryGet(rest, out var restInfo)
                && (restInfo.Entry is { Signal: not Signal.Benign, OnlyInLanguages: 0 } || (restInfo.Roles & WordRole.Person) != 0)
                && index.TryGet(head, out var headInfo) && headInfo.Entry is { } headEntry)
            {
                if (index.StartsWithAge(word))
                {
                    return false;
                }

                into.Emit(headEntry, token.SourceStart, token.SourceEnd, field);
                if (restInfo.Entry is { Signal: not Signal.Benign, OnlyInLanguages: 0 } restEntry)
                {
                    into.Emit(restEntry, token.SourceStart, token.SourceEnd, field);
                }

                return true;
            }
        }

        foreach (var tail in index.JoinTailsEnding(word, word.Length - MinPart))
        {
            WorkCounter.Add(tail.Length);
            if (index.TryGet(word[..^tail.Length], out var left) && left.Entry is { Signal: not Signal.Benign, OnlyInLanguages: 0 } leftEntry
                && index.TryGet(tail, out var tailInfo) && tailInfo.Entry is { } tailEntry)
            {
                into.Emit(leftEntry, token.SourceStart, token.SourceEnd, field);
                into.Emit(tailEntry, token.SourceStart, token.SourceEnd, field);
                return true;
            }
        }

        return false;
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
            if (index.IsNumberWithSuffix(candidate))
            {
                return false; // 4º, 5th, 12yo: a number, not a disguised word
            }

            foreach (var oneAsL in (ReadOnlySpan<bool>)[false, true])
            {
                if (TokenVariants.TryUnleet(candidate, leet, oneAsL) && Lookup(leet[..candidate.Length], index, squeeze, out entry))
                {
                    return true;
                }
            }

            return false;
        }

        if (token.Has(TokenFlags.Repeats) && LookupSqueezed(candidate, index, squeeze, out entry))
        {
            return true;
        }

        return TokenVariants.TrySwapLookalikeLetters(candidate, leet) && Lookup(leet[..candidate.Length], index, squeeze, out entry) && IsDisguisable(entry);
    }

    /// <summary>
    /// Letters swapped for look-alikes (<c>nvde</c>, <c>pvssy</c>) only ever disguise sexual and youth words; an
    /// ordinary word that happens to read as another after the swap is not taken for a name or a benign phrase.
    /// </summary>
    private static bool IsDisguisable(LexiconEntry entry) =>
        entry is { Signal: Signal.Sexual or Signal.Minor or Signal.SexualMinor, OnlyInLanguages: 0 };

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

        // A letter written twice is the spelling of many languages (Italian colli "hills", Dutch, Swedish, Finnish), not
        // only a stretched word: a term bound to its own language's prompts (Indonesian coli) is not reached from another
        // language's doubled consonant (session 24: "sui colli … picnic di Pasquetta", whose "di" is Indonesian too). A
        // longer run (coliii) and every term of all languages (sexxy) still squeeze.
        // Session 26 (i16-children30): nor is an adult marker reached from a doubled letter (Italian panni, "washing", is
        // no Czech paní, "Mrs": batch 30's child-nude-it-03 was only reviewed): an adult word only softens a child's, so it
        // is read as written or stretched further (womaaan), never from one doubling.
        // Session 27 (lead; found by i16-tot31): nor is a term reached from a word that is an ordinary word as written. English
        // "bubble" squeezed and folded was the German youth word Büble (every bubble-bath nude blocked as a minor), "moose" was
        // German Möse and "fodder" Portuguese foder (a moose in the forest, cannon fodder: blocked under strict). A stretched
        // disguise is not itself a word (niñña, sexxy); a longer run (mooose) still squeezes.
        return index.TryGetSqueezed(buffer[..length], out entry)
            && (longestRun > 2 || (entry.OnlyInLanguages == 0 && entry.Signal != Signal.Adult && !index.IsOrdinaryWord(candidate)));
    }

    /// <param name="next">The next token of the sequence (-1 for none): a name in an unspaced script may go on in it
    /// across one space or dot (<c>安倍 晋三</c>, <c>ดนัย มีชูเวท</c>, <c>伊隆·马斯克</c>), as names are often written.</param>
    private static void MatchCjk(TokenizedText text, in Token token, TermIndex index, LanguageEvidence into, PromptField field, int next = -1)
    {
        if (!index.HasCjk)
        {
            return;
        }

        var run = text.TextOf(in token);
        var nextFirst = next >= 0 && text[next].End > text[next].Start ? text.TextOf(in text[next])[0] : '\0';
        for (var p = 0; p < run.Length; p++)
        {
            // A term of two characters or more goes on with the next character of the run, or (across a gap, below)
            // with the first of the next run: only terms starting with those two can match here.
            var first = CharFolding.FoldKanaForMatch(run[p]);
            var second = CharFolding.FoldKanaForMatch(p + 1 < run.Length ? run[p + 1] : nextFirst);
            if (!TryCjkTerms(text, in token, run, index.CjkStartingWith(first, second), index, into, field, next, ref p))
            {
                TryCjkTerms(text, in token, run, index.CjkSingle(first), index, into, field, next, ref p);
            }
        }
    }

    /// <summary>The first of <paramref name="candidates"/> (longest first) that matches at <paramref name="p"/>, emitted; moves <paramref name="p"/> past it.</summary>
    private static bool TryCjkTerms(TokenizedText text, in Token token, ReadOnlySpan<char> run, CjkTerm[]? candidates, TermIndex index, LanguageEvidence into, PromptField field, int next, ref int p)
    {
        if (candidates is null)
        {
            return false;
        }

        foreach (var term in candidates)
        {
            WorkCounter.Add(term.Text.Length);
            if (StartsWithFoldingSmallKana(run[p..], term.Text) && StandsAlone(run, p, term.Text.Length) && KatakanaStemAsWritten(run[p..], term.Entry.Term))
            {
                if (SenseGuards.IsInnocentUnspaced(text, in token, run, p, term.Text.Length, next, term.Entry, field))
                {
                    p += term.Text.Length - 1; // ผนังปูนเปลือย, 裸露的水泥墙: a bare thing (SenseGuards)
                    return true;
                }

                var at = token.Start + p;
                var start = text.SourceIndexAt(at);
                var end = at + term.Text.Length < token.End ? text.SourceIndexAt(at + term.Text.Length) : token.SourceEnd;
                // 我孙子，30岁, 손자, 30세: a relation word with an adult age of its own names that adult (AdultRelatives).
                // It is still read as a word (an adult's), so no name is found by sound inside it (손자 is no Sun Jihai).
                if (next >= 0 && AdultRelatives.IsAdultAfterRun(text, next, run[(p + term.Text.Length)..], index, term.Entry, field))
                {
                    into.Emit(AdultRelatives.AsAdult(term.Entry), start, end, field);
                    p += term.Text.Length - 1;
                    return true;
                }

                // 幼稚園の先生, ครูอนุบาล, 유치원 선생님: a place of a child's day beside a staff word is the adult's workplace.
                into.Emit(AttendedPlaces.ReadCjk(text, run, p, term.Text.Length, next, index, term.Entry, field), start, end, field);
                p += term.Text.Length - 1;
                return true;
            }

            if (next >= 0 && term.Entry.Signal == Signal.RealPerson && TryNameAcrossGap(text, in token, p, next, term.Text, 2, 2, out var nameEnd))
            {
                into.Emit(term.Entry, text.SourceIndexAt(token.Start + p), nameEnd, field);
                p = run.Length;
                return true;
            }

            // Korean writes compounds with or without a space (초등 학생, 여 중생, 벗은 몸): a youth, sexual or undressing term
            // of three syllables or more may go on across one space. Two-syllable terms may not (좋아 이 is no 아이, child).
            if (next >= 0 && term.Text.Length >= 3 && CjkAges.IsHangul(term.Text[0])
                && term.Entry.Signal is Signal.Minor or Signal.Sexual or Signal.SexualMinor or Signal.Undress
                && TryNameAcrossGap(text, in token, p, next, term.Text, 1, 1, out var compoundEnd))
            {
                // 우리 아들, 34세: a relation word with an adult age of its own names that adult, as inside one run (AdultRelatives).
                var consumed = term.Text.Length - (run.Length - p);
                var tailRest = text.TextOf(in text[next])[consumed..];
                var adult = next + 1 < text.SequenceCount && AdultRelatives.IsAdultAfterRun(text, next + 1, tailRest, index, term.Entry, field);
                into.Emit(adult ? AdultRelatives.AsAdult(term.Entry) : term.Entry, text.SourceIndexAt(token.Start + p), compoundEnd, field);
                p = run.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Does the protected name <paramref name="name"/> (stored joined) start at <paramref name="p"/> of this run,
    /// run to its end and go on at the start of the next unspaced run, one character (a space or a dot) after it,
    /// with two characters or more on each side?
    /// </summary>
    /// <param name="minHead">Characters the term must have in this run (names: 2).</param>
    /// <param name="minTail">Characters the term must have in the next run (names: 2).</param>
    private static bool TryNameAcrossGap(TokenizedText text, in Token token, int p, int next, string name, int minHead, int minTail, out int sourceEnd)
    {
        sourceEnd = 0;
        var head = text.TextOf(in token)[p..];
        ref var following = ref text[next];
        // A name's head is two characters or more: a one-syllable word before a space (Korean 안, not) starts no name.
        if (head.Length < minHead || head.Length > name.Length - minTail || !following.Has(TokenFlags.Cjk) || following.SourceStart - token.SourceEnd > 1)
        {
            return false;
        }

        var tail = text.TextOf(in following);
        var rest = name.Length - head.Length;
        if (tail.Length < rest)
        {
            return false;
        }

        WorkCounter.Add(name.Length);
        for (var k = 0; k < name.Length; k++)
        {
            var c = k < head.Length ? head[k] : tail[k - head.Length];
            if (CharFolding.FoldKanaForMatch(c) != name[k])
            {
                return false;
            }
        }

        sourceEnd = rest < tail.Length ? text.SourceIndexAt(following.Start + rest) : following.SourceEnd;
        return true;
    }

    /// <summary>Words that tie a character to its work: <c>Eleven from Stranger Things</c>, <c>Chihiro de El viaje…</c>.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkConnectives =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["from", "of", "in", "von", "aus", "de", "du", "des", "del", "da", "di", "dal", "do"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A character is written as the canon list names it (<c>eleven stranger things</c>, the booru form) or
    /// with a connective before the work (<c>Eleven from Stranger Things</c>): the connective is skipped when
    /// the words around it make a minor term of the lexicon. Only minor terms: a connective is never skipped to
    /// make a sexual or other term. Returns the tokens consumed, 0 when nothing matched.
    /// </summary>
    private static int MatchCharacterFromWork(TokenizedText text, int i, int prefixLength, in TermInfo info, TermIndex index, LanguageEvidence into, PromptField field)
    {
        // The connectives are two to four letters: the length settles most next words before the set is hashed.
        if (info.MaxPhraseTokens < 2 || i + 2 >= text.SequenceCount || prefixLength != 0
            || text[i + 1].Length is < 2 or > 4 || !WorkConnectives.Contains(text.TextOf(in text[i + 1])))
        {
            return 0;
        }

        var first = text.TextOf(in text[i]);
        Span<char> key = stackalloc char[MaxVariantLength * 2];
        for (var count = Math.Min(info.MaxPhraseTokens - 1, text.SequenceCount - i - 2); count >= 1; count--)
        {
            var rest = text.TextOf(i + 2, count);
            if (first.Length + 1 + rest.Length > key.Length)
            {
                continue;
            }

            WorkCounter.Add(first.Length + rest.Length);
            first.CopyTo(key);
            key[first.Length] = ' ';
            rest.CopyTo(key[(first.Length + 1)..]);
            if (index.TryGet(key[..(first.Length + 1 + rest.Length)], out var phrase) && phrase.Entry is { Signal: Signal.Minor } entry)
            {
                text[i].Languages = EvidenceOf(phrase);
                into.Emit(entry, text[i].SourceStart, text[i + count + 1].SourceEnd, field);
                MarkMatched(text, i, count + 2);
                return count + 2;
            }
        }

        return 0;
    }

    /// <summary>
    /// <c>ヤる</c>, <c>ヤった</c>, <c>ヤりまくる</c>: a katakana verb stem of one or two letters with hiragana endings is the slang
    /// sense of an everyday verb, marked by its katakana (<c>やる</c> is "to give" or "to do": <c>花に水をやる</c>, watering the
    /// flowers; session 23). Such a term matches only where the prompt writes its stem in katakana; every other term folds
    /// kana as before (<c>えろ</c> is still <c>エロ</c>).
    /// </summary>
    private static bool KatakanaStemAsWritten(ReadOnlySpan<char> run, string term)
    {
        var stem = 0;
        while (stem < term.Length && term[stem] is >= '\u30A1' and <= '\u30FA')
        {
            stem++;
        }

        if (stem is 0 or > 2 || stem == term.Length || term.AsSpan(stem).ContainsAnyExceptInRange('\u3041', '\u3096'))
        {
            return true;
        }

        return !run[..stem].ContainsAnyInRange('\u3041', '\u3096');
    }

    /// <summary>Does <paramref name="run"/> start with <paramref name="term"/> (whose kana are already folded, <see cref="CharFolding.FoldKanaForMatch(char)"/>)?</summary>
    private static bool StartsWithFoldingSmallKana(ReadOnlySpan<char> run, string term)
    {
        if (run.Length < term.Length)
        {
            return false;
        }

        for (var k = 0; k < term.Length; k++)
        {
            if (CharFolding.FoldKanaForMatch(run[k]) != term[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A one-ideograph term (<c>裸</c>, naked) is a word of its own only where no other ideograph touches it:
    /// <c>JS 裸</c>, <c>女の子が裸</c>. Beside another ideograph it is part of a compound with its own meaning
    /// (<c>裸眼</c> naked eye, <c>裸足</c> barefoot, <c>赤裸々</c> frank). Longer terms match anywhere.
    /// </summary>
    private static bool StandsAlone(ReadOnlySpan<char> run, int at, int length)
    {
        if (length != 1 || !IsIdeograph(run[at]))
        {
            return true;
        }

        return (at == 0 || !IsIdeograph(run[at - 1])) && (at + 1 >= run.Length || !IsIdeograph(run[at + 1]));
    }

    private static bool IsIdeograph(char c) => Scripts.IsHan(c) || c == '\u3005';

    /// <summary>Emoji terms inside each run of adjacent emoji, longest first at each emoji, like unspaced scripts.</summary>
    private static void MatchEmoji(TokenizedText text, TermIndex index, LanguageEvidence into, PromptField field)
    {
        if (!index.HasEmoji)
        {
            return;
        }

        for (var r = 0; r < text.EmojiRunCount; r++)
        {
            var run = text.EmojiRun(r, out var offset);
            var p = 0;
            while (p < run.Length)
            {
                var pair = char.IsHighSurrogate(run[p]) && p + 1 < run.Length;
                var width = pair ? 2 : 1;
                var candidates = index.EmojiStartingWith(pair ? char.ConvertToUtf32(run[p], run[p + 1]) : run[p]);
                WorkCounter.Add(1);
                foreach (var term in candidates ?? [])
                {
                    WorkCounter.Add(term.Text.Length);
                    if (run[p..].StartsWith(term.Text, StringComparison.Ordinal))
                    {
                        var start = text.EmojiSourceAt(offset + p);
                        var after = p + term.Text.Length;
                        var end = after < run.Length ? text.EmojiSourceAt(offset + after) : text.EmojiRunSourceEnd(r);
                        into.Emit(term.Entry, start, end, field);
                        width = term.Text.Length;
                        break;
                    }
                }

                p += width;
            }
        }
    }

    /// <summary>Adds an entry's signals; a benign entry adds none (it only consumed its words).</summary>
    internal static void Emit(SignalSummary into, LexiconEntry entry, int sourceStart, int sourceEnd, PromptField field)
    {
        switch (entry.Signal)
        {
            case Signal.Benign:
                // A fictional adult's name is kept as evidence (no rule decides on it) so the name rules that read
                // other scripts by sound do not read the same characters as a real person (FictionalNames).
                if (field == PromptField.Prompt && FictionalNames.IsFictional(entry))
                {
                    into.Add(Signal.Benign, entry.Term, 0, sourceStart, sourceEnd, field);
                }

                break;
            case Signal.SexualMinor:
                into.Add(Signal.Minor, entry.Term, 4, sourceStart, sourceEnd, field);
                if (field == PromptField.Prompt && SchoolYearTags.IsTag(entry.Term) && SchoolYearTags.IsSchoolYear(into.Source, sourceStart, sourceEnd))
                {
                    break; // "un élève de CP": the first school year, a child and nothing sexual (SchoolYearTags)
                }

                into.Add(Signal.Sexual, entry.Term, 6, sourceStart, sourceEnd, field);
                break;
            case Signal.SexualViolence:
                into.Add(Signal.Sexual, entry.Term, 6, sourceStart, sourceEnd, field);
                into.Add(Signal.Violence, entry.Term, 6, sourceStart, sourceEnd, field);
                break;
            case Signal.Undress:
                // Undressing is nudity in every mode; with an uploaded image it is also a nudify request (PromptRules). A
                // weak undressing term (level below 4: 服を透けさせて, 옷을 시스루로, da trần, the absence and sheer phrases of
                // scripts without spaces, session 14) describes clothing in a new picture and decides only with an input
                // image, as UndressGrammar's weak forms do: no nudity of its own.
                into.Add(Signal.Undress, entry.Term, entry.Level, sourceStart, sourceEnd, field);
                if (entry.Level >= 4)
                {
                    into.Add(Signal.Sexual, entry.Term, entry.Level, sourceStart, sourceEnd, field);
                }

                break;
            default:
                into.Add(entry.Signal, entry.Term, entry.Level, sourceStart, sourceEnd, field);
                break;
        }
    }
}
