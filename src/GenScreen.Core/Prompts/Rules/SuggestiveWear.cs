using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 44 (i16-wear52): suggestive wear as the sexual part of a prompt that names a real person, read before the people rules
/// (<see cref="IntimateFrames.ReadWear"/>, Rules/Data/wear-cues.tsv by tools/wear52/wear_cues.py): a wrap, plain nightwear or an
/// intimate garment worn alone ("envuelta solo en una toalla", "kumot lang ang suot", "τυλιγμένη μόνο με μια πετσέτα"), a sheer or
/// wet garment said with other words between ("a thin white wet shirt", "قميص نوم قصير شفاف"), an intimate garment no lexicon reads
/// in a wearing frame ("in a jockstrap", "en calzoncillos", "w samych bokserkach", "ブリーフ姿").
/// <para>
/// The read is kept in <see cref="SignalSummary.Wear"/>. When the prompt has no sexual term at all, it is added as a revealing
/// one (level 1): the name readers whose gate is "sexual content in the prompt" then read the name beside it, and no policy acts
/// on level 1 by itself. <see cref="PromptRules"/> reads the wear as suggestive beside a named or described person only; with no
/// person read, or beside a minor word, the wear counts for nothing, so the adult, minors and strict paths decide as before.
/// </para>
/// </summary>
internal static class SuggestiveWear
{
    /// <summary>Suggestive content (the lexicons' lingerie level) or more is read already: nothing to add.</summary>
    private const int Suggestive = 2;

    public static void Detect(string prompt, SignalSummary into)
    {
        if (into.LevelOf(Signal.Sexual) >= Suggestive)
        {
            return;
        }

        var (level, start, end) = IntimateFrames.ReadWear(prompt);
        if (level == 0)
        {
            return;
        }

        into.Wear = (start, end);
        if (!into.Has(Signal.Sexual))
        {
            into.Add(Signal.Sexual, prompt[start..end], 1, start, end, PromptField.Prompt);
            into.WearAdded = true;
        }
    }
}
