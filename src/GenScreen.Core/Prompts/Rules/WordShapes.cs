using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Classifies a plain word once, when the matcher's memo first keeps it (<see cref="PlainWordMemo.Classify"/>, prompt
/// index only): which rare per-word rules it can set off (<see cref="WordShape"/>). Each bit is the rule's own word-only
/// test, so the rules' gates (<see cref="Token.MayBe"/>) turn away exactly the words the rules would have turned away
/// themselves, one call later; a word met again costs a bit test instead of those calls (docs/performance.md,
/// "Session 13").
/// </summary>
internal static class WordShapes
{
    public static WordShape Of(ReadOnlySpan<char> word, LexiconSet lexicons)
    {
        var shape = WordShape.Classified;
        if (AgeDetector.IsCompoundAge(word, lexicons, out _))
        {
            shape |= WordShape.AgeCompound;
        }

        if (TwoWordRoles.MayStart(word))
        {
            shape |= WordShape.TwoWordRole;
        }

        if (SeparableUndress.IsVerb(word))
        {
            shape |= WordShape.SeparableVerb;
        }

        if (ClothingState.IsGarmentWithoutSuffix(word, lexicons.Prompt))
        {
            shape |= WordShape.GarmentLess;
        }

        return shape;
    }
}
