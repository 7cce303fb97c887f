using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 41 (i16-latnames49): a capitalised Latin pair that stands in a slot of the sexual act itself — one of its
/// participants — read as a likely real person though an adult term or a person word is in the prompt. Every earlier reader of
/// an unlisted given name refuses a prompt with an adult term ("nude woman near Jackson Hole": the adult is the subject and the
/// pair a place), but in these slots the adult term is the OTHER participant, so it says nothing about who the pair is:
/// <list type="bullet">
/// <item><b>between</b>: a "between" word right before the pair and an "and" word right after it, a sexual term in the
/// three words before the "between" word ("an erotic scene between Declan Moorcroft and a stranger", "scène érotique entre
/// … et un inconnu", "Sex zwischen … und", "erotická scéna mezi … a");</item>
/// <item><b>recipient</b>: an adult term, at most two words, a verb of giving, then the pair, and a sexual term within the
/// three words after it ("a woman gives … a blowjob", "en kvinna ger … en avsugning", "eine Frau gibt … einen Blowjob");</item>
/// <item><b>coordinate</b>: the pair opens its tag, then an "and" word, a possessive and a person word or adult term (the
/// partner: "… and her lover", "… a jeho milenka", "… i jego kochanka", "… e o namorado", "… und ihr Freund"), and a sexual
/// term within the four words after the partner, in the same clause.</item>
/// </list>
/// The pair's words must pass the shape tests of the other readers: both capitalised, the first no ordinary word of any
/// language unless a listed given name (or written with letters its ordinary twin lacks: <see cref="WorldNameShapes.WrittenApart"/>),
/// neither a place noun, place head, saint's prefix, photographic product or brand head, no artist credit, no capitalised
/// word right after the pair (Title Case). The later drops (places, fiction, named figures) still apply. The "between", "and",
/// possessive and giving words are written for GenScreen from general knowledge of the languages (MIT).
/// </summary>
internal static class ParticipantNames
{
    public static bool TryAt(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 2 >= n || !into.Has(Signal.Sexual) || !PersonDetector.OnlySpaceBetween(text, i, i + 1) || !PersonDetector.OnlySpaceBetween(text, i + 1, i + 2)
            || !IsNameWord(text, i, people, first: true) || !IsNameWord(text, i + 1, people, first: false))
        {
            return false;
        }

        WorkCounter.Add(1);
        var and = text.TextOf(in text[i + 2]);
        if (!AndWords.Contains(and))
        {
            return false;
        }

        var slot = Between(text, i) || Coordinate(text, i) || Recipient(text, i);
        if (!slot || TermMatcher.IsArtistCredit(text, i, 2, WorldNameShapes.PairProbe))
        {
            return false;
        }

        return WorldNameShapes.Emit(text, i, i + 1, into);
    }

    /// <summary>The recipient slot also holds a pair followed by its act's object ("gives … a blowjob"): no "and" word after it.</summary>
    public static bool TryRecipient(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 2 >= n || !into.Has(Signal.Sexual) || !into.Has(Signal.Adult) || !PersonDetector.OnlySpaceBetween(text, i, i + 1)
            || !IsNameWord(text, i, people, first: true) || !IsNameWord(text, i + 1, people, first: false))
        {
            return false;
        }

        WorkCounter.Add(1);
        if (!Recipient(text, i) || TermMatcher.IsArtistCredit(text, i, 2, WorldNameShapes.PairProbe))
        {
            return false;
        }

        return WorldNameShapes.Emit(text, i, i + 1, into);
    }

    /// <summary>A "between" word right before the pair, an "and" word after it, a sexual term in the three words before "between".</summary>
    private static bool Between(TokenizedText text, int i)
    {
        if (i < 2 || !PersonDetector.OnlySpaceBetween(text, i - 1, i) || !BetweenWords.Contains(text.TextOf(in text[i - 1])))
        {
            return false;
        }

        for (var k = i - 2; k >= 0 && k >= i - 4 && PersonDetector.OnlySpaceBetween(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            if ((text[k].Tags & WordTags.Matched) != 0 && IsSexualTerm(text, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The pair opens its tag, an "and" word, a possessive and the partner (a person word or adult term) follow, and a sexual
    /// term stands within the four words after the partner, every word joined by spaces.
    /// </summary>
    private static bool Coordinate(TokenizedText text, int i)
    {
        var n = text.SequenceCount;
        if (!SubjectNamePairs.OpensTag(text, i) || i + 4 >= n || !PersonDetector.OnlySpaceBetween(text, i + 2, i + 3) || !PersonDetector.OnlySpaceBetween(text, i + 3, i + 4)
            || !Possessives.Contains(text.TextOf(in text[i + 3])) || !IsPartnerWord(text, i + 4))
        {
            return false;
        }

        for (var k = i + 5; k < n && k <= i + 8 && PersonDetector.OnlySpaceBetween(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);
            if (IsSexualTerm(text, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An adult term, at most two words, a giving verb right before the pair, a sexual term in the three words after it.</summary>
    private static bool Recipient(TokenizedText text, int i)
    {
        var n = text.SequenceCount;
        if (i < 2 || !PersonDetector.OnlySpaceBetween(text, i - 1, i) || !GiveWords.Contains(text.TextOf(in text[i - 1])))
        {
            return false;
        }

        var agent = false;
        for (var k = i - 2; k >= 0 && k >= i - 4 && PersonDetector.OnlySpaceBetween(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            if (IsPartnerWord(text, k))
            {
                agent = true;
                break;
            }
        }

        if (!agent)
        {
            return false;
        }

        for (var k = i + 2; k < n && k <= i + 4 && PersonDetector.OnlySpaceBetween(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);
            if (IsSexualTerm(text, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A matched term that is no adult or person word (the act's sexual term).</summary>
    private static bool IsSexualTerm(TokenizedText text, int k) =>
        (text[k].Tags & WordTags.Matched) != 0 && (text[k].Tags & WordTags.PersonWord) == 0 && !PartnerNouns.Contains(text.TextOf(in text[k]));

    /// <summary>A person word, or a word of the partner nouns (a matched adult term such as man, Frau, kvinna, milenec).</summary>
    private static bool IsPartnerWord(TokenizedText text, int k) =>
        (text[k].Tags & WordTags.PersonWord) != 0 || PartnerNouns.Contains(text.TextOf(in text[k]));

    /// <summary>
    /// A capitalised word of the pair: letters only, no term, role, person or relation word, not a place noun or a place
    /// compound; the first word not a saint's prefix, place head, photographic product or brand head, and either a listed
    /// given name or no ordinary word of any language (as folded or as written) unless its written letters set it apart.
    /// </summary>
    private static bool IsNameWord(TokenizedText text, int j, PeopleLexicon people, bool first)
    {
        ref var token = ref text[j];
        var apart = WorldNameShapes.WrittenApart(text, j);
        if (token.Length < 3 || !WorldNameShapes.IsCapitalisedWord(text, j, anyLanguage: apart || (first && (token.Tags & WordTags.GivenName) != 0)))
        {
            return false;
        }

        var word = text.TextOf(in token);
        if (CapitalisedSurnames.IsPlaceNoun(word) || PlaceCompounds.EndsWithPlaceNoun(word) || WorldNameShapes.OpensNoName(word))
        {
            return false;
        }

        if (!first)
        {
            // A family name may be an ordinary word (Král, Fors, Quaranta) after a listed or written-apart given name: the caller's
            // slot, not the word, makes the pair a person. After any other first word it must be no ordinary word.
            var given = text[j - 1];
            var vouched = (given.Tags & WordTags.GivenName) != 0 || WorldNameShapes.WrittenApart(text, j - 1);
            return vouched || apart || !(people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || WorldNameShapes.IsOrdinaryAsWritten(text, j));
        }

        if (BrandHeads.Contains(word))
        {
            return false;
        }

        return (token.Tags & WordTags.GivenName) != 0 || apart
            || !(people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || WorldNameShapes.IsOrdinaryAsWritten(text, j));
    }

    /// <summary>"Between" of the cased-script languages, folded.</summary>
    private static readonly CompactWordSet BetweenWords = new(["between", "entre", "zwischen", "tra", "fra", "tussen", "mellan", "mellem",
        "mellom", "miedzy", "mezi", "medzi", "между", "між", "μεταξυ", "antara", "pagitan"]);

    /// <summary>"And" of the cased-script languages, folded.</summary>
    private static readonly CompactWordSet AndWords = new(["and", "und", "et", "y", "e", "en", "och", "og", "i", "a", "ve", "ile", "и",
        "і", "та", "και", "dan", "at"]);

    /// <summary>Possessives of the partner ("her lover", "sa maîtresse", "jeho milenka", "її коханець"), folded.</summary>
    private static readonly CompactWordSet Possessives = new(["her", "his", "their", "sa", "son", "ses", "su", "sus", "sua", "seu", "o", "a",
        "il", "la", "suo", "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen", "haar", "zijn", "hennes", "hans", "sin",
        "sitt", "jej", "jego", "swoim", "swoja", "swoj", "jeho", "jeji", "svym", "svou", "svuj", "svoji", "svoje", "ее", "её", "его",
        "свой", "своей", "своим", "її", "його", "свій", "своєю", "своїм", "του", "της", "η", "ο", "onun", "nya"]);

    /// <summary>
    /// Partner and adult nouns that stand for the act's other participant, folded (lover, boyfriend, girlfriend, husband, wife,
    /// stranger, man, woman and their words in the cased-script languages).
    /// </summary>
    private static readonly CompactWordSet PartnerNouns = new(["lover", "boyfriend", "girlfriend", "husband", "wife", "partner", "stranger",
        "man", "woman", "guy", "girl", "amant", "amante", "maitresse", "copain", "copine", "mari", "femme", "homme", "inconnu", "inconnue",
        "novio", "novia", "marido", "esposa", "esposo", "hombre", "mujer", "desconocido", "desconocida", "fidanzato", "fidanzata",
        "uomo", "donna", "sconosciuto", "sconosciuta", "namorado", "namorada", "homem", "mulher", "estranho", "estranha",
        "liebhaber", "geliebte", "geliebter", "freund", "freundin", "mann", "frau", "fremder", "fremde", "minnaar", "minnares",
        "vriend", "vriendin", "vrouw", "onbekende", "alskare", "alskarinna", "pojkvan", "flickvan", "kvinna", "kvinnan", "mannen",
        "kochanek", "kochanka", "chlopak", "dziewczyna", "maz", "zona", "mezczyzna", "kobieta", "nieznajomy", "nieznajoma",
        "milenec", "milenka", "pritel", "pritelkyne", "manzel", "manzelka", "muz", "zena", "cizinec", "cizinka",
        "любовник", "любовница", "парень", "муж", "жена", "мужчина", "женщина", "незнакомец", "незнакомка",
        "коханець", "коханка", "хлопець", "чоловік", "дружина", "жінка", "незнайомець", "незнайомка",
        "εραστης", "ερωμενη", "ερωμενος", "συντροφος", "αντρας", "γυναικα", "αγνωστος", "αγνωστη",
        "sevgilisi", "kocasi", "karisi", "adam", "kadin", "yabanci", "pacar", "suami", "istri", "pria", "wanita", "kasintahan", "asawa"]);

    /// <summary>Verbs of giving before the act's recipient ("gives … a blowjob", "ger … en avsugning", "gibt … einen"), folded.</summary>
    private static readonly CompactWordSet GiveWords = new(["gives", "giving", "gave", "give", "ger", "gav", "giver", "gir", "gibt", "gab",
        "geeft", "gaf", "donne", "donnant", "da", "dando", "dio", "daje", "dava", "dal", "dala", "dai", "дает", "дала", "дає", "δινει",
        "veriyor", "memberi", "binibigyan"]);

    /// <summary>Brands that open a brand + model pair (as in NameShapeSubjects), folded.</summary>
    private static readonly CompactWordSet BrandHeads = new(["porsche", "ferrari", "lamborghini", "maserati", "alfa", "aston", "land", "range",
        "rolls", "mercedes", "harley", "ducati", "vespa", "moto", "louis", "calvin", "victoria", "johnnie", "jack"]);
}
