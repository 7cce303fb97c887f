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

    private static PromptScreener Screener(IEnumerable<LexiconSource> sources) =>
        new(LexiconSet.Build(sources), PolicyCatalog.LoadBuiltIn(), "mature");

    private static long Steps(PromptScreener screener, string prompt)
    {
        screener.Screen(prompt, null, "mature"); // warm: first-call caches are no part of the cost
        WorkCounter.Reset();
        screener.Screen(prompt, null, "mature");
        return WorkCounter.Steps;
    }
}
