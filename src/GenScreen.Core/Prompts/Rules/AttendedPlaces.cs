using System.Runtime.CompilerServices;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A place of a small child's day said as the depicted person's (session 15, i16-minors15): <c>she still goes to
/// nursery</c>, <c>ходит в садик</c>, <c>πηγαίνει ακόμα στο νηπιαγωγείο</c>, <c>zit op de kleuterschool</c>. The place
/// alone is only a child hint (a kindergarten teacher, a mother at the crèche gate, <c>Erzieherin aus der Kita</c>):
/// lexicon entries of signal <c>child-hint</c> at level 2 mark such places (<c>minors/childhood-statements-15.json</c>).
/// With a verb of attending (role <c>stage-verb</c>, the verbs that already make a school stage someone's:
/// <c>goes to</c>, <c>geht in</c>, <c>chodí do</c>, <c>ходит в</c>) before it in its phrase — across short words and
/// fillers such as <c>still</c>, <c>noch</c>, <c>ακόμα</c> — or right after it (verb-final languages), the statement is
/// about the subject and only a child's life makes it: an unambiguous minor (level 4). A staff word anywhere in the
/// place's tag keeps the place the adult's workplace.
/// </summary>
internal static class AttendedPlaces
{
    /// <summary>Level of a child-hint entry that is a place a child attends.</summary>
    public const byte PlaceLevel = 2;

    /// <summary>Words looked back from the place for the verb (<c>goes still to the</c>: four).</summary>
    private const int VerbReach = 4;

    /// <summary>Longest word that may stand between the verb and the place without a role: prepositions and articles.</summary>
    private const int ShortWord = 4;

    // One minor entry per place entry, made on the first attended match: nothing is allocated on later matches.
    private static readonly ConditionalWeakTable<LexiconEntry, LexiconEntry> Minors = new();

    // One hint entry per youth place entry, made on the first match beside a staff word.
    private static readonly ConditionalWeakTable<LexiconEntry, LexiconEntry> Hints = new();

    /// <summary>Terms of youth places read as an adult's workplace (a youth term is a hint only so): they name a staff member.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> StaffedTerms = new(StringComparer.Ordinal);

    /// <summary>A hint of this term was a youth place beside a staff word: the prompt names the adult who works there (<see cref="UnnamedSubject"/>).</summary>
    public static bool IsStaffedHint(string term) => StaffedTerms.ContainsKey(term);

    private static LexiconEntry Staffed(LexiconEntry entry) => Hints.GetValue(entry, static e =>
    {
        StaffedTerms.TryAdd(e.Term, 0);
        return e with { Signal = Signal.ChildHint, Level = 1 };
    });

    /// <summary>Words looked at on each side of a place for a staff word of its phrase (<c>juf van de kleuterschool</c>: three).</summary>
    private const int StaffReach = 3;

    /// <summary>
    /// The entry to emit for a matched term: a place hint's minor entry when the subject attends it; a youth term that is a
    /// place (role <c>child-place</c>) with a staff word beside it in its phrase as a mere hint (<c>maestra de jardín de
    /// infancia</c>, <c>anaokulu öğretmeni</c>: the adult's workplace); else the entry itself.
    /// </summary>
    public static LexiconEntry Read(TokenizedText text, int first, int count, TermIndex index, LexiconEntry entry, PromptField field)
    {
        if (field != PromptField.Prompt || entry.Signal is not (Signal.ChildHint or Signal.Minor))
        {
            return entry;
        }

        var last = first + count - 1;
        if (entry is { Signal: Signal.ChildHint, Level: PlaceLevel })
        {
            return IsAttended(text, first, last, index) ? Minors.GetValue(entry, static e => e with { Signal = Signal.Minor, Level = 4 }) : entry;
        }

        if (entry.Signal == Signal.Minor && HoldsPlaceWord(text, first, last, index) && StaffBeside(text, first, last, index))
        {
            return Staffed(entry);
        }

        // A scout word alone (a hint below a place's level) beside a girl or boy noun of its tag: a member of the youth group.
        if (entry is { Signal: Signal.ChildHint, Level: < PlaceLevel } && HoldsPlaceWord(text, first, last, index) && ScoutMembers.InTag(text, first, last))
        {
            return Members.GetValue(entry, static e => e with { Signal = Signal.Minor, Level = MemberLevel });
        }

        return entry;
    }

    /// <summary>Level of a scout word beside a girl or boy noun (<see cref="ScoutMembers"/>): a likely minor, as a small scout is.</summary>
    private const byte MemberLevel = 3;

    // One minor entry per scout hint entry, made on the first match beside a girl or boy noun.
    private static readonly ConditionalWeakTable<LexiconEntry, LexiconEntry> Members = new();

    /// <summary>
    /// A youth term that also names an animal's young (a word of role <c>young-animal</c>: <c>cría</c>, <c>louveteaux</c>,
    /// <c>lobinho</c>, <c>vlče</c>) with an animal word in its tag: the animal's young, no youth at all (TermMatcher emits
    /// nothing for it). Session 22, i16-children24.
    /// </summary>
    public static bool IsAnimalYoung(TokenizedText text, int first, int count, TermIndex index, LexiconEntry entry, PromptField field) =>
        field == PromptField.Prompt && entry.Signal == Signal.Minor
        && AnyWordHas(text, first, first + count - 1, index, WordRole.YoungAnimal) && AnimalInTag(text, first, first + count - 1, index);

    /// <summary>
    /// A child hint that is a place or group of children (role <c>child-place</c>: a scout word alone, session 23) with a staff
    /// word beside it in its phrase (<c>the scout leader</c>, <c>o chefe escoteiro</c>, <c>قائد الكشافة</c>): the word only says
    /// what the adult leads, so it is no hint at all (TermMatcher emits nothing for it; UnnamedSubject would otherwise weigh it).
    /// </summary>
    public static bool IsStaffedPlaceHint(TokenizedText text, int first, int count, TermIndex index, LexiconEntry entry, PromptField field) =>
        field == PromptField.Prompt && entry is { Signal: Signal.ChildHint, Level: < PlaceLevel }
        && HoldsPlaceWord(text, first, first + count - 1, index) && StaffBeside(text, first, first + count - 1, index);

    /// <summary>Words looked at on each side of an animal's young for the animal of its tag (<c>cría de jirafa junto a su madre</c>).</summary>
    private const int AnimalReach = 5;

    /// <summary>
    /// An animal word (role <c>animal</c>) in the tag of a youth word that may name an animal's young (role <c>young-animal</c>),
    /// at most <see cref="AnimalReach"/> words away: <c>una cría de jirafa</c>, <c>une louve et ses louveteaux</c>,
    /// <c>um lobinho filhote</c>, <c>شبل أسد</c> are animals; <c>una cría rubia con coletas</c> is a child.
    /// </summary>
    private static bool AnimalInTag(TokenizedText text, int first, int last, TermIndex index) =>
        AgeText.RoleInTag(text, first, last, index, WordRole.Animal, AnimalReach);

    /// <summary>Does any word of <paramref name="first"/>..<paramref name="last"/> (one term, perhaps of several words) have <paramref name="role"/>?</summary>
    private static bool AnyWordHas(TokenizedText text, int first, int last, TermIndex index, WordRole role)
    {
        for (var k = first; k <= last; k++)
        {
            if (AgeText.Has(text, k, index, role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Longest staff word looked for beside a place in a run of an unspaced script (先生, 老师, 선생님, ครู).</summary>
    private const int CjkStaffLength = 4;

    /// <summary>
    /// <see cref="Read"/> for a term found inside a run of an unspaced script: a youth place (role <c>child-place</c>) with a staff
    /// word right after it (across one particle: <c>幼稚園の先生</c>, <c>幼儿园老师</c>, <c>幼儿园的老师</c>), in the next run
    /// (<c>유치원 선생님</c>) or right before it (<c>ครูอนุบาล</c>) is the adult's workplace, a mere hint.
    /// </summary>
    public static LexiconEntry ReadCjk(TokenizedText text, ReadOnlySpan<char> run, int p, int length, int next, TermIndex index, LexiconEntry entry, PromptField field)
    {
        if (field != PromptField.Prompt || entry.Signal != Signal.Minor || !index.TryGet(run.Slice(p, length), out var info)
            || (info.Roles & WordRole.ChildPlace) == 0)
        {
            return entry;
        }

        var after = p + length;
        var staff = StaffStarts(run[after..], index)
            || (after < run.Length && run[after] is '\u306E' or '\u7684' or '\uC758' && StaffStarts(run[(after + 1)..], index))
            || (after == run.Length && next >= 0 && text[next].Has(TokenFlags.Cjk) && StaffStarts(text.TextOf(in text[next]), index))
            || StaffEnds(run[..p], index);
        return staff ? Staffed(entry) : entry;
    }

    private static bool StaffStarts(ReadOnlySpan<char> rest, TermIndex index)
    {
        for (var n = 1; n <= Math.Min(CjkStaffLength, rest.Length); n++)
        {
            WorkCounter.Add(1);
            if (index.TryGet(rest[..n], out var info) && (info.Roles & WordRole.Staff) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StaffEnds(ReadOnlySpan<char> before, TermIndex index)
    {
        for (var n = 1; n <= Math.Min(CjkStaffLength, before.Length); n++)
        {
            WorkCounter.Add(1);
            if (index.TryGet(before[^n..], out var info) && (info.Roles & WordRole.Staff) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsPlaceWord(TokenizedText text, int first, int last, TermIndex index)
    {
        for (var k = first; k <= last; k++)
        {
            if (AgeText.Has(text, k, index, WordRole.ChildPlace))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A staff word in the place's phrase, across at most two short words (<c>de</c>, <c>van de</c>, <c>की</c>).</summary>
    private static bool StaffBeside(TokenizedText text, int first, int last, TermIndex index)
    {
        for (var j = first - 1; j >= Math.Max(0, first - StaffReach) && AgeText.InPhrase(text, j, j + 1); j--)
        {
            WorkCounter.Add(1);
            if (AgeText.Has(text, j, index, WordRole.Staff))
            {
                return true;
            }

            if (text[j].Length > ShortWord && !AgeText.Has(text, j, index, WordRole.School))
            {
                break;
            }
        }

        for (var j = last + 1; j < Math.Min(text.SequenceCount, last + 1 + StaffReach) && AgeText.InPhrase(text, j - 1, j); j++)
        {
            WorkCounter.Add(1);
            if (AgeText.Has(text, j, index, WordRole.Staff))
            {
                return true;
            }

            // An adult word describes the leader still to come (কাব স্কাউটের মহিলা লিডার, the cub scouts' woman leader).
            if (text[j].Length > ShortWord && !AgeText.Has(text, j, index, WordRole.School) && !AgeText.IsAdultWord(text, j, index))
            {
                break;
            }
        }

        return false;
    }

    private static bool IsAttended(TokenizedText text, int from, int to, TermIndex index)
    {
        if (StaffInTag(text, from, to, index))
        {
            return false;
        }

        // Verb-final languages put the verb right after the place: hâlâ kreşe gidiyor, নার্সারিতে যায়.
        if (to + 1 < text.SequenceCount && AgeText.InPhrase(text, to, to + 1) && AgeText.Has(text, to + 1, index, WordRole.StageVerb))
        {
            return true;
        }

        for (var j = from - 1; j >= Math.Max(0, from - VerbReach) && !AgeText.IsChunkBreak(text, j, j + 1); j--)
        {
            WorkCounter.Add(1);
            var roles = AgeText.RolesAt(text, j, index);
            if ((roles & WordRole.StageVerb) != 0)
            {
                return true;
            }

            if ((roles & (WordRole.Filler | WordRole.Hedge)) == 0 && (text[j].Length > ShortWord || text[j].Has(TokenFlags.Digit)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary><c>kindergarten teacher who goes to the nursery</c>, <c>juf die naar de crèche gaat</c>: the adult's workplace.</summary>
    private static bool StaffInTag(TokenizedText text, int from, int to, TermIndex index) =>
        AgeText.RoleInTag(text, from, to, index, WordRole.Staff);
}
