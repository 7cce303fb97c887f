using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// A lexicon entry keeps its source and its language-only mask in one reference (session 21, speed22: 40-byte objects
/// instead of 48): either can be set by <c>with</c> in either order, and equality is by value as before. Since session 26
/// (memory30) an entry keeps an index of the pair instead (32-byte objects), and a name of a names list takes its source
/// from its list.
/// </summary>
public sealed class LexiconEntrySourceTests
{
    [Fact]
    public void LexiconEntry_SourceAndLanguageOnlyMask_SetInEitherOrder()
    {
        var entry = new LexiconEntry("barn", Signal.Minor, 3, "builtin:sv");
        var marked = entry with { OnlyInLanguages = 0b101 };
        var moved = marked with { Source = "config:x" };
        var cleared = moved with { OnlyInLanguages = 0 };

        Assert.Equal(0UL, entry.OnlyInLanguages);
        Assert.Equal(("builtin:sv", 0b101UL), (marked.Source, marked.OnlyInLanguages));
        Assert.Equal(("config:x", 0b101UL), (moved.Source, moved.OnlyInLanguages));
        Assert.Equal(("config:x", 0UL), (cleared.Source, cleared.OnlyInLanguages));
        Assert.NotEqual(entry, marked);
        Assert.Equal(entry with { Source = "config:x" }, cleared);
        Assert.Equal("builtin:sv", entry.Source);
    }

    [Fact]
    public void LexiconEntry_NameOfAList_SourceFromTheListAndSetLikeAnyOther()
    {
        var names = WrittenNames.Encode(["Zoë Saldaña", "Kim Ji-won"], out var starts, "builtin:people");
        var name = new LexiconEntry(names, starts[1], Signal.RealPerson, 4, "builtin:people") { ExactOnly = true };
        var asString = new LexiconEntry("Kim Ji-won", Signal.RealPerson, 4, "builtin:people") { ExactOnly = true };
        var otherSource = new LexiconEntry(names, starts[0], Signal.RealPerson, 4, "config:names");

        Assert.Equal(("Kim Ji-won", "builtin:people", 0UL), (name.Term, name.Source, name.OnlyInLanguages));
        Assert.Equal(asString, name);
        Assert.Equal(asString.GetHashCode(), name.GetHashCode());
        Assert.Equal(("Zoë Saldaña", "config:names"), (otherSource.Term, otherSource.Source));
        Assert.Equal(("Kim Ji-won", "config:x", 0UL), ((name with { Source = "config:x" }).Term, (name with { Source = "config:x" }).Source, (name with { Source = "config:x" }).OnlyInLanguages));
        Assert.Equal(("Kim Ji-won", "builtin:people", 0b10UL), ((name with { OnlyInLanguages = 0b10 }).Term, (name with { OnlyInLanguages = 0b10 }).Source, (name with { OnlyInLanguages = 0b10 }).OnlyInLanguages));
        Assert.Equal(("Ji-won", "builtin:people"), ((name with { Term = "Ji-won" }).Term, (name with { Term = "Ji-won" }).Source));
        Assert.Equal(name, name with { OnlyInLanguages = 0 });
        Assert.True((name with { Level = 2 }).ExactOnly);
    }

    [Fact]
    public void LexiconEntry_SourcesFromManyThreads_EachKeepsItsOwn()
    {
        var entries = new LexiconEntry[4_000];
        Parallel.For(0, entries.Length, i => entries[i] = new LexiconEntry($"t{i}", Signal.Sexual, 1, $"config:memory30-{i % 700}") { OnlyInLanguages = (ulong)(i % 3) });

        for (var i = 0; i < entries.Length; i++)
        {
            Assert.Equal(($"t{i}", $"config:memory30-{i % 700}", (ulong)(i % 3)), (entries[i].Term, entries[i].Source, entries[i].OnlyInLanguages));
        }
    }
}
