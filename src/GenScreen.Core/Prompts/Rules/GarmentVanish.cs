using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 39 (i16-nudify47): a garment made to vanish — "make her clothes invisible", "lass ihre Kleidung verschwinden",
/// "haz que su ropa desaparezca", "сделай её одежду невидимой", "kıyafetlerini görünmez yap", "תעלים את הבגדים שלה",
/// "اجعل ملابسها تختفي", "उसके कपड़े गायब कर दो" — is the clothes of an input image's person taken away. Read as structure: a
/// vanish word (<see cref="WordTags.VanishWord"/>, data: Lexicons/Data/nudify47/nudify47.json, written by
/// tools/nudify47/lexicon.py) and a garment word (clothing tag, also inflected or with a Hebrew prefix) within
/// <see cref="Reach"/> words of it in the same clause. Weak undressing (<see cref="UndressGrammar.Weak"/>): decides only
/// with an input image. Not read: a vanish word with no garment (the watermark, a passer-by, the logo), and a garment that
/// is only where the vanishing thing is — after a preposition of place one or two words before it ("the stain on her
/// shirt", "la tache sur sa robe", "пятно на её платье", "הכתם על החולצה"), or a Turkish/Persian/Hindi locative
/// (<c>elbisesindeki</c>, <c>روی پیراهنش</c>, <c>कुर्ते पर</c>).
/// </summary>
/// <remarks>Runs only at a word tagged as a vanish word; at most 2 × <see cref="Reach"/> words read: linear.</remarks>
/// <para>
/// Session 40 (i16-nudify48): the same reader takes the verbs of removal and erasure whose object follows them
/// (<see cref="WordTags.EraseVerb"/>: "erase the woman's shirt and bra", "usuń sukienkę tej kobiety", "σβήσε τα ρούχα της",
/// "הסר את השמלה של האישה", "hapus baju cewek di foto ini") and the editing verbs that remove only with a particle of "away"
/// (<see cref="WordTags.RetouchVerb"/>: "retouch her clothes away", "retuschier ihr das Kleid weg", "retuschera bort hennes
/// tröja"): one garment class, one place guard. Read forward only (<see cref="DetectErase"/>); the garment must be the
/// verb's object: not after a preposition of place or origin ("the stain on her shirt", "la mancha de su camisa", "z jej
/// bluzki"), not a Hebrew garment with the prefix of "from" or "in" (מהשמלה), and not taken out of a place after it
/// (<see cref="TakenOutOf"/>: "the clothes out of the wardrobe", "la ropa de la lavadora", "τα ρούχα από την ντουλάπα"),
/// the guard the undressing terms share (TermMatcher.IsSetAside). Data: Lexicons/Data/nudify48/nudify48.json, written by
/// tools/nudify48/lexicon.py.
/// </para>
internal static class GarmentVanish
{
    /// <summary>How many words after an erase verb its garment may stand ("erase the woman's shirt": the, woman, s, shirt).</summary>
    private const int EraseReach = 5;

    /// <summary>
    /// Prepositions of place and origin one or two words before a garment that an erase verb would otherwise take (folded):
    /// the garment is where the erased thing is. Wider than <see cref="PlacePrepositions"/> because an erase verb always has
    /// an object of its own before them ("remove the wrinkles in her shirt", "wymaż plamę z jej bluzki").
    /// </summary>
    private static readonly string[] ErasePlaces = WithFolded(
    [
        "in", "of", "at", "under", "around", "near", "behind", "im", "an", "am", "unter", "aus", "um", "en", "nel", "nella", "nei", "sotto",
        "no", "nos", "em", "z", "ze", "zo", "ur", "fran", "från", "i", "в", "во", "у", "под", "під", "μεσα", "μέσα", "στα", "στις", "στον",
        "في", "بر", "में", "sa", "trong", "khỏi", "khoi", "ke", "pada",
    ]);

    /// <summary>Romance contractions of "of/from" and an article, right before a garment (da camisa, dalla maglia, du t-shirt).</summary>
    private static readonly string[] OfContractions = ["da", "do", "du", "delle", "degli", "dei", "della", "dello", "del"];

    /// <summary>"of/from" of the Romance languages two words before a garment, a determiner between (de su camisa, de sa robe).</summary>
    private static readonly string[] OfWords = ["de", "di", "a"];

    /// <summary>Words of contrast that end the verb's reach ("lepas jaketnya tapi sweater dan syalnya biarin": keep the sweater).</summary>
    private static readonly string[] ContrastWords = WithFolded(
    [
        "but", "except", "keep", "aber", "außer", "mais", "sauf", "pero", "excepto", "salvo", "ma", "tranne", "mas", "exceto", "maar", "behalve", "men",
        "utom", "ale", "oprócz", "kromě", "но", "кроме", "але", "крім", "αλλά", "εκτός", "אבל", "חוץ", "لكن", "لكن", "ولكن", "اما", "ولی", "लेकिन",
        "पर", "কিন্তু", "tapi", "tetapi", "kecuali", "pero", "maliban", "nhưng", "trừ", "ama", "fakat", "hariç",
    ]);

    /// <summary>Postpositions of place or origin (Hindi, Bengali): the noun before them is the place; a picture there is only "in the photo".</summary>
    private static readonly string[] Postpositions = ["से", "पर", "में", "থেকে", "উপর", "ওপর", "তে"];

    /// <summary>
    /// Particles of "away" that make an editing verb remove (retouch away, edit out, photoshop off, retuschier … weg,
    /// retuschera bort, haal … weg, cancella via): right after the verb, or after its garment within two words.
    /// </summary>
    private static readonly string[] AwayParticles = ["away", "out", "off", "weg", "bort", "via", "uit"];

    /// <summary>
    /// Prepositions of origin after a garment: with a place after them (<see cref="IsPlaceOfClothes"/>), the clothes are taken
    /// out of it, not off a person.
    /// </summary>
    private static readonly string[] OriginWords = WithFolded(
    [
        "from", "out", "of", "aus", "vom", "de", "del", "dal", "dalla", "dallo", "dall", "da", "do", "dos", "das", "uit", "van", "z", "ze", "ur",
        "från", "fran", "из", "изо", "с", "со", "з", "із", "зі", "από", "απο", "απ", "من", "از", "से", "থেকে", "dari", "mula", "sa", "khỏi", "khoi",
        "ra", "trong", "fuori",
    ]);

    /// <summary>
    /// Stems of the places clothes are kept, washed or carried (wardrobe, closet, cupboard, drawer, suitcase, bag, box, basket,
    /// washing machine, dryer, clothes line, rack, shelf, chest) in the spaced scripts of the 26 languages, matched as the start
    /// of a word so every case form is read (szafy, шкафа, шафи, pračky, skříně, lavadora, armadio, ντουλάπα, ארון, خزانة,
    /// کمد, अलमारी, আলমারি, lemari, aparador, tủ). Written for GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly string[] ClothesPlaceStems = WithFolded(
    [
        // en
        "wardrobe", "closet", "cupboard", "drawer", "suitcase", "luggage", "bag", "box", "basket", "hamper", "washer", "washing", "dryer", "laundry",
        "clothesline", "rack", "hanger", "shelf", "shelves", "trunk", "dresser",
        // de
        "schrank", "kleiderschrank", "schublade", "koffer", "tasche", "kiste", "korb", "waschmaschine", "trockner", "wäscheleine", "wascheleine",
        "regal", "kommode", "truhe", "wäschekorb", "waschekorb",
        // fr
        "armoire", "placard", "tiroir", "valise", "sac", "boîte", "boite", "panier", "machine", "lave-linge", "sèche-linge", "seche-linge", "étagère",
        "etagere", "commode", "penderie", "malle", "fil",
        // es, pt, it
        "armario", "cajón", "cajon", "maleta", "bolsa", "caja", "cesta", "lavadora", "secadora", "tendedero", "estante", "cómoda", "baúl", "baul",
        "guarda-roupa", "guardarroupa", "gaveta", "mala", "sacola", "caixa", "cesto", "máquina", "maquina", "secadora", "varal", "prateleira",
        "armadio", "cassetto", "valigia", "borsa", "scatola", "cesto", "lavatrice", "asciugatrice", "stendino", "mensola", "baule",
        // nl, sv
        "kast", "kledingkast", "lade", "koffer", "tas", "doos", "mand", "wasmachine", "droger", "waslijn", "plank",
        "garderob", "byrå", "byra", "låda", "lada", "resväska", "resvaska", "väska", "vaska", "korg", "tvättmaskin", "tvattmaskin", "torktumlare",
        "tvättlina", "hylla",
        // pl, cs (stems: every case)
        "szaf", "szuflad", "walizk", "walizc", "torb", "pudł", "pudel", "kosz", "pralk", "suszark", "półk", "polk", "komod",
        "skří", "skri", "šatník", "satnik", "šuplí", "supli", "kufr", "tašk", "krabic", "koš", "pračk", "prack", "sušičk", 
        // ru, uk
        "шкаф", "гардероб", "ящик", "чемодан", "сумк", "коробк", "корзин", "стиральн", "машинк", "сушилк", "полк", "комод",
        "шаф", "шухляд", "валіз", "сумк", "коробк", "кошик", "пральн", "сушарк", "поличк",
        // el, he, ar, fa
        "ντουλάπ", "ντουλαπ", "συρτάρ", "συρταρ", "βαλίτσ", "βαλιτσ", "τσάντ", "τσαντ", "κουτί", "κουτι", "καλάθ", "καλαθ", "πλυντήρι", "πλυντηρι",
        "ארון", "מהארון", "מגירה", "מהמגירה", "מזוודה", "מהמזוודה", "תיק", "מהתיק", "מכונת", "ממכונת", "סל", "מהסל",
        "خزانة", "الخزانة", "دولاب", "الدولاب", "الخزانه", "درج", "الدرج", "حقيبة", "الحقيبة", "غسالة", "الغسالة", "صندوق", "الصندوق", "سلة", "السلة",
        "کمد", "چمدان", "چمدون", "کشو", "ساک", "کیف", "جعبه", "ماشین", "لباسشویی", "سبد",
        // hi, bn
        "अलमारी", "दराज", "सूटकेस", "बैग", "थैले", "डिब्बे", "टोकरी", "मशीन",
        "আলমারি", "ড্রয়ার", "সুটকেস", "ব্যাগ", "বাক্স", "ঝুড়ি", "মেশিন",
        // id, tl, vi, tr
        "lemari", "laci", "koper", "tas", "kotak", "keranjang", "mesin", "jemuran", "rak",
        "aparador", "kabinet", "maleta", "bag", "kahon", "basket", "labahan", "sampayan",
        "tủ", "ngăn", "vali", "túi", "hộp", "giỏ", "máy",
        "dolap", "çekmece", "cekmece", "valiz", "çanta", "canta", "kutu", "sepet", "makine",
    ]);

    /// <summary>
    /// The clothes at <paramref name="garmentEnd"/> (the garment, or the last word of an undressing phrase that holds it)
    /// are taken out of a place: within two words after it, a preposition of origin (<see cref="OriginWords"/>; or the
    /// phrase ends on one, "kleren uit") and, past at most two determiners or possessives, a place clothes are kept in
    /// (<see cref="ClothesPlaceStems"/>): "take the clothes out of the wardrobe", "saca la ropa de la lavadora", "tira a roupa
    /// do varal", "haal de kleren uit de kast", "βγάλε τα ρούχα από την ντουλάπα", "достань одежду из шкафа". A person,
    /// the body or a picture after the preposition is no such place, so "quita la ropa de la chica" stays undressing.
    /// Linear: at most seven words read. This is the guard for languages that put the place AFTER the clothes; the verb-final
    /// languages (hi, bn, fa, tr), which put it before, are read by <see cref="VerbFinalUndress.TakenOutOfPlace"/> (both
    /// written in session 40 by two branches at once: one guard, split by word order).
    /// </summary>
    internal static bool TakenOutOf(TokenizedText text, int garmentEnd)
    {
        var n = text.SequenceCount;
        for (var p = garmentEnd; p < n && p <= garmentEnd + 2; p++)
        {
            WorkCounter.Add(1);
            if (p > garmentEnd && AgeText.IsChunkBreak(text, p - 1, p))
            {
                return false;
            }

            // "מהארון" (from the wardrobe): Hebrew joins "from" to its place.
            var at = text.TextOf(in text[p]);
            if (p > garmentEnd && at.Length > 3 && at[0] == 'מ' && IsPlaceOfClothes(at))
            {
                return true;
            }

            if (!IsOneOf(at, OriginWords))
            {
                continue;
            }

            for (var q = p + 1; q < n && q <= p + 3; q++)
            {
                if (AgeText.IsChunkBreak(text, q - 1, q))
                {
                    return false;
                }

                var word = text.TextOf(in text[q]);
                if (IsPlaceOfClothes(word))
                {
                    return true;
                }

                if ((text[q].Tags & (WordTags.PersonWord | WordTags.SubjectPronoun)) != 0 || word.Length > 4)
                {
                    break; // a person, or a noun that is no place of clothes: the next origin word may still come
                }
            }
        }

        return false;
    }

    private static bool IsPlaceOfClothes(ReadOnlySpan<char> word)
    {
        foreach (var stem in ClothesPlaceStems)
        {
            // Short stems are whole words (la, tu, fil, bag); longer ones open every case form (szafy, шкафа, ντουλάπα).
            if (stem.Length <= 3 ? word.SequenceEqual(stem) : word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Picture words: "на фото", "in the photo", "בתמונה" after a preposition name the picture, not a place on the body.</summary>
    private static readonly string[] PictureWords = WithFolded(
    [
        "photo", "photos", "picture", "pic", "image", "foto", "fotos", "fotce", "fotku", "fotografii", "fotografia", "fotografie", "bild", "bilden",
        "bilde", "zdjęciu", "zdjęcia", "фото", "снимке", "фотографии", "картинке", "світлині", "фотографії", "картинці", "φωτογραφία", "εικόνα",
        "תמונה", "صورة", "الصورة", "عکس", "फोटो", "तस्वीर", "ছবি", "ছবিতে", "gambar", "larawan", "litrato", "ảnh", "resim", "resimde",
    ]);

    /// <summary>The list with each word's form without accents added (the tokenizer folds Latin and Greek accents).</summary>
    private static string[] WithFolded(string[] words)
    {
        var all = new List<string>(words.Length * 2);
        foreach (var w in words)
        {
            all.Add(w);
            var d = w.Normalize(System.Text.NormalizationForm.FormD);
            var sb = new System.Text.StringBuilder(d.Length);
            foreach (var c in d)
            {
                if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    sb.Append(c);
                }
            }

            var folded = sb.ToString().Normalize(System.Text.NormalizationForm.FormC);
            if (folded != w && folded.Length > 1 && folded is not "tu")
            {
                all.Add(folded);
            }
        }

        return [.. all];
    }

    /// <summary>
    /// An erase verb (<see cref="WordTags.EraseVerb"/>) or an editing verb with its particle of "away"
    /// (<see cref="WordTags.RetouchVerb"/>) at <paramref name="i"/>, its garment object within <see cref="EraseReach"/> words
    /// after it in its clause (or "everything she is wearing"): weak undressing (decides only with an input image).
    /// </summary>
    public static void DetectErase(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var strong = (text[i].Tags & WordTags.EraseVerb) != 0;
        var n = text.SequenceCount;
        var particle = strong || (i + 1 < n && IsOneOf(text.TextOf(in text[i + 1]), AwayParticles));
        for (var k = i + 1; k < n && k <= i + EraseReach && !AgeText.IsChunkBreak(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);

            // A contrast word, or another verb of change or removal, starts what the verb does not reach ("remove the
            // background and make her dress red").
            // ("dress" is a change verb and a garment: a garment word is read as one.)
            if (IsOneOf(text.TextOf(in text[k]), ContrastWords)
                || ((text[k].Tags & (WordTags.ChangeVerb | WordTags.EraseVerb | WordTags.RetouchVerb)) != 0 && (text[k].Tags & WordTags.Clothing) == 0))
            {
                return;
            }

            if (!IsErasableGarment(text, k, index))
            {
                // "edit out everything she is wearing", "efface ce qu'elle porte": what the person wears (WornThing).
                if (particle && (text[k].Tags & (WordTags.EverythingWord | WordTags.UndressFiller)) != 0 && WornThing.TryAt(text, k) is var worn and >= 0)
                {
                    UndressGrammar.Weak(text, i, worn, into);
                    return;
                }

                continue;
            }

            // The first garment decides: where the erased thing is ("the stain on her shirt"), or the clothes taken out of a place.
            if (IsErasePlace(text, k, index) || TakenOutOf(text, k) || IsTurkishPlaceOrOwner(text.TextOf(in text[k])) || IsCompound(text, i, k))
            {
                return;
            }

            // "remove her glasses and dress her in red": an English garment word with a pronoun after it is the verb.
            if (k + 1 < n && IsPlainLatin(text.TextOf(in text[k])) && text.TextOf(in text[k + 1]) is "her" or "him" or "them" or "me" or "you" or "up")
            {
                return;
            }

            if (particle || ParticleAfter(text, k))
            {
                UndressGrammar.Weak(text, i, k, into);
            }

            return;
        }
    }

    /// <summary>
    /// "remove the clothes hanger", "remove the shirt logo": an English garment that modifies the word after it
    /// (<see cref="PersonDetector.IsCompoundHead"/>), read only after an English verb and between plain Latin words with no person or
    /// particle after the garment: the languages that put the garment's person after it (sukienkę tej kobiety, baju cewek) make no compound so.
    /// </summary>
    private static bool IsCompound(TokenizedText text, int i, int k)
    {
        if (text.TextOf(in text[i]) is not ("erase" or "remove" or "delete" or "wipe" or "scrub" or "retouch" or "photoshop" or "airbrush" or "edit" or "paint" or "clone"))
        {
            return false;
        }

        if (k + 1 >= text.SequenceCount || (text[k + 1].Tags & (WordTags.PersonWord | WordTags.SubjectPronoun)) != 0)
        {
            return false;
        }

        var next = text.TextOf(in text[k + 1]);
        return IsPlainLatin(text.TextOf(in text[k])) && IsPlainLatin(next) && !IsOneOf(next, AwayParticles) && PersonDetector.IsCompoundHead(text, k);
    }

    private static bool IsPlainLatin(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (c is not (>= 'a' and <= 'z'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The Slavic personal pronouns in the forms a preposition takes (неё, неї, него, ней, niej, niego, nim, ní, něj): "from her",
    /// the person the garment is taken off. The possessives (её, її, jej, její) name the garment's owner instead.
    /// </summary>
    private static bool IsAfterPrepositionPronoun(ReadOnlySpan<char> w) =>
        w is "неё" or "нее" or "неї" or "неі" or "него" or "ней" or "нього" or "ній" or "них" or "niej" or "niego" or "nim" or "nich" or "ní" or "ni" or "něj" or "nej" or "nich";

    private static bool IsTurkishPlaceOrOwner(ReadOnlySpan<char> w) =>
        w.EndsWith("deki", StringComparison.Ordinal) || w.EndsWith("daki", StringComparison.Ordinal) || w.EndsWith("teki", StringComparison.Ordinal)
        || w.EndsWith("taki", StringComparison.Ordinal);

    /// <summary>
    /// A garment word, also inflected (sukienkę, bajunya, מהשמלה: <see cref="XRayLook.HasTag"/>), but a stem reached by cutting
    /// at most three letters: "topinya" (her hat) is no "top".
    /// </summary>
    private static bool IsErasableGarment(TokenizedText text, int k, TermIndex index)
    {
        if ((text[k].Tags & WordTags.Clothing) != 0)
        {
            return true;
        }

        var word = text.TextOf(in text[k]);
        for (var cut = 4; cut <= 5 && word.Length - cut >= 3; cut++)
        {
            if (index.TryGet(word[..^cut], out var stem) && (stem.Tags & WordTags.Clothing) != 0)
            {
                // The longer stem is no garment either (topi): the short one is a different word.
                if (!index.TryGet(word[..^(cut - 1)], out var longer) || (longer.Tags & WordTags.Clothing) == 0)
                {
                    var shorter = true;
                    for (var c = 1; c < cut; c++)
                    {
                        if (index.TryGet(word[..^c], out var mid) && (mid.Tags & WordTags.Clothing) != 0)
                        {
                            shorter = false;
                        }
                    }

                    if (shorter)
                    {
                        return false;
                    }
                }
            }
        }

        return XRayLook.HasTag(text, k, index, WordTags.Clothing);
    }

    /// <summary>A particle of "away" within two words after the garment, in its clause: "retouch her clothes away", "radier ihre Klamotten komplett weg".</summary>
    private static bool ParticleAfter(TokenizedText text, int k)
    {
        var n = text.SequenceCount;
        for (var p = k + 1; p < n && p <= k + 3 && !AgeText.IsChunkBreak(text, p - 1, p); p++)
        {
            if (IsOneOf(text.TextOf(in text[p]), AwayParticles))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A garment an erase verb does not take: after a place word one or two before it (<see cref="PlacePrepositions"/>,
    /// <see cref="ErasePlaces"/>), a Romance "of" contraction right before it or "de" two before it, or a Hebrew garment with the
    /// prefix of "from" or "in". A preposition whose next word is a person, a pronoun or a picture ("з неї", "с девушки",
    /// "на фото") says whom or which picture the garment is taken from: the garment stays the object.
    /// </summary>
    /// <param name="wide">The erase verbs' wider lists (<see cref="ErasePlaces"/>, the Romance "of"); without it only <see cref="PlacePrepositions"/>, for the garment-state readers where Dutch "en" (and) or German "das" (the) stand before a garment.</param>
    internal static bool IsErasePlace(TokenizedText text, int k, TermIndex index, bool wide = true)
    {
        for (var p = k - 1; p >= 0 && p >= k - 2; p--)
        {
            var word = text.TextOf(in text[p]);
            var place = IsOneOf(word, PlacePrepositions) || (wide && IsOneOf(word, ErasePlaces));
            if (place && IsOneOf(word, Postpositions))
            {
                // "इस तस्वीर से उसके कपड़े": the noun before a postposition is its place; a picture is only "in the photo".
                place = !(p > 0 && IsOneOf(text.TextOf(in text[p - 1]), PictureWords));
            }
            else if (place && p + 1 < k && (IsAfterPrepositionPronoun(text.TextOf(in text[p + 1])) || IsOneOf(text.TextOf(in text[p + 1]), PictureWords)))
            {
                continue; // "з неї одяг", "с девушки … лифчик", "на фото лифчик": from whom, or in which picture
            }

            if (place || (wide && p == k - 1 && IsOneOf(word, OfContractions)) || (wide && p == k - 2 && IsOneOf(word, OfWords)))
            {
                return true;
            }
        }

        // מהשמלה, בחולצה: the garment is only found under the prefix of "from"/"in" (בגדים is a garment itself).
        var garment = text.TextOf(in text[k]);
        return (text[k].Tags & WordTags.Clothing) == 0 && garment.Length > 3 && garment[0] is 'מ' or 'ב' && !index.TryGet(garment, out _);
    }

    /// <summary>How many words either side of the vanish word its garment may stand ("make the dress she is wearing disappear" is four).</summary>
    private const int Reach = 4;

    /// <summary>Prepositions of place or origin before a garment (folded): the garment is where the vanishing thing is.</summary>
    private static readonly string[] PlacePrepositions = WithFolded(
    [
        // Only words that are no possessive or article of another language (French sa, Spanish su and tu, Dutch ze are kept out).
        "on", "upon", "from", "off", "auf", "von", "vom", "sur", "dans", "sobre", "sul", "sulla", "sui", "dal", "dalla", "della", "del", "dello",
        "op", "van", "på", "na", "на", "с", "со", "из", "от", "з", "із", "σε", "στο", "στη", "στην", "απο", "από", "πανω", "πάνω",
        "על", "מעל", "علي", "على", "من", "روي", "از", "पर", "से", "থেকে", "উপর", "dari", "di", "trên", "từ",
    ]);

    public static void Detect(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        // Vietnamese "mất" (lose) vanishes only in "biến mất".
        if (text.TextOf(in text[i]) is "mất" or "mat" && (i == 0 || text.TextOf(in text[i - 1]) is not ("biến" or "bien")))
        {
            return;
        }

        // "biến mất" is one verb of two words: the garment's reach starts before both.
        var from = text.TextOf(in text[i]) is "mất" or "mat" ? i - 1 : i;
        var n = text.SequenceCount;
        for (var k = from - 1; k >= 0 && k >= from - Reach && !AgeText.IsChunkBreak(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            if (IsVanishingGarment(text, k, index))
            {
                UndressGrammar.Weak(text, k, i, into);
                return;
            }
        }

        for (var k = i + 1; k < n && k <= i + Reach && !AgeText.IsChunkBreak(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);
            if (IsVanishingGarment(text, k, index))
            {
                UndressGrammar.Weak(text, i, k, into);
                return;
            }
        }
    }

    /// <summary>A garment at <paramref name="k"/> that is itself what vanishes: no place preposition one or two words before it, no locative ending or postposition on it.</summary>
    internal static bool IsVanishingGarment(TokenizedText text, int k, TermIndex index)
    {
        if (!XRayLook.HasTag(text, k, index, WordTags.Clothing))
        {
            return false;
        }

        for (var p = k - 1; p >= 0 && p >= k - 2; p--)
        {
            if (IsOneOf(text.TextOf(in text[p]), PlacePrepositions))
            {
                return false;
            }
        }

        // A postposition of place after it (कुर्ते पर, জামার উপর) or a Turkish locative-adjective ending (elbisesindeki: the one on the dress).
        if (k + 1 < text.SequenceCount && text.TextOf(in text[k + 1]) is "पर" or "उपर" or "উপর" or "ওপর" or "ପର")
        {
            return false;
        }

        var word = text.TextOf(in text[k]);
        return !(word.EndsWith("deki", StringComparison.Ordinal) || word.EndsWith("daki", StringComparison.Ordinal)
            || word.EndsWith("teki", StringComparison.Ordinal) || word.EndsWith("taki", StringComparison.Ordinal));
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }
}
