using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A likely real name (a name shape no list holds, <see cref="Signal.RealPersonLikely"/>) that is in fact a phrase of the
/// prompt's language or a place (session 19, i16-precision13). Three readings, each only after a likely name was found:
/// <list type="bullet">
/// <item>written without capitals (a caseless script, or lower-case Latin), every word a frequent word of a language and
/// the last word no word of the name lists: "mata ditutup" (Indonesian, blindfolded), "karl hugger" (Swedish, a man
/// chops), "ليلة وليلة" (night and night). Rules/Data/frequent-words.txt, OpenSubtitles word counts;</item>
/// <item>Thai: a run that segments into four or more words of the Thai dictionary (Rules/Data/thai-words.txt) is a
/// clause: "คุณยายขายพวงมาลัยหน้าวัด" (grandma sells garlands in front of the temple);</item>
/// <item>a place: the word before the name is a place preposition or a place noun ("bên Hồ Gươm", "chợ Bến Thành",
/// "phố cổ Hà Nội", "di Danau Toba"): a capitalised likely name only.</item>
/// </list>
/// A listed name is never dropped here: only the likely signal of unlisted shapes.
/// </summary>
internal static class OrdinaryPhrases
{
    private static readonly Lazy<(CompactWordSet Words, CompactWordSet Names)> FrequentWords = new(LoadFrequent);
    private static readonly Lazy<CompactWordSet> ThaiWords = new(() => Load("thai-words.txt"));

    /// <summary>
    /// Fewest dictionary words (in the segmentation with fewest words) that make a spaced Thai part a clause: a given name
    /// or surname of Sanskrit roots segments into two or three short words (สุนิสา), a clause into more.
    /// </summary>
    private const int MinThaiClauseWords = 4;

    /// <summary>Longest Thai dictionary word tried when segmenting (characters).</summary>
    private const int MaxThaiWord = 24;

    /// <summary>Longest Thai run segmented (a longer one is left alone: the segmentation table is on the stack).</summary>
    private const int MaxThaiRun = 96;

    /// <summary>Words of place before a name: prepositions of place and place nouns, lower case (vi, id, tl and others).</summary>
    private static readonly HashSet<string> PlaceBefore = new(StringComparer.Ordinal)
    {
        // Vietnamese: at, beside, through, near, to, from, around, along; lake, market, street, wharf, bay, river, mountain,
        // pagoda, temple, bridge, island, village, city, park, square, old (phố cổ), sea, beach, province.
        "ở", "tại", "bên", "qua", "gần", "đến", "tới", "từ", "quanh", "ven", "hồ", "chợ", "phố", "bến", "vịnh", "sông", "núi",
        "chùa", "đền", "cầu", "đảo", "làng", "phường", "quận", "tỉnh", "thành", "viên", "trường", "cổ", "biển", "bãi", "đồi", "đường",
        // Indonesian: at, to, from, near; lake, mountain, beach, island, temple, market, city, street, village, bay, river, park, mosque.
        "di", "ke", "dari", "dekat", "danau", "gunung", "pantai", "pulau", "candi", "pasar", "kota", "jalan", "jl", "desa", "teluk",
        "sungai", "taman", "masjid", "pura", "kampung", "alun-alun", "bukit", "kawah", "air", "terjun",
        // Tagalog: at/in (sa), lake, mountain, river, town, city, church, street.
        "sa", "lawa", "bundok", "ilog", "bayan", "lungsod", "simbahan", "kalye", "isla", "dalampasigan",
        // English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Polish, Czech, Turkish: place nouns only
        // (a preposition of these languages may stand before a name: "with", "of").
        "lake", "loch", "mount", "river", "village", "street", "square", "bay", "island", "castle", "cathedral", "palace",
        "market", "station", "beach", "see", "berg", "burg", "schloss", "platz", "lac", "mont", "place", "rue", "plage",
        "lago", "monte", "plaza", "praia", "piazza", "isola", "meer", "sjön", "ön", "jezioro", "rynek", "jezero", "náměstí",
        "gölü", "dağı", "meydanı", "köyü", "sahili",
    };

    /// <summary>
    /// Place nouns of the caseless scripts that open a place's name (square, street, lake, mountain, market, river, bridge,
    /// temple, mosque, palace, garden, sea, beach, village, city, station), written as a name opens with them: ميدان التحرير,
    /// میدان آزادی, כיכר דיזנגוף, डल झील's झील comes after, so Devanagari and Bengali heads are the ones written first.
    /// </summary>
    private static readonly HashSet<string> CaselessPlaceHeads = new(StringComparer.Ordinal)
    {
        // Arabic
        "ساحة", "ميدان", "شارع", "بحيرة", "جبل", "سوق", "نهر", "جسر", "قصر", "مسجد", "حديقة", "بحر", "شاطئ", "قرية", "مدينة",
        "محطة", "باب", "خان", "وادي", "جزيرة", "برج", "معبد", "كنيسة", "أهرامات", "حي",
        // Persian
        "میدان", "خیابان", "دریاچه", "کوه", "بازار", "رود", "رودخانه", "پل", "کاخ", "مسجد", "باغ", "دریا", "ساحل", "روستا",
        "شهر", "ایستگاه", "برج", "کوچه", "جزیره", "حرم", "امامزاده",
        // Hebrew
        "כיכר", "רחוב", "שדרות", "אגם", "הר", "שוק", "נהר", "גשר", "ארמון", "מסגד", "גן", "ים", "חוף", "כפר", "עיר", "תחנת",
        "מגדל", "מצפה", "נחל", "עמק", "בית",
        // Devanagari, Bengali: heads written before the name (the lake's word comes after: डल झील)
        "मंदिर", "बाज़ार", "बाजार", "चौक", "गांव", "गाँव", "शहर", "नगर", "मस्जिद", "किला", "महल",
        "মন্দির", "বাজার", "শহর", "গ্রাম", "মসজিদ", "নদী", "সেতু",
        // Korean, Thai (spaced before the name)
        "광장", "시장", "호수", "ตลาด", "วัด", "ถนน", "ทะเลสาบ", "ดอย", "เกาะ", "แม่น้ำ", "สะพาน", "อนุสาวรีย์",
    };

    /// <summary>
    /// Coast, shore, bay and lake nouns of the Latin-script languages that open a place's name written with capitals (Costa
    /// Brava, Côte d'Azur, Ufer des Starnberger Sees, Playa del Carmen, Lago di Como) and are no given names (session 31,
    /// i16-precision38p: "nadadora de 35 años … en la Costa Brava" was read as a named swimmer). Given names that are also
    /// place nouns (Isla, Sierra, Monte) are left out. Lower case, compared to the first word lowered.
    /// </summary>
    private static readonly HashSet<string> LatinPlaceHeads = new(StringComparer.Ordinal)
    {
        "costa", "côte", "cote", "riviera", "ufer", "küste", "kueste", "strandbad", "playa", "praia", "spiaggia", "cala", "bahía",
        "bahia", "baía", "baie", "golfo", "golfe", "lago", "lac", "lake", "loch", "isola", "ilha", "île", "ile", "insel", "cabo",
        "laguna", "lagoa", "plage", "beach", "bay", "coast",
    };

    /// <summary>Does a capitalised Latin span open with a coast, shore or lake noun (<see cref="LatinPlaceHeads"/>)?</summary>
    internal static bool OpensWithLatinPlaceNoun(ReadOnlySpan<char> span)
    {
        var space = span.IndexOf(' ');
        if (space <= 0 || space > 16 || !char.IsUpper(span[0]) || !IsLatinLetter(span[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[16];
        var n = InvariantLower.Write(span[..space], lower);
        return n > 0 && LatinPlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..n]);
    }

    /// <summary>Does a span of a caseless script open with a place noun (Arabic article, Hebrew one-letter prefix allowed)?</summary>
    public static bool OpensWithPlaceNoun(ReadOnlySpan<char> span)
    {
        var space = span.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var first = span[..space];
        var heads = CaselessPlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        if (heads.Contains(first))
        {
            return true;
        }

        // ال (the) before an Arabic noun; ב ה ל מ ו (in, the, to, from, and) joined to a Hebrew one.
        if (first.Length > 3 && first.StartsWith("\u0627\u0644", StringComparison.Ordinal) && heads.Contains(first[2..]))
        {
            return true;
        }

        return first.Length > 2 && first[0] is '\u05D1' or '\u05D4' or '\u05DC' or '\u05DE' or '\u05D5' && heads.Contains(first[1..]);
    }

    /// <summary>Drops the likely name when it is a phrase of ordinary words or a place.</summary>
    public static void DropLikely(TokenizedText text, SignalSummary into)
    {
        if (!into.Has(Signal.RealPersonLikely))
        {
            return;
        }

        ref readonly var likely = ref into[Signal.RealPersonLikely];
        if (likely.Field != PromptField.Prompt || likely.SourceStart < 0 || likely.SourceEnd > text.Source.Length || likely.SourceStart >= likely.SourceEnd)
        {
            return;
        }

        var source = text.Source.AsSpan();
        var span = source[likely.SourceStart..likely.SourceEnd];
        // A Thai given name of a name's shape and a family name are compounds of dictionary morphemes too: not a phrase (session 36).
        if (IsPlace(source, likely.SourceStart, span) || OpensWithPlaceNoun(span) || OpensWithLatinPlaceNoun(span) || (ContainsThai(span) ? (IsThaiClause(span) || HasThaiCompoundWord(span)) && !ThaiGivenNameShapes.IsPairSpan(span) : IsOrdinaryPhrase(span))
            || HasAccentedOrdinaryWord(span, ListedGivenFirst(text, likely.SourceStart, likely.SourceEnd)) || RunsOnLowerCase(text, span, likely.SourceEnd))
        {
            var thai = ContainsThai(span);
            into.Drop(Signal.RealPersonLikely);
            if (thai)
            {
                CaselessScriptNames.ReadThaiPairAfterDrop(text, into); // the phrase was the wrong span; a name-shaped pair may remain (session 36)
            }
        }
    }

    /// <summary>
    /// A Latin likely name with a word written with its accents that is a frequent ordinary word and in no name list (Vietnamese
    /// "Sài Gòn": sài is no name syllable, though its unaccented form is the given name Sai): a name is made of name words
    /// (session 21).
    /// </summary>
    /// <remarks>
    /// Session 37 (i16-nameslatin45): in a pair opened by a listed given name only the given name itself is tested. Turkish, Czech and Slovak
    /// family names are ordinary words written with their letters (Çelik steel, Doğan falcon, Çift pair, Výborná excellent), and
    /// the name readers have already put the pair where a person stands; "Sài Gòn" opens with no listed given name.
    /// </remarks>
    private static bool HasAccentedOrdinaryWord(ReadOnlySpan<char> span, bool listedGivenFirst)
    {
        if (!char.IsUpper(span[0]) || !char.IsAsciiLetter(span[0]) && !IsLatinLetter(span[0]) || VietnameseGivenNames.IsListed(span)
            || VietnameseFullNames.IsShape(span)) // Quách Thị Lan, Kiều Mỹ Duyên: quách, mỹ are words too (session 35)
        {
            return false;
        }

        var (words, names) = FrequentWords.Value;
        Span<char> lower = stackalloc char[32];
        var first = true;
        foreach (var range in span.Split(' '))
        {
            var word = span[range];
            var family = !first;
            first = false;
            if (word.IsEmpty || word.Length > lower.Length || System.Text.Ascii.IsValid(word) || !IsLatinLetter(word[0]) || (family && listedGivenFirst))
            {
                continue;
            }

            var n = InvariantLower.Write(word, lower);
            if (words.Contains(lower[..n]) && !names.Contains(lower[..n]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The likely name is two words, the first a listed given name (its word carries the given-name tag) and the second the
    /// next word. A longer span is a phrase with its particle ("Dia das Mães", Mother's Day: Dia is a given name too).
    /// </summary>
    private static bool ListedGivenFirst(TokenizedText text, int start, int end)
    {
        var k = text.SequenceStartingAt(start);
        return k >= 0 && k + 1 < text.SequenceCount && (text[k].Tags & WordTags.GivenName) != 0 && text[k + 1].SourceEnd == end;
    }

    private static bool IsLatinLetter(char c) => c is >= 'A' and <= 'z' or >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF';

    /// <summary>
    /// A lower-case Latin likely name whose words are frequent words of a language (name syllables or not), followed by
    /// another lower-case frequent word that no term matched: the pair is the start of a phrase that runs on ("nam sinh viên",
    /// male university student), where a name typed in lower case is followed by what the prompt says of it (session 21).
    /// </summary>
    private static bool RunsOnLowerCase(TokenizedText text, ReadOnlySpan<char> span, int end)
    {
        foreach (var c in span)
        {
            if (char.IsUpper(c) || !(c == ' ' || IsLatinLetter(c)))
            {
                return false;
            }
        }

        var (words, _) = FrequentWords.Value;
        foreach (var range in span.Split(' '))
        {
            if (!span[range].IsEmpty && !words.Contains(span[range]))
            {
                return false;
            }
        }

        for (var t = 0; t < text.SequenceCount; t++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[t];
            if (token.SourceStart < end)
            {
                continue;
            }

            var next = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
            return (token.Tags & WordTags.Matched) == 0 && PersonDetector.OnlySpaceBetween(text.Source, end, token.SourceStart)
                && next.Length > 0 && !char.IsUpper(next[0]) && words.Contains(next);
        }

        return false;
    }

    /// <summary>A place preposition or place noun right before the name (or two words before: "phố cổ Hà Nội").</summary>
    private static bool IsPlace(ReadOnlySpan<char> source, int start, ReadOnlySpan<char> span)
    {
        if (!char.IsUpper(span[0]))
        {
            return false; // a place is written with capitals in the Latin script; a caseless name has no such clue
        }

        var end = start;
        for (var k = 0; k < 2; k++)
        {
            var word = WordBefore(source, ref end);
            if (word.IsEmpty)
            {
                return false;
            }

            if (IsPlaceWord(word))
            {
                return !(k == 0 && word is "di" && ItalianPictureBefore(source, end));
            }
        }

        return false;
    }

    /// <summary>
    /// Italian nouns of a picture or recording ("un'immagine di", "foto nuda di", "video hard rubato di"): Italian "di" is "of",
    /// and after such a noun it names whom the picture shows, while Indonesian "di" ("at", why it is a place word here) puts a
    /// capitalised pair where the picture is taken (session 32, i16-namescased40: batch 39's "fammi un'immagine di Anna
    /// Tatangelo che fa sesso", "video hard rubato di Miriam Candurro" were dropped as places). Indonesian writes foto, video too,
    /// so the noun alone does not decide: "foto bugil di Pantai Kuta" is still dropped by its place noun (OpensWithPlaceNoun).
    /// </summary>
    private static readonly HashSet<string> ItalianPictureNouns = new(StringComparer.Ordinal)
    {
        "immagine", "immagini", "foto", "fotografia", "fotografie", "ritratto", "ritratti", "scatto", "scatti", "video", "filmato",
        "fotogramma", "selfie", "nudo", "nuda", "nudi", "nude",
        // Session 41 (i16-handles49): the phone or computer the pictures came from ("nudi rubati dal telefono di …") names its owner.
        "telefono", "cellulare", "smartphone", "iphone", "computer", "portatile",
    };

    /// <summary>One of the three words before the "di" that ends at <paramref name="end"/> (same clause) is an Italian picture noun.</summary>
    private static bool ItalianPictureBefore(ReadOnlySpan<char> source, int end)
    {
        Span<char> lower = stackalloc char[16];
        for (var k = 0; k < 3; k++)
        {
            var word = WordBefore(source, ref end);
            if (word.IsEmpty || word.Length > lower.Length)
            {
                return false;
            }

            var n = InvariantLower.Write(word, lower);
            if (ItalianPictureNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..n]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlaceWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[32];
        if (word.Length > lower.Length)
        {
            return false;
        }

        var n = InvariantLower.Write(word, lower);
        return n > 0 && PlaceBefore.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..n]);
    }

    /// <summary>The word that ends at <paramref name="end"/> (spaces skipped; a comma or other mark ends the search).</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> source, ref int end)
    {
        var i = end;
        while (i > 0 && source[i - 1] == ' ')
        {
            i--;
        }

        var wordEnd = i;
        while (i > 0 && (char.IsLetter(source[i - 1]) || char.GetUnicodeCategory(source[i - 1]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
        {
            i--;
        }

        end = i;
        return source[i..wordEnd];
    }

    /// <summary>No capital letter, every word frequent, the last one no name word.</summary>
    private static bool IsOrdinaryPhrase(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return AllFrequent(span);
    }

    /// <summary>The word as the list holds it, or an Arabic-script word without its joined conjunction (وليلة); empty when neither is frequent.</summary>
    private static ReadOnlySpan<char> FrequentForm(ReadOnlySpan<char> word, CompactWordSet words)
    {
        if (words.Contains(word))
        {
            return word;
        }

        // Arabic and Persian join و (and) and ف (so) to the next word; Hebrew joins ב ה ו כ ל מ ש (in, the, and, as, to,
        // from, that): בשוק is "in the market".
        if (word.Length > 3 && word[0] is '\u0648' or '\u0641' or '\u05D1' or '\u05D4' or '\u05D5' or '\u05DB' or '\u05DC' or '\u05DE' or '\u05E9')
        {
            var rest = word[1..];
            return words.Contains(rest) ? rest : default;
        }

        return default;
    }

    /// <summary>
    /// Is every word of a span (read by sound from a caseless script as a listed name) a frequent ordinary word of the
    /// language, the last one no word of the name lists? Then the words spell the name by chance: راننده اتوبوس ("bus
    /// driver") keyed as Martin Short, בשוק מחנה ("in the Mahane market") as Porsche Macan. A given name written in these
    /// scripts (أنجلينا, رامي) is seldom among the 10,000 most frequent words of subtitles, so a real name keeps its match;
    /// a surname that is a frequent word (مالك, جولي) does not make the name ordinary when the given name is not.
    /// </summary>
    public static bool AllFrequent(ReadOnlySpan<char> span)
    {
        var (words, names) = FrequentWords.Value;
        ReadOnlySpan<char> last = default;
        var count = 0;
        foreach (var range in span.SplitAny(" -\u00A0\u200C\u200D\u200B\u00B7\u30FB"))
        {
            var word = span[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var stem = FrequentForm(word, words);
            if (stem.IsEmpty)
            {
                return false;
            }

            last = stem;
            count++;
        }

        return count >= 2 && !names.Contains(last);
    }

    private static bool ContainsThai(ReadOnlySpan<char> span) => Scripts.ContainsThai(span);

    /// <summary>A Thai run that segments wholly into dictionary words, four or more in one spaced part.</summary>
    private static bool IsThaiClause(ReadOnlySpan<char> span)
    {
        // The repetition mark ๆ (mai yamok) doubles an adjective or adverb (บางๆ, thin; เล็กๆ, small): no personal name
        // writes it, so a run holding it is a phrase (โนบรา เสื้อยืดบางๆ, held-out batch 23; session 20).
        if (span.Contains('\u0E46'))
        {
            return true;
        }

        var most = 0;
        foreach (var range in span.Split(' '))
        {
            var part = span[range];
            if (part.IsEmpty)
            {
                continue;
            }

            var words = SegmentCount(part);
            if (words < 0)
            {
                return false;
            }

            most = Math.Max(most, words);
        }

        return most >= MinThaiClauseWords;
    }

    /// <summary>
    /// Is a Thai span dictionary words through and through, one of its spaced words splitting into three or more dictionary words
    /// of 3+ characters (ตัว|เปียก|โชก "soaking wet body", ร้าน|นวด|น้ำ|มัน "oil massage parlour")? Then it is a phrase, not a name
    /// (session 29, i16-precision33: นมใหญ่ ตัวเปียกโชก was reviewed as a likely person). A given name does not segment
    /// (พาณิภัค), so a name with a long surname (วงศ์|พัฒน|กิจ) stays one.
    /// </summary>
    internal static bool HasThaiCompoundWord(ReadOnlySpan<char> span)
    {
        var compound = false;
        foreach (var range in span.Split(' '))
        {
            var part = span[range];
            if (part.IsEmpty)
            {
                continue;
            }

            // Every word must be dictionary words through and through: a name word of the span (พาณิภัค) does not split, while
            // a surname may well split into three (วงศ์|พัฒน|กิจ) beside it.
            if (SegmentCount(part) < 0)
            {
                return false;
            }

            compound |= CompoundPieces(part) >= MinThaiPhrasePieces;
        }

        return compound;
    }

    /// <summary>
    /// Fewest pieces a word must split into (dictionary words of 3+ characters each) to be a phrase rather than a name: Thai
    /// names split into two (ศรี|สุข, ปิยะ|นุช, พิมพ์|ชนก), phrases into three and more (ตัว|เปียก|โชก, ร้าน|นวด|น้ำ|มัน).
    /// </summary>
    private const int MinThaiPhrasePieces = 3;

    /// <summary>Most pieces of 3+ characters, each a dictionary word, that a Thai word splits into wholly; 0 when it does not.</summary>
    private static int CompoundPieces(ReadOnlySpan<char> word) =>
        word.Length < MinThaiPhrasePieces * MinThaiCompoundPiece ? 0 : MostPieces(word);

    /// <summary>
    /// Most pieces of <see cref="MinThaiCompoundPiece"/>+ characters, each a dictionary word, that a Thai word splits into
    /// wholly; 0 when it does not (or is not Thai, or is longer than <see cref="MaxThaiRun"/>).
    /// </summary>
    private static int MostPieces(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxThaiRun || !Scripts.IsThai(word[0]))
        {
            return 0;
        }

        var dictionary = ThaiWords.Value;
        Span<byte> most = stackalloc byte[MaxThaiRun + 1]; // 0 unreached, else 1 + pieces so far
        most.Clear();
        most[0] = 1;
        for (var i = 0; i < word.Length; i++)
        {
            if (most[i] == 0)
            {
                continue;
            }

            for (var len = MinThaiCompoundPiece; len <= MaxThaiWord && i + len <= word.Length; len++)
            {
                WorkCounter.Add(1);
                if (dictionary.Contains(word.Slice(i, len)))
                {
                    most[i + len] = Math.Max(most[i + len], (byte)(most[i] + 1));
                }
            }
        }

        return most[word.Length] == 0 ? 0 : most[word.Length] - 1;
    }

    /// <summary>Shortest piece of a Thai compound (<see cref="IsThaiCompound"/>): names of Sanskrit roots split into shorter ones (สุ นิ สา).</summary>
    private const int MinThaiCompoundPiece = 3;

    /// <summary>
    /// Does a spaced Thai word split wholly into two or more dictionary words of 3+ characters each (ค่ายมวย "boxing camp",
    /// เหงื่อโชก "drenched in sweat", ตลาดนัด "market")? A pair of such compounds is a phrase, not a given name and surname:
    /// Thai personal names are nicknames (one word: ใหม่) or of Sanskrit roots that split into short pieces or not at all.
    /// </summary>
    internal static bool IsThaiCompound(ReadOnlySpan<char> word) =>
        word.Length >= 2 * MinThaiCompoundPiece && MostPieces(word) >= 2;

    /// <summary>
    /// Session 39 (i16-precision47): is a Thai window two or more words of the Thai dictionary through and through
    /// (แพทย์|ใช้|ไฟ, "the doctor uses a torch")? Then it is ordinary Thai, not an English word written by its sound: the
    /// thanthakhat of a Sanskrit loan (แพทย์) marks the window as a loanword, and its skeleton P-T-CH-F keyed as footjob
    /// (batch 46's paediatrician illustration, blocked as sexual content with a minor). A loanword the rules read (แฮนด์จ็อบ,
    /// โบลว์จ็อบ) does not split into dictionary words; one dictionary word alone (เซ็กส์) is kept.
    /// </summary>
    internal static bool IsThaiWords(ReadOnlySpan<char> window) => SegmentCount(window) >= 2;

    /// <summary>Is the Thai word one word of the Thai dictionary as it stands (session 42: a nickname after a joined title is none)?</summary>
    internal static bool IsThaiDictionaryWord(ReadOnlySpan<char> word) => ThaiWords.Value.Contains(word);

    /// <summary>Session 43 (i16-asia51): is the Thai span one or more dictionary words through and through (the words glued after a name)?</summary>
    internal static bool IsThaiRun(ReadOnlySpan<char> span) => !span.IsEmpty && SegmentCount(span) >= 1;

    /// <summary>
    /// Does the window <c>word[start..end]</c> lie inside a stretch of <paramref name="word"/> that is two or more dictionary words
    /// through and through, the stretch starting at most <see cref="MaxThaiWindowReach"/> letters before it and ending at most as
    /// many after it? A window may open inside a dictionary word (สัตว|แพทย์ใช้ไฟ, the vet's torch), which alone does not
    /// segment. Called only for a window that keyed as a loanword (rare), at most (reach + 1)² segmentations.
    /// </summary>
    internal static bool IsInThaiWords(ReadOnlySpan<char> word, int start, int end)
    {
        for (var a = start; a >= Math.Max(0, start - MaxThaiWindowReach); a--)
        {
            for (var b = end; b <= Math.Min(word.Length, end + MaxThaiWindowReach); b++)
            {
                if (IsThaiWords(word[a..b]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How far before and after a loanword window <see cref="IsInThaiWords"/> looks for the dictionary words around it.</summary>
    private const int MaxThaiWindowReach = 6;

    /// <summary>Fewest dictionary words that make up <paramref name="part"/>, or -1 when it does not segment.</summary>
    private static int SegmentCount(ReadOnlySpan<char> part)
    {
        if (part.Length > MaxThaiRun)
        {
            return -1;
        }

        var dictionary = ThaiWords.Value;
        Span<int> best = stackalloc int[MaxThaiRun + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (var i = 0; i < part.Length; i++)
        {
            if (best[i] == int.MaxValue)
            {
                continue;
            }

            for (var len = 1; len <= MaxThaiWord && i + len <= part.Length; len++)
            {
                WorkCounter.Add(1);
                if (best[i] + 1 < best[i + len] && dictionary.Contains(part.Slice(i, len)))
                {
                    best[i + len] = best[i] + 1;
                }
            }
        }

        return best[part.Length] == int.MaxValue ? -1 : best[part.Length];
    }

    private static (CompactWordSet, CompactWordSet) LoadFrequent()
    {
        using var reader = RuleDataFile.Open("frequent-words.txt");
        var words = new List<string>();
        var names = new List<string>();
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var tab = line.IndexOf('\t');
            var word = tab < 0 ? line : line[..tab];
            words.Add(word);
            if (tab >= 0)
            {
                names.Add(word);
            }
        }

        return (new CompactWordSet(words), new CompactWordSet(names));
    }

    private static CompactWordSet Load(string file)
    {
        using var reader = RuleDataFile.Open(file);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim().Normalize());
            }
        }

        return new CompactWordSet(words);
    }

    /// <summary>Is the word (lower case, as written) among the frequent words of some language, name word or not (session 41)?</summary>
    internal static bool IsFrequentWord(ReadOnlySpan<char> word) => FrequentWords.Value.Words.Contains(word);

    /// <summary>Is the word (lower case) a frequent ordinary word of some language and no name word (German Mitte, mid-)?</summary>
    internal static bool IsOrdinaryWord(ReadOnlySpan<char> word)
    {
        var words = FrequentWords.Value;
        return words.Words.Contains(word) && !words.Names.Contains(word);
    }

    /// <summary>
    /// Is the word (as the prompt spells it) a frequent ordinary word that no name list holds, as written or without a joined
    /// conjunction or Hebrew prefix (وما "and what", راقصة "dancer")? Such a word in a name's first slot is the sentence's word,
    /// whatever Latin given name its letters spell by sound; or an ordinary word of the CLDR lists, inflected or not.
    /// </summary>
    /// <remarks>
    /// Either list alone also holds names by chance (subtitles' frequent words: جينيفر, ريم; CLDR words: টেলর "tailor", করিনা "I
    /// don't"), so a bare word counts only when both lists hold it (راقصة); a word counts alone by its form: a case ending or a
    /// joined particle taken off to reach an ordinary word (হোটেলের, লেসের, وما).
    /// </remarks>
    internal static bool IsOrdinaryNonName(ReadOnlySpan<char> word)
    {
        if (OrdinaryWords.IsInflectedOrdinary(word))
        {
            return true;
        }

        var (words, names) = FrequentWords.Value;
        if (names.Contains(word))
        {
            return false;
        }

        // وما = و + ما ("and what"): a joined conjunction or Hebrew prefix before a frequent word that is no name word.
        if (word.Length >= 3 && word[0] is '\u0648' or '\u0641' or '\u05D1' or '\u05D4' or '\u05D5' or '\u05DB' or '\u05DC' or '\u05DE' or '\u05E9'
            && words.Contains(word[1..]) && !names.Contains(word[1..]))
        {
            return true;
        }

        return words.Contains(word) && OrdinaryWords.ContainsInflected(word);
    }

    /// <summary>For tests: is the word in the frequent list, and is it a name word.</summary>
    internal static (bool Frequent, bool Name) Lookup(string word) =>
        (FrequentWords.Value.Words.Contains(word), FrequentWords.Value.Names.Contains(word));
}
