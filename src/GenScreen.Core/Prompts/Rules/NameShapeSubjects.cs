using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 33 (i16-namesshape41s): a personal name read by its SHAPE where no list knows it — two (or three) capitalised
/// words standing where the person of a sexual prompt stands, when the given name is in no list or the family name is an
/// ordinary word of some language (Bryony Frost, Lucie Výborná, Cristina Pardo, Anna Book, Sara Gama). The earlier readers
/// refuse an ordinary-word family name outside a listed given name's few safe frames, because "Golden Hour", "Porto Cervo"
/// or "Kodak Portra" are ordinary words too; here the place the pair stands in carries the evidence instead:
/// <list type="bullet">
/// <item>after a picture noun and its "of" word: "nude photo of Corisande Marsh", "glamour shot of Edwina Bartholomew",
/// "Nacktfoto von …", "foto desnuda de …", "naaktfoto van …";</item>
/// <item>opening a tag, with a partner right after it: "Roxeanne Hazes met twee mannen", "Natalia Kaczmarek i dwóch
/// mężczyzn", "… and her co-host" — the named one is the act's subject;</item>
/// <item>the sole subject beside the term, opening a tag, the last tag, or after a role noun
/// (<see cref="SubjectNamePairs.IsSoleSubjectBesideTerm(TokenizedText, int, int, SignalSummary)"/>).</item>
/// </list>
/// The first word must be a listed given name or no ordinary word of any language (Golden Hour, Naked Lady, Land Rover stay
/// words), neither word a place noun, place head, saint's prefix or photographic product, no artist credit; the caller's
/// later steps still drop places, styles, named figures and fictional characters (OrdinaryPhrases.DropLikely,
/// FictionalNames, NamedFigures). Runs only in a sexual prompt with no adult term, at a capitalised word the other name
/// readers left unread: no work on a prompt without a sexual term.
/// </summary>
internal static class NameShapeSubjects
{
    /// <summary>Reads the pair (or triple) at <paramref name="i"/>; emits a likely real person when its shape and place agree.</summary>
    public static bool TryAt(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 1 >= n || !into.Has(Signal.Sexual) || into.Has(Signal.RealPersonLikely)
            || !WorldNameShapes.IsCapitalisedWord(text, i) || !WorldNameShapes.IsCapitalisedWord(text, i + 1)
            || text[i].Length < 3 || text[i + 1].Length < 3 || !PersonDetector.OnlySpaceBetween(text, i, i + 1))
        {
            return false;
        }

        WorkCounter.Add(1);
        var word = text.TextOf(in text[i]);
        var next = text.TextOf(in text[i + 1]);
        var listedGiven = (text[i].Tags & WordTags.GivenName) != 0;
        if ((!listedGiven && (people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || WorldNameShapes.IsOrdinaryAsWritten(text, i)))
            || WorldNameShapes.OpensNoName(word) || WorldNameShapes.OpensNoName(next) || BrandHeads.Contains(word) || DecadeWords.Contains(next)
            || CapitalisedSurnames.IsPlaceNoun(word) || CapitalisedSurnames.IsPlaceNoun(next) || PlaceCompounds.EndsWithPlaceNoun(next))
        {
            return false;
        }

        // An ordinary-word family name (Frost, Book, Pardo, Výborná) after an unlisted given name only as a tag of its own
        // ("nsfw, Bryony Frost, bent over …") or after a picture's "of": two capitalised German nouns running on in lower case
        // ("Bildhauerin Ende vierzig …", "Ehepaar Mitte dreißig, Sex …", which a first build reviewed) are no name.
        // Or opening a tag with the term right after it ("leaked pic: Bryony Frost fully nude"), or as an act's subject with a
        // partner after it ("Roxeanne Hazes en haar collega-presentator …").
        var ordinaryFamily = !listedGiven && !DecadeWords.Contains(next) && (people.IsCommonWord(next) || OrdinaryPhrases.IsOrdinaryWord(next) || WorldNameShapes.IsOrdinaryAsWritten(text, i + 1));

        // A third capitalised word joined on is the name's (Inês Sousa Real, Megawati Hangestri Pertiwi); a fourth is a title.
        var last = i + 1;
        if (last + 1 < n && PersonDetector.OnlySpaceBetween(text, last, last + 1) && WorldNameShapes.IsCapitalisedWord(text, last + 1) && text[last + 1].Length >= 3)
        {
            last++;
            if (last + 1 < n && PersonDetector.OnlySpaceBetween(text, last, last + 1) && char.IsUpper(text.Source[text[last + 1].SourceStart]))
            {
                return false;
            }

            var third = text.TextOf(in text[last]);
            if (WorldNameShapes.OpensNoName(third) || CapitalisedSurnames.IsPlaceNoun(third) || PlaceCompounds.EndsWithPlaceNoun(third))
            {
                return false;
            }
        }

        // A family name that is an ordinary word in a drawn picture is a character's, not a person's ("Miranda Priestly naked,
        // illustration": the labelled set's fictional adult, which a first build reviewed).
        if ((ordinaryFamily || people.IsCommonWord(next) || OrdinaryPhrases.IsOrdinaryWord(next) || WorldNameShapes.IsOrdinaryAsWritten(text, i + 1)) && HasDrawingWord(text))
        {
            return false;
        }

        // Title Case: a capitalised word right before the name is a heading's, unless it opens the sentence and is an ordinary
        // word (a request verb: "Fammi …", "Quiero a …" has its "a" between).
        if (i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && !char.IsLower(text.Source[text[i - 1].SourceStart]) && !OrdinarySentenceOpener(text, i - 1, people))
        {
            return false;
        }

        if (TermMatcher.IsArtistCredit(text, i, last - i + 1, WorldNameShapes.PairProbe))
        {
            return false;
        }

        // An adult term is the partner's ("met twee mannen", "i dwóch mężczyzn") or says the subject is an anonymous adult: only
        // the partner frame reads a name beside one, and only when the adult term stands in the partner's words.
        if (into.Has(Signal.Adult))
        {
            // Session 37 (i16-nameslatin45): or the name opens the tag (or is a request's object), its act's term follows it and the
            // adult term is the act's partner after that term ("Tova Sandqvist har sex med en man", "… knullar en man").
            var adultAt = into[Signal.Adult].SourceStart;
            return !WorldNameShapes.PlacePrepositionBefore(text, i)
                && (SubjectWithPartner(text, i, last, adultAt)
                    || ((SubjectNamePairs.OpensTag(text, i) || RoleIntroducers.IsRequestedObject(text, i)) && SubjectNamePairs.IsAgentBeforePartner(text, last, adultAt)))
                && WorldNameShapes.Emit(text, i, last, into);
        }

        if (ordinaryFamily)
        {
            return (AfterPictureOf(text, i) || SubjectWithPartner(text, i, last, into.Has(Signal.Adult) ? into[Signal.Adult].SourceStart : -1)
                    || (!into.Has(Signal.Adult) && SubjectNamePairs.OpensTag(text, i) && (ClosesTag(text, last) || TermRightAfter(text, last))
                        && SubjectNamePairs.IsSoleSubjectBesideTerm(text, i, last, into)))
                && WorldNameShapes.Emit(text, i, last, into);
        }

        var placed = AfterPictureOf(text, i)
            || (!WorldNameShapes.PlacePrepositionBefore(text, i) && (SubjectWithPartner(text, i, last, -1) || SubjectNamePairs.IsSoleSubjectBesideTerm(text, i, last, into)));
        return placed && WorldNameShapes.Emit(text, i, last, into);
    }

    /// <summary>
    /// The word before the name is an "of" word and one of the three words before that a picture noun ("nude photo of", "shot
    /// of", "Nacktfoto von", "foto desnuda de", "naaktfoto van", "bild av", "volto di"): whom the picture shows.
    /// </summary>
    private static bool AfterPictureOf(TokenizedText text, int i)
    {
        if (i < 2 || !PersonDetector.OnlySpaceBetween(text, i - 1, i) || !OfWords.Contains(text.TextOf(in text[i - 1])))
        {
            return false;
        }

        for (var k = i - 2; k >= 0 && k >= i - 4; k--)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text, k, k + 1))
            {
                return false;
            }

            if (PictureNouns.Contains(text.TextOf(in text[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name opens a tag, a "with/and" word follows it and the prompt's person words all stand in the four words after that
    /// word: the partner of an act whose subject the name is ("Roxeanne Hazes met twee mannen", "… i dwóch mężczyzn").
    /// </summary>
    private static bool SubjectWithPartner(TokenizedText text, int i, int last, int adultAt)
    {
        var n = text.SequenceCount;
        var with = last + 1;
        if (!SubjectNamePairs.OpensTag(text, i) || with + 1 >= n || !PersonDetector.OnlySpaceBetween(text, last, with) || !WithWords.Contains(text.TextOf(in text[with])))
        {
            return false;
        }

        if (!SubjectNamePairs.PersonWordsOnlyAfter(text, with, 4, out var person))
        {
            return false;
        }

        // The partner is written in lower case ("twee mannen", "dwóch mężczyzn"): a capitalised word there makes the pair a German
        // noun pair joined by "und" ("Rollenspiel Lehrer und Schülerin, beide 28": the labelled set's role play).
        for (var k = with + 1; k < n && k <= with + 4 && PersonDetector.OnlySpaceBetween(text, k - 1, k); k++)
        {
            if (char.IsUpper(text.Source[text[k].SourceStart]))
            {
                return false;
            }
        }

        // The adult term (when there is one) is one of the partner's words.
        var end = Math.Min(n - 1, with + 4);
        var adultInPartner = adultAt >= text[with].SourceEnd && adultAt < text[end].SourceEnd;
        return adultAt < 0 ? person : adultInPartner;
    }

    /// <summary>The prompt's (or a sentence's) first word, an ordinary word of some language: a request verb, not a heading.</summary>
    private static bool OrdinarySentenceOpener(TokenizedText text, int k, PeopleLexicon people)
    {
        if (!SubjectNamePairs.OpensTag(text, k))
        {
            return false;
        }

        var word = text.TextOf(in text[k]);
        return (text[k].Tags & WordTags.GivenName) == 0 && (people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || WorldNameShapes.IsOrdinaryAsWritten(text, k));
    }

    /// <summary>A matched term right after the name, or after one short lower-case word ("fully nude", "helt naken").</summary>
    private static bool TermRightAfter(TokenizedText text, int last)
    {
        var k = last + 1;
        if (k >= text.SequenceCount || !PersonDetector.OnlySpaceBetween(text, last, k))
        {
            return false;
        }

        if ((text[k].Tags & WordTags.Matched) != 0)
        {
            return true;
        }

        return k + 1 < text.SequenceCount && text[k].Length <= 9 && char.IsLower(text.Source[text[k].SourceStart]) && PersonDetector.OnlySpaceBetween(text, k, k + 1)
            && (text[k + 1].Tags & WordTags.Matched) != 0;
    }

    /// <summary>The prompt names a drawn medium (illustration, drawing, cartoon, anime, comic, fan art, 3D render …).</summary>
    private static bool HasDrawingWord(TokenizedText text)
    {
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            if (DrawingWords.Contains(text.TextOf(in text[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name's last word ends the prompt or a comma, semicolon, colon, full stop or pipe follows it.</summary>
    private static bool ClosesTag(TokenizedText text, int last)
    {
        var end = last + 1 < text.SequenceCount ? text[last + 1].SourceStart : text.Source.Length;
        for (var k = text[last].SourceEnd; k < end; k++)
        {
            if (text.Source[k] is ',' or ';' or ':' or '.' or '|')
            {
                return true;
            }
        }

        return last + 1 >= text.SequenceCount;
    }

    /// <summary>"Of" words before whom a picture shows, in the cased Latin-script languages (written for GenScreen, MIT).</summary>
    private static readonly CompactWordSet OfWords = new(["of", "von", "de", "di", "da", "do", "van", "av", "pa", "ng", "ni", "dari"]);

    /// <summary>
    /// Picture nouns of the cased Latin-script languages, folded (photo, picture, shot, image, portrait, face, selfie, nudes,
    /// video, clip; their German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Tagalog and Indonesian words and the
    /// nude-photo compounds; written for GenScreen from general knowledge, MIT).
    /// </summary>
    private static readonly CompactWordSet PictureNouns = new([
        "photo", "photos", "pic", "pics", "picture", "pictures", "shot", "shots", "image", "images", "portrait", "face", "selfie", "selfies",
        "nudes", "video", "clip", "snapshot", "photograph", "still", "closeup", "painting", "drawing",
        "foto", "fotos", "bild", "bilder", "aufnahme", "nacktfoto", "nacktbild", "nacktbilder", "nacktfotos", "aktfoto", "gesicht", "portrat",
        "visage", "cliche", "imagen", "imagenes", "cara", "retrato", "rostro", "volto", "immagine", "immagini", "ritratto", "viso",
        "rosto", "imagem", "gezicht", "naaktfoto", "naaktfotos", "plaatje", "afbeelding", "ansikte", "nakenbild", "nakenbilder",
        "larawan", "litrato", "gambar", "wajah"]);

    /// <summary>
    /// Brands that open a brand + model pair (Porsche Cayenne, Alfa Romeo, Rolex Submariner, Louis Vuitton): the pair is a
    /// product, not a person (a first build's look-alike "Porsche Cayenne parked outside, nude model" was reviewed). Written for
    /// GenScreen from general knowledge, MIT.
    /// </summary>
    private static readonly CompactWordSet BrandHeads = new([
        "porsche", "ferrari", "lamborghini", "maserati", "alfa", "aston", "land", "range", "rolls", "mercedes", "audi", "tesla", "bentley",
        "bugatti", "jaguar", "maybach", "cadillac", "chevrolet", "ford", "dodge", "jeep", "volvo", "toyota", "nissan", "mazda", "lexus",
        "honda", "harley", "ducati", "vespa", "fiat", "lancia", "peugeot", "renault", "citroen", "skoda", "seat", "opel", "volkswagen",
        "rolex", "omega", "cartier", "patek", "breitling", "tissot", "louis", "gucci", "chanel", "prada", "dior", "versace", "fendi",
        "hermes", "balenciaga", "bvlgari", "tiffany", "yves", "calvin", "victoria", "agent", "apple", "samsung", "google", "nokia",
        "xiaomi", "sony", "nintendo", "playstation", "xbox", "moet", "dom", "veuve", "johnnie", "jack", "jim"]);

    /// <summary>
    /// German "Anfang / Mitte / Ende" before a decade ("Ehepaar Mitte dreißig beim Sex", "Darstellerin Ende zwanzig"): an adult's
    /// age after a capitalised noun, no family name (a build before this set reviewed batch 40/41's adult couples so).
    /// </summary>
    private static readonly CompactWordSet DecadeWords = new(["anfang", "mitte", "ende"]);

    /// <summary>Drawn media of the cased Latin-script languages, folded (written for GenScreen, MIT).</summary>
    private static readonly CompactWordSet DrawingWords = new(["illustration", "illustrated", "drawing", "drawn", "cartoon", "comic", "comics",
        "anime", "manga", "hentai", "fanart", "fan", "render", "3d", "sketch", "zeichnung", "illustrazione", "ilustracion", "ilustracao",
        "dessin", "tekening", "rysunek", "kresba", "teckning", "cizim", "ilustrasi", "guhit"]);

    /// <summary>"With" and "and" words that join an act's partner to its subject (written for GenScreen, MIT).</summary>
    private static readonly CompactWordSet WithWords = new(["with", "and", "met", "en", "mit", "und", "avec", "et", "con", "y", "e", "com",
        "i", "z", "ze", "s", "se", "med", "och", "ile", "ve", "dengan", "sama", "kasama", "at"]);
}
