using System.Runtime.InteropServices;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The clause readers' trigger scan, shared: <see cref="ChildStatements"/> and <see cref="SexualStatements"/> each read a
/// clause only around a trigger word of their table, and most prompts hold none. A prompt written in ASCII is scanned once
/// for the triggers of both tables (<see cref="AsciiTriggerFinder"/>, each trigger tagged with its table): every trigger
/// place with its tags, which each reader then walks for its own tag, so a prompt pays one pass and one ASCII test, not
/// two of each (and a reader that has read a clause does not scan the rest again). The sexual table's triggers shorter than
/// the finder's key (the number 69) are found by the same pass under their own tag, <see cref="SexualShort"/>, whose clauses
/// the sexual reader reads after its others (<see cref="ClauseReader{TState}"/>'s late triggers). Other prompts keep each
/// table's search of every script.
/// </summary>
internal static class StatementTriggers
{
    public const uint Child = 1;
    public const uint Sexual = 2;

    /// <summary>The sexual table's short triggers (69): read after the sexual reader's other clauses.</summary>
    public const uint SexualShort = 4;

    /// <summary>The trigger places of the prompt being read (one list per thread: a benign prompt allocates nothing).</summary>
    [ThreadStatic]
    private static List<(int At, uint Tags)>? t_hits;

    private static readonly Lazy<AsciiTriggerFinder?> Finder = new(() => AsciiTriggerFinder.TryCreate(
        ChildStatements.Table.AsciiTriggers.Select(t => (t.Trigger, Child, t.WholeWord))
            .Concat(SexualStatements.Table.AsciiTriggers.Select(t => (t.Trigger, Sexual, t.WholeWord)))
            .Concat(SexualStatements.Table.ShortAsciiTriggers.Select(t => (t, SexualShort, true)))));

    /// <summary>
    /// Loads the child and sexual statement tables and builds their shared finder now (every prompt's first verdict needs
    /// them): <see cref="Lexicons.LexiconSet"/>'s parallel build calls it on the other core while it reads its sources.
    /// </summary>
    internal static void Prepare() => _ = Finder.Value;

    /// <summary>For tests: the shared finder of the shipped tables (null if a trigger could not be found in ASCII text).</summary>
    internal static AsciiTriggerFinder? AsciiFinder => Finder.Value;

    /// <summary>The shared finder when it can read <paramref name="source"/> (ASCII), else null.</summary>
    public static AsciiTriggerFinder? AsciiFinderFor(string source) => Finder.Value is { } finder && System.Text.Ascii.IsValid(source) ? finder : null;

    /// <summary>
    /// Reads the prompt's child statements, its Thai school stages (<see cref="ThaiSchoolStages"/>, only in a prompt that is not
    /// ASCII: an ASCII prompt has no Thai), then its sexual statements, into <paramref name="into"/>, in that order.
    /// </summary>
    public static void Detect(string source, SignalSummary into)
    {
        var finder = AsciiFinderFor(source);
        if (finder is null)
        {
            ChildStatements.Reader.ReadFrom(source, into, null, ChildStatements.Reader.FindTrigger(source, 0));
            ThaiSchoolStages.Detect(source, into);
            SexualStatements.Reader.ReadFrom(source, into, null, SexualStatements.Reader.FindTrigger(source, 0));
            return;
        }

        var hits = t_hits ??= [];
        // Whole words: every entry a reader can read is a whole word of its clause, so a clause whose only trigger starts a
        // longer word (pai in painting, qua in quality) holds nothing to read and is not read (verdicts unchanged, docs/performance.md).
        finder.FindAll(source, Child | Sexual | SexualShort, hits, wholeWords: true);

        // A prompt with no trigger but a short one is not read (so it was before the short triggers joined this scan, session 20).
        if (!HasTag(CollectionsMarshal.AsSpan(hits), Child | Sexual))
        {
            return;
        }

        ChildStatements.Reader.ReadHits(source, into, CollectionsMarshal.AsSpan(hits));
        SexualStatements.Reader.ReadHits(source, into, CollectionsMarshal.AsSpan(hits));
    }

    private static bool HasTag(ReadOnlySpan<(int At, uint Tags)> hits, uint tags)
    {
        foreach (var hit in hits)
        {
            if ((hit.Tags & tags) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
