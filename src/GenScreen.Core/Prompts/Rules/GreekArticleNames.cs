using System.Globalization;
using System.Text;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using Lookup = System.Collections.Generic.HashSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A Greek name read by the article before it (session 35, i16-namesrtl43). Greek puts the definite article before a
/// person's name (η Γλυκερία, της Ράνια Τζίμα, με την Πέγκυ Ζήνα), and a common noun after an article is written in lower
/// case mid-sentence: a capitalised word right after a lower-case article is a proper noun, so a person, a place, a deity
/// or a work. Read in a prompt with sexual content only, as a likely real person (review under <c>mature</c>, block under
/// <c>strict</c>):
/// <list type="bullet">
/// <item>article + two capitalised Greek words, the first a Greek given name or the second a Greek family name by its
/// ending (-πούλου, -άκη, -ίδου, -άδη, -όγλου, -άτου, -τζή …);</item>
/// <item>article + one capitalised Greek given name (a mononym: "τόπλες η Γλυκερία");</item>
/// <item>a given name and a family name by ending opening the prompt or a tag (Ζωή Αναστασίου ολόγυμνη: Ζωή is "life", so
/// the other readers refuse it), and a given name alone opening the prompt before a lower-case word (Γλυκερία στο ντους
/// γυμνή), when the given name is no ordinary word.</item>
/// </list>
/// Places, deities and figures of myth and scripture (η Αθήνα, της Αφροδίτης, η Μέδουσα, η Παναγία) are never read alone;
/// a two-word pair needs a given name or a family-name ending, which "η Ωραία Ελένη" or "της Νότιας Ευρώπης" has not.
/// The same article mechanism already reads Tagalog si/ni (<see cref="PersonalArticles"/>); this is its Greek form.
/// </summary>
/// <remarks>
/// Lists written for GenScreen from general knowledge of Greek naming (MIT, this project; no third-party list): the
/// commonest women's and men's given names and their short forms, in the nominative; genitive and accusative forms are
/// derived by the regular endings (-α/-ας, -η/-ης, -ος/-ου/-ο, -ης/-η, -ας/-α).
/// </remarks>
internal static class GreekArticleNames
{
    private static readonly string[] GivenNominatives =
    [
        // women
        "Αικατερίνη", "Κατερίνα", "Μαρία", "Ελένη", "Γεωργία", "Σοφία", "Δήμητρα", "Αναστασία", "Βασιλική", "Ευαγγελία", "Χριστίνα",
        "Ιωάννα", "Κωνσταντίνα", "Παναγιώτα", "Αγγελική", "Δέσποινα", "Ελευθερία", "Φωτεινή", "Νικολέτα", "Θεοδώρα", "Αλεξάνδρα",
        "Σταματία", "Σταματίνα", "Γλυκερία", "Ράνια", "Έλενα", "Μαίρη", "Πέγκυ", "Έλλη", "Έφη", "Φαίη", "Σία", "Ηλιάνα", "Ελεωνόρα",
        "Αντιγόνη", "Μαριλένα", "Μαρίνα", "Νατάσα", "Τζένη", "Κική", "Λένα", "Ρένα", "Βίκυ", "Άννα", "Ευτυχία", "Αργυρώ", "Κυριακή",
        "Χρυσούλα", "Χρυσάνθη", "Μελίνα", "Στέλλα", "Τατιάνα", "Ευδοκία", "Ευγενία", "Ζωή", "Ειρήνη", "Ελπίδα", "Χαρά", "Πηνελόπη",
        "Δανάη", "Καλλιόπη", "Πολυξένη", "Σεβαστή", "Στυλιανή", "Παρασκευή", "Βούλα", "Τάνια", "Κλέλια", "Μυρτώ", "Μαργαρίτα",
        "Ρούλα", "Τούλα", "Λίτσα", "Φανή", "Βάσω", "Ντίνα", "Μπέτυ", "Τόνια", "Ζέτα", "Καίτη", "Ευρυδίκη", "Ξανθή", "Κορίνα",
        "Δώρα", "Ηρώ", "Λήδα", "Νίκη", "Φαίδρα", "Ιουλία", "Βαλεντίνα", "Άντζελα", "Τζούλια", "Σάσα", "Ναταλία", "Μαρκέλλα",
        "Ευανθία", "Αφροδίτη", "Αθηνά", "Ολυμπία", "Ουρανία", "Θεοπίστη", "Γωγώ", "Πόπη", "Σμαράγδα", "Ισμήνη",
        // men
        "Γιώργος", "Γιάννης", "Κώστας", "Δημήτρης", "Νίκος", "Παναγιώτης", "Βασίλης", "Χρήστος", "Αντώνης", "Μιχάλης", "Σπύρος",
        "Θανάσης", "Στέλιος", "Μανώλης", "Άκης", "Σάκης", "Τάσος", "Λευτέρης", "Πέτρος", "Παύλος", "Αλέξανδρος", "Αλέξης", "Ηλίας",
        "Θοδωρής", "Σταύρος", "Στράτος", "Μάκης", "Λάκης", "Γρηγόρης", "Χάρης", "Φώτης", "Άρης", "Αποστόλης", "Ευάγγελος",
        "Βαγγέλης", "Κυριάκος", "Ανδρέας", "Νικόλαος", "Ιωάννης", "Γεώργιος", "Κωνσταντίνος", "Δημήτριος", "Αθανάσιος",
        "Χαράλαμπος", "Οδυσσέας", "Ορέστης", "Λεωνίδας", "Άγγελος", "Μάριος", "Πάνος", "Μάνος", "Τάκης", "Σωτήρης", "Θωμάς",
        "Φίλιππος", "Μάρκος", "Στάθης", "Γιώργης", "Ευκλείδης", "Αχιλλέας", "Μιλτιάδης", "Τριαντάφυλλος",
    ];

    /// <summary>Given names that are also ordinary words: read alone only after an article (a capital there makes them a name).</summary>
    private static readonly string[] WordNames =
    [
        "Ζωή", "Ειρήνη", "Ελπίδα", "Χαρά", "Νίκη", "Ελευθερία", "Βασιλική", "Σοφία", "Φωτεινή", "Ξανθή", "Μαργαρίτα", "Αφροδίτη",
        "Αθηνά", "Ολυμπία", "Ουρανία", "Δόξα", "Αγάπη", "Τριαντάφυλλος",
    ];

    /// <summary>Places, deities and figures of myth and scripture that stand after an article as a name does.</summary>
    private static readonly string[] NotPersons =
    [
        "Αφροδίτη", "Αθηνά", "Αθήνα", "Ήρα", "Άρτεμις", "Άρτεμη", "Περσεφόνη", "Εστία", "Μέδουσα", "Πανδώρα", "Κίρκη", "Καλυψώ",
        "Σαπφώ", "Κλεοπάτρα", "Παναγία", "Μαγδαληνή", "Νίκη", "Ελευθερία", "Δημοκρατία", "Ολυμπία", "Γοργόνα", "Σειρήνα", "Ευρώπη", "Ελλάδα", "Ελλάς", "Κρήτη",
        "Σαντορίνη", "Μύκονος", "Ρόδος", "Κέρκυρα", "Θεσσαλονίκη", "Πάρος", "Νάξος", "Χαλκιδική", "Ύδρα", "Αίγινα", "Πάτρα",
        "Κύπρος", "Ακρόπολη", "Πλάκα", "Σπάρτη", "Τροία", "Λέσβος", "Ζάκυνθος", "Κεφαλονιά", "Σάμος", "Χίος", "Καβάλα", "Λάρισα",
        "Μακεδονία", "Θράκη", "Αττική", "Εύβοια", "Λευκάδα", "Μήλος", "Ιταλία", "Γαλλία", "Ισπανία", "Τουρκία", "Αμερική", "Αφρική",
        "Ασία", "Αίγυπτος", "Κωνσταντινούπολη", "Ιερουσαλήμ", "Βαβυλώνα", "Ατλαντίδα", "Μόνα", "Τζοκόντα", "Λίζα", "Εύα", "Λιλίθ",
    ];

    private static readonly string[] FamilyEndings =
    [
        "πουλου", "πουλοσ", "ακη", "ακησ", "ιδου", "ιδησ", "ιδη", "αδου", "αδησ", "αδη", "ογλου", "ατου", "ατοσ", "τζη", "τζησ", "ακου",
        "ουδη", "ουδησ", "ελλη", "αιου", "ιου",
    ];

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",.;:!|\n·");

    // Both sigma forms: the token text folds a final ς to σ (as Fold does), so "της" is read as "τησ".
    private static readonly CompactWordSet Articles = new(["η", "ο", "της", "τησ", "του", "την", "τον", "τη", "το"]);

    /// <summary>Given names that are also weekdays, folded (Sunday, Friday).</summary>
    private static readonly CompactWordSet Weekdays = new(["κυριακη", "παρασκευη"]);

    private static readonly Lazy<(Lookup Given, Lookup WordOnly, Lookup Not)> Sets = new(Build);

    /// <summary>Longest word folded on the stack; a longer one (no name is) goes through <see cref="Fold"/>.</summary>
    private const int MaxStackFolded = 48;

    public static void Match(TokenizedText text, SignalSummary into)
    {
        if (!into.Has(Signal.Sexual) || into.Has(Signal.RealPersonLikely) || into.Has(Signal.RealPerson))
        {
            return;
        }

        var n = text.SequenceCount;
        Span<char> firstBuffer = stackalloc char[MaxStackFolded];
        Span<char> secondBuffer = stackalloc char[MaxStackFolded];
        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            if (!IsCapitalGreek(text, i))
            {
                continue;
            }

            var afterArticle = i > 0 && Articles.Contains(text.TextOf(in text[i - 1])) && char.IsLower(text.Source[text[i - 1].SourceStart])
                && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart);
            var opens = i == 0 || (!afterArticle && BreakBefore(text, i));
            if (!afterArticle && !opens)
            {
                continue;
            }

            var sets = Sets.Value;
            var first = Folded(SourceWord(text, i), firstBuffer); // the source word: a Greek word of Latin-like letters may be read as a disguised Latin one (Ράνια)
            if (sets.Not.Contains(first) || !NameWord(text, i))
            {
                continue;
            }

            // Session 42 (i16-cyrgreek50): Κυριακή and Παρασκευή are given names and weekdays; opening a tag or after την/τη ("την
            // Κυριακή", on Sunday) they are the day, a name only after η or της.
            if (Weekdays.Contains(first) && !(afterArticle && text.TextOf(in text[i - 1]) is "η" or "τησ" or "της"))
            {
                continue;
            }

            var given = sets.Given.Contains(first);
            var pair = i + 1 < n && IsCapitalGreek(text, i + 1) && NameWord(text, i + 1)
                && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart);
            int last;
            if (pair)
            {
                var second = Folded(SourceWord(text, i + 1), secondBuffer);
                var family = HasFamilyEnding(second);
                if (sets.Not.Contains(second) || !(family || (given && afterArticle)))
                {
                    continue;
                }

                last = i + 1;
            }
            else
            {
                // One word: a given name that is no ordinary word, after the article, or opening the prompt or a tag before a
                // lower-case word (a sentence's capital alone says nothing, so the word must be a listed name).
                var lowerNext = i + 1 < n && char.IsLower(text.Source[text[i + 1].SourceStart]);

                // "η Ελένη της Τροίας", "η Νίκη της Σαμοθράκης": a given name with "of" and a capitalised place is a figure of myth
                // or an artwork named by its place, not a person named by the prompt.
                if (i + 2 < n && Articles.Contains(text.TextOf(in text[i + 1])) && IsCapitalGreek(text, i + 2))
                {
                    continue;
                }

                // Session 41 (i16-handles49): after the article, a folk name made of a prefix and a man's given name (Ψαρ-αντώνης,
                // Μπαρμπα-γιάννης, Καπετάν-κώστας) is one person's name as the given name is.
                given |= afterArticle && IsFolkCompound(first, sets.Given);
                if (!given || (!afterArticle && sets.WordOnly.Contains(first)) || !(afterArticle || lowerNext || i + 1 == n))
                {
                    continue;
                }

                last = i;
            }

            var start = text[i].SourceStart;
            var end = text[last].SourceEnd;
            into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
            return;
        }
    }

    /// <summary>
    /// A Greek word (as written) that is a listed place, deity or figure of myth or scripture in any of its forms (session 42,
    /// i16-cyrgreek50: the Cyrillic and Greek last-resort reader, <see cref="CasedSubjectlessNames"/>, refuses them too).
    /// </summary>
    internal static bool IsNotPerson(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !(word[0] is (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF')))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxStackFolded];
        return Sets.Value.Not.Contains(Folded(word, buffer));
    }

    /// <summary>
    /// A Greek folk name of one word (session 41, i16-handles49): a prefix of two letters or more run into a man's given name of
    /// five letters or more in the nominative (folded, ending in σ): ψαραντωνησ, μπαρμπαγιαννησ. Women's given names are left
    /// out: places end in them (Καλαμαριά ends in Μαρία).
    /// </summary>
    internal static bool IsFolkCompound(ReadOnlySpan<char> folded, Lookup given)
    {
        for (var k = 2; k <= folded.Length - 5; k++)
        {
            WorkCounter.Add(1);
            var tail = folded[k..];
            if (tail[^1] == 'σ' && given.Contains(tail))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folk-compound test against the listed given names (for tests).</summary>
    internal static bool IsFolkCompound(string word) => IsFolkCompound(Fold(word), Sets.Value.Given);

    private static ReadOnlySpan<char> SourceWord(TokenizedText text, int i) =>
        text.Source.AsSpan(text[i].SourceStart, text[i].SourceEnd - text[i].SourceStart);

    private static bool IsCapitalGreek(TokenizedText text, int i)
    {
        var c = text.Source[text[i].SourceStart];
        return c is (>= '\u0386' and <= '\u03AB') or (>= '\u1F08' and <= '\u1FFC') && char.IsUpper(c);
    }

    private static bool NameWord(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        return token.Length >= 2 && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol)) == 0
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0;
    }

    private static bool HasFamilyEnding(ReadOnlySpan<char> folded)
    {
        foreach (var ending in FamilyEndings)
        {
            // -ίου is also a month's or a noun's genitive (Ιουλίου): only in a long word.
            if (folded.EndsWith(ending, StringComparison.Ordinal) && folded.Length >= ending.Length + (ending == "ιου" ? 6 : 3))
            {
                return true;
            }
        }

        return folded.StartsWith("παπα", StringComparison.Ordinal) && folded.Length >= 8;
    }

    private static bool BreakBefore(TokenizedText text, int i)
    {
        var from = text[i - 1].SourceEnd;
        var length = text[i].SourceStart - from;
        return length > 0 && text.Source.AsSpan(from, length).IndexOfAny(Breaks) >= 0;
    }

    private static (Lookup, Lookup, Lookup) Build() =>
        (LookupOf(GivenNominatives), LookupOf(WordNames), LookupOf(NotPersons));

    private static Lookup LookupOf(string[] nominatives) => FoldedForms(nominatives).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Each nominative folded, with its genitive and accusative (<see cref="Inflections"/>).</summary>
    private static HashSet<string> FoldedForms(string[] nominatives)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in nominatives)
        {
            var f = Fold(name);
            forms.Add(f);
            forms.UnionWith(Inflections(f));
        }

        return forms;
    }

    /// <summary>The genitive and accusative of a folded nominative by its regular ending.</summary>
    private static IEnumerable<string> Inflections(string f)
    {
        if (f.EndsWith('α') || f.EndsWith('η') || f.EndsWith('ω'))
        {
            yield return f + "σ";
        }
        else if (f.EndsWith("οσ", StringComparison.Ordinal))
        {
            yield return f[..^2] + "ου";
            yield return f[..^2] + "ο";
        }
        else if (f.EndsWith("ησ", StringComparison.Ordinal) || f.EndsWith("ασ", StringComparison.Ordinal))
        {
            yield return f[..^1];
        }
    }

    /// <summary>
    /// <see cref="Fold"/> of <paramref name="word"/>, written into <paramref name="buffer"/> without allocating when every
    /// character is a Greek letter whose fold one character gives (the monotonic alphabet, its tonos and dialytika: every
    /// name of the lists and almost every capitalised Greek word of a prompt); else <see cref="Fold"/> itself (session 36,
    /// i16-speed44: it allocated three strings and a builder per capitalised Greek word of a sexual prompt).
    /// </summary>
    internal static ReadOnlySpan<char> Folded(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            return Fold(word);
        }

        for (var k = 0; k < word.Length; k++)
        {
            var folded = FoldGreekLetter(char.ToLowerInvariant(word[k]));
            if (folded == '\0')
            {
                return Fold(word);
            }

            buffer[k] = folded;
        }

        return buffer[..word.Length];
    }

    /// <summary>A lower-case monotonic Greek letter without its accent or dialytika, final sigma as σ; '\0' for any other character.</summary>
    private static char FoldGreekLetter(char c) => c switch
    {
        'ς' => 'σ',
        >= 'α' and <= 'ω' => c,
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' or 'ϊ' or 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' or 'ϋ' or 'ΰ' => 'υ',
        'ώ' => 'ω',
        _ => '\0',
    };

    /// <summary>The tokenizer's folding of a Greek word: lower case, no accents, final sigma as σ.</summary>
    internal static string Fold(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c == 'ς' ? 'σ' : c);
            }
        }

        return sb.ToString();
    }
}
