using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// What a group of lexicon files costs ordinary prompts, in matcher steps (<see cref="WorkCounter"/>: deterministic,
/// unlike a timer on a shared machine): the same prompts screened by lexicons built with and without the group.
/// Shared by the cost tests of each data group that opens with words every prompt has.
/// </summary>
internal static class MatcherStepCost
{
    /// <summary>Screens each prompt with and without <paramref name="isGroup"/>'s files and fails when the group adds
    /// more than <paramref name="maxExtraShare"/> of the steps to any of them.</summary>
    public static void AssertAtMostExtra(
        ITestOutputHelper output, Func<LexiconSource, bool> isGroup, IReadOnlyList<string> prompts, double maxExtraShare, string group)
    {
        Assert.True(WorkCounter.IsCompiled);
        var all = BuiltInLexicons.Load();
        var without = Screener(all.Where(s => !isGroup(s)));
        var with = Screener(all);

        foreach (var prompt in prompts)
        {
            var before = Steps(without, prompt);
            var after = Steps(with, prompt);
            output.WriteLine($"{before} -> {after} steps ({(double)after / before - 1:P1}): {prompt[..Math.Min(40, prompt.Length)]}");
            Assert.True(after <= before * (1 + maxExtraShare), $"{after} steps with {group}, {before} without ({(double)after / before - 1:P1} more): {prompt}");
        }
    }

    private static (PromptScreener Screener, LexiconSet Lexicons) Screener(IEnumerable<LexiconSource> sources)
    {
        var lexicons = LexiconSet.Build(sources);
        return (new PromptScreener(lexicons, PolicyCatalog.LoadBuiltIn(), "mature"), lexicons);
    }

    private static long Steps((PromptScreener Screener, LexiconSet Lexicons) s, string prompt)
    {
        s.Screener.Screen(prompt, null, "mature"); // warm: first-call caches are no part of the cost
        // ...but the words the matcher learned are (PlainWordMemo): counted with nothing learned, every word pays the
        // full path, so a group's cost is measured against all the work a prompt can take, as before the memo.
        s.Lexicons.Prompt.PlainWords.Clear();
        s.Lexicons.Negative.PlainWords.Clear();
        WorkCounter.Reset();
        s.Screener.Screen(prompt, null, "mature");
        return WorkCounter.Steps;
    }
}
