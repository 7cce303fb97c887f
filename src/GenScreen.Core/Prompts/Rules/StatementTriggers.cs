namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The clause readers' trigger scan, shared: <see cref="ChildStatements"/> and <see cref="SexualStatements"/> each read a
/// clause only around a trigger word of their table, and most prompts hold none. A prompt written in ASCII is scanned once
/// for the triggers of both tables (<see cref="AsciiTriggerFinder"/>, each trigger tagged with its table), so a benign
/// prompt pays one pass and one ASCII test, not two of each; a reader with a trigger goes on from its first one with the
/// same finder, for its own tag. Other prompts keep each table's search of every script.
/// </summary>
internal static class StatementTriggers
{
    public const uint Child = 1;
    public const uint Sexual = 2;

    private static readonly Lazy<AsciiTriggerFinder?> Finder = new(() => AsciiTriggerFinder.TryCreate(
        ChildStatements.Table.AsciiTriggers.Select(t => (t, Child)).Concat(SexualStatements.Table.AsciiTriggers.Select(t => (t, Sexual)))));

    /// <summary>For tests: the shared finder of the shipped tables (null if a trigger were too short to key).</summary>
    internal static AsciiTriggerFinder? AsciiFinder => Finder.Value;

    /// <summary>The shared finder when it can read <paramref name="source"/> (ASCII), else null.</summary>
    public static AsciiTriggerFinder? AsciiFinderFor(string source) => Finder.Value is { } finder && System.Text.Ascii.IsValid(source) ? finder : null;

    /// <summary>Reads the prompt's child statements, then its sexual statements, into <paramref name="into"/>.</summary>
    public static void Detect(string source, SignalSummary into)
    {
        var finder = AsciiFinderFor(source);
        if (finder is null)
        {
            ChildStatements.Reader.ReadFrom(source, into, null, ChildStatements.Reader.FindTrigger(source, 0));
            SexualStatements.Reader.ReadFrom(source, into, null, SexualStatements.Reader.FindTrigger(source, 0));
            return;
        }

        var at = finder.Find(source, 0, Child | Sexual, out var tags);
        if (at < 0)
        {
            return;
        }

        ChildStatements.Reader.ReadFrom(source, into, finder, (tags & Child) != 0 ? at : finder.Find(source, at + 1, Child));
        SexualStatements.Reader.ReadFrom(source, into, finder, (tags & Sexual) != 0 ? at : finder.Find(source, at + 1, Sexual));
    }
}
