using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 41 (i16-subjectless49): the last-resort reading of a real person. A sexual prompt that names no one else (no person
/// word, no adult or minor marker, no listed, likely or hinted person, no fictional adult) and whose only possible subject is a
/// capitalised name no reader took ("reggicalze, …, Myrta X in ginocchio", "naken Pär Y i duschen") is about that name: its
/// writer had no one else to undress. The specialised readers each take a few such names by their frame; this one takes the
/// name by the prompt's emptiness instead, after every name reader and its drops (<see cref="PersonDetector"/>), and emits only
/// <see cref="Signal.RealPersonLikely"/> (review under <c>mature</c>; the policy never blocks on it alone).
/// <para>
/// A name candidate, in the cased scripts (Latin, Cyrillic, Greek): a run of one to three capitalised words joined by spaces
/// (<see cref="WorldNameShapes.IsCapitalisedWord"/>: letters only, no term, person, role or title word, no word of a known
/// language's vocabulary), no all-capitals word, none a place head, saint's prefix, photographic product, brand head, month or
/// weekday, place noun or place compound; its first word a listed given name or no ordinary word of any language (the frequent
/// words, the people lexicon's common words); a single word only as a tag of its own or not written first with a sexual term
/// right after it; the prompt's first word only before another capitalised word or as its own tag; no capitalised word right
/// before it in the same tag and none right after the run (a Title Case heading), no style or "by" credit before it. The
/// steps that drop other readers' likely names (places and ordinary phrases, described subjects, drawn people) then run on it.
/// </para>
/// Costs nothing on a prompt without sexual content or with a person word: the gate is tested before any word is read.
/// </summary>
internal static class SubjectlessNames
{
    private const int MaxRun = 3;

    /// <summary>Reads the prompt for a name candidate when nothing else can be its subject; emits a likely real person.</summary>
    /// <param name="afterClauses">The second pass (session 43, <see cref="SubjectlessGate.ReadAgain"/>): the minors clause readers have
    /// weighed the prompt's child-statement triggers and found no minor, so a trigger elsewhere in the prompt refuses nothing.</param>
    public static void Read(TokenizedText text, LexiconSet lexicons, SignalSummary into, bool afterClauses = false)
    {
        // The shared gate (session 43, SubjectlessGate): no one else in the prompt can be its subject, and no drawn frame.
        var refusal = SubjectlessGate.Refusal(into);

        // Session 44 (i16-verbs52): a person word or adult term that is only the act's partner ("X Y und zwei Typen …, alle nackt",
        // "X Y nuda a letto con un uomo") opens the door for a full name standing before the partner's with-word (LatinPartners).
        var partnerAt = -1;
        if (refusal is GateRefusal.PersonWord or GateRefusal.AdultPerson
            && SubjectlessGate.PartnerRefusal(into, namesSomeone: true) == GateRefusal.None
            && LatinPartners.OnlyPartners(text, into, out partnerAt))
        {
            refusal = GateRefusal.None;
        }
        else
        {
            partnerAt = -1;
        }

        if (refusal == GateRefusal.None && SubjectlessGate.HasFictionFrame(text))
        {
            refusal = GateRefusal.FictionFrame;
        }

        SubjectlessGate.Trace(SubjectlessReader.Latin, refusal);
        if (refusal != GateRefusal.None)
        {
            return;
        }

        var people = lexicons.People;
        var n = text.SequenceCount;
        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            if (!IsNameWord(text, i, people, first: true))
            {
                continue;
            }

            var last = i;
            while (last + 1 < n && last - i + 1 < MaxRun && PersonDetector.OnlySpaceBetween(text, last, last + 1) && IsNameWord(text, last + 1, people, first: false))
            {
                last++;
            }

            if ((partnerAt >= 0 && !LatinPartners.SubjectBefore(text, i, last, partnerAt)) || !IsCandidate(text, i, last, into, people))
            {
                i = last;
                continue;
            }

            // A child's thing or character the later clause reader weighs ("nonton Upin Ipin di teras …": a children's programme)
            // is the minors readers' to decide: a run that holds one of its triggers is no name.
            var trigger = ChildStatements.FindTrigger(text.Source, text[i].SourceStart);
            if (trigger >= 0 && trigger < text[last].SourceEnd)
            {
                SubjectlessGate.Trace(SubjectlessReader.Latin, GateRefusal.ChildTrigger);
                return;
            }

            WorldNameShapes.Emit(text, i, last, into);
            OrdinaryPhrases.DropLikely(text, into);
            DescribedSubjects.DropLikely(text, into);
            FictionalNames.DropLikelyInFiction(text, into);
            return; // the first candidate only: a second is no more likely the subject than the first
        }

        if (partnerAt < 0)
        {
            ReadClauseSubject(text, people, into);
        }
    }

    /// <summary>
    /// Session 42 (i16-latin50): the subject of a clause the request opens with "how", "where" or "when" ("make one where X is
    /// …", "zrób zdjęcie jak X tańczy nago", "udělej obrázek, jak se X svléká", "zeig mir, wie X sich auszieht", "haz una foto de
    /// cómo X se desnuda"): a run of one to three capitalised words right after the conjunction (a reflexive pronoun may stand
    /// between, as Czech and Polish word order puts it), with a word in lower case right after the run (the clause's verb). The
    /// conjunction must open a tag or follow a picture noun, a request's pronoun or verb ("one", "zdjęcie", "mir", "me"), so
    /// that the "as"/"like" sense ("naga jak Ewa", "nackt wie Venus", "desnuda como la Maja") is never read: there the word before
    /// is the act's own term. A single word must be no ordinary word of any language and no lone listed given name (invented
    /// figures are named so, as <see cref="IsCandidate"/> says); a run of two or three may be ordinary words written with
    /// capitals (a stage name: "Red Lipstick Monster"). The caller's gate (<see cref="SubjectlessGate.Refusal"/>) holds: no one else is in
    /// the prompt. The drops of places, phrases and drawn figures run after it as after <see cref="Read"/>'s own candidate.
    /// </summary>
    private static void ReadClauseSubject(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        for (var c = 0; c + 1 < n; c++)
        {
            WorkCounter.Add(1);
            if (!ClauseConjunctions.Contains(text.TextOf(in text[c])) || !OpensFramedClause(text, c))
            {
                continue;
            }

            var i = c + 1;
            if (i + 1 < n && PersonDetector.OnlySpaceBetween(text, c, i) && Reflexives.Contains(text.TextOf(in text[i])) && char.IsLower(text.Source[text[i].SourceStart]))
            {
                i++;
            }

            if (!PersonDetector.OnlySpaceBetween(text, i - 1, i) || !IsStageNameWord(text, i))
            {
                continue;
            }

            var last = i;
            while (last + 1 < n && last - i + 1 < MaxRun && PersonDetector.OnlySpaceBetween(text, last, last + 1) && IsStageNameWord(text, last + 1))
            {
                last++;
            }

            // The clause's verb (or the act's term) in lower case right after the run: not a heading, a place or a title running on.
            if (last + 1 >= n || !PersonDetector.OnlySpaceBetween(text, last, last + 1) || !char.IsLower(text.Source[text[last + 1].SourceStart]))
            {
                continue;
            }

            var word = text.TextOf(in text[i]);
            if (last == i && ((text[i].Tags & WordTags.GivenName) != 0 || IsPetForm(word) || !IsNameWord(text, i, people, first: true)))
            {
                continue;
            }

            if (last > i && ((text[i].Tags & WordTags.GivenName) != 0 && (text[i + 1].Tags & WordTags.GivenName) != 0 || CapitalisedSurnames.IsPlaceNoun(word)))
            {
                continue;
            }

            WorldNameShapes.Emit(text, i, last, into);
            OrdinaryPhrases.DropLikely(text, into);
            DescribedSubjects.DropLikely(text, into);
            FictionalNames.DropLikelyInFiction(text, into);
            return;
        }
    }

    /// <summary>A Polish pet form of a given name no list holds (Kasia, Gosia, Zuzia, Ania): as a lone listed given name, no one singled out.</summary>
    internal static bool IsPetForm(ReadOnlySpan<char> folded) =>
        folded.Length is >= 4 and <= 7 && (folded.EndsWith("sia", StringComparison.Ordinal) || folded.EndsWith("zia", StringComparison.Ordinal)
            || folded.EndsWith("cia", StringComparison.Ordinal) || folded.EndsWith("nia", StringComparison.Ordinal));

    /// <summary>The conjunction at <paramref name="c"/> opens the prompt or a tag, or follows a picture noun, a request's pronoun or verb.</summary>
    private static bool OpensFramedClause(TokenizedText text, int c)
    {
        if (SubjectNamePairs.OpensTag(text, c))
        {
            return true;
        }

        if (c == 0 || !PersonDetector.OnlySpaceBetween(text, c - 1, c) || (text[c - 1].Tags & WordTags.Matched) != 0)
        {
            return false;
        }

        // "una foto de cómo …", "imagem de como …", "a picture of how …": the picture noun before its "of" word.
        var before = text.TextOf(in text[c - 1]);
        return FrameHeads.Contains(before)
            || (c > 1 && OfWords.Contains(before) && PersonDetector.OnlySpaceBetween(text, c - 2, c - 1) && FrameHeads.Contains(text.TextOf(in text[c - 2])));
    }

    /// <summary>A capitalised word of a stage name: letters with a lower-case one, no term, person, role or title word, no month, brand or place noun.</summary>
    private static bool IsStageNameWord(TokenizedText text, int i)
    {
        if (text[i].Length < 2 || !WorldNameShapes.IsCapitalisedWord(text, i, anyLanguage: true) || !HasLowerCase(text, i))
        {
            return false;
        }

        var word = text.TextOf(in text[i]);
        return !NotNames.Contains(word) && !WorldNameShapes.OpensNoName(word) && !CapitalisedSurnames.IsPlaceNoun(word) && !PlaceCompounds.EndsWithPlaceNoun(word);
    }

    /// <summary>
    /// "How", "where" and "when" words that open a clause whose subject a picture shows, in the cased languages (folded): en, de,
    /// fr, es, it, pt, nl, pl, cs, sv, id, tl. Written for GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet ClauseConjunctions = new([
        "how", "where", "when", "while", "wie", "wo", "wenn", "während", "wahrend", "comment", "ou", "quand", "pendant", "como", "donde", "cuando",
        "mientras", "come", "dove", "quando", "mentre", "onde", "enquanto", "hoe", "waar", "wanneer", "terwijl", "jak", "gdzie", "kiedy",
        "gdy", "podczas", "kde", "kdyz", "zatimco", "hur", "dar", "nar", "medan", "bagaimana", "ketika", "saat", "sewaktu", "habang",
        "paano", "kung",
    ]);

    /// <summary>
    /// Words a framed clause follows: picture nouns, a request's object pronoun and verbs of showing and making (folded). Written
    /// for GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet FrameHeads = new([
        "one", "image", "picture", "pic", "photo", "video", "clip", "scene", "shot", "me", "us", "show", "imagine", "draw",
        "generate", "bild", "foto", "fotos", "szene", "mir", "uns", "zeig", "zeige", "stell", "moi", "nous", "montre", "imagen",
        "escena", "muestra", "muestrame", "ensename", "immagine", "scena", "mostra", "mostrami", "fammi", "imagem", "cena",
        "mostre", "afbeelding", "plaatje", "beeld", "toon", "laat", "zdjecie", "obrazek", "obraz", "filmik", "wideo", "pokaz",
        "fotku", "fotka", "scenu", "ukaz", "mi", "scen", "visa", "mig", "oss", "gambar", "adegan", "tunjukkan", "larawan",
        "litrato", "eksena", "ipakita",
    ]);

    /// <summary>Reflexive pronouns that may stand between the conjunction and the subject (cs, pl, sk word order), folded.</summary>
    private static readonly CompactWordSet Reflexives = new(["se", "si", "sie"]);

    /// <summary>A capitalised word that can be a word of a personal name (the first word is held to more).</summary>
    internal static bool IsNameWord(TokenizedText text, int i, PeopleLexicon people, bool first)
    {
        ref var token = ref text[i];
        if (!first && token.Length >= 3 && char.IsUpper(text.Source[token.SourceStart]) && HasLowerCase(text, i) && MiddleNames.Contains(text.TextOf(in token)))
        {
            return true; // a Filipino middle name a lexicon reads as a word (Mae: Portuguese mãe), between two names
        }

        if (token.Length < 2 || !WorldNameShapes.IsCapitalisedWord(text, i) || !HasLowerCase(text, i))
        {
            return false;
        }

        var word = text.TextOf(in token);
        if (WorldNameShapes.OpensNoName(word) || NotNames.Contains(word) || CapitalisedSurnames.IsPlaceNoun(word) || PlaceCompounds.EndsWithPlaceNoun(word))
        {
            return false;
        }

        return !first || (token.Tags & WordTags.GivenName) != 0
            || !(people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || WorldNameShapes.IsOrdinaryAsWritten(text, i) || OrdinaryWords.ContainsInflected(word));
    }

    /// <summary>The run's place in the prompt: not inside a Title Case heading, not a credit, and a single word only as a subject.</summary>
    private static bool IsCandidate(TokenizedText text, int i, int last, SignalSummary into, PeopleLexicon people)
    {
        var n = text.SequenceCount;

        // A capitalised word right after the run (a fourth word, or one the word test refused) or right before it in the same
        // tag makes the run part of a heading or a product name ("Pool Party Vibes", "Sony Alpha 7").
        var titled = IsAddressTitleBefore(text, i);
        if ((last + 1 < n && PersonDetector.OnlySpaceBetween(text, last, last + 1) && char.IsUpper(text.Source[text[last + 1].SourceStart]))
            || (!titled && i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && char.IsUpper(text.Source[text[i - 1].SourceStart])))
        {
            return false;
        }

        // Session 43 (i16-latin51): a lone word where only a person stands (after a request's verb and pronoun, after a label's
        // colon, before the act's verb as its agent) or after a title of address; the request may put a personal "a" before it.
        var slot = last == i && (text[i].Tags & WordTags.GivenName) == 0 && (titled || (IsSoleSubjectSlot(text, i, into) && !IsCompoundOfWords(text, i, people)));
        if (slot && RequestSlot(text, i))
        {
            return !IsCredit(text, i, last);
        }

        // A place is named after its preposition ("nad Morskim Okiem", "sulla Costiera Amalfitana", "à Biarritz"), a noun after
        // its article ("am Ufer des Starnberger Sees"), a work or place after another name's "of" or "from" ("Eve from Genesis",
        // "Dulcinea del Toboso"); a Turkish locative suffix after the apostrophe is a place's ("Taksim Meydanı'nda").
        if (IsAfterPreposition(text, i) || WorldNameShapes.PlacePrepositionBefore(text, i) || (i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && Articles.Contains(text.TextOf(in text[i - 1])))
            || OfAnotherName(text, i) || LocativeAfter(text.Source, text[last].SourceEnd))
        {
            return false;
        }

        // A single word only where a subject stands: not the prompt's first word, its act's term right after it ("…, Jannes
        // topless", "… Blowek nago"); a lone capitalised tag ("…, Berlin") is as often a town or a brand.
        // A lone listed given name ("Gabriela nua", "Sophia, nude") singles no one out: invented figures are named so.
        if (last == i && !slot && (i == 0 || !TermRightAfter(text, last) || (text[i].Tags & WordTags.GivenName) != 0))
        {
            return false;
        }

        return !IsCredit(text, i, last);
    }

    /// <summary>
    /// Session 43 (i16-latin51): the slots where a lone capitalised word can only be the picture's person, whatever it spells.
    /// The word itself has passed <see cref="IsNameWord"/> (no ordinary word of any language, no place head or noun, no month or
    /// brand) and is no listed given name. Slots, read by grammar:
    /// <list type="bullet">
    /// <item>the object of a request's verb and object pronoun ("génère-moi X", "zeig mir X", "hazme a X", "fammi vedere X",
    /// "make me X", "faz a X"): <see cref="RequestSlot"/>;</item>
    /// <item>after a label's colon that says whose picture it is or that it leaked ("leaked: X", "obličej: X", "ifşa: X"):
    /// <see cref="LabelSlot"/>;</item>
    /// <item>the agent of the act: opening the prompt or a tag, with the act's verb right after it, a reflexive pronoun
    /// ("X zieht sich …", "X se desnuda") or a relative pronoun and a verb ("X che fa …"): <see cref="AgentSlot"/>.</item>
    /// </list>
    /// Each is tested only for a single word that the older single-word rule refused; the place, phrase and fiction drops run
    /// after the emitted name as for every candidate.
    /// </summary>
    internal static bool IsSoleSubjectSlot(TokenizedText text, int i, SignalSummary into) =>
        !OrdinaryPhrases.IsFrequentWord(text.TextOf(in text[i])) // a frequent word, a common given name among them (Chiara, Giulia)
        && ((RequestSlot(text, i) && TermGoesOn(text, i, into)) || LabelSlot(text, i) || AgentSlot(text, i, into)) && EndsAsSubject(text, i);

    /// <summary>
    /// The request's object is a person when its own term follows within three words of its tag ("génère-moi X complètement à
    /// poil", "zeig mir X splitternackt"); a place is shown at a time or from a place ("show me Mykonos at night, nude beach").
    /// </summary>
    private static bool TermGoesOn(TokenizedText text, int i, SignalSummary into)
    {
        if (!ClauseGoesOn(text, i))
        {
            return false;
        }

        for (var k = i + 1; k < text.SequenceCount && k <= i + 3 && PersonDetector.OnlySpaceBetween(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);
            var word = text.TextOf(in text[k]);
            if (CapitalisedSurnames.IsPlaceNoun(word) || PlaceCompounds.EndsWithPlaceNoun(word))
            {
                return false;
            }

            if (IsActAt(text, k, into))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word in lower case right after the word, in its tag, that is no place noun or place compound ("zeig mir Sylt, FKK …",
    /// "maak me Texel naaktstrand …" are places; "génère-moi X complètement à poil" is a person).
    /// </summary>
    private static bool ClauseGoesOn(TokenizedText text, int i)
    {
        if (i + 1 >= text.SequenceCount || !PersonDetector.OnlySpaceBetween(text, i, i + 1) || !char.IsLower(text.Source[text[i + 1].SourceStart]))
        {
            return false;
        }

        var next = text.TextOf(in text[i + 1]);
        return !CapitalisedSurnames.IsPlaceNoun(next) && !PlaceCompounds.EndsWithPlaceNoun(next);
    }

    /// <summary>
    /// After a leak label, the word's clause goes on with what a person does or where one is: a preposition, a matched term, a
    /// reflexive, relative or light verb, or a Turkish locative ("leaked: X in the shower", "ifşa: X yatakta"); a noun after it
    /// makes the word its modifier ("leaked: Mallorca pool party": a place).
    /// </summary>
    private static bool PersonClauseAfter(TokenizedText text, int i)
    {
        if (!ClauseGoesOn(text, i))
        {
            return false;
        }

        ref var token = ref text[i + 1];
        var next = text.TextOf(in token);
        return (token.Tags & WordTags.Matched) != 0 || Prepositions.Contains(next) || Reflexives.Contains(next) || AgentReflexives.Contains(next)
            || Relatives.Contains(next) || LightVerbs.Contains(next) || IsTurkishLocative(next);
    }

    /// <summary>A Turkish noun in the locative (yatakta, banyoda, odasında): -da, -de, -ta, -te after three or more letters.</summary>
    private static bool IsTurkishLocative(ReadOnlySpan<char> folded) =>
        folded.Length >= 5 && (folded.EndsWith("da", StringComparison.Ordinal) || folded.EndsWith("de", StringComparison.Ordinal)
            || folded.EndsWith("ta", StringComparison.Ordinal) || folded.EndsWith("te", StringComparison.Ordinal));

    /// <summary>
    /// After the word: the end, a tag break, or a word in lower case (its verb, its term, its place) — not a capitalised word
    /// (a heading or a product name running on) and no "of" word (a work's or a place's name: "Venus of …").
    /// </summary>
    private static bool EndsAsSubject(TokenizedText text, int i)
    {
        var n = text.SequenceCount;
        if (i + 1 >= n || !PersonDetector.OnlySpaceBetween(text, i, i + 1))
        {
            return true;
        }

        var next = text.Source[text[i + 1].SourceStart];
        return char.IsLower(next) && !OfWords.Contains(text.TextOf(in text[i + 1]));
    }

    /// <summary>
    /// The word right after a request's verb and its object pronoun, joined by a hyphen or a space ("génère-moi", "fais-moi",
    /// "zeig mir", "make me", "show me"), or a request verb that holds its pronoun ("hazme", "fammi", "muéstrame", "gimme"),
    /// with a personal "a"/article or a verb of seeing between allowed ("hazme a X", "faz a X", "fammi vedere X").
    /// </summary>
    internal static bool RequestSlot(TokenizedText text, int i)
    {
        var k = i - 1;
        if (k < 0 || !SpaceOrHyphen(text, k, i))
        {
            return false;
        }

        var word = text.TextOf(in text[k]);
        if ((RequestLinks.Contains(word) || SeeVerbs.Contains(word)) && k > 0 && SpaceOrHyphen(text, k - 1, k))
        {
            k--;
            word = text.TextOf(in text[k]);
        }

        if (JoinedRequests.Contains(word))
        {
            return true;
        }

        return ObjectPronouns.Contains(word) && k > 0 && SpaceOrHyphen(text, k - 1, k) && RequestVerbs.Contains(text.TextOf(in text[k - 1]));
    }

    /// <summary>The word right after a label's colon (the label a leak, a face or a subject word), the colon the label's own end.</summary>
    internal static bool LabelSlot(TokenizedText text, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var source = text.Source;
        var k = text[i].SourceStart - 1;
        while (k >= text[i - 1].SourceEnd && char.IsWhiteSpace(source[k]))
        {
            k--;
        }

        if (k < text[i - 1].SourceEnd || source[k] != ':' || !OnlySpace(source, text[i - 1].SourceEnd, k))
        {
            return false;
        }

        // The label: its last word (or the last two: "ifşa fotoğrafı", "leaked pics") is a face or subject word, or a leak word
        // with the word's clause going on in lower case after it ("leaked: X in the shower"; "leaked: Ibiza, beach party" is a place).
        var label = text.TextOf(in text[i - 1]);
        var before = i > 1 && PersonDetector.OnlySpaceBetween(text, i - 2, i - 1) ? text.TextOf(in text[i - 2]) : default;
        if (FaceLabels.Contains(label) || (!before.IsEmpty && FaceLabels.Contains(before)))
        {
            return true;
        }

        return (LabelWords.Contains(label) || (!before.IsEmpty && LabelWords.Contains(before))) && PersonClauseAfter(text, i);
    }

    /// <summary>
    /// The act's agent: the word opens the prompt or a tag, and right after it stands a reflexive pronoun, a relative pronoun
    /// with a word in lower case after it, or the act's matched term as a verb of the clause (a matched token in lower case
    /// that no art-genre word follows: "nudo artistico", "nu artistique" are a genre, not a predicate).
    /// </summary>
    internal static bool AgentSlot(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (!SubjectNamePairs.OpensTag(text, i) || i + 1 >= n || !PersonDetector.OnlySpaceBetween(text, i, i + 1)
            || !char.IsLower(text.Source[text[i + 1].SourceStart]))
        {
            return false;
        }

        // The act, not a state: an act's term (level 5 or more) or an undressing in the prompt. Nudity alone ("X nude …") is as
        // often a figure of myth, a character or a place's beach ("Loreley nackt", "Texel naaktstrand").
        if (into.LevelOf(Signal.Sexual) < ActLevel && !into.Has(Signal.Undress))
        {
            return false;
        }

        var k = i + 1;
        var next = text.TextOf(in text[k]);
        if (Reflexives.Contains(next) || AgentReflexives.Contains(next))
        {
            return true;
        }

        if (Relatives.Contains(next) || LightVerbs.Contains(next))
        {
            if (k + 1 >= n || !PersonDetector.OnlySpaceBetween(text, k, k + 1) || !char.IsLower(text.Source[text[k + 1].SourceStart]))
            {
                return false;
            }

            if (Relatives.Contains(next))
            {
                return true;
            }

            k++; // "X har sex", "X hat Sex", "X lagi ML": the act's term after a light verb
        }

        if (!IsActAt(text, k, into))
        {
            return false;
        }

        // The matched term must not open an art genre or a thing ("nudo artistico", "sex beach", "nude study").
        for (var g = k + 1; g < n && g <= k + 2 && PersonDetector.OnlySpaceBetween(text, g - 1, g); g++)
        {
            WorkCounter.Add(1);
            if (GenreWords.Contains(text.TextOf(in text[g])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token at <paramref name="k"/> is a matched term's, or lies in the prompt's strongest sexual or undressing match.</summary>
    internal static bool IsActAt(TokenizedText text, int k, SignalSummary into)
    {
        ref var token = ref text[k];
        if ((token.Tags & WordTags.Matched) != 0)
        {
            return true;
        }

        ref readonly var sexual = ref into[Signal.Sexual];
        ref readonly var undress = ref into[Signal.Undress];
        return (sexual.IsPresent && token.SourceStart >= sexual.SourceStart && token.SourceStart < sexual.SourceEnd)
            || (undress.IsPresent && token.SourceStart >= undress.SourceStart && token.SourceStart < undress.SourceEnd);
    }

    /// <summary>
    /// A word made of words: a noun suffix of German or Dutch (Pärchen, Liebespaar, Kellnerin, Umarmung) or a tail of four or more
    /// letters that is an ordinary word of some language, after a head of three or more (Faschingskostüm, Badewannenschaum): every
    /// noun of those languages is written with a capital, so such a word opening a clause is the sentence's noun, no coined name.
    /// Allocation-free: the word as written is lower-cased into a stack buffer.
    /// </summary>
    internal static bool IsCompoundOfWords(TokenizedText text, int i, PeopleLexicon people)
    {
        ref var token = ref text[i];
        var folded = text.TextOf(in token);
        foreach (var suffix in NounSuffixes)
        {
            if (folded.Length >= suffix.Length + 3 && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var written = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        Span<char> lower = stackalloc char[MaxCompound];
        var asWritten = written.Length <= MaxCompound && written.ToLowerInvariant(lower) == written.Length;
        for (var p = 3; p + 4 <= folded.Length; p++)
        {
            WorkCounter.Add(1);
            var tail = folded[p..];
            if (OrdinaryPhrases.IsOrdinaryWord(tail) || OrdinaryWords.ContainsBare(tail) || people.IsCommonWord(tail))
            {
                return true;
            }
        }

        if (asWritten)
        {
            var word = lower[..written.Length];
            for (var p = 3; p + 4 <= word.Length; p++)
            {
                WorkCounter.Add(1);
                if (OrdinaryPhrases.IsOrdinaryWord(word[p..]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int MaxCompound = 48;

    /// <summary>German and Dutch noun suffixes (folded): -chen, -lein, -ung, -heit, -keit, -schaft, -paar, -erin, -tje (MIT, this project).</summary>
    private static readonly string[] NounSuffixes = ["chen", "lein", "ung", "heit", "keit", "schaft", "paar", "erin", "tje", "tjes",
        "ismus", "itat", "tion", "leute"];

    /// <summary>The sexual level of an act (a blowjob, sex, masturbation): nudity is 4.</summary>
    private const int ActLevel = 5;

    /// <summary>A title of address right before the word (Indonesian bang mas mbak, Tagalog kuya ate tita tito): the word is whom it addresses.</summary>
    private static bool IsAddressTitleBefore(TokenizedText text, int i) =>
        i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && AddressTitles.Contains(text.TextOf(in text[i - 1]))
        && (i - 1 == 0 || !char.IsUpper(text.Source[text[i - 2].SourceStart]) || !PersonDetector.OnlySpaceBetween(text, i - 2, i - 1));

    private static bool SpaceOrHyphen(TokenizedText text, int a, int b)
    {
        for (var k = text[a].SourceEnd; k < text[b].SourceStart; k++)
        {
            if (!char.IsWhiteSpace(text.Source[k]) && text.Source[k] is not ('-' or '\u2011'))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>A style, manner or "by" word among the four words before the run in its tag, or a style word right after it.</summary>
    private static bool IsCredit(TokenizedText text, int i, int last)
    {
        if (last + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text, last, last + 1) && SubjectlessGate.StyleWords.Contains(text.TextOf(in text[last + 1])))
        {
            return true;
        }

        return SubjectlessGate.CreditBefore(text, i, SubjectlessGate.StyleWords);
    }

    /// <summary>"Eve from Genesis", "Venus of Willendorf", "Dulcinea del Toboso": an "of" or "from" word between a capitalised word and the run.</summary>
    private static bool OfAnotherName(TokenizedText text, int i) =>
        i > 1 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && PersonDetector.OnlySpaceBetween(text, i - 2, i - 1) && OfWords.Contains(text.TextOf(in text[i - 1]))
        && char.IsUpper(text.Source[text[i - 2].SourceStart]);

    /// <summary>A Turkish case suffix of place after an apostrophe right after the run ('da, 'de, 'nda, 'dan, 'ta …).</summary>
    private static bool LocativeAfter(string source, int end)
    {
        if (end >= source.Length || source[end] is not ('\'' or '\u2019'))
        {
            return false;
        }

        var k = end + 1;
        var start = k;
        while (k < source.Length && char.IsLetter(source[k]))
        {
            k++;
        }

        return LocativeSuffixes.Contains(source.AsSpan(start, k - start));
    }

    /// <summary>
    /// The run stands after a preposition of place or time ("w saunie w Zakopanem", "à Biarritz"), or after one and an article
    /// ("op de Grote Markt", "en la Gran Vía", "à la Baule"): a place.
    /// </summary>
    private static bool IsAfterPreposition(TokenizedText text, int i) =>
        i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i)
        && (Prepositions.Contains(text.TextOf(in text[i - 1]))
            || (i > 1 && PersonDetector.OnlySpaceBetween(text, i - 2, i - 1) && PlaceArticles.Contains(text.TextOf(in text[i - 1])) && Prepositions.Contains(text.TextOf(in text[i - 2]))));

    /// <summary>A preposition of place or time (folded): where a state's bearer is (session 45, <see cref="StateAgentNames"/>).</summary>
    internal static bool IsPreposition(ReadOnlySpan<char> folded) => Prepositions.Contains(folded);

    /// <summary>Articles a place's name takes after its preposition (Dutch, Romance, German), folded (MIT, this project).</summary>
    private static readonly CompactWordSet PlaceArticles = new(["de", "het", "la", "le", "les", "el", "los", "las", "lo", "il", "der", "den",
        "dem", "o", "os", "a", "as"]);

    /// <summary>A matched term right after the run (joined by spaces only): "… Jannes topless", "… Blowek nago".</summary>
    private static bool TermRightAfter(TokenizedText text, int last) =>
        last + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text, last, last + 1) && (text[last + 1].Tags & WordTags.Matched) != 0;

    private static bool HasLowerCase(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        for (var k = token.SourceStart + 1; k < token.SourceEnd; k++)
        {
            if (char.IsLower(text.Source[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Capitalised words that are no name in prompts: months and weekdays of the cased languages, brand heads, image and film
    /// words written with a capital (folded). Written for GenScreen from general knowledge (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet NotNames = new([
        // months and weekdays (en, de, fr, es, it, pt, nl, pl, cs, sv, tr, id, tl, ru, uk, el: only the capitalised-as-written ones matter)
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "januar", "februar", "marz", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "janvier", "fevrier", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "januari", "februari", "maart", "augustus", "mei", "juni", "ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz",
        "agustus", "eylul", "ekim", "kasim", "aralik", "enero", "hunyo", "hulyo", "agosto", "disyembre",
        // brands, media and image words often written with a capital
        "porsche", "ferrari", "lamborghini", "maserati", "mercedes", "audi", "tesla", "bentley", "bugatti", "jaguar", "cadillac",
        "rolex", "cartier", "gucci", "chanel", "prada", "dior", "versace", "fendi", "hermes", "balenciaga", "bvlgari", "tiffany",
        "victoria", "agent", "apple", "samsung", "google", "sony", "nintendo", "playstation", "xbox", "instagram", "tiktok", "onlyfans",
        "snapchat", "twitter", "reddit", "youtube", "twitch", "patreon", "fansly", "polaroid", "kodak", "fujifilm", "ilford", "leica",
        "hasselblad", "canon", "nikon", "lumix", "gopro", "iphone", "unreal", "octane", "blender", "midjourney", "photoshop",
        "lightroom", "vogue", "playboy", "penthouse", "hustler", "maxim", "venus", "aphrodite", "eve", "adam", "lilith", "eden",
        "renaissance", "baroque", "rococo", "nouveau", "deco", "bauhaus", "ukiyo", "vaporwave", "cyberpunk", "steampunk", "hdr", "raw",
        "anfang", "mitte", "ende", // German "Mitte vierzig" after a capitalised noun: an age, no family name
    ]);

    /// <summary>"Of" and "from" words between a name and the work or place it comes from, folded (MIT, this project).</summary>
    private static readonly CompactWordSet OfWords = new(["of", "from", "von", "aus", "de", "del", "della", "di", "du", "des", "do", "da",
        "dos", "das", "van", "uit", "fran", "z", "ze", "iz", "from"]);

    /// <summary>Articles before a noun written with a capital (German nouns, titles), folded (MIT, this project).</summary>
    private static readonly CompactWordSet Articles = new(["the", "an", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer",
        "einem", "einen", "eines", "le", "les", "un", "une", "het", "een", "los", "las", "il", "lo", "gli", "uno", "una"]);

    /// <summary>Turkish case suffixes of place and origin written after an apostrophe (MIT, this project).</summary>
    private static readonly CompactWordSet LocativeSuffixes = new(["da", "de", "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "ndan",
        "nden", "ya", "ye", "na", "ne"]);

    /// <summary>
    /// Session 43: request verbs before an object pronoun (folded), of en de fr es it pt nl pl cs sv id tl: "make me", "zeig
    /// mir", "génère-moi", "fais-moi", "maak me", "zrób mi", "udělej mi", "gör mig". Written for GenScreen (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet RequestVerbs = new([
        "make", "show", "draw", "generate", "give", "create", "render", "paint", "get", "zeig", "zeige", "mach", "mache",
        "erstelle", "generiere", "male", "gib", "genere", "fais", "montre", "dessine", "cree", "donne", "peins", "haz",
        "muestra", "dame", "crea", "genera", "dibuja", "fai", "mostra", "disegna", "dai", "faz", "faca", "gera", "desenha",
        "cria", "maak", "toon", "teken", "genereer", "geef", "zrob", "pokaz", "narysuj", "wygeneruj", "daj", "udelej",
        "ukaz", "nakresli", "vygeneruj", "dej", "gor", "visa", "rita", "skapa", "ge", "buatkan", "buat", "bikin",
        "tunjukkan", "kasih", "gawan", "ipakita",
    ]);

    /// <summary>Object pronouns after a request verb (folded).</summary>
    private static readonly CompactWordSet ObjectPronouns = new(["me", "us", "mir", "uns", "moi", "nous", "mi", "ci", "nos", "mij", "ons",
        "mnie", "nam", "mig", "oss", "aku", "saya", "ako", "kami"]);

    /// <summary>Request verbs written with their pronoun (folded): hazme, muéstrame, fammi, mostrami, gimme, dammi.</summary>
    private static readonly CompactWordSet JoinedRequests = new([
        "hazme", "muestrame", "dibujame", "generame", "creame", "fammi", "mostrami", "disegnami", "generami", "creami",
        "dammi", "gimme", "dame", "bikinin", "buatin", "gawin", "pakita",
    ]);

    /// <summary>A personal "a", an article or "of" word between a request and its object (folded): hazme a X, faz a X, one of X.</summary>
    private static readonly CompactWordSet RequestLinks = new(["a", "o", "la", "le", "el", "al", "si", "ni", "kay"]);

    /// <summary>Verbs of seeing between a request and its object (folded): fammi vedere X, lass mich sehen.</summary>
    private static readonly CompactWordSet SeeVerbs = new(["vedere", "ver", "voir", "see", "sehen", "zien", "zobaczyc", "videt", "se",
        "lihat", "makita"]);

    /// <summary>
    /// Session 43: label words before a colon that say whose picture follows or that it leaked (folded), of the cased
    /// languages: leaked, face, subject, model, starring. Written for GenScreen from general knowledge (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet LabelWords = new([
        "leaked", "leak", "leaks", "exposed", "face", "subject", "model", "starring", "feat", "featuring", "gesicht",
        "geleakt", "motiv", "visage", "fuite", "sujet", "modele", "cara", "rostro", "filtrado", "filtrada", "filtrados",
        "filtradas", "modelo", "volto", "viso", "trapelato", "trapelate", "soggetto", "rosto", "vazou", "vazado", "vazada",
        "vazados", "vazadas", "gezicht", "gelekt", "onderwerp", "twarz", "wyciek", "wyciekly", "modelka", "oblicej", "tvar",
        "unik", "uniklo", "unikle", "ansikte", "lackt", "lackta", "ifsa", "yuz", "sizdirilan", "sizinti", "bocor", "bocoran",
        "wajah", "mukha",
    ]);

    /// <summary>Label words that say whose face or body the picture shows (folded): face, subject, model, starring, Gesicht, obličej.</summary>
    private static readonly CompactWordSet FaceLabels = new(["face", "subject", "model", "starring", "featuring", "feat", "gesicht",
        "motiv", "visage", "sujet", "modele", "cara", "rostro", "modelo", "volto", "viso", "soggetto", "rosto", "gezicht", "onderwerp",
        "twarz", "modelka", "oblicej", "tvar", "ansikte", "yuz", "wajah", "mukha"]);

    /// <summary>Light verbs before an act's noun (folded): har sex, hat Sex, heeft seks, has sex, ma seks, fa sesso, lagi ML.</summary>
    private static readonly CompactWordSet LightVerbs = new(["har", "hat", "heeft", "has", "ma", "fa", "fait", "hace", "faz", "gets",
        "getting", "lagi", "sedang", "pakai", "ile", "yapiyor", "dostaje", "dela", "robi", "uprawia"]);

    /// <summary>Reflexive pronouns right after an agent's name (folded): sich, zich, sig, się, se, si, s'.</summary>
    private static readonly CompactWordSet AgentReflexives = new(["sich", "zich", "sig", "sie", "s"]);

    /// <summary>Relative pronouns after an agent's name (folded): "X che fa …", "X que se …", "X qui …", "X die …", "X yang …".</summary>
    private static readonly CompactWordSet Relatives = new(["che", "que", "qui", "who", "die", "der", "dat", "som", "ktora", "ktory",
        "ktera", "ktery", "yang"]);

    /// <summary>Art-genre and thing words after a nudity term (folded): nudo artistico, nu artistique, nude beach, Akt, study.</summary>
    private static readonly CompactWordSet GenreWords = new([
        "artistico", "artistica", "artistique", "artistic", "art", "artistiek", "artystyczny", "umelecky", "konstnarlig",
        "beach", "strand", "plage", "playa", "spiaggia", "praia", "plaza", "plaz", "study", "studie", "etude", "estudio",
        "studio", "painting", "portrait", "ritratto", "retrato", "portret", "photography", "fotografie", "fotografia",
        "photographie", "scene", "szene", "escena", "scena", "cena", "sculpture", "statue", "figure", "figura", "akt",
    ]);

    /// <summary>
    /// Session 43: titles of address of Indonesian and Tagalog written before a person's name (folded): bang, mas, mbak, teh,
    /// kang, kak, kuya, ate, tita, tito, manang, manong. Written for GenScreen from general knowledge (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet AddressTitles = new(["bang", "abang", "mas", "mbak", "teh", "kang", "kak", "kakak", "cak",
        "kuya", "ate", "tita", "tito", "manang", "manong", "inday", "dodong"]);

    /// <summary>Filipino middle names that are a mother word of another lexicon language (Portuguese mãe, Turkish anne), folded.</summary>
    private static readonly CompactWordSet MiddleNames = new(["mae", "anne", "ann", "joy", "grace", "rose", "may", "jane"]);

    /// <summary>Prepositions of place and time before a single capitalised word (a town, a resort), folded (MIT, this project).</summary>
    private static readonly CompactWordSet Prepositions = new([
        "in", "at", "on", "near", "im", "am", "auf", "bei", "zu", "nach", "uber", "a", "au", "aux", "en", "dans", "sur", "pres", "al",
        "sul", "sulla", "sullo", "nel", "nella", "nello", "alla", "allo", "al", "em", "no", "na", "nos", "nas", "te", "op", "bij",
        "aan", "w", "we", "nad", "pod", "przy", "u", "v", "ve", "na", "pa", "vid", "i", "ke", "sa", "di", "от", "в", "во", "на", "у",
        "під", "над", "під", "біля", "около", "возле", "στο", "στη", "στην", "σε", "κοντά",
    ]);
}
