using System.Reflection;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Tests.Prompts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 28 (i16-speed32), verdict-neutral speed work on the benign prompt's statement trigger scan (docs/performance.md,
/// "Session 28: speed32"): <see cref="AsciiTriggerFinder"/> first tests a word start's first four characters (five bits each,
/// the same in both cases) against one bitset (<c>_mayStartFour</c>) before it upper-cases the key, ranks its bit and reads
/// the fourth-character mask. It must find every place and tag the finder without the bitset finds (the reference: the same
/// finder with that bitset and the fourth-character masks all set, by reflection), on triggers a key long, fourth characters
/// that share five low bits (<c>kis{</c>, <c>kis;</c>, <c>kiss</c>), a key at the prompt's end, and every ASCII labelled prompt.
/// </summary>
public sealed class Speed32Tests
{
    private static readonly FieldInfo Fourth = typeof(AsciiTriggerFinder).GetField("_fourth", BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly FieldInfo MayStartFour = typeof(AsciiTriggerFinder).GetField("_mayStartFour", BindingFlags.NonPublic | BindingFlags.Instance)!;

    [Theory]
    [InlineData("painting paint pain pains pai 69 (paint:1.2) pain")]
    [InlineData("x kis{ kis; kiss KIS; kis")]
    [InlineData("kis")]
    [InlineData("kiss")]
    [InlineData("a lone lighthouse, soft rim light, NUDE, Nude, nUdE, nud")]
    public void FindAll_FourCharacterBits_SamePlacesAsWithoutThem_Examples(string text) => AssertSameAsUnfiltered([text]);

    [Fact]
    public void FindAll_FourCharacterBits_SamePlacesAsWithoutThem_LabelledPrompts()
    {
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).Where(p => System.Text.Ascii.IsValid(p)).ToArray();
        Assert.True(prompts.Length > 10_000, $"{prompts.Length} prompts");
        AssertSameAsUnfiltered(prompts);
    }

    [Fact]
    public void FourCharacterBits_ShippedTables_FewAreSet()
    {
        // The bitset only pays if most word starts find their bit clear: fewer than one bit in eight is set.
        var bits = (ulong[])MayStartFour.GetValue(StatementTriggers.AsciiFinder!)!;
        var set = bits.Sum(b => System.Numerics.BitOperations.PopCount(b));
        Assert.True(set > 1_000 && set * 8 < bits.Length * 64, $"{set} of {bits.Length * 64} bits set");
    }

    private static void AssertSameAsUnfiltered(IEnumerable<string> prompts)
    {
        var triggers = ChildStatements.Table.AsciiTriggers.Select(t => (t.Trigger, StatementTriggers.Child, t.WholeWord))
            .Concat(SexualStatements.Table.AsciiTriggers.Select(t => (t.Trigger, StatementTriggers.Sexual, t.WholeWord)))
            .Concat(SexualStatements.Table.ShortAsciiTriggers.Select(t => (t, StatementTriggers.SexualShort, true)))
            .ToArray();
        var reference = AsciiTriggerFinder.TryCreate(triggers)!;
        Array.Fill((ulong[])Fourth.GetValue(reference)!, ulong.MaxValue);
        Array.Fill((ulong[])MayStartFour.GetValue(reference)!, ulong.MaxValue);
        var finder = StatementTriggers.AsciiFinder!;
        const uint all = StatementTriggers.Child | StatementTriggers.Sexual | StatementTriggers.SexualShort;
        var hits = new List<(int At, uint Tags)>();
        var expected = new List<(int At, uint Tags)>();
        foreach (var prompt in prompts)
        {
            foreach (var wholeWords in (ReadOnlySpan<bool>)[false, true])
            {
                finder.FindAll(prompt, all, hits, wholeWords);
                reference.FindAll(prompt, all, expected, wholeWords);
                Assert.True(expected.SequenceEqual(hits), $"'{prompt}', whole words {wholeWords}");
            }
        }
    }
}
