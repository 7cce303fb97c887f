using System.Globalization;
using System.Runtime.CompilerServices;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The one row reader of the clause tables (Rules/Data/child-statements.tsv, sexual-statements.tsv): rows of
/// <c>kind &lt;tab&gt; language &lt;tab&gt; text</c>, <c>#</c> starting a comment. A text is lower-cased; one written in an
/// unspaced script (<see cref="ClauseWords.IsUnspaced"/>) is looked for inside a clause, the others by words. The kinds of
/// one text are merged; the trigger words (those that set off the reading of a clause) are the longest word of every
/// spaced entry of a trigger kind and whole unspaced entries of those kinds.
/// </summary>
/// <typeparam name="TKinds">The table's flags enum (32 or 64 bits).</typeparam>
internal sealed class ClauseTableRows<TKinds>
    where TKinds : unmanaged, Enum
{
    private readonly TKinds _triggerKinds;
    private readonly Dictionary<string, TKinds> _unspaced = new(StringComparer.Ordinal);

    private ClauseTableRows(TKinds triggerKinds) => _triggerKinds = triggerKinds;

    /// <summary>A table's own reading of a spaced row (text, kind, the whole line for errors): true when it took the row.</summary>
    public delegate bool OwnRow(ClauseTableRows<TKinds> rows, string text, TKinds kind, string line);

    /// <summary>A table's kind by its name in the first cell, or null when unknown.</summary>
    public delegate TKinds? KindOf(ReadOnlySpan<char> name);

    /// <summary>Spaced words and phrases with their kinds.</summary>
    public Dictionary<string, TKinds> Spaced { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows read, by kind as written.</summary>
    public Dictionary<TKinds, int> Counts { get; } = [];

    /// <summary>The trigger words, distinct ignoring case.</summary>
    public HashSet<string> Triggers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The unspaced entries in the order first read, their kinds merged.</summary>
    public List<(string Text, TKinds Kinds)> Unspaced() => [.. _unspaced.Select(p => (p.Key, p.Value))];

    /// <summary>The triggers as one search of any script, ignoring case.</summary>
    // The short ASCII triggers are left to their reader in both searches, so the general search and the ASCII finder place the same triggers.
    public ScriptSplitTriggers TriggerSearch() => new([.. Triggers.Where(t => !IsShortAscii(t))]);

    private static bool IsShortAscii(string t) => t.Length < AsciiTriggerFinder.KeyLength && AsciiTriggerFinder.MatchesAsciiText(t);

    /// <summary>The triggers that set off a clause by starting a word (the stems of a table), not only as a whole word.</summary>
    public HashSet<string> PrefixTriggers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The triggers that ordinal ignore-case comparison can find in ASCII text (<see cref="AsciiTriggerFinder"/>), each with
    /// whether it counts as a whole word only (every trigger but a prefix).
    /// </summary>
    public (string Trigger, bool WholeWord)[] AsciiTriggers() =>
        [.. Triggers.Where(t => t.Length >= AsciiTriggerFinder.KeyLength && AsciiTriggerFinder.MatchesAsciiText(t)).Select(t => (t, !PrefixTriggers.Contains(t)))];

    /// <summary>ASCII triggers shorter than the finder's key (the number 69): left out of both searches, a reader looks for them on its own.</summary>
    public string[] ShortAsciiTriggers() => [.. Triggers.Where(IsShortAscii)];

    public bool IsTrigger(TKinds kind) => (Bits(kind) & Bits(_triggerKinds)) != 0;

    public static TKinds Merge(TKinds a, TKinds b)
    {
        var bits = Bits(a) | Bits(b);
        return Unsafe.SizeOf<TKinds>() == sizeof(ulong) ? Unsafe.BitCast<ulong, TKinds>(bits) : Unsafe.BitCast<uint, TKinds>((uint)bits);
    }

    /// <summary>Reads <paramref name="fileName"/>; <paramref name="ownRow"/> may take spaced rows first (the stems of a table).</summary>
    /// <exception cref="InvalidDataException">A row without three cells or a text, or with an unknown kind.</exception>
    public static ClauseTableRows<TKinds> Read(string fileName, KindOf kindOf, TKinds triggerKinds, OwnRow? ownRow = null)
    {
        using var reader = RuleDataFile.Open(fileName);
        var rows = new ClauseTableRows<TKinds>(triggerKinds);
        foreach (var line in RuleDataFile.Rows(reader))
        {
            // Read the row through spans: the sexual table has thousands of rows, and its load must stay small (Table_IsSmall).
            var first = line.IndexOf('\t');
            var second = first < 0 ? -1 : line.IndexOf('\t', first + 1);
            if (second < 0 || line.IndexOf('\t', second + 1) >= 0 || line.AsSpan(second + 1).Trim().Length == 0)
            {
                throw new InvalidDataException($"{fileName}: malformed row '{line}'.");
            }

            var kind = kindOf(line.AsSpan(0, first)) ?? throw new InvalidDataException($"{fileName}: unknown kind in '{line}'.");
            var text = Lower(line.AsSpan(second + 1).Trim());
            rows.Counts[kind] = rows.Counts.GetValueOrDefault(kind) + 1;
            if (text.Any(ClauseWords.IsUnspaced))
            {
                rows._unspaced[text] = Merge(rows._unspaced.GetValueOrDefault(text), kind);
                if (rows.IsTrigger(kind))
                {
                    rows.Triggers.Add(text);
                }

                continue;
            }

            if (ownRow?.Invoke(rows, text, kind, line) == true)
            {
                continue;
            }

            // Keyed as a clause keys its words (ClauseWords.WriteKey after the prompt's normalization): until session 39 a row
            // with a hyphen (merry-go-round, grand-mère) or a zero-width non-joiner (Persian شانه‌های) was kept as written and
            // never matched, since a clause splits at the hyphen and the normalizer drops the joiner.
            var written = text;
            text = AsClauseKey(text);
            rows.Spaced[text] = Merge(rows.Spaced.GetValueOrDefault(text), kind);
            if (rows.IsTrigger(kind))
            {
                rows.Triggers.Add(LongestWord(text));
                if (written.Any(ClauseWords.IsArabicMark))
                {
                    rows.Triggers.Add(LongestWord(written)); // a row written vocalised (تعمّدت) is met where a prompt writes it so
                }
            }
        }

        return rows;
    }

    /// <summary>
    /// A spaced row's text as a clause would key it: format characters (zero-width joiners, soft hyphens) dropped, as the
    /// prompt normalizer drops them, and Arabic vowel signs (<see cref="ClauseWords.IsArabicMark"/>); words (<see cref="ClauseWords.IsWordChar"/>) joined by one space; ’ read as '. The text
    /// itself when it is already so.
    /// </summary>
    internal static string AsClauseKey(string text)
    {
        var plain = true;
        var previousSpace = true;
        foreach (var c in text)
        {
            var space = c == ' ';
            if (c == '\u2019' || ClauseWords.IsArabicMark(c) || (!space && !ClauseWords.IsWordChar(c)) || (space && previousSpace))
            {
                plain = false;
                break;
            }

            previousSpace = space;
        }

        if (plain && !previousSpace)
        {
            return text;
        }

        var key = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || ClauseWords.IsArabicMark(c))
            {
                continue; // Arabic vowel signs as a clause key leaves them out (ClauseWords.WriteKey; session 43)
            }

            if (ClauseWords.IsWordChar(c))
            {
                if (pendingSpace && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(c == '\u2019' ? '\'' : c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return key.ToString();
    }

    /// <summary>The cell lower-cased as <see cref="string.ToLowerInvariant()"/> does; an ASCII cell without capitals is copied once.</summary>
    private static string Lower(ReadOnlySpan<char> cell)
    {
        foreach (var c in cell)
        {
            if (c is >= 'A' and <= 'Z' or > '\u007F')
            {
                return cell.ToString().ToLowerInvariant();
            }
        }

        return cell.ToString();
    }

    /// <summary>
    /// The longest word of a phrase, the phrase itself when it is one word. Of equally long words the last: in most of the
    /// tables' phrases the head noun comes last and is the rarer word (light up shoes: shoes, not light, which every lighting
    /// prompt holds; session 26, docs/performance.md "Session 26: speed30"). Which word triggers decides only whether the
    /// clause is read, never what a phrase matches.
    /// </summary>
    private static string LongestWord(string text)
    {
        var (bestStart, bestLength, start) = (0, 0, 0);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ' ')
            {
                // Session 43 (i16-para51): an Arabic word's closing alif is where the accusative's tanween stands (حصانًا): the
                // trigger stops before it, so a vocalised prompt still holds it (the key leaves the marks out, ClauseWords.WriteKey).
                var length = i - start >= 4 && text[i - 1] == '\u0627' && text[i - 2] is >= '\u0628' and <= '\u064A' ? i - start - 1 : i - start;
                if (length >= bestLength)
                {
                    (bestStart, bestLength) = (start, length);
                }

                start = i + 1;
            }
        }

        return bestLength == text.Length ? text : text.Substring(bestStart, bestLength);
    }

    /// <summary>The flags as bits: the child table's kinds and the sexual table's are 64 bits since session 20 (owned, pronoun; the weak words).</summary>
    private static ulong Bits(TKinds kinds) => Unsafe.SizeOf<TKinds>() == sizeof(ulong) ? Unsafe.BitCast<TKinds, ulong>(kinds) : Unsafe.BitCast<TKinds, uint>(kinds);
}
