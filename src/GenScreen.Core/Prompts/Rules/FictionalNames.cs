using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Fictional adults found by sound or reading in another script (ティファ・ロックハート, 峰不二子 read as Mine Fujiko): the
/// index of names in other scripts (<see cref="ScriptNameIndex"/>) keys the fictional-adult lists before the real
/// people, so such a name finds its character and not a real person who sounds alike. The character is kept as
/// <see cref="Signal.Benign"/> evidence (no rule decides on it), and a likely real name read from the same characters by
/// the name-shape rules is dropped: the fictional list is checked first.
/// </summary>
internal static class FictionalNames
{
    /// <summary>What a match in the index of names in other scripts stands for: a real person, or a fictional adult.</summary>
    public static void AddScriptMatch(SignalSummary into, LexiconEntry entry, int sourceStart, int sourceEnd)
    {
        if (entry.Signal == Signal.Benign)
        {
            into.Add(Signal.Benign, entry.Term, 0, sourceStart, sourceEnd, PromptField.Prompt);
            return;
        }

        into.Add(Signal.RealPerson, entry.Term, entry.Level, sourceStart, sourceEnd, PromptField.Prompt);
    }

    /// <summary>Drops a likely real name that overlaps a fictional adult's name found in another script.</summary>
    public static void DropLikelyOverlapping(SignalSummary into)
    {
        if (!into.Has(Signal.Benign) || !into.Has(Signal.RealPersonLikely))
        {
            return;
        }

        ref readonly var fictional = ref into[Signal.Benign];
        ref readonly var likely = ref into[Signal.RealPersonLikely];
        if (likely.SourceStart < fictional.SourceEnd && fictional.SourceStart < likely.SourceEnd)
        {
            into.Drop(Signal.RealPersonLikely);
        }
    }

    /// <summary>A fictional adult's list (fictional-adults.json, fictional-adults-scripts.json): its terms key the script index first.</summary>
    public static bool IsFictional(LexiconEntry entry) =>
        entry.Signal == Signal.Benign && entry.Source.Contains("fictional", StringComparison.Ordinal);
}
