using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Tests.Prompts.Lexicons;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// What the wider real-person reach adds to lexicon memory: all built-in lexicons with and without its files
/// (footballers, more aliases, public roles), each within the 60 MB budget, and the new files adding names.
/// </summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class PeopleReachMemoryTests(ITestOutputHelper output)
{
    private static readonly string[] NewFiles = ["builtin:names/footballers", "builtin:names/aliases-more", "builtin:people/public-roles"];

    [Fact]
    public void LexiconSet_WithAndWithoutNewPeopleFiles_BothWithinBudget()
    {
        var all = BuiltInLexicons.Load().ToList();
        var (withoutBytes, withoutNames) = Retained(all.Where(s => !NewFiles.Contains(s.Name)).ToList());
        var (withBytes, withNames) = Retained(all);

        output.WriteLine($"without: {withoutNames:N0} names, {withoutBytes / 1048576.0:0.00} MiB; with: {withNames:N0} names, {withBytes / 1048576.0:0.00} MiB");
        Assert.True(withNames > withoutNames + 5_000, $"{withNames} vs {withoutNames}");
        Assert.InRange(withoutBytes, 1, 60L * 1024 * 1024);
        Assert.InRange(withBytes, 1, 60L * 1024 * 1024);
    }

    private static (long Bytes, int Names) Retained(List<LexiconSource> sources)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var set = LexiconSet.Build(sources);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var names = set.ProtectedNameCount;
        GC.KeepAlive(set);
        return (after - before, names);
    }
}
