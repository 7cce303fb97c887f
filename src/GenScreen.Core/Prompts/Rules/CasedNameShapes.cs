using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A full name in Cyrillic or Greek letters whose given name no list holds, recognised by its shape (session 30, i16-names36):
/// two capitalised words of one script, neither a frequent ordinary word of its languages (frequent-words.txt, as written
/// with its accents), where
/// <list type="bullet">
/// <item>the second carries a family-name ending of its culture that ordinary words rarely have: East Slavic -енко, -чук,
/// -юк, -ова/-ева, -ська/-ський, -ович (Наталка Денисенко, Ярка Мельничук), Greek -όπουλος/-οπούλου, -άκης/-άκη, -ίδης/-ίδη/
/// -ίδου, -άδης, -όγλου, -άτος (Βίκυ Σταυροπούλου, Έφη Αχτσιόγλου): the given name may then be any capitalised word, a pet
/// form (Наталка, Галинка, Люська) or a name of another culture; or</item>
/// <item>the first is a Greek hypocoristic given name (Έφη from Ευφροσύνη, Φαίη, Κική, Βίκυ, Τζένη, Ρούλα): the table below, or
/// the shapes Greek gives pet names and English names borrowed into Greek (-ούλα, -ίτσα; -υ as in Βίκυ, Σίσσυ, Νάνσυ), and then
/// any capitalised word that is no ordinary word (Φαίη Σκορδά: a feminine surname in -ά is too common a shape alone).</item>
/// </list>
/// Read by <see cref="ScriptFullNames"/> only in prompts with sexual content and no adult term (an anonymous adult's prompt may
/// name a place or a painter), never right after a style word (в стиле, σε στυλ: an artist credit).
/// </summary>
/// <remarks>
/// The hypocoristic table is written for GenScreen from general knowledge of Greek naming (MIT, this project); the endings
/// are those of the surname classes in Wikipedia's "Greek name" and "East Slavic name" articles (facts, CC BY-SA 4.0 prose).
/// </remarks>
internal static class CasedNameShapes
{
    private const int MaxWord = 24;

    /// <summary>East Slavic family-name endings, folded as the tokenizer folds (й read as и, ё as е).</summary>
    private static readonly string[] SlavicEndings =
    [
        "енко", "чук", "щук", "юк", "ова", "ева", "ская", "цкая", "скии", "цкии", "ська", "цька", "ськии", "цькии", "ович", "евич",
        "овна", "евна", "івна", "ишин", "ишина",
    ];

    /// <summary>Greek family-name endings with their accents removed (πουλος, ακης, ιδης…), final sigma folded to σ.</summary>
    private static readonly string[] GreekEndings =
    [
        "πουλοσ", "πουλου", "ακησ", "ακη", "ιδησ", "ιδη", "ιδου", "αδησ", "αδη", "ογλου", "ατοσ", "ατου", "ακου", "ελλησ",
        "ιαδησ", "ιαδη", "ουδησ", "ουδη", "ιτσησ", "ιτση",
    ];

    /// <summary>
    /// Greek hypocoristic given names (accents removed, final sigma folded) of women and men in public life: the pet and
    /// shortened forms of Ευφροσύνη (Έφη), Φωτεινή (Φωφώ, Φαίη), Κυριακή (Κική, Κούλα), Βασιλική (Βάσω, Βίκυ), Ευγενία (Τζένη)…
    /// </summary>
    private static readonly HashSet<string> GreekHypocoristics = new(StringComparer.Ordinal)
    {
        "εφη", "φαιη", "φαη", "κικη", "βικυ", "βικη", "τζενη", "νανσυ", "μαιρη", "ελλη", "ρενα", "ζετα", "ρουλα", "σουλα", "τουλα",
        "κουλα", "βουλα", "νανα", "μπετυ", "σισσυ", "σισυ", "κατια", "βασω", "φωφη", "φωφω", "ντορα", "τονια", "κελλυ", "πεγκυ",
        "λιτσα", "γιωτα", "ντινα", "τινα", "νονη", "νελλη", "ποπη", "λινα", "μινα", "ριτσα", "φανη", "στελλα", "ζωζω", "λολα",
        "μιμη", "τζενυ", "τζωρτζια", "ιωαννα", "ναντια", "δεσποινα", "ντεπυ", "ρεα", "ευη", "εβη", "ολγα", "λενα",
        "ακησ", "μακησ", "τακησ", "λακησ", "σακησ", "μπαμπησ", "βαγγελησ", "στρατοσ", "θανασησ", "νικοσ", "τασοσ", "ντινοσ",
        "τζιμησ", "μπαμπησ", "σπυροσ", "τολησ", "γιαννησ", "κωστασ", "αδωνισ",
    };

    /// <summary>The word before a name that makes it an artist credit ("в стиле Кустодиева", "σε στυλ Τσαρούχη").</summary>
    private static readonly HashSet<string> StyleWords = new(StringComparer.Ordinal)
    {
        "стиле", "стилі", "стилю", "манере", "манері", "духе", "дусі", "στυλ", "στιλ", "υφοσ", "τεχνοτροπια", "style",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Hypocoristics = GreekHypocoristics.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Style = StyleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the capitalised Cyrillic or Greek words <paramref name="i"/> and <paramref name="last"/> (the caller checked
    /// script, capitals and spacing) are a name by their shape.
    /// </summary>
    public static bool IsNamePair(TokenizedText text, int i, int last)
    {
        var first = text.TextOf(in text[i]);
        var second = text.TextOf(in text[last]);
        if (first.Length is < 3 or > MaxWord || second.Length is < 4 or > MaxWord || !Letters(first) || !Letters(second))
        {
            return false;
        }

        var greek = first[0] is >= '\u0370' and <= '\u03FF';
        var cyrillic = first[0] is >= '\u0400' and <= '\u04FF';
        if (!greek && !cyrillic)
        {
            return false;
        }

        WorkCounter.Add(1);
        var shaped = second.Length >= 5 && EndsWithAny(second, greek ? GreekEndings : SlavicEndings);
        var hypocoristic = greek && IsGreekHypocoristic(first);
        if (!shaped && !hypocoristic)
        {
            return false;
        }

        if (Ordinary(text, last) || (!hypocoristic && Ordinary(text, i)) || StyleBefore(text, i) || NudeArtworks.IsArtwork(text, i, last))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Session 31 (i16-namescased38): two capitalised Cyrillic or Greek words, neither a frequent ordinary word, that are a sexual
    /// prompt's only subject beside its term ("γυμνή η Σία Κοσιώνη", "Ксюша Береговая голая"): a name whatever its shape
    /// (<see cref="SubjectNamePairs"/>). Not after a style word, not a listed nude artwork.
    /// </summary>
    public static bool IsSubjectPair(TokenizedText text, int i, int last, SignalSummary into)
    {
        if (last != i + 1)
        {
            return false;
        }

        var first = text.TextOf(in text[i]);
        var second = text.TextOf(in text[last]);
        if (first.Length is < 3 or > MaxWord || second.Length is < 4 or > MaxWord || !Letters(first) || !Letters(second)
            || !(first[0] is >= '\u0370' and <= '\u03FF' or >= '\u0400' and <= '\u04FF'))
        {
            return false;
        }

        WorkCounter.Add(1);
        return SubjectNamePairs.IsSoleSubjectBesideTerm(text, i, into) && !Ordinary(text, i) && !Ordinary(text, last)
            && !StyleBefore(text, i) && !NudeArtworks.IsArtwork(text, i, last);
    }

    /// <summary>A Cyrillic word of six letters or more with an East Slavic family-name ending (Бузова, Ивлеева, Дмитренко), folded.</summary>
    internal static bool IsSlavicFamilyShape(ReadOnlySpan<char> folded) =>
        folded.Length >= 6 && folded[0] is >= '\u0400' and <= '\u04FF' && EndsWithAny(folded, SlavicEndings);

    /// <summary>A listed Greek pet name, or the shape of one: -ούλα, -ίτσα, or a short name ending in -υ (Βίκυ, Σίσσυ, Κέλλυ).</summary>
    internal static bool IsGreekHypocoristic(ReadOnlySpan<char> folded) =>
        Hypocoristics.Contains(folded)
        || (folded.Length is >= 5 and <= 8 && (folded.EndsWith("ουλα", StringComparison.Ordinal) || folded.EndsWith("ιτσα", StringComparison.Ordinal)))
        || (folded.Length is >= 4 and <= 6 && folded[^1] == 'υ' && !folded.EndsWith("ου", StringComparison.Ordinal));

    /// <summary>Whether <paramref name="word"/> ends with one of <paramref name="endings"/> (ordinal; shared with <see cref="ScriptFullNames"/>).</summary>
    internal static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Letters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A frequent ordinary word of the languages, compared as written (lower case, with its accents), as the list holds it.</summary>
    internal static bool Ordinary(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (word.Length > MaxWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxWord];
        var n = InvariantLower.Write(word, lower);
        return n > 0 && (OrdinaryPhrases.IsOrdinaryWord(lower[..n]) || OrdinaryPhrases.IsOrdinaryWord(text.TextOf(in token)));
    }

    /// <summary>A style word right before the name (one space between): the name is the painter's.</summary>
    private static bool StyleBefore(TokenizedText text, int i) =>
        i > 0 && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart) && Style.Contains(text.TextOf(in text[i - 1]));
}
