using System.Reflection;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Tests.Prompts;
using GenScreen.Core.Tests.Prompts.People;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 27 (i16-speed31), verdict-neutral speed work on the benign prompt's path (docs/performance.md, "Session 27: speed31"):
/// <list type="bullet">
/// <item><see cref="AsciiTriggerFinder"/> walks a key's group only when the word start's fourth character can continue one of
/// its triggers (or the group holds a trigger only a key long): it must find every place and tag a walk of every group finds
/// (the reference here is the same finder with its fourth-character bits all set, by reflection), on triggers that share a key
/// and differ at the fourth character, on fourth characters that share the six low bits, at the prompt's end, and on the
/// shipped tables over 3,000 labelled prompts;</item>
/// <item>the person reader tests a Polish pet form's -ia ending before anything else, and reads winners and Vietnamese given
/// names only beside a sexual signal (both tested it first): the pet form and its look-alike read as before.</item>
/// </list>
/// </summary>
public sealed class Speed31Tests
{
    private static readonly FieldInfo Fourth = typeof(AsciiTriggerFinder).GetField("_fourth", BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly FieldInfo MayStartFour = typeof(AsciiTriggerFinder).GetField("_mayStartFour", BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>A finder built from the same triggers with every group walked at every word start (the finder before session 27).</summary>
    private static AsciiTriggerFinder EveryGroupWalked(IEnumerable<(string Trigger, uint Tags, bool WholeWord)> triggers)
    {
        var finder = AsciiTriggerFinder.TryCreate(triggers)!;
        Array.Fill((ulong[])Fourth.GetValue(finder)!, ulong.MaxValue);
        Array.Fill((ulong[])MayStartFour.GetValue(finder)!, ulong.MaxValue); // session 28's four-character bits, all set too
        return finder;
    }

    private static void AssertSamePlaces(AsciiTriggerFinder finder, AsciiTriggerFinder reference, string text, uint tags)
    {
        var hits = new List<(int At, uint Tags)>();
        var expected = new List<(int At, uint Tags)>();
        foreach (var wholeWords in (ReadOnlySpan<bool>)[false, true])
        {
            finder.FindAll(text, tags, hits, wholeWords);
            reference.FindAll(text, tags, expected, wholeWords);
            Assert.True(expected.SequenceEqual(hits), $"'{text}', tags {tags}, whole words {wholeWords}");
        }

        for (var from = 0; from <= text.Length; from++)
        {
            Assert.True(reference.Find(text, from, tags) == finder.Find(text, from, tags), $"'{text}' from {from}");
        }
    }

    // dad (a key long) beside dads, dad's, dadx; kiss and kis{ share the fourth character's six low bits with kis; (0x3B, 0x7B);
    // mom-in-law and moms differ at the fourth character; lig and light are a key long and a prefix.
    private static readonly (string Trigger, uint Tags, bool WholeWord)[] Triggers =
    [
        ("dads", 1, true), ("dad's", 2, true), ("dadx", 1, false), ("moms", 2, true), ("mom-in-law", 1, true), ("kiss", 2, false),
        ("kis;", 1, true), ("lig", 2, true), ("light", 1, false), ("pain", 2, false), ("paint", 1, true), ("69", 4, true),
    ];

    [Theory]
    [InlineData("dad dads dad's dadx dadd DADS, Dad's")]
    [InlineData("mom-in-law, mom, momsy MOMS mom's")]
    [InlineData("x kis{ kis; kiss KIS; kis")]
    [InlineData("lig light ligament lighthouse LIGHT lig")]
    [InlineData("painting paint pain pains pai 69 (paint:1.2)")]
    [InlineData("kis")]
    [InlineData("dads")]
    [InlineData("a long run of words without any trigger in it at all, repeated past sixty-four characters to cross a block edge paint lig")]
    [InlineData("")]
    public void FindAll_FourthCharacterBits_SamePlacesAsEveryGroupWalked(string text)
    {
        var finder = AsciiTriggerFinder.TryCreate(Triggers)!;
        var reference = EveryGroupWalked(Triggers);
        foreach (var tags in (ReadOnlySpan<uint>)[1, 2, 3, 4, 7])
        {
            AssertSamePlaces(finder, reference, text, tags);
        }
    }

    [Fact]
    public void FindAll_ShippedTables_LabelledPrompts_SamePlacesAsEveryGroupWalked()
    {
        var triggers = ChildStatements.Table.AsciiTriggers.Select(t => (t.Trigger, StatementTriggers.Child, t.WholeWord))
            .Concat(SexualStatements.Table.AsciiTriggers.Select(t => (t.Trigger, StatementTriggers.Sexual, t.WholeWord)))
            .Concat(SexualStatements.Table.ShortAsciiTriggers.Select(t => (t, StatementTriggers.SexualShort, true)))
            .ToArray();
        var reference = EveryGroupWalked(triggers);
        var finder = StatementTriggers.AsciiFinder!;
        const uint all = StatementTriggers.Child | StatementTriggers.Sexual | StatementTriggers.SexualShort;
        var hits = new List<(int At, uint Tags)>();
        var expected = new List<(int At, uint Tags)>();
        var checkedPrompts = 0;
        foreach (var prompt in LabelledPrompt.LoadAll().Select(p => p.Prompt).Where(p => System.Text.Ascii.IsValid(p)).Take(3_000))
        {
            foreach (var wholeWords in (ReadOnlySpan<bool>)[false, true])
            {
                finder.FindAll(prompt, all, hits, wholeWords);
                reference.FindAll(prompt, all, expected, wholeWords);
                Assert.True(expected.SequenceEqual(hits), $"'{prompt}', whole words {wholeWords}");
            }

            checkedPrompts++;
        }

        Assert.True(checkedPrompts > 1_000);
    }

    [Fact]
    public void FourthCharacterBits_ShippedTables_MostGroupsAreNotAllBits()
    {
        // The filter only pays if few groups hold a trigger a key long (all bits): most of the shipped groups must not.
        var bits = (ulong[])Fourth.GetValue(StatementTriggers.AsciiFinder!)!;
        Assert.True(bits.Length > 100, $"{bits.Length} groups");
        Assert.True(bits.Count(b => b == ulong.MaxValue) * 2 < bits.Length, $"{bits.Count(b => b == ulong.MaxValue)} of {bits.Length} groups walked at every fourth character");
    }

    [Theory]
    [InlineData("Kasia Cichopek naga pod prysznicem")] // a Polish pet form before a capitalised surname (session 25)
    [InlineData("Gosia Andrzejewicz nago na plaży")]
    public void Screen_PolishPetForm_StillReadAsAName(string prompt)
        => LikelyPersonAssert.ReviewedUnderMatureBlockedUnderStrict(prompt);

    [Theory]
    [InlineData("naked woman, Asia Pacific hotel poster")] // -sia, but a common word
    [InlineData("naga kobieta, akwarela, Fantasia Muzyczna")] // -sia after a word of no name
    [InlineData("naked woman in a garden of dahlia flowers")] // -ia in lower case
    public void Screen_PetFormLookAlikes_StayAdultContent(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Allow, mature.Decision);
        Assert.DoesNotContain(mature.Reasons, r => r.Code is ReasonCodes.RealPersonLikelySexual or ReasonCodes.TermRealPersonHint or ReasonCodes.RealPersonSexual);
    }
}
