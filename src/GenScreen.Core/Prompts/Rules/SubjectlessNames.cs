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

            if (!IsCandidate(text, i, last))
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

        ReadClauseSubject(text, people, into);
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
    private static bool IsPetForm(ReadOnlySpan<char> folded) =>
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
    private static bool IsNameWord(TokenizedText text, int i, PeopleLexicon people, bool first)
    {
        ref var token = ref text[i];
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
    private static bool IsCandidate(TokenizedText text, int i, int last)
    {
        var n = text.SequenceCount;

        // A capitalised word right after the run (a fourth word, or one the word test refused) or right before it in the same
        // tag makes the run part of a heading or a product name ("Pool Party Vibes", "Sony Alpha 7").
        if ((last + 1 < n && PersonDetector.OnlySpaceBetween(text, last, last + 1) && char.IsUpper(text.Source[text[last + 1].SourceStart]))
            || (i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && char.IsUpper(text.Source[text[i - 1].SourceStart])))
        {
            return false;
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
        if (last == i && (i == 0 || !TermRightAfter(text, last) || (text[i].Tags & WordTags.GivenName) != 0))
        {
            return false;
        }

        return !IsCredit(text, i, last);
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

    /// <summary>Prepositions of place and time before a single capitalised word (a town, a resort), folded (MIT, this project).</summary>
    private static readonly CompactWordSet Prepositions = new([
        "in", "at", "on", "near", "im", "am", "auf", "bei", "zu", "nach", "uber", "a", "au", "aux", "en", "dans", "sur", "pres", "al",
        "sul", "sulla", "sullo", "nel", "nella", "nello", "alla", "allo", "al", "em", "no", "na", "nos", "nas", "te", "op", "bij",
        "aan", "w", "we", "nad", "pod", "przy", "u", "v", "ve", "na", "pa", "vid", "i", "ke", "sa", "di", "от", "в", "во", "на", "у",
        "під", "над", "під", "біля", "около", "возле", "στο", "στη", "στην", "σε", "κοντά",
    ]);
}
