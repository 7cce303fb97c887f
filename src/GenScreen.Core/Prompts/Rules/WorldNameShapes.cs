using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Full personal names written in Latin letters whose given name no list holds, recognised by the shape their culture
/// gives them (realPersonLikely: review under <c>mature</c>, block under <c>strict</c> with sexual content):
/// <list type="bullet">
/// <item>a capitalised word and a capitalised family name with a family-name ending of its culture (Russian and
/// Bulgarian -ova/-eva/-ov, Ukrainian -enko/-chuk, Polish -owska/-ski, Greek -poulou/-opoulos/-akis/-idis,
/// Turkish -oglu, Romanian -escu, South Slavic -ovic; on long words Polish and Czech -ska/-ski/-cka): Ksenia Belousova,
/// Konstantina Papadopoulou, Ewelina Kowalska;</item>
/// <item>a Vietnamese family name and two short capitalised syllables (Nguyen Thi Lan, Tran Thu Ha);</item>
/// <item>a Korean family name and a hyphenated given name (Kim Seo-yeon, Han Ji-min).</item>
/// </list>
/// Every word capitalised, letters only, no common word, no term: "Villa Romanova" is a place (villa is a common word).
/// </summary>
internal static class WorldNameShapes
{
    /// <summary>Shortest family name read by its ending alone: short words with these endings are ordinary words.</summary>
    private const int MinSuffixedSurname = 6;

    /// <summary>Longest Vietnamese syllable (Nguyen, Truong, Huynh).</summary>
    private const int MaxVietnameseSyllable = 6;

    private static readonly string[] FamilyNameEndings =
    [
        "ova", "eva", "ovna", "evna", "ovich", "evich", "enko", "chuk", "czuk", "czyk", "owska", "owski", "ewska", "ewski",
        "inska", "inski", "ynska", "ynski", "poulou", "poulos", "akis", "idis", "iadis", "idou", "akou", "oglu", "escu",
        "ovic", "evic", "skaya", "skiy", "skii", "ovskaya", "ykh",
        // Session 30 (i16-names36): Armenian -yan (Hakobyan), Georgian -shvili and -dze (Katamadze), Lithuanian women's -ytė,
        // -aitė, -ienė and men's -auskas, -avičius, -evičius (folded: Meilutyte, Grybauskaite), Finnish -nen (Kosonen), Ukrainian
        // romanised -chenko, -yuk. Endings of the family-name classes of Wikipedia's "Armenian name", "Georgian name",
        // "Lithuanian name" and "Finnish name" articles (facts); ordinary words of the lexicon languages rarely end so.
        "yan", "shvili", "dze", "yte", "aite", "iene", "auskas", "avicius", "evicius", "nen", "yuk",
        // Session 31 (i16-namescased38): Polish adjectival family names declined (genitive, dative and locative -skiej, -ckiej,
        // -skiego, -ckiego: "zdjęcie Agnieszki Wróblewskiej"), and the Javanese and Balinese name elements that close Indonesian
        // family or second names (-ningrum, -ningsih, -ningtyas, -wardhani/-wardani, -wijaya, -atmaja, -kusuma, -diningrat):
        // Wikipedia's "Polish name" (declension) and "Javanese name" articles (facts); ordinary words of the lexicon
        // languages do not end so.
        "skiej", "ckiej", "dzkiej", "skiego", "ckiego", "ningrum", "ningsih", "ningtyas", "wardhani", "wardani", "wijaya",
        "atmaja", "kusuma", "diningrat",
        // Session 32 (i16-namescased40): Turkish family names of the 1934 Surname Law closing in -gil ("household of":
        // Kocagil, Özbilgil), beside -oğlu above; Wikipedia "Turkish name" (facts). Read only on words of 6+ letters no
        // common-word list holds (değil, "not", is shorter).
        "gil",
    ];

    /// <summary>Polish, Czech and Slovak adjectival family names (Kowalska, Nowicki, Wojewódzki), read only on long words: Alaska is no name.</summary>
    private static readonly string[] ShortFamilyNameEndings = ["ska", "ski", "sky", "cka", "cki", "cky", "dzka", "dzki"];

    /// <summary>Shortest family name read by one of the <see cref="ShortFamilyNameEndings"/>.</summary>
    private const int MinShortSuffixedSurname = 8;

    /// <summary>The most frequent Vietnamese family names (about nine Vietnamese in ten carry one of them).</summary>
    private static readonly HashSet<string> VietnameseFamilies = new(StringComparer.Ordinal)
    {
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly",
        "dinh", "truong", "trinh", "doan", "lam", "luong", "mai", "cao", "ha", "ta", "quach", "thai", "trieu", "chu", "kieu",
    };

    /// <summary>The most frequent Korean family names as romanised on passports and in the press.</summary>
    private static readonly HashSet<string> KoreanFamilies = new(StringComparer.Ordinal)
    {
        "kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun", "jang",
        "chang", "lim", "im", "han", "shin", "seo", "kwon", "hwang", "ahn", "an", "song", "yoo", "yu", "hong", "jeon", "go",
        "ko", "moon", "mun", "yang", "son", "bae", "baek", "heo", "nam", "oh", "ryu", "jin", "noh", "ha", "kwak", "sung",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Vietnamese = VietnameseFamilies.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Korean = KoreanFamilies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tries the shapes at token <paramref name="i"/>, a word no term consumed; emits realPersonLikely when one fits.</summary>
    public static bool TryAt(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 1 >= n || !IsCapitalisedWord(text, i, anyLanguage: true) || !IsCapitalisedWord(text, i + 1) || !Spaced(text, i))
        {
            return false;
        }

        var word = text.TextOf(in text[i]);
        var next = text.TextOf(in text[i + 1]);

        // A Korean family name may also be a word of a lexicon language (Turkish kim, "who"): the hyphenated given name decides.
        if (Korean.Contains(word) && HyphenatedGivenEnd(text, i + 1) is var end and > 0)
        {
            return Emit(text, i, end, into); // Kim Seo-yeon
        }

        // Le, Do, Ho are also words of other languages: the two syllables after them must be no common words (Le Mans Race).
        if (Vietnamese.Contains(word) && i + 2 < n && next.Length <= MaxVietnameseSyllable && text[i + 2].Length <= MaxVietnameseSyllable
            && IsCapitalisedWord(text, i + 2) && !AllCapitals(text, i + 2) && Spaced(text, i + 1) && !people.IsCommonWord(next)
            && (text[i].Languages == 0 || !people.IsCommonWord(text.TextOf(in text[i + 2]))))
        {
            return Emit(text, i, i + 2, into); // Nguyen Thi Lan, Le Thi Hoa
        }

        if (text[i].Languages != 0)
        {
            return false;
        }

        // Session 32 (i16-namescased40): Irish and Scottish Mac/Mc written with a capital inside the word (McGettigan,
        // MacGiollarnath): an ordinary word is never written so. Wikipedia "Irish name", "Scottish Gaelic name" (facts).
        if (word.Length >= 3 && next.Length >= 5 && IsMacName(text, i + 1) && !people.IsCommonWord(word))
        {
            return Emit(text, i, i + 1, into);
        }

        if (word.Length >= 3 && next.Length >= MinSuffixedSurname && HasFamilyEnding(next)
            && !people.IsCommonWord(word) && !people.IsCommonWord(next))
        {
            return Emit(text, i, i + 1, into); // Ksenia Belousova
        }

        return false;
    }

    internal static readonly LexiconEntry PairProbe = new("full name", Signal.RealPerson, 0, "realPersonLikely");

    /// <summary>The word is written Mc or Mac followed by a capital and lower-case letters (McGettigan, MacGiollarnath).</summary>
    private static bool IsMacName(TokenizedText text, int j)
    {
        ref var token = ref text[j];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        var at = word.StartsWith("Mc", StringComparison.Ordinal) ? 2 : word.StartsWith("Mac", StringComparison.Ordinal) ? 3 : -1;
        return at > 0 && word.Length >= at + 3 && char.IsUpper(word[at]) && char.IsLower(word[at + 1]) && char.IsLower(word[^1]);
    }

    /// <summary>
    /// Session 30 (i16-names36): a capitalised Latin pair in the middle of a sentence whose first word no list holds as a given
    /// name, read as a full name by what its words are elsewhere:
    /// <list type="bullet">
    /// <item>the second is a word of a listed person's name (a protected name's first or last word, the lexicon's name
    /// anchors: Jones, Jonathan) and the first a capitalised word that is no ordinary word and no listed given name (Suranne
    /// Jones);</item>
    /// <item>the first is a listed given name in another spelling, one letter or pair changed (ck/cc, k/c, a doubled or
    /// undoubled letter: Rebecka as Rebecca, Jessika as Jessica), and the second is surname-shaped (Rebecka Hemse). A match by
    /// sound alone was tried first and read invented characters' names (Isolde Maanschijn, Ayperi Gecekuşu) in the gate.</item>
    /// </list>
    /// Only beside sexual content with no adult term (an anonymous adult's prompt names places and brands), mid-sentence (the
    /// words on either side of the pair in lower case: not a Title Case heading, brand or place), no artist credit, neither
    /// word an ordinary word of any language (frequent-words.txt), a stop word, or a place noun.
    /// </summary>
    public static bool TryUnlistedGivenPair(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        // Session 41 (i16-latnames49): a first word written apart from its folded twin (Pär, Aleš) is read as the name it is.
        if (i + 1 >= text.SequenceCount || into.Has(Signal.Adult) || !IsCapitalisedWord(text, i, anyLanguage: WrittenApart(text, i)) || !IsCapitalisedWord(text, i + 1)
            || !Spaced(text, i) || text[i].Length < 3 || text[i + 1].Length < 4)
        {
            return false;
        }

        // A listed given name is the given-name rule's (PersonDetector.TryFullName), which refuses a second given name on purpose
        // (Mary Jane, Jessica Fletcher, Santa Monica); a saint's prefix opens a place or feast (San Andrés, Santa Monica).
        if ((text[i].Tags & WordTags.GivenName) != 0 || SaintPrefixes.Contains(text.TextOf(in text[i])))
        {
            return false;
        }

        var word = text.TextOf(in text[i]);
        var next = text.TextOf(in text[i + 1]);
        // A German role noun is capitalised ("Hauptdarstellerin Almut Kröpelmann"): after a role that introduces a name the pair
        // is read though the word before it is capitalised (session 33, i16-namescased41).
        if (people.IsCommonWord(next) || !(PersonDetector.CapitalisedMidSentence(text, i) || RoleIntroducers.IsRightBefore(text, i) || RoleIntroducers.IsRequestedObject(text, i))
            || PhotoGear.Contains(word) || PhotoGear.Contains(next))
        {
            return false;
        }

        // Session 32 (i16-namescased40): a given name that is an ordinary word (Happy, Ginger, Sunny, Honey, Sevgi, Melati,
        // Mawar: English, Turkish and Indonesian parents name children so) is read only before a family-name-shaped word (5+
        // letters, no common or ordinary word of any language, no listed given name: Happy Birthday, Golden Hour, Sunny Beach,
        // Mary Jane stay words) and only where the pair is the sexual prompt's only subject beside its term.
        var ordinaryGiven = (people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || IsOrdinaryAsWritten(text, i)) && !WrittenApart(text, i);
        // A place head first (Villa Borghese, Porto Cervo, Monte Carlo) names where the picture is taken: the labelled set's
        // "nudo artistico a Villa Borghese" (Italian "a", at, is no place preposition of the list: Spanish "a" marks a person).
        if (ordinaryGiven && !(word.Length >= 4 && next.Length >= 5 && (text[i + 1].Tags & WordTags.GivenName) == 0
            && !PlaceHeads.Contains(word) && !CapitalisedSurnames.IsPlaceNoun(word)
            && SubjectNamePairs.IsSoleSubjectBesideTerm(text, i, into)))
        {
            return false;
        }

        WorkCounter.Add(1);
        var anchored = (text[i + 1].Tags & WordTags.NameAnchor) != 0;
        // Session 31 (i16-namescased38): or the pair is the prompt's only subject, written beside its sexual term (Majken
        // Ståhlberg helt naken): a given name no list holds, read by where it stands.
        if (!ordinaryGiven && !anchored && !(word.Length >= 4 && IsSpellingOfGiven(word, people)) && !SubjectNamePairs.IsSoleSubjectBesideTerm(text, i, into))
        {
            return false;
        }

        if (PlacePrepositionBefore(text, i) || IsAblautPair(word, next) || OrdinaryPhrases.IsOrdinaryWord(next) || IsOrdinaryAsWritten(text, i + 1)
            || CapitalisedSurnames.IsPlaceNoun(next) || PlaceCompounds.EndsWithPlaceNoun(next) || TermMatcher.IsArtistCredit(text, i, 2, PairProbe))
        {
            return false;
        }

        return Emit(text, i, i + 1, into);
    }

    /// <summary>
    /// Session 33 (i16-namescased41): a capitalised word no list holds as a given name, then a particle that opens family names
    /// only and a capitalised family name (Jette van der Meij, Síofra Ní Bhraonáin, Bláithín Mac Conmara, Fionnuala Ó Dubhghaill:
    /// <see cref="ParticleNames.FamilyAfterStrongParticle"/>), where the name is the sexual prompt's subject
    /// (<see cref="SubjectNamePairs"/>: beside its term, opening a tag, the last tag, or after a role noun). The first word must
    /// be no ordinary word of any language, no place head or place noun, not after a place preposition (Huis ten Bosch, "in
    /// Bergen op Zoom"), and the words around it lower case or punctuation (no Title Case run).
    /// </summary>
    public static bool TryUnlistedParticleName(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        if (i + 2 >= text.SequenceCount || into.Has(Signal.Adult) || !IsCapitalisedWord(text, i) || text[i].Length < 3
            || (text[i].Tags & WordTags.GivenName) != 0)
        {
            return false;
        }

        var word = text.TextOf(in text[i]);
        if (SaintPrefixes.Contains(word) || PlaceHeads.Contains(word) || people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word)
            || IsOrdinaryAsWritten(text, i) || CapitalisedSurnames.IsPlaceNoun(word) || PlacePrepositionBefore(text, i)
            || (i > 0 && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart) && !char.IsLower(text.Source[text[i - 1].SourceStart])))
        {
            return false;
        }

        var last = ParticleNames.FamilyAfterStrongParticle(text, i, people);
        var elided = false;
        if (last < 0)
        {
            last = ParticleNames.FamilyAfterWrittenParticle(text, i, people, out elided); // "Ginevra Dall'Olmo", "Giulia Di Marco" (session 41)
        }

        if (last < 0 || (!elided && OrdinaryPhrases.IsOrdinaryWord(text.TextOf(in text[last]))) || CapitalisedSurnames.IsPlaceNoun(text.TextOf(in text[last]))
            || PlaceCompounds.EndsWithPlaceNoun(text.TextOf(in text[last]))
            || (last + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text.Source, text[last].SourceEnd, text[last + 1].SourceStart)
                && !char.IsLower(text.Source[text[last + 1].SourceStart]))
            || TermMatcher.IsArtistCredit(text, i, last - i + 1, PairProbe) || !SubjectNamePairs.IsSoleSubjectBesideTerm(text, i, last, into))
        {
            return false;
        }

        return Emit(text, i, last, into);
    }

    /// <summary>
    /// Prepositions of place of the Latin-script languages: a pair right after one is where the picture is taken (at Santa
    /// Monica, in Joshua Tree, på Gröna Lund, bei Bad Tölz), not whom it shows.
    /// </summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "at", "in", "near", "on", "au", "aux", "en", "em", "no", "na", "nel", "nella", "presso", "pres", "cerca", "junto", "perto",
        "i", "pa", "vid", "bei", "am", "im", "nahe", "op", "bij", "te", "nabij", "w", "we", "v", "ve", "u", "nad", "pod", "di",
        "dekat", "sa", "dans", "sur", "auf", "an",
        // Articles of the Germanic languages: a thing or brand is named with one (in de Tripp Trapp, the Kit Kat), a person not.
        "het", "der", "die", "das", "den", "dem", "the", "een", "ein", "eine", "einen", "einem", "einer", "ett",
        // Greek and Cyrillic locatives (session 36): Greek σε and its forms joined to the article (στα Λουτρά Πόζαρ, "at Pozar
        // Baths"; batch 43's adult-nude-el-06 was held for review as a person), Russian and Ukrainian в, во, на, у, біля, возле,
        // около, под, над. Written for GenScreen from general knowledge of the languages (MIT).
        "σε", "στο", "στα", "στη", "στην", "στον", "στις", "στους", "κοντα",
        "в", "во", "на", "у", "біля", "поблизу", "возле", "около", "под", "над", "під",
    };

    /// <summary>
    /// Two words of one length that differ only in one vowel (Tripp Trapp, Ping Pong, Tik Tok, Kit Kat): an ablaut
    /// reduplication, how brands and playful words are coined, not a given name and a family name (batch 33's and 35's
    /// toddlers "in de Tripp Trapp", a high chair, were read as a person and their block turned into a review).
    /// </summary>
    private static bool IsAblautPair(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var differ = -1;
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
            {
                if (differ >= 0)
                {
                    return false;
                }

                differ = k;
            }
        }

        return differ >= 0 && IsVowel(a[differ]) && IsVowel(b[differ]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePreps = PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool PlacePrepositionBefore(TokenizedText text, int i) =>
        i > 0 && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart) && PlacePreps.Contains(text.TextOf(in text[i - 1]));

    /// <summary>
    /// Words that open a place's name in the Latin-script languages (villa, palace, port, mount, castle, tower, bridge, square,
    /// street, park, wood, valley, river, sea, field, house, spa, fort): a first word of these is no ordinary-word given name
    /// (session 32, i16-namescased40; written for GenScreen from general knowledge, MIT).
    /// </summary>
    private static readonly CompactWordSet PlaceHeads = new(["villa", "ville", "palazzo", "palacio", "porto", "puerto", "port", "monte", "mont", "montagna",
        "castello", "castillo", "castelo", "chateau", "torre", "tour", "ponte", "puente", "pont", "piazza", "plaza", "praca", "rua", "via",
        "viale", "calle", "parque", "parco", "bosco", "bosque", "val", "valle", "vale", "isla", "punta", "ponta", "capo", "cabo", "riva",
        "rio", "mar", "mare", "sierra", "serra", "campo", "campos", "casa", "quinta", "fort", "fuerte", "forte", "bad", "burg", "schloss",
        "hotel", "terme", "bagni", "lido", "marina", "porta", "borgo", "pueblo", "villaggio", "rocca", "colle", "cerro", "alto"]);

    /// <summary>
    /// Makers and names of cameras, lenses, film stocks, renderers and picture sites (Kodak Portra, Fujifilm Superia, Leica
    /// Summilux, Hasselblad Xpan, Unreal Engine, Octane Render): image prompts name their gear in a tag of its own, where a
    /// name's tag stands (session 33, i16-namescased41: the tag-subject rule read "topless on the beach, Kodak Portra" as a
    /// person). Written for GenScreen from general knowledge of photographic and rendering products (MIT).
    /// </summary>
    private static readonly CompactWordSet PhotoGear = new(["kodak", "fujifilm", "fuji", "leica", "hasselblad", "canon", "nikon", "sony",
        "ilford", "agfa", "cinestill", "polaroid", "lomography", "olympus", "pentax", "mamiya", "zeiss", "sigma", "tamron", "lumix",
        "panasonic", "ricoh", "contax", "rollei", "rolleiflex", "yashica", "minolta", "konica", "voigtlander", "helios", "lensbaby",
        "arri", "blackmagic", "gopro", "iphone", "samsung", "xiaomi", "huawei", "portra", "ektar", "ektachrome", "kodachrome", "velvia",
        "provia", "superia", "fomapan", "summilux", "summicron", "noctilux", "xpan", "unreal", "octane", "redshift", "blender", "vray",
        "midjourney", "artstation", "deviantart", "pixiv", "behance", "flickr", "unsplash", "shutterstock", "instagram", "tiktok"]);

    /// <summary>Whether the folded word is a saint's prefix (San, Santa, Saint, Sankt, Sveti), which opens a place or a feast.</summary>
    internal static bool IsSaintPrefix(ReadOnlySpan<char> folded) => SaintPrefixes.Contains(folded);

    /// <summary>A saint's prefix, a place head or a photographic product: a word that opens no personal name (session 33, namesshape41s).</summary>
    internal static bool OpensNoName(ReadOnlySpan<char> folded) => SaintPrefixes.Contains(folded) || PlaceHeads.Contains(folded) || PhotoGear.Contains(folded);

    private static readonly CompactWordSet SaintPrefixes = new(["san", "santa", "santo", "sao", "saint", "sainte", "sankt", "st", "ste", "sta", "sveti", "sv"]);

    /// <summary>Longest word tried in <see cref="IsSpellingOfGiven"/>.</summary>
    private const int MaxSpelled = 16;

    /// <summary>
    /// Whether the folded word, with one spelling change (ck as cc, k as c, c as k, a doubled letter undoubled), is a given name
    /// of the lists as written (no sound key): at most four lookups a letter, asked only of a capitalised pair in a sexual prompt.
    /// </summary>
    private static bool IsSpellingOfGiven(ReadOnlySpan<char> word, PeopleLexicon people)
    {
        if (word.Length > MaxSpelled)
        {
            return false;
        }

        Span<char> buf = stackalloc char[MaxSpelled];
        var names = people.GivenNames;
        for (var p = 0; p < word.Length; p++)
        {
            WorkCounter.Add(1);
            var c = word[p];
            if (c is 'k' or 'c')
            {
                word.CopyTo(buf);
                buf[p] = c == 'k' ? 'c' : 'k';
                if (names.Contains(buf[..word.Length], int.MaxValue))
                {
                    return true;
                }
            }

            if (p + 1 < word.Length && word[p + 1] == c)
            {
                word[..p].CopyTo(buf);
                word[(p + 1)..].CopyTo(buf[p..]);
                if (names.Contains(buf[..(word.Length - 1)], int.MaxValue))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A frequent ordinary word as the list holds it, in lower case with its accents (Mortágua is not folded there).</summary>
    internal static bool IsOrdinaryAsWritten(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (word.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[32];
        var n = InvariantLower.Write(word, lower);
        return n > 0 && OrdinaryPhrases.IsOrdinaryWord(lower[..n]);
    }

    /// <summary>
    /// Session 41 (i16-latnames49): a capitalised Latin word written with letters that folding takes away (Aleš, Pär, Kronér,
    /// Jiří, Håkan), whose written form is no frequent word of any language: its folded twin (ales, par, kroner) is an ordinary
    /// or function word of some language, but the word as written is not that word — a name of a language that writes those
    /// letters. Written words that are frequent as written (für, más, été, därför, güzel, král) stay ordinary words.
    /// </summary>
    internal static bool WrittenApart(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        if (token.Length < 3 || token.Length > 32 || (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) != 0)
        {
            return false;
        }

        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (!char.IsUpper(word[0]) || System.Text.Ascii.IsValid(word))
        {
            return false;
        }

        Span<char> lower = stackalloc char[32];
        var n = InvariantLower.Write(word, lower);
        return n > 0 && !OrdinaryPhrases.IsFrequentWord(lower[..n]);
    }

    /// <summary>The last token of a hyphenated given name starting at <paramref name="j"/> (Seo-yeon, read as one word or two); -1 when none.</summary>
    private static int HyphenatedGivenEnd(TokenizedText text, int j)
    {
        ref var token = ref text[j];
        if (text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart).Contains('-'))
        {
            return j;
        }

        return j + 1 < text.SequenceCount && text[j + 1].Length >= 2 && IsLetters(text, j + 1)
            && token.SourceEnd + 1 == text[j + 1].SourceStart && text.Source[token.SourceEnd] == '-' ? j + 1 : -1;
    }

    internal static bool HasFamilyEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in FamilyNameEndings)
        {
            WorkCounter.Add(1);
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (word.Length >= MinShortSuffixedSurname)
        {
            foreach (var ending in ShortFamilyNameEndings)
            {
                WorkCounter.Add(1);
                if (word.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// False when <see cref="TryAt"/> at this token surely returns false without reading further: its word does not start with a
    /// capital or is a single character (tests <see cref="IsCapitalisedWord"/> makes), so the caller needs no call.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MayStartAt(TokenizedText text, in Token token) => token.Length >= 2 && char.IsUpper(text.Source[token.SourceStart]);

    internal static bool IsCapitalisedWord(TokenizedText text, int i, bool anyLanguage = false)
    {
        ref var token = ref text[i];
        return token.Length >= 2 && IsLetters(text, i) && char.IsUpper(text.Source[token.SourceStart]) && (anyLanguage || token.Languages == 0)
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0;
    }

    /// <summary>
    /// A word written all in capitals (BREAK, AND, NSFW) is prompt syntax or a tag, never a Vietnamese syllable of a name:
    /// "Hồ Gươm BREAK" is the lake before Stable Diffusion's chunk separator (session 19, i16-precision13).
    /// </summary>
    private static bool AllCapitals(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetters(TokenizedText text, int i) =>
        (text[i].Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0;

    private static bool Spaced(TokenizedText text, int i) => PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart);

    internal static bool Emit(TokenizedText text, int first, int last, SignalSummary into)
    {
        var start = text[first].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
        return true;
    }
}
