using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Decides false friends (Swedish <c>barn</c> is a child, English <c>barn</c> is not; German <c>Kind</c> is a
/// child, English <c>kind</c> is not). A language-only term counts when another word of the same text is
/// evidence of its language: one of that language's stop words or one of its own terms, and claimed by no
/// language outside the term's own (so <c>na</c>, a stop word of Tagalog, Polish, Czech and Portuguese, proves
/// none of them, and <c>sexy</c>, a term of many lexicons, proves no language), or a letter only that language
/// writes (Polish <c>ł</c>, Swedish <c>å</c>, Turkish <c>ğ</c>: <c>naga na plaży</c>). Until the whole text is
/// read such terms are held here; every other entry goes straight to the signal summary.
/// </summary>
internal sealed class LanguageEvidence
{
    [ThreadStatic]
    private static LanguageEvidence? t_current;

    [ThreadStatic]
    private static LanguageMemo? t_resolveMemoOrNull;

    private static LanguageMemo t_resolveMemo => t_resolveMemoOrNull ??= new LanguageMemo();

    private SignalSummary _into = null!;
    private Inflections _inflections = Inflections.Empty;
    private Pending[] _pending = new Pending[4];
    private int _count;
    private (ulong Mask, bool Proven)[] _decided = new (ulong, bool)[4];

    // Other-letter bounds of the prompt being read, per language mask asked (a few masks per prompt): every word of a
    // long prompt may ask, so each mask's pass over the prompt is paid once (LinearTimeTests, "one-word compounds").
    private readonly (string? Source, ulong Mask, (int First, int Last) Bounds)[] _letterBounds = new (string?, ulong, (int, int))[4];
    private int _nextLetterBounds;

    /// <summary>The calling thread's instance, emptied, emitting into <paramref name="into"/>.</summary>
    /// <param name="inflections">Letters only some languages write (evidence too, read from the prompt as written).</param>
    public static LanguageEvidence Start(SignalSummary into, Inflections inflections)
    {
        var evidence = t_current ??= new LanguageEvidence();
        evidence._into = into;
        evidence._inflections = inflections;
        evidence._count = 0;
        Array.Clear(evidence._letterBounds);
        evidence._nextLetterBounds = 0;
        return evidence;
    }

    public void Emit(LexiconEntry entry, int sourceStart, int sourceEnd, PromptField field)
    {
        if (entry.OnlyInLanguages == 0)
        {
            TermMatcher.Emit(_into, entry, sourceStart, sourceEnd, field);
            return;
        }

        if (_count == _pending.Length)
        {
            Array.Resize(ref _pending, _count * 2);
        }

        _pending[_count++] = new Pending(entry, sourceStart, sourceEnd, field);
    }

    /// <summary>
    /// Holds a language-only term that also counts when the prompt shows no language outside the term's own (a bare word
    /// for an accented term, <see cref="AccentFolds.Reading.YieldsToOtherLanguage"/>): only a prompt of another language drops it.
    /// </summary>
    public void EmitUnlessOtherLanguage(LexiconEntry entry, int sourceStart, int sourceEnd, PromptField field)
    {
        Emit(entry, sourceStart, sourceEnd, field);
        _pending[_count - 1] = _pending[_count - 1] with { UnlessOtherLanguage = true, Folded = true };
    }

    /// <summary>Holds a language-only term reached only by folding accents (<see cref="AccentFolds.Reading.NeedsLanguage"/>).</summary>
    public void EmitFolded(LexiconEntry entry, int sourceStart, int sourceEnd, PromptField field)
    {
        Emit(entry, sourceStart, sourceEnd, field);
        _pending[_count - 1] = _pending[_count - 1] with { Folded = true };
    }

    /// <summary>
    /// Session 27 (i16-tot31): holds a youth word that is a common word of <paramref name="friends"/> (<see cref="YouthFalseFriends"/>):
    /// it counts unless the prompt shows one of those languages and is not mostly in <paramref name="own"/>, the term's own.
    /// </summary>
    public void EmitUnlessFriendLanguage(LexiconEntry entry, ulong own, ulong friends, int sourceStart, int sourceEnd, PromptField field)
    {
        if (_count == _pending.Length)
        {
            Array.Resize(ref _pending, _count * 2);
        }

        _pending[_count++] = new Pending(entry, sourceStart, sourceEnd, field) { Own = own, Friends = friends };
    }

    /// <summary>Does the prompt outside the match write letters that only languages outside <paramref name="languages"/> write?</summary>
    public bool OtherLettersShow(string source, int start, int end, ulong languages)
    {
        foreach (var (cachedSource, mask, bounds) in _letterBounds)
        {
            if (ReferenceEquals(cachedSource, source) && mask == languages)
            {
                return Inflections.OtherLettersOutside(bounds, start, end);
            }
        }

        var computed = _inflections.OtherLetterBounds(source, languages);
        _letterBounds[_nextLetterBounds] = (source, languages, computed);
        _nextLetterBounds = (_nextLetterBounds + 1) % _letterBounds.Length;
        return Inflections.OtherLettersOutside(computed, start, end);
    }

    /// <summary>
    /// Holds a language-only term that counts only where its language shows and the prompt is not mostly in other languages
    /// (a violent word reached by folding accents: German "Die Göre aus dem Hinterhof" shows no English gore; session 20).
    /// </summary>
    public void EmitUnlessMostlyOther(LexiconEntry entry, int sourceStart, int sourceEnd, PromptField field)
    {
        Emit(entry, sourceStart, sourceEnd, field);
        _pending[_count - 1] = _pending[_count - 1] with { UnlessMostlyOther = true, Folded = true };
    }

    /// <summary>Emits a language-only term whose language the caller has already seen shown (a spelled-out run's own words).</summary>
    public void EmitShown(LexiconEntry entry, int sourceStart, int sourceEnd, PromptField field) =>
        TermMatcher.Emit(_into, entry, sourceStart, sourceEnd, field);

    /// <summary>Emits each held term whose language the text shows; drops the others, keeping a nudity false friend aside for the people rules.</summary>
    public void Resolve(TokenizedText text)
    {
        var decided = 0;
        for (var p = 0; p < _count; p++)
        {
            ref readonly var pending = ref _pending[p];
            if (pending.Friends != 0)
            {
                // A youth word that is a common word of another language (Dutch tot, Swedish enkel): that language shown, and
                // the prompt not mostly in the term's own, it is that language's word (session 27).
                if (!(Shows(text, pending.Friends) || _inflections.LettersShow(text, pending.Friends)) || MostlyOwn(text, pending.Own, pending.Friends))
                {
                    TermMatcher.Emit(_into, pending.Entry, pending.SourceStart, pending.SourceEnd, pending.Field);
                }

                continue;
            }

            var mask = pending.Entry.OnlyInLanguages;
            var proven = false;
            var known = false;
            for (var d = 0; d < decided; d++)
            {
                if (_decided[d].Mask == mask)
                {
                    (proven, known) = (_decided[d].Proven, true);
                    break;
                }
            }

            if (!known)
            {
                // Distinct masks are few (one per set of languages sharing a false friend), so each text is
                // scanned a bounded number of times however many false friends it repeats.
                proven = Shows(text, mask) || _inflections.LettersShow(text, mask);
                if (decided == _decided.Length)
                {
                    Array.Resize(ref _decided, decided * 2);
                }

                _decided[decided++] = (mask, proven);
            }

            if (proven && pending.UnlessMostlyOther && t_resolveMemo.MostlyOther(text, mask))
            {
                continue; // shown by a word or two, but the prompt is written in another language
            }

            if (proven || (pending.UnlessOtherLanguage && !t_resolveMemo.MostlyOther(text, mask)))
            {
                TermMatcher.Emit(_into, pending.Entry, pending.SourceStart, pending.SourceEnd, pending.Field);
            }
            else if (pending.Entry.Signal == Signal.Sexual && pending.Entry.Level >= 4 && pending.Field == PromptField.Prompt
                && !(pending.Folded && t_resolveMemo.MostlyOther(text, mask)))
            {
                // A word reached only by folding accents in a prompt written in another language is that language's own
                // word (French "dit" is no Vietnamese địt beside "la voisine", session 20); a false friend as written
                // ("Cristiano Ronaldo nu no chuveiro") still waits for a person.
                // Beside a real person the nudity reading wins (Marion Cotillard nu): decided once people are read.
                _into.Hold(pending.Entry.Term, pending.Entry.Level, pending.SourceStart, pending.SourceEnd);
            }
        }

        _count = 0;
    }

    /// <summary>Is some word of the text claimed by <paramref name="languages"/> and by no other language?</summary>
    private static bool Shows(TokenizedText text, ulong languages)
    {
        WorkCounter.Add(text.SequenceCount);
        for (var t = 0; t < text.SequenceCount; t++)
        {
            var claimedBy = text[t].Languages;
            if (claimedBy != 0 && (claimedBy & ~languages) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Are more words of the text claimed only by <paramref name="own"/> than only by <paramref name="friends"/>?</summary>
    private static bool MostlyOwn(TokenizedText text, ulong own, ulong friends)
    {
        if (own == 0)
        {
            return false;
        }

        WorkCounter.Add(text.SequenceCount);
        var mine = 0;
        var theirs = 0;
        for (var t = 0; t < text.SequenceCount; t++)
        {
            var claimedBy = text[t].Languages;
            if (claimedBy == 0)
            {
                continue;
            }

            if ((claimedBy & ~own) == 0)
            {
                mine++;
            }
            else if ((claimedBy & ~friends) == 0)
            {
                theirs++;
            }
        }

        return mine > theirs;
    }

    /// <summary>
    /// Does the text show a language outside <paramref name="languages"/> and none of them? Then a word of those languages
    /// that is also a word elsewhere (a number word, a term reached by folding accents) is read in the prompt's language.
    /// </summary>
    public static bool OnlyOtherLanguages(TokenizedText text, ulong languages) =>
        languages != 0 && ShowsOther(text, languages) && !Shows(text, languages);

    /// <summary>
    /// Are more words of the text claimed only by languages outside <paramref name="languages"/> than only by them, and at
    /// least two? A prompt written in Polish or Dutch borrows English words (BDSM, shirt, nsfw), so one English word does not
    /// make it English; one word of another language (Italian il in "il traite son voisin de sale pede") does not make a
    /// French prompt Italian either.
    /// </summary>
    public static bool MostlyOtherLanguages(TokenizedText text, ulong languages)
    {
        if (languages == 0)
        {
            return false;
        }

        WorkCounter.Add(text.SequenceCount);
        var own = 0;
        var other = 0;
        for (var t = 0; t < text.SequenceCount; t++)
        {
            var claimedBy = text[t].Languages;
            if (claimedBy == 0)
            {
                continue;
            }

            if ((claimedBy & ~languages) == 0)
            {
                own++;
            }
            else if ((claimedBy & languages) == 0)
            {
                other++;
            }
        }

        return other >= 2 && other > own;
    }

    /// <summary>
    /// One answer per prompt and language mask for each caller (<see cref="LanguageMemo"/>): a rule that asks for every
    /// number word or name pair of a hostile prompt would otherwise scan the whole text each time (quadratic work).
    /// </summary>
    internal sealed class LanguageMemo
    {
        private string? _source;
        private int _count;
        private readonly (ulong Mask, bool Result)[] _answers = new (ulong, bool)[8];
        private int _answered;

        public bool OnlyOther(TokenizedText text, ulong languages) => Answer(text, languages, mostly: false);

        public bool MostlyOther(TokenizedText text, ulong languages) => Answer(text, languages, mostly: true);

        private bool Answer(TokenizedText text, ulong languages, bool mostly)
        {
            if (!ReferenceEquals(_source, text.Source) || _count != text.SequenceCount)
            {
                (_source, _count, _answered) = (text.Source, text.SequenceCount, 0);
            }

            for (var a = 0; a < _answered; a++)
            {
                if (_answers[a].Mask == languages)
                {
                    return _answers[a].Result;
                }
            }

            var result = mostly ? MostlyOtherLanguages(text, languages) : OnlyOtherLanguages(text, languages);
            if (_answered < _answers.Length)
            {
                _answers[_answered++] = (languages, result);
            }

            return result;
        }
    }

    /// <summary>Is some word of the text claimed only by languages outside <paramref name="languages"/>?</summary>
    private static bool ShowsOther(TokenizedText text, ulong languages)
    {
        WorkCounter.Add(text.SequenceCount);
        for (var t = 0; t < text.SequenceCount; t++)
        {
            var claimedBy = text[t].Languages;
            if (claimedBy != 0 && (claimedBy & languages) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Pending(LexiconEntry Entry, int SourceStart, int SourceEnd, PromptField Field, bool UnlessOtherLanguage = false, bool UnlessMostlyOther = false, bool Folded = false)
    {
        /// <summary>Session 27: the term's own languages, for a youth false friend (<see cref="Friends"/>).</summary>
        public ulong Own { get; init; }

        /// <summary>Session 27: languages whose common word the youth term is (<see cref="YouthFalseFriends"/>); 0 for other terms.</summary>
        public ulong Friends { get; init; }
    }
}
