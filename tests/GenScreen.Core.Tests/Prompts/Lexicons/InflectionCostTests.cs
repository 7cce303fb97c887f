using GenScreen.Core.Prompts.Lexicons;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts.Lexicons;

/// <summary>
/// What inflection as data costs an ordinary prompt, counted in matcher steps (<see cref="WorkCounter"/>, deterministic,
/// unlike a timer on a shared machine): the same prompts screened with the lexicons built with and without the
/// <c>inflection/*.json</c> files. The gate on stems and compound parts must turn ordinary words away cheaply.
/// </summary>
public sealed class InflectionCostTests(ITestOutputHelper output)
{
    /// <summary>
    /// Most extra work an ordinary prompt may take because of inflection (the per-prompt speed budget's margin): a tenth. Session 42
    /// allowed three tenths, when speed50 cut the rest of the cold path about twentyfold while inflection's own steps stayed as they
    /// were (16.4 % on the long English prompt below, 26.1 % on the German one, 27.4 % on the Spanish one). Session 43 (i16-speed51) made the readers cheaper, same answers: a cut of a word is probed only at the
    /// lengths a stem, head, tail or guard opening (closing) with the word's three letters has (LengthMasks; one bit read for the
    /// others), the undoubled rest after a Tagalog prefix is probed only when undoubling changed it, and the letters only some
    /// languages write are looked for between the prompt's first and last non-ASCII character (TokenizedText.NonAsciiBounds), not in
    /// the whole text once per language set. Then: 4,435 → 4,780 steps (7.8 %), 823 → 883 (7.3 %), 1,655 → 1,655, 859 → 924 (7.6 %).
    /// The same session's frame-cue trie (CueTrie) counts its walk, ~100-600 steps a prompt on both sides; against session 42's
    /// totals without inflection (3,810, 728, 762), which lacked them, the extra is still 9.1 %, 8.2 % and 8.5 %.
    /// </summary>
    private const double MaxExtraShare = 0.10;

    private static readonly string[] OrdinaryPrompts =
    [
        BenignPrompt.Text,
        "ein gemütliches Wohnzimmer mit Bücherregal, Abendlicht, Aquarell, sehr detailliert",
        "пейзаж с озером и горами на закате, масляная живопись, высокая детализация",
        "un mercado de flores en Sevilla, luz de la tarde, fotografía documental",
    ];

    [Fact]
    public void Screen_OrdinaryPrompts_InflectionAddsAtMostATenthOfTheWork()
    {
        Assert.True(BuiltInLexicons.Load().Count(IsInflection) >= 20);
        MatcherStepCost.AssertAtMostExtra(output, IsInflection, OrdinaryPrompts, MaxExtraShare, "inflection");
    }

    private static bool IsInflection(LexiconSource source) => source.Name.StartsWith("builtin:inflection", StringComparison.Ordinal);
}
