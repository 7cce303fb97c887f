using System.Runtime.CompilerServices;
using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Lexicons.Snapshot;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>Runs alone (no other test allocating meanwhile), so a heap measurement means what it says.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>
/// The memory budget of issue 16: all lexicons compiled (every built-in language, names and whatever lists are
/// added) take at most 60 MB of managed heap. Measured as the heap that stays reachable from one built
/// <see cref="LexiconSet"/>, after full collections before and after.
/// </summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class LexiconMemoryTests(ITestOutputHelper output)
{
    // The 60 MB in decimal megabytes (57.2 MiB), not 60 MiB.
    private const long BudgetBytes = 60_000_000;

    [Fact]
    public void LexiconSet_AllBuiltInLexicons_RetainAtMost60MB()
    {
        var sources = ScreeningSetup.Sources(new ScreeningOptions()).ToList(); // the embedded files themselves are not lexicon memory
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var set = LexiconSet.Build(sources);
        var atStartUp = GC.GetTotalMemory(forceFullCollection: true) - before; // what a process that screens only Latin prompts keeps
        set.BuildDeferredIndexes(); // the indexes of other scripts and the office cues count too, though start-up leaves them for the first prompt that needs them
        var after = GC.GetTotalMemory(forceFullCollection: true);

        var retained = after - before;
        output.WriteLine($"{set.PromptTermCount:N0} prompt terms from {set.Sources.Count} sources: {retained / 1048576.0:0.00} MiB retained ({retained / 1e6:0.0} MB); before the deferred indexes {atStartUp / 1048576.0:0.00} MiB");
        Assert.InRange(retained, 1, BudgetBytes);
        GC.KeepAlive(set);
    }

    /// <summary>
    /// The embedded snapshot (≈ 6 MiB of parsed lexicon files) is read by a build and then let go: a process keeps the
    /// lexicons it built, not the bytes they were read from. Before, a static kept it for the life of the process, and the
    /// budget above passed or failed by test order (whether another test had loaded it before the measurement began).
    /// </summary>
    [Fact]
    public void LexiconSet_Built_KeepsNoSnapshotAlive()
    {
        var sources = ScreeningSetup.Sources(new ScreeningOptions()).ToList();
        var (set, snapshot) = BuildFromTheEmbeddedSnapshot(sources);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(snapshot.TryGetTarget(out _), "the lexicon snapshot outlived the build that read it");
        Assert.True(set.PromptTermCount > 0);
        Assert.NotNull(LexiconSnapshot.BuiltIn); // read again from the assembly when a later build needs it
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // no local of this frame may keep the snapshot reachable
    private static (LexiconSet Set, WeakReference<LexiconSnapshot> Snapshot) BuildFromTheEmbeddedSnapshot(List<LexiconSource> sources)
    {
        var snapshot = LexiconSnapshot.BuiltIn ?? throw new InvalidOperationException("the build embedded no readable lexicon snapshot");
        return (LexiconSet.Build(sources, parallel: true, snapshot), new WeakReference<LexiconSnapshot>(snapshot));
    }
}
