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

    /// <summary>The entry to emit for a matched place: the place's minor entry when the subject attends it, else the place.</summary>
    public static LexiconEntry Read(TokenizedText text, int first, int count, TermIndex index, LexiconEntry entry, PromptField field)
    {
        if (entry is not { Signal: Signal.ChildHint, Level: PlaceLevel } || field != PromptField.Prompt
            || !IsAttended(text, first, first + count - 1, index))
        {
            return entry;
        }

        return Minors.GetValue(entry, static e => e with { Signal = Signal.Minor, Level = 4 });
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
    private static bool StaffInTag(TokenizedText text, int from, int to, TermIndex index)
    {
        for (var j = from - 1; j >= 0 && !AgeText.IsChunkBreak(text, j, j + 1); j--)
        {
            WorkCounter.Add(1);
            if (AgeText.Has(text, j, index, WordRole.Staff))
            {
                return true;
            }
        }

        for (var j = to + 1; j < text.SequenceCount && !AgeText.IsChunkBreak(text, j - 1, j); j++)
        {
            WorkCounter.Add(1);
            if (AgeText.Has(text, j, index, WordRole.Staff))
            {
                return true;
            }
        }

        return false;
    }
}
