using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 20 (i16-para21): a prompt that names nobody. Pro-drop languages (Czech, Polish, Russian, Ukrainian, Turkish, Greek)
/// and the telegraphic style of prompts in every language describe a person by what she does with no subject at all
/// (<c>kreslí křídou na chodník</c>, <c>ест кашу ложкой</c>, <c>kramar ett gosedjur</c>, <c>kum havuzunda oynuyor</c>). A writer who
/// means an adult almost always names her (a woman, a man, a person word, a name, an adult word, a teacher or a mother heading
/// the prompt); a child described by the details of its day is left unnamed so as not to say "child". So a prompt with no
/// person word, no adult marker and no real person is itself a weak cue: it weighs as a second child hint beside exactly one
/// other (<see cref="SignalSummary.WeighChildHints"/>), never alone (a prompt naming nobody and holding no hint is nothing).
/// A pronoun names nobody either (<c>ona</c>, <c>się</c>).
/// </summary>
/// <remarks>
/// Session 20 read it only in prompts of Latin, Greek or Cyrillic letters; session 21 (i16-para22) reads it in every script
/// beside sexual content, measured on Japanese, Chinese, Korean, Thai, Arabic, Persian, Hebrew, Hindi and Bengali adults with a child's detail
/// (docs/lexicons.md, "Session 21"). Cost: read once per screening, and only when the prompt holds exactly one hint.
/// </remarks>
internal static class UnnamedSubject
{
    /// <summary>
    /// First words that open a noun phrase naming someone (<c>ein pensionierter Lehrer</c>, <c>en lärare som</c>, <c>isang ina</c>,
    /// <c>bir öğretmen</c>, <c>Nàng tiên cá</c>): an indefinite article, a numeral one, a person classifier. English and Portuguese
    /// <c>a</c> are left out (Portuguese <c>a avó</c> is "the grandmother", the subject's).
    /// </summary>
    private static readonly HashSet<string> NamingFirstWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "an", "one", "ein", "eine", "einer", "en", "ett", "un", "une", "una", "uno", "um", "uma", "een", "ένας", "μια", "μία", "ένα",
        "bir", "isang", "seorang", "sebuah", "một", "nàng", "chàng", "cô", "ông", "bà", "anh", "chị", "jeden", "jedna", "jedno",
        "один", "одна", "одно", "один", "एक", "একজন", "একটি", "jakaś", "jakiś", "nějaká", "nějaký", "якась", "якийсь", "какая-то", "какой-то",
    };

    /// <summary>
    /// The prompt names nobody (no depicted-person word, no adult marker, no real or likely real person, no parent or staff
    /// word naming the one described, no indefinite noun phrase heading it) and its one hint may stand beside that: not a
    /// placeholder (<c>someone who loves the beach</c> is one cue: the placeholder already says nobody is named), not a stool or
    /// tiptoe (<c>standing on tiptoes to reach the top shelf</c>, an adult's pose too) nor a reward (<c>gold stars on the wall</c>,
    /// a decoration too), not a parent
    /// right after a dash (<see cref="AfterDash"/>), not a word
    /// inside the sexual wording (<c>в чём мать родила</c>, born naked, holds a mother), not a child place of an adult's work
    /// (<c>anaokulu öğretmeni</c>).
    /// </summary>
    public static bool Holds(SignalSummary s)
    {
        if (s.DepictsPeople || s.NamesSomeone || s.Has(Signal.Adult) || s.Has(Signal.RealPerson) || s.Has(Signal.RealPersonLikely)
            || s.Has(Signal.RealPersonHint))
        {
            return false;
        }

        return LoneHintWeighs(s) && !NamingFirstWord(s.Source);
    }

    /// <summary>
    /// Session 34: the only person word is a girl or boy noun (<see cref="GirlBoyNouns"/>: <c>ein Mädchen im Kindergarten</c>,
    /// <c>à la maternelle une fille</c>, <c>kreşte bir kız</c>) and no adult marker, real person or word naming the one
    /// described stands beside it. Such a word keeps a prompt on the adult side alone, but it names no grown person: beside
    /// the one hint it is the same second cue as a prompt naming nobody (a staffed place, a parent, a reward stay excluded).
    /// </summary>
    public static bool HoldsBesideGirlOrBoy(SignalSummary s) =>
        s.DepictsPeople && !s.NamesGrownPerson && !s.NamesSomeone && !s.Has(Signal.Adult) && !s.Has(Signal.RealPerson)
        && !s.Has(Signal.RealPersonLikely) && !s.Has(Signal.RealPersonHint) && LoneHintWeighs(s);

    /// <summary>The prompt's one hint may stand beside a second weak cue, and the prompt is read here (see <see cref="Holds"/>).</summary>
    private static bool LoneHintWeighs(SignalSummary s)
    {
        var (hint, key) = s.LoneHint;
        if (!hint.IsPresent || AttendedPlaces.IsStaffedHint(hint.Term) || ChildDetails.IsSomeoneKey(key) || ChildDetails.IsBoostKey(key) || ChildDetails.IsWatchKey(key)
            || ChildDetails.IsOversizeKey(key)
            || (ChildStatements.Table.KindsOf(hint.Term) & ChildStatementKinds.Reward) != 0
            || (ChildDetails.IsParentKey(key) && !s.ParentOwnedByForm && AfterDash(s.Source, hint.SourceStart)))
        {
            return false;
        }

        ref readonly var sexual = ref s[Signal.Sexual];
        if (sexual.IsPresent && sexual.Field == PromptField.Prompt && hint.SourceStart >= sexual.SourceStart && hint.SourceEnd <= sexual.SourceEnd)
        {
            return false;
        }

        // In the other scripts (Arabic, Persian, Hebrew, Indic, Thai, Han, kana, Hangul) only beside sexual content, what the
        // cue is for: an innocent prompt of these scripts (누드김밥 도시락, a lunchbox of "nude" rolls) gains no youth from it.
        return InReadScripts(s.Source) || s.Has(Signal.Sexual);
    }

    /// <summary>
    /// A parent or teacher right after a dash opens a new description (<c>голая, в одних чулках — учительница химии</c>): the
    /// person described, though the clause reader, which does not break at dashes, found her deep in a clause.
    /// </summary>
    private static bool AfterDash(string source, int at)
    {
        var i = at - 1;
        while (i >= 0 && source[i] == ' ')
        {
            i--;
        }

        return i >= 0 && source[i] is '\u2014' or '\u2013' or '-';
    }

    /// <summary>Latin (with Vietnamese), Greek and Cyrillic letters only: no letter of another script.</summary>
    private static bool InReadScripts(string source)
    {
        foreach (var c in source)
        {
            if (c is (>= '\u0590' and < '\u1E00') or (>= '\u2E80' and < '\uFE00') or (>= '\uFF00' and < '\uFFF0'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamingFirstWord(string source)
    {
        var start = 0;
        while (start < source.Length && !char.IsLetter(source[start]))
        {
            start++;
        }

        var end = start;
        while (end < source.Length && (char.IsLetter(source[end]) || source[end] == '-'))
        {
            end++;
        }

        if (end == start || !NamingFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(source.AsSpan(start, end - start)))
        {
            return false;
        }

        // Session 24 (i16-para26): Swedish "en" (a, one) is also Spanish and French "en" (in, on): before an article or a
        // determiner of those languages (en la sillita, en el tiovivo, en une seconde) it opens a place, and names nobody.
        return !(end - start == 2 && source.AsSpan(start, 2).Equals("en", StringComparison.OrdinalIgnoreCase) && RomanceDeterminerAfter(source, end));
    }

    private static readonly HashSet<string> RomanceDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "el", "la", "los", "las", "le", "les", "l", "un", "une", "una", "mi", "su", "sus", "mis", "tu", "sa", "son", "ses", "ma", "mon", "mes",
        "este", "esta", "ese", "esa", "ce", "cette", "cet", "casa", "plein", "pleine", "medio", "pleno", "plena",
    };

    /// <summary>Is the word after <paramref name="end"/> (past spaces) a Spanish or French article or determiner (<c>l'</c> too)?</summary>
    private static bool RomanceDeterminerAfter(string source, int end)
    {
        var start = end;
        while (start < source.Length && source[start] == ' ')
        {
            start++;
        }

        var stop = start;
        while (stop < source.Length && char.IsLetter(source[stop]))
        {
            stop++;
        }

        return stop > start && RomanceDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(source.AsSpan(start, stop - start));
    }
}
