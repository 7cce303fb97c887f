using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 45 (i16-oneword53): a real person named by ONE Latin word (a stage name, a handle, a mononym) as the bearer of a
/// nudity state: the word opens the prompt or a tag and the nudity term is its predicate right after it ("X topless in the
/// sauna", "X naakt op de boot", "X en pelotas en la piscina", "…, X helt naken i badkaret"). The other last-resort readers
/// refuse a lone word that opens the prompt (every language capitalises its first word) and read the agent of an act only
/// (<see cref="SubjectlessNames.AgentSlot"/>: nudity alone was as often a myth, a character or a place's beach).
/// <para>
/// The state is told from a place's or a genre's modifier by what follows the term: the tag's end, a preposition (where the
/// bearer is: in, w, en, op, na, i, di, στο, в) or a conjunction (and, und, y, e, i, och, ve, dan, và) — never a noun (a topless
/// beach, naaktstrand, nudo artistico) or a verb (nackt baden). An intensifier may stand between the word and the term (helt,
/// completely, völlig, completamente, úplně). The word passes <see cref="SubjectlessNames.IsNameWord"/> (no ordinary word of any
/// language, no place head or noun, month or brand), is no frequent word of any language, no compound of words
/// (<see cref="SubjectlessNames.IsCompoundOfWords"/>) and no term, person, role or title word; a listed given name alone is
/// refused as the other readers refuse it (invented figures are named so).
/// </para>
/// Emits <see cref="Signal.RealPersonLikely"/> (review under <c>mature</c>, never a block alone) under the shared gate
/// (<see cref="SubjectlessGate.Refusal"/>: sexual, no one else in the prompt, no drawn frame, no fictional adult), then the drops
/// every likely name gets (places and phrases, described subjects, drawn figures). Costs one pass over the tokens' first letters
/// of a sexual prompt with no person in it; nothing is allocated. Word lists written for GenScreen from general knowledge of the
/// languages (MIT, this project).
/// </summary>
internal static class StateAgentNames
{
    private const int MaxTermWords = 3;

    /// <summary>Reads the prompt for a lone word that opens a clause whose predicate is the nudity term.</summary>
    public static void Read(TokenizedText text, LexiconSet lexicons, SignalSummary into, bool afterClauses = false)
    {
        if (SubjectlessGate.Refusal(into) != GateRefusal.None || SubjectlessGate.HasFictionFrame(text))
        {
            return;
        }

        var people = lexicons.People;
        var n = text.SequenceCount;
        if (HasArtMedium(text))
        {
            return; // a painting's or a sculpture's nude is a figure as often as a person ("X desnuda en el molino, óleo")
        }

        for (var i = 0; i + 1 < n; i++)
        {
            WorkCounter.Add(1);
            if (!SubjectNamePairs.OpensTag(text, i) || !char.IsUpper(text.Source[text[i].SourceStart]) || !IsLoneName(text, i, people)
                || !StateAfter(text, i, into))
            {
                continue;
            }

            if (!afterClauses && ChildStatements.FindTrigger(text.Source, 0) >= 0)
            {
                return; // the minors clause readers weigh the prompt first (as the other last-resort readers)
            }

            WorldNameShapes.Emit(text, i, i, into);
            OrdinaryPhrases.DropLikely(text, into);
            DescribedSubjects.DropLikely(text, into);
            FictionalNames.DropLikelyInFiction(text, into);
            return;
        }
    }

    /// <summary>A capitalised Latin word of no language, list or compound, no listed given name, that no capitalised word follows.</summary>
    internal static bool IsLoneName(TokenizedText text, int i, PeopleLexicon people)
    {
        ref var token = ref text[i];
        if (token.Length is < 3 or > 20 || (token.Tags & WordTags.GivenName) != 0 || !SubjectlessNames.IsNameWord(text, i, people, first: true))
        {
            return false;
        }

        var word = text.TextOf(in token);
        return !OrdinaryPhrases.IsFrequentWord(word) && !SubjectlessNames.IsPetForm(word) && !TimeOpeners.Contains(word)
            && !FictionalFirstWords.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && !SubjectlessNames.IsCompoundOfWords(text, i, people);
    }

    /// <summary>An art medium named anywhere in the prompt (painting, oil, óleo, pintura, sining, akt, sculpture, watercolour).</summary>
    private static bool HasArtMedium(TokenizedText text)
    {
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            if (ArtMedia.Contains(text.TextOf(in text[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first words of the fictional-adult lists' names, folded (Rules/Data/fictional-first-words.txt, generated by
    /// tools/oneword53/fictional_first_words.py from Prompts/Lexicons/Data/*/fictional*.json): a character named by that word alone.
    /// </summary>
    private static readonly Lazy<HashSet<string>> FictionalFirstWords = new(() =>
    {
        using var reader = RuleDataFile.Open("fictional-first-words.txt");
        return new HashSet<string>(RuleDataFile.Rows(reader), StringComparer.Ordinal);
    });

    /// <summary>
    /// Art media and genres (folded): painting, oil, sculpture, watercolour, drawing, sketch and their words in en, de, fr, es, it,
    /// pt, nl, pl, cs, sv, tr, id, tl, vi. Written for GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet ArtMedia = new([
        "painting", "oil", "canvas", "sculpture", "statue", "watercolor", "watercolour", "drawing", "sketch", "illustration",
        "fresco", "gemalde", "olgemalde", "malerei", "aquarell", "zeichnung", "skulptur", "akt", "aktmalerei", "peinture", "huile",
        "toile", "aquarelle", "dessin", "pintura", "oleo", "lienzo", "acuarela", "dibujo", "escultura", "dipinto", "olio", "tela",
        "acquerello", "disegno", "scultura", "aquarela", "desenho", "schilderij", "olieverf", "aquarel", "tekening", "beeldhouwwerk",
        "obraz", "olej", "akwarela", "rysunek", "rzezba", "malba", "olejomalba", "akvarel", "kresba", "socha", "malning", "oljemalning",
        "akvarell", "teckning", "skulptur", "resim", "yagli", "suluboya", "heykel", "lukisan", "sketsa", "patung", "sining",
        "pinta", "larawan", "iginuhit", "tranh", "erotikong", "aktfoto", "aktstudie",
    ]);

    /// <summary>
    /// Words of time that open a sentence in Tagalog, Indonesian and Malay (folded; the other languages' are frequent words): kagabi,
    /// kahapon, ngayon, mamaya, bukas, kanina, semalam, kemarin, tadi, nanti, besok. Written for GenScreen (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet TimeOpeners = new([
        "kagabi", "kahapon", "ngayon", "mamaya", "bukas", "kanina", "noong", "semalam", "kemarin", "tadi", "nanti", "besok", "malam",
        "pagi", "siang", "sore",
    ]);

    /// <summary>
    /// Right after the word (spaces only), an optional intensifier and a nudity or sexual term in lower case (up to three matched
    /// words: en pelotas, oben ohne), then the tag's end, a preposition or a conjunction.
    /// </summary>
    internal static bool StateAfter(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        var k = i + 1;
        if (!PersonDetector.OnlySpaceBetween(text, i, k) || !char.IsLower(text.Source[text[k].SourceStart]))
        {
            return false;
        }

        // A copula or a verb of posing, then an intensifier, may stand before the term ("X is completely naked", "X posa nuda").
        for (var bridge = 0; bridge < 2 && (text[k].Tags & WordTags.Matched) == 0; bridge++)
        {
            var word = text.TextOf(in text[k]);
            if (!(bridge == 0 && Copulas.Contains(word)) && !Intensifiers.Contains(word))
            {
                break;
            }

            k++;
            if (k >= n || !PersonDetector.OnlySpaceBetween(text, k - 1, k) || !char.IsLower(text.Source[text[k].SourceStart]))
            {
                return false;
            }
        }

        if (!SubjectlessNames.IsActAt(text, k, into))
        {
            return false;
        }

        var last = k;
        while (last + 1 < n && last - k + 1 < MaxTermWords && PersonDetector.OnlySpaceBetween(text, last, last + 1)
            && SubjectlessNames.IsActAt(text, last + 1, into) && char.IsLower(text.Source[text[last + 1].SourceStart]))
        {
            last++;
        }

        // The term qualifies a thing or names an activity, not its bearer: a compound with a place or thing noun (naaktstrand,
        // Nacktbadestrand, topless-bar), or a multi-word term that ends in an infinitive or a gerund (nackt baden, naakt zwemmen).
        for (var t = k; t <= last; t++)
        {
            var word = text.TextOf(in text[t]);
            if (EndsWithThingNoun(word) || (t > k && IsSceneNoun(word)) || (t > k && t == last && word.Length > 4 && (word.EndsWith("en", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        var after = last + 1;
        if (after >= n || !PersonDetector.OnlySpaceBetween(text, last, after))
        {
            return i > 0; // the tag ends with the state; a heading of the prompt's own ("Ibiza topless, …") is a place's as often
        }

        if (!char.IsLower(text.Source[text[after].SourceStart]))
        {
            return false;
        }

        var next = text.TextOf(in text[after]);
        if (!SubjectlessNames.IsPreposition(next) && !Conjunctions.Contains(next))
        {
            return false;
        }

        // Where the state is: a beach, the sea or a sunset is where a place's name is given as often as a person's ("Malibu
        // topless at sunset", "Ibiza desnuda en la cala"); the two words after the preposition (an article between) are no such noun.
        for (var s = after + 1; s < n && s <= after + 2 && PersonDetector.OnlySpaceBetween(text, s - 1, s); s++)
        {
            WorkCounter.Add(1);
            if (IsSceneNoun(text.TextOf(in text[s])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A noun of the outdoors or of the time of day (a beach, the sea, a sunset), or a compound ending in one.</summary>
    private static bool IsSceneNoun(ReadOnlySpan<char> word) =>
        SceneNouns.Contains(word) || (word.Length > 8 && (word.EndsWith("strand", StringComparison.Ordinal) || word.EndsWith("stranden", StringComparison.Ordinal)));

    /// <summary>
    /// Nouns of the outdoors and of the time of day in their common case forms (folded): beach, sea, lake, shore, dunes, rocks,
    /// sunset, dawn… in en, de, fr, es, it, pt, nl, pl, cs, sv, tr, id, tl, vi, ru, el. Written for GenScreen from general
    /// knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet SceneNouns = new([
        "beach", "shore", "sea", "lake", "river", "coast", "sunset", "sunrise", "dawn", "dusk", "noon", "sand", "dunes", "cliffs",
        "rocks", "waves", "strand", "meer", "see", "fluss", "kuste", "sonnenuntergang", "dammerung", "dunen", "felsen", "plage",
        "mer", "lac", "riviere", "cote", "coucher", "aube", "crepuscule", "sable", "rochers", "falaises", "playa", "cala", "mar",
        "lago", "rio", "costa", "atardecer", "amanecer", "arena", "dunas", "rocas", "spiaggia", "mare", "fiume", "tramonto", "alba",
        "scogli", "sabbia", "dune", "praia", "areia", "rochas", "por", "zee", "rivier", "kust", "zonsondergang", "duinen", "zand",
        "plazy", "plaza", "plazi", "plaz", "morze", "morzu", "jeziorze", "jezioro", "jeziora", "rzece", "rzeka", "zachod",
        "zachodzie", "piasku", "more", "mori", "jezera", "jezere", "reky", "rece", "zapad", "zapadu", "stranden", "havet", "sjon",
        "sjo", "solnedgang", "klippor", "sanden", "plaj", "plajda", "sahil", "sahilde", "deniz", "denizde", "golde", "gun", "pantai",
        "laut", "danau", "sungai", "pasir", "senja", "dalampasigan", "dagat", "baybayin", "ilog", "bai", "bien", "пляже", "пляж",
        "море", "берегу", "закат", "закате", "παραλία", "παραλια", "θάλασσα", "θαλασσα", "ηλιοβασίλεμα", "ηλιοβασιλεμα",
    ]);

    /// <summary>A word that ends in a place, thing or activity noun after three letters or more (naaktstrand, nudistencamp, nacktbaden).</summary>
    private static bool EndsWithThingNoun(ReadOnlySpan<char> word)
    {
        foreach (var tail in ThingTails)
        {
            if (word.Length >= tail.Length + 3 && word.EndsWith(tail, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Place, thing and activity nouns a nudity word is compounded with (folded): beach, strand, plage, playa, praia, spiaggia,
    /// plaża (plaza), camp, kamp, club, bar, party, resort, baden, zwemmen, bad, foto, bild, film, kunst, art, malerei. Written for
    /// GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly string[] ThingTails =
    [
        "strand", "beach", "plage", "playa", "praia", "spiaggia", "plaza", "plaz", "camp", "kamp", "club", "klub", "bar", "party",
        "resort", "baden", "zwemmen", "bad", "foto", "bild", "film", "kunst", "art", "malerei", "shoot", "shooting", "sauna", "spa",
    ];

    /// <summary>
    /// Intensifiers of a state between its bearer and the nudity term (folded): completely, totally, fully, helt, völlig, ganz,
    /// complètement, completamente, totalmente, tutta, helemaal, całkiem, zupełnie, úplně, tamamen, hoàn toàn's first syllable.
    /// Written for GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet Intensifiers = new([
        "completely", "totally", "fully", "entirely", "stark", "helt", "alldeles", "fullstandigt", "vollig", "ganz", "komplett",
        "splitter", "volledig", "helemaal", "compleet", "completement", "entierement", "toute", "tout", "totalement", "completamente",
        "totalmente", "toda", "todo", "tutta", "tutto", "interamente", "calkiem", "zupelnie", "calkowicie", "cala", "caly", "uplne",
        "zcela", "cela", "cely", "tamamen", "tamamiyle", "hoan", "sepenuhnya", "benar", "talagang", "ganap", "now", "still", "already",
        "полностью", "совсем", "совершенно", "абсолютно", "повністю", "зовсім", "цілком", "εντελώς", "εντελως", "τελείως", "τελειως",
        
    ]);

    /// <summary>
    /// Copulas and verbs of posing, lying, standing and parading in the third person (folded): is, ist, est, está, è, é, jest, je,
    /// är, er, zit, ligt, poses, posiert, pose, posa, posando, pozuje, pózuje, poseert, poserar, desfila, sfila, liegt, lies, stands.
    /// Written for GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly CompactWordSet Copulas = new([
        "is", "ist", "est", "esta", "e", "jest", "je", "ar", "er", "zit", "ligt", "staat", "poses", "posing", "posiert", "pose",
        "posa", "posando", "pozuje", "poseert", "poserar", "desfila", "sfila", "liegt", "lies", "lying", "stands",
        "sits", "yace", "giace", "lezi", "lezy", "ligger", "sitter", "star", "sta", "fica", "queda", "bleibt", "dances", "tanzt",
        "danse", "baila", "balla", "danca", "tanczy", "tanci", "dansar", "dansen", "danst", "είναι", "ειναι", "позирует", "позує",
        "лежит", "лежить", "стоит", "стоїть", "танцует", "танцює", "ποζάρει", "ποζαρει",
    ]);

    /// <summary>Conjunctions, with-words and "only" words after the state ("X topless and wet", "X naakt en nat", "X nua só com …"), folded (MIT, this project).</summary>
    private static readonly CompactWordSet Conjunctions = new([
        "and", "und", "et", "y", "e", "i", "en", "och", "og", "ve", "dan", "va", "at", "a", "oraz", "with", "mit", "avec",
        "con", "com", "met", "med", "z", "ze", "s", "se", "ile", "sambil", "habang",
        // "only" words before what little is worn ("X desfila nua só com pintura", "X nackt, nur mit …")
        "only", "just", "so", "solo", "nur", "seulement", "juste", "tylko", "jen", "pouze", "bara", "sadece", "chi", "hanya", "lang",
        "alleen",
        // Turkish "in the state of", Indonesian and Tagalog "in": X çıplak halde, X telanjang di, X nakahubad sa
        "halde", "vaziyette", "sekilde", "di", "sa",
    ]);
}
