using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A role singled out by its organisation or place in the languages that mark "the" without an article before the role
/// (session 21, i16-people22), in a prompt with sexual content or undressing (<see cref="PlatformRoles.Matters"/>):
/// <list type="bullet">
/// <item>a role, a connector that is no English word ("of", "on", "in" of the language: på, i, ng, w, v, de, da, của) and a
/// capitalised or all-capital name: <c>trummisen i Ghost</c>, <c>nyhetsuppläsaren på SVT</c>, <c>a prefeita de
/// Curitiba</c> (Portuguese "a" is "the" before de/da/do), <c>alcaldesa de Valencia</c>;</item>
/// <item>a role and, within five words that link nothing in English, a broadcaster's all-capital acronym: <c>pembawa berita
/// TVRI</c>, <c>nữ MC bản tin thời sự VTV</c>;</item>
/// <item>Turkish: a role in its possessive form (the language's "of", written on the role: başkan → başkanı, spiker →
/// spikeri, by vowel harmony) after a capitalised place or organisation at most two words before:
/// <c>İzmir belediye başkanı</c>.</item>
/// </list>
/// An indefinite article before the role ("una alcaldesa de un pueblo", "en trummis i ett band") invents someone: nothing.
/// English roles keep their rule, which asks for "the" (<see cref="PersonDetector"/>): "a singer in Paris" is anyone.
/// </summary>
internal static class ArticlelessRoles
{
    private const int AcronymReach = 5;

    /// <summary>Indefinite articles and "some" of the Latin-script languages, folded.</summary>
    private static bool IsIndefinite(ReadOnlySpan<char> word) =>
        word is "a" or "an" or "un" or "una" or "une" or "uno" or "um" or "uma" or "ein" or "eine" or "einen" or "einer" or "een" or "en" or "ett"
            or "bir" or "isang" or "mot" or "seorang" or "sebuah" or "jakas" or "jakis" or "nejaka" or "nejaky" or "some" or "any";

    /// <summary>"of", "on", "in", "at" of the languages beside English, folded (på → pa, của → cua, ở → o); no English word.</summary>
    private static bool IsConnector(ReadOnlySpan<char> word) =>
        word is "ng" or "ni" or "pa" or "i" or "vid" or "hos" or "w" or "z" or "ze" or "v" or "ve" or "u" or "di" or "dari" or "cua" or "o"
            or "de" or "da" or "do" or "das" or "dos" or "del" or "della" or "dello" or "dei" or "du" or "des" or "van" or "von" or "vom" or "bei" or "bij" or "op";

    private static readonly string[] TurkishRoleStems =
    [
        "baskan", "bakan", "vali", "milletvekili", "spiker", "sunucu", "muhabir", "haberci", "sarkici", "oyuncu", "davulcu",
        "gitarist", "vokalist", "kaptan", "kaleci", "golcu", "yonetmen", "mudur", "direktor", "sozcu", "solist",
    ];

    private static readonly HashSet<string> TurkishPossessiveRoles = [.. TurkishRoleStems.Select(Possessive)];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TurkishLookup = TurkishPossessiveRoles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The third-person possessive of a folded Turkish noun: -(s)ı/i/u/ü by the last vowel (folded ı → i, ü → u).</summary>
    internal static string Possessive(string stem)
    {
        var last = stem.LastIndexOfAny(['a', 'e', 'i', 'o', 'u']);
        var vowel = last >= 0 && stem[last] is 'o' or 'u' ? 'u' : 'i';
        return stem + (last == stem.Length - 1 ? "s" : "") + vowel;
    }

    public static void Detect(TokenizedText text, SignalSummary into)
    {
        if (!PlatformRoles.Matters(into) || into.Has(Signal.RealPersonHint))
        {
            return;
        }

        var n = text.SequenceCount;
        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            if ((token.Flags & (TokenFlags.Digit | TokenFlags.NonLatin | TokenFlags.Cjk)) != 0)
            {
                continue;
            }

            // A role word that is also a function word of some language is that word first (French "son four", his oven).
            var role = ((token.Tags & (WordTags.PublicRole | WordTags.RoleNoun | WordTags.Title)) != 0 && token.Languages == 0) || IsTwoWordBroadcastRole(text, i);
            if (role && (TryConnector(text, i, into) || TryAcronym(text, i, into)))
            {
                return;
            }

            if (token.Length >= 4 && TurkishLookup.Contains(text.TextOf(in token)) && TryTurkish(text, i, into))
            {
                return;
            }
        }
    }

    /// <summary>
    /// An indefinite article one word further back, past a modifier of the role (session 24: "un'ex ballerina della Scala",
    /// "une ancienne danseuse de l'Opéra", "eine ehemalige Tänzerin des Bolschoi", "a retired dancer of the Royal Ballet"):
    /// one of the many who held the role, invented, as with the article right before it. The article may be elided onto the
    /// modifier (Italian un', Catalan-style l' is no indefinite); only spaces, an apostrophe or a hyphen stand between.
    /// </summary>
    private static bool IndefiniteBeforeModifier(TokenizedText text, int i)
    {
        if (i < 2 || (text[i - 1].Flags & TokenFlags.Digit) != 0 || (text[i - 1].Tags & WordTags.Matched) != 0)
        {
            return false;
        }

        var source = text.Source;
        return IsIndefinite(text.TextOf(in text[i - 2]))
            && JoinedInPhrase(source, text[i - 2].SourceEnd, text[i - 1].SourceStart)
            && JoinedInPhrase(source, text[i - 1].SourceEnd, text[i].SourceStart);
    }

    /// <summary>Only spaces, apostrophes or hyphens between two words (un'ex, ex-ballerina): one phrase.</summary>
    private static bool JoinedInPhrase(string source, int end, int start)
    {
        for (var k = end; k < start; k++)
        {
            WorkCounter.Add(1);
            if (!char.IsWhiteSpace(source[k]) && source[k] is not ('\'' or '\u2019' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Indonesian "pembawa berita" (newsreader), "pembawa acara" (presenter): the role's second word.</summary>
    private static bool IsTwoWordBroadcastRole(TokenizedText text, int i) =>
        i > 0 && text.TextOf(in text[i]) is "berita" or "acara" && text.TextOf(in text[i - 1]) is "pembawa";

    private static bool TryConnector(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 2 >= n || !PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart))
        {
            return false;
        }

        var connector = text.TextOf(in text[i + 1]);
        if (!IsConnector(connector) || char.IsUpper(text.Source[text[i + 1].SourceStart]))
        {
            return false;
        }

        // Portuguese "a prefeita de Curitiba": before de/da/do, "a" is the definite article.
        var portugueseArticle = connector is "de" or "da" or "do" or "das" or "dos";
        if (i > 0 && IsIndefinite(text.TextOf(in text[i - 1])) && !(portugueseArticle && text.TextOf(in text[i - 1]) is "a")
            && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
        {
            return false;
        }

        if (IndefiniteBeforeModifier(text, i))
        {
            return false;
        }

        // One article may stand before the name (van de Bijenkorf, ng GMA): skip a determiner.
        var k = i + 2;
        if ((text[k].Tags & WordTags.Determiner) != 0 && k + 1 < n)
        {
            k++;
        }

        if (!PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart) || !IsProperName(text, k))
        {
            return false;
        }

        PersonDetector.Emit(text, i, k, into, PromptRules.SingledOut);
        return true;
    }

    private static bool TryAcronym(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i > 0 && IsIndefinite(text.TextOf(in text[i - 1])))
        {
            return false;
        }

        for (var k = i + 1; k < n && k <= i + AcronymReach; k++)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart)
                || (text[k].Flags & (TokenFlags.Cjk | TokenFlags.NonLatin)) != 0)
            {
                return false;
            }

            // A term in capitals (NSFW, BDSM) is no broadcaster: "nude elf queen NSFW fantasy art".
            if (IsAcronym(text, k) && (text[k].Tags & WordTags.Matched) == 0)
            {
                PersonDetector.Emit(text, i, k, into, PromptRules.SingledOut);
                return true;
            }

            if (IsEnglishLink(text.TextOf(in text[k])) || (text[k].Tags & WordTags.Matched) != 0 || IsIndefinite(text.TextOf(in text[k]))
                || ClassWords.Contains(text.TextOf(in text[k])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A class, course or studio between the role and the acronym (session 27, i16-precision31, held-out batch 31: "model na
    /// zajęciach rysunku w ASP", a model at the drawing classes of the Academy of Fine Arts; "model v ateliéru kresby na AVU"):
    /// the role is held in one of the school's many classes, one sitter of many, not the one person a broadcaster's role
    /// singles out. Written for GenScreen (MIT), the words of 12 languages, as written and folded.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClassWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "class", "classes", "course", "courses", "lesson", "lessons", "workshop", "workshops", "studio", "atelier", "ateliers",
        "cours", "corso", "corsi", "lezione", "lezioni", "clase", "clases", "curso", "cursos", "taller", "aula", "aulas", "oficina",
        "kurs", "kurse", "kursus", "unterricht", "zeichenkurs", "aktkurs", "lektion", "lektioner", "cursus", "lessen",
        "zajęcia", "zajęciach", "zajęć", "zajecia", "zajeciach", "zajec", "lekcja", "lekcji", "pracownia", "pracowni",
        "kurz", "kurzu", "kurzy", "hodina", "hodině", "hodine", "ateliér", "ateliéru", "atelieru", "kresby", "rysunku",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// English words that link the role to another thing ("a DJ at an EDM party", "MC for the NBA game"): the acronym is then
    /// no broadcaster of the role. Folded Vietnamese and Indonesian words that spell English words (bản tin → ban tin) pass.
    /// </summary>
    private static bool IsEnglishLink(ReadOnlySpan<char> word) =>
        word is "at" or "in" or "on" or "for" or "from" or "with" or "and" or "of" or "the" or "to" or "by" or "like" or "as";

    private static bool TryTurkish(TokenizedText text, int i, SignalSummary into)
    {
        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart, allowApostrophe: true)
                || (text[k].Flags & (TokenFlags.Digit | TokenFlags.NonLatin | TokenFlags.Cjk)) != 0)
            {
                return false;
            }

            if (IsProperName(text, k))
            {
                PersonDetector.Emit(text, k, i, into, PromptRules.SingledOut);
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised word of letters (Ghost, Curitiba, Pasig) or an all-capital acronym (SVT, GMA): no matched term.</summary>
    private static bool IsProperName(TokenizedText text, int k)
    {
        ref var token = ref text[k];
        return token.Length >= 2 && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord)) == 0
            && char.IsUpper(text.Source[token.SourceStart]);
    }

    /// <summary>Two to six capital letters as written (SVT, VTV, TVRI, GMA); not a keyword of prompt syntax (BREAK, AND, ADDROW).</summary>
    private static bool IsAcronym(TokenizedText text, int k)
    {
        ref var token = ref text[k];
        if (token.Length is < 2 or > 6 || token.SourceEnd - token.SourceStart != token.Length
            || text.TextOf(in token) is "break" or "and" or "addrow" or "addcol" or "addbase" or "addcomm")
        {
            return false;
        }

        for (var c = token.SourceStart; c < token.SourceEnd; c++)
        {
            if (!char.IsAsciiLetterUpper(text.Source[c]))
            {
                return false;
            }
        }

        return true;
    }
}
