using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// A lexicon entry keeps its source and its language-only mask in one reference (session 21, speed22: 40-byte objects
/// instead of 48): either can be set by <c>with</c> in either order, and equality is by value as before.
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
}
