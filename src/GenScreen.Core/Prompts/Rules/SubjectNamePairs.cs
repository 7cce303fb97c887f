using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A capitalised pair that is the only subject of a sexual prompt, written right beside its sexual term (session 31,
/// i16-namescased38): "Majken Ståhlberg helt naken", "Anindya Kusumawardhani telanjang", "naked Brenna Whitcombe". A writer
/// who names no person word (woman, Frau, kobieta) and no adult term and puts two capitalised words where the subject of
/// "naked" stands has written a name, whatever culture the given name comes from: the sealed batch's least-known public
/// figures carry given names no list holds (Thaynara, Majken, Nadhira). Read by
/// <see cref="WorldNameShapes.TryUnlistedGivenPair"/>, which has already refused ordinary words of any language, stop words,
/// place nouns, a place preposition before the pair, Title Case runs (a capitalised word on either side), ablaut pairs and
/// artist credits; the caller's later steps drop places and fictional frames (OrdinaryPhrases.DropLikely, FictionalNames).
/// </summary>
internal static class SubjectNamePairs
{
    /// <summary>Longest lower-case word allowed between the pair and its term (helt, komplett, fully, tout, sem).</summary>
    private const int MaxBetween = 9;

    /// <summary>
    /// Whether the pair at <paramref name="i"/>, <paramref name="i"/> + 1 has a matched term right after it (one short
    /// lower-case word may stand between: "helt naken", "fully nude") or right before it (one lower-case word of up to three
    /// letters may stand between: "голая Алёна", "desnuda la …"), or is a whole tag (punctuation or the prompt's edge on both
    /// sides), in a sexual prompt that names no person word and no adult.
    /// </summary>
    public static bool IsSoleSubjectBesideTerm(TokenizedText text, int i, SignalSummary into) => IsSoleSubjectBesideTerm(text, i, i + 1, into);

    /// <summary>The same for a name of more than two words, <paramref name="i"/> to <paramref name="last"/> (Jette van der Meij).</summary>
    public static bool IsSoleSubjectBesideTerm(TokenizedText text, int i, int last, SignalSummary into)
    {
        if (into.Has(Signal.Adult) || !into.Has(Signal.Sexual))
        {
            return false;
        }

        var n = text.SequenceCount;
        var after = last + 1;

        // Session 33 (i16-namescased41): a role noun that introduces the name ("starring …", "the model is …", "con protagonista
        // …", "Hauptdarstellerin …", "w roli głównej …", "… in der Hauptrolle"): the name is whom the role is, whatever person
        // words the prompt has besides (the role noun is one of them).
        if (RoleIntroducers.Introduces(text, i, last))
        {
            return true;
        }

        if (into.DepictsPeople)
        {
            // "Jacinta Allan as a naked water nymph", "Helga als naakte godin", "jako nahá bohyně" (session 31, i16-people38): the
            // person word is the figure the pair is cast as, so it does not make the pair a mere caption of someone else; every
            // person word of the prompt must stand in the few words after the "as" word.
            return IsCastAs(text, i, last, into) || IsAgentBeforePartner(text, last);
        }

        if (after < n && PersonDetector.OnlySpaceBetween(text, after - 1, after))
        {
            if (IsTerm(text, after))
            {
                return true;
            }

            if (after + 1 < n && IsLowerWord(text, after, MaxBetween) && PersonDetector.OnlySpaceBetween(text, after, after + 1) && IsTerm(text, after + 1))
            {
                return true;
            }
        }

        // A whole tag of its own beside a tag that opens or closes with the term ("Jacinta Allan, black lace lingerie", "tanpa
        // busana, Atalia Praratya, rebahan"): tag lists name their subject as a tag and the next says what it does. A tag after
        // the name that describes it ("Séraphine Lunargent, magicienne de mon roman, nue") is an apposition: not read.
        if (IsWholeTag(text, i, last) && ((after < n && (IsTerm(text, after) || (after + 1 < n && IsLowerWord(text, after, MaxBetween) && IsTerm(text, after + 1))))
            || (i > 0 && IsTerm(text, i - 1))))
        {
            return true;
        }

        // "Hilary Barry as a reclining nude Venus", "Anke Rehlinger als nackte Nymphe", "Nora Fridrichová jako nahá bohyně": the
        // pair is who is shown as the sexual figure; a term within the three words after the "as" word.
        if (after + 1 < n && PersonDetector.OnlySpaceBetween(text, after - 1, after) && AsWords.Contains(text.TextOf(in text[after])))
        {
            for (var j = after + 1; j < n && j <= after + 3 && PersonDetector.OnlySpaceBetween(text, j - 1, j); j++)
            {
                if (IsTerm(text, j))
                {
                    return true;
                }

                if (!IsLowerWord(text, j, 12))
                {
                    break;
                }
            }
        }

        var before = i - 1;
        if (before >= 0 && PersonDetector.OnlySpaceBetween(text, before, i))
        {
            if (IsTerm(text, before))
            {
                return true;
            }

            if (before >= 1 && IsLowerWord(text, before, 3) && PersonDetector.OnlySpaceBetween(text, before - 1, before) && IsTerm(text, before - 1))
            {
                return true;
            }
        }

        // Session 33 (i16-namescased41): the name opens a tag (the prompt's start, or right after a comma, colon or full stop) and
        // the tag goes on in lower case ("Doireann Garrihy sprawled on crisp hotel sheets in a black lace teddy") or ends there,
        // the prompt's last tag included ("…, fully nude, big splash page, Ellie Roebuck"): it is the subject of its tag, in a
        // sexual prompt that names no person word and no adult (checked above) — the same sole subject as beside the term,
        // written a tag away from it. A capitalised word on either side (Title Case) is refused by the callers.
        // Session 35 (i16-nameslatin43): or the pair is the object of a request verb that opens the prompt ("Generate Jenny-May
        // Clarkson doing a striptease", "bikinin gambar Desi Ratnasari cuma pakai CD"): the tag is the request's, and its object
        // is its subject.
        if (!OpensTag(text, i) && !RoleIntroducers.IsRequestedObject(text, i))
        {
            return false;
        }

        // A double-barrelled family name goes on after a hyphen (Graciete Bettencourt-Lobo, Ailbhe Cavanagh-Rourke).
        var end = last;
        while (end + 1 < n && text[end + 1].SourceStart == text[end].SourceEnd + 1 && text.Source[text[end].SourceEnd] == '-'
            && char.IsUpper(text.Source[text[end + 1].SourceStart]))
        {
            end++;
        }

        // The last tag, or a tag the name opens and a lower-case word goes on. A whole tag in the middle is an apposition's
        // ("Lyra Sternenfeuer, Elfenkriegerin aus meinem Roman, nackt": not read, as above), a saint's prefix opens a place
        // (Santa Monica pier) and a place noun after the pair makes it the place's name (Kuta beach, Westerland Strand).
        if (end + 1 >= n)
        {
            return true;
        }

        // A whole tag whose next tag holds the sexual term ("Jacinta Allan, black lace lingerie, garter belt"): the tag list's
        // subject, then what it wears or does. An apposition's next tag describes the person and holds no term ("Lyra
        // Sternenfeuer, Elfenkriegerin aus meinem Roman, nackt").
        if (Punctuated(text.Source, text[end].SourceEnd, text[end + 1].SourceStart))
        {
            for (var k = end + 1; k < n && k <= end + 8 && (k == end + 1 || PersonDetector.OnlySpaceBetween(text, k - 1, k)); k++)
            {
                if (IsTerm(text, k))
                {
                    return true;
                }
            }

            // Session 36 (i16-namesframe44): a whole tag after the tags that hold the term ("tanpa dalaman, basah kuyup, Khofifah
            // Indar Parawansa, lekuk tubuh kelihatan", "nahulog ang tuwalya, kita lahat, Dindin Santiago-Manabat, 35mm film"): the
            // same subject tag as the last one, with the camera's tags after it. An apposition describes a name after it, so an
            // earlier term is no apposition's; the term must open no later than the tag before the name's.
            return OpensTag(text, i) && HasTermBefore(text, i);
        }

        return PersonDetector.OnlySpaceBetween(text, end, end + 1) && IsLowerWord(text, end + 1, int.MaxValue) && !WorldNameShapes.IsSaintPrefix(text.TextOf(in text[i]))
            && !CapitalisedSurnames.IsPlaceNoun(text.TextOf(in text[end + 1])) && !PlaceCompounds.EndsWithPlaceNoun(text.TextOf(in text[end + 1]));
    }

    /// <summary>
    /// False when a person word of the prompt stands outside the <paramref name="span"/> words after <paramref name="at"/>;
    /// otherwise true, with <paramref name="any"/> telling whether one stands there (the partner or object of the named subject).
    /// </summary>
    internal static bool PersonWordsOnlyAfter(TokenizedText text, int at, int span, out bool any)
    {
        any = false;
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            if ((text[k].Tags & WordTags.PersonWord) == 0)
            {
                continue;
            }

            if (k <= at || k > at + span)
            {
                return false;
            }

            any = true;
        }

        return true;
    }

    /// <summary>The word opens the prompt or stands right after a tag boundary (comma, semicolon, colon, full stop, pipe).</summary>
    internal static bool OpensTag(TokenizedText text, int i) =>
        i == 0 ? OnlySpace(text.Source, 0, text[0].SourceStart) : Punctuated(text.Source, text[i - 1].SourceEnd, text[i].SourceStart);

    /// <summary>
    /// The pair stands right before an "as" word, a sexual term within the three words after it, and every person word of the
    /// prompt within the five words after it (the figure the pair is cast as: nymph, goddess, bohyně, godin).
    /// </summary>
    private static bool IsCastAs(TokenizedText text, int i, int last, SignalSummary into)
    {
        var n = text.SequenceCount;
        var after = last + 1;
        if (after + 1 >= n || !PersonDetector.OnlySpaceBetween(text, after - 1, after) || !AsWords.Contains(text.TextOf(in text[after])))
        {
            return false;
        }

        var term = false;
        for (var j = after + 1; j < n && j <= after + 3 && PersonDetector.OnlySpaceBetween(text, j - 1, j); j++)
        {
            if (IsTerm(text, j))
            {
                term = true;
                break;
            }

            if (!IsLowerWord(text, j, 12))
            {
                break;
            }
        }

        if (!term)
        {
            return false;
        }

        return PersonWordsOnlyAfter(text, after, 5, out var person) && person;
    }

    /// <summary>
    /// The pair is the subject of a sexual act whose partner is the prompt's only person word (session 32, i16-namescased40:
    /// batch 38's "Siân Lloyd sucking a guy's cock", "Mareike … hat Sex mit einem Typen"): the term stands right after the pair
    /// (one short lower-case word may stand between), and every person word of the prompt stands after that term, within the
    /// six words after it. A caption of someone else ("Golden Hour, nude woman") puts the person word before the term or far
    /// from it, and a pair after a person word is refused as before.
    /// </summary>
    private static bool IsAgentBeforePartner(TokenizedText text, int last) => IsAgentBeforePartner(text, last, -1);

    /// <summary>
    /// The same, where the partner is an adult term (session 37, i16-nameslatin45: "Tova Sandqvist har sex med en man", "Cressida
    /// Hollinshead having sex with a man"): <paramref name="adultAt"/> (the adult term's start, or -1 for none) must stand in
    /// the same clause after the term, with at least one word between them ("med en", "with a", "einem"), so "Lena Voss nude,
    /// woman, 30" (an apposition after a comma) and "Lena Voss nude woman" (the term's own noun) still say the named one is an
    /// anonymous adult.
    /// </summary>
    internal static bool IsAgentBeforePartner(TokenizedText text, int last, int adultAt)
    {
        var n = text.SequenceCount;
        var term = last + 1;
        if (term >= n || !PersonDetector.OnlySpaceBetween(text, term - 1, term))
        {
            return false;
        }

        if (!IsTerm(text, term))
        {
            if (!(term + 1 < n && IsLowerWord(text, term, MaxBetween) && PersonDetector.OnlySpaceBetween(text, term, term + 1) && IsTerm(text, term + 1)))
            {
                return false;
            }

            term++;
        }

        if (!PersonWordsOnlyAfter(text, term, 6, out var person) || !person)
        {
            return false;
        }

        if (adultAt < 0)
        {
            return true;
        }

        // The adult term is a partner word: in the clause, one to five words after the term, every word between joined by spaces.
        for (var k = term + 1; k < n && k <= term + 6 && PersonDetector.OnlySpaceBetween(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);
            if (adultAt >= text[k].SourceStart && adultAt < text[k].SourceEnd)
            {
                return k >= term + 2;
            }
        }

        return false;
    }

    /// <summary>The pair stands between the prompt's edges or punctuation (a comma, colon, full stop) on both sides.</summary>
    /// <summary>Whether a matched term stands before token <paramref name="i"/> (session 36).</summary>
    private static bool HasTermBefore(TokenizedText text, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            WorkCounter.Add(1);
            if (IsTerm(text, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeTag(TokenizedText text, int i, int last)
    {
        var n = text.SequenceCount;
        return (i == 0 ? OnlySpace(text.Source, 0, text[0].SourceStart) : Punctuated(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
            && (last + 1 >= n ? OnlySpace(text.Source, text[last].SourceEnd, text.Source.Length) : Punctuated(text.Source, text[last].SourceEnd, text[last + 1].SourceStart));
    }

    /// <summary>Between two words: a comma, semicolon, colon, full stop or pipe (a tag boundary), nothing but spaces besides.</summary>
    private static bool Punctuated(string source, int end, int start)
    {
        var mark = false;
        for (var k = end; k < start; k++)
        {
            WorkCounter.Add(1);
            var c = source[k];
            if (c is ',' or ';' or ':' or '.' or '|')
            {
                mark = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return mark;
    }

    private static bool OnlySpace(string source, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsWhiteSpace(source[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"As" of the cased-script languages (as, als, comme, come, como, jako, jak, som, olarak, sebagai, bilang, как, як, ως, σαν).</summary>
    private static readonly CompactWordSet AsWords = new(["as", "als", "comme", "come", "como", "jako", "jak", "som", "olarak", "sebagai", "bilang", "как", "як", "ωσ", "σαν"]);

    /// <summary>Whether the folded word is an "as" word of the cased-script languages.</summary>
    public static bool IsAsWord(ReadOnlySpan<char> word) => AsWords.Contains(word);

    private static bool IsTerm(TokenizedText text, int j) => (text[j].Tags & WordTags.Matched) != 0;

    private static bool IsLowerWord(TokenizedText text, int j, int maxLength)
    {
        ref var token = ref text[j];
        return token.Length <= maxLength && (token.Tags & WordTags.Matched) == 0 && char.IsLower(text.Source[token.SourceStart])
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Cjk)) == 0;
    }
}
