using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Tests.Prompts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 34 (i16-speed42), verdict-neutral speed work on the benign prompt's statement trigger scan (docs/performance.md,
/// "Session 34: speed42"): the shipped tables hold keyed triggers that start with a digit (<c>69er</c>, <c>69:a</c>), which sent
/// every prompt's scan down <see cref="AsciiTriggerFinder"/>'s every-position path. The run-start path now serves any finder
/// whose keyed triggers all start with a letter or digit, visiting every digit not right after a letter. It must find every
/// place and tag the every-position path finds: the reference is the same triggers plus one that starts with a sign (which
/// keeps that path) under a tag no search asks for.
/// </summary>
public sealed class Speed42Tests
{
    private const uint All = StatementTriggers.Child | StatementTriggers.Sexual | StatementTriggers.SexualShort;

    /// <summary>A tag no search asks for: its trigger starts with a sign, so the finder that holds it tries every position.</summary>
    private const uint Unused = 1u << 30;

    [Fact]
    public void ShippedFinder_TakesTheRunStartPath() => Assert.True(StatementTriggers.AsciiFinder!.VisitsRunStartsOnly);

    [Fact]
    public void Reference_TakesTheEveryPositionPath() => Assert.False(Reference().VisitsRunStartsOnly);

    [Theory]
    [InlineData("169er 2069:a 69:an x69er 1969ER 69er, (69:a) 6969er 69 169 x69")]
    [InlineData("a 13yo and 2013yo, a13yo 0013 yo; 1.2 3.4 8k 4k uhd 10 years old 69er")]
    [InlineData("painting paint pain pains pai 69 (paint:1.2) pain")]
    [InlineData("a lone lighthouse, soft rim light, NUDE, Nude, nUdE, nud")]
    [InlineData("69er")]
    [InlineData("9er")]
    [InlineData("")]
    public void FindAll_SamePlacesAsEveryPosition_Examples(string text) => AssertSameAsEveryPosition([text]);

    [Fact]
    public void FindAll_SamePlacesAsEveryPosition_LabelledPrompts()
    {
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).Where(p => System.Text.Ascii.IsValid(p)).ToArray();
        Assert.True(prompts.Length > 10_000, $"{prompts.Length} prompts");
        AssertSameAsEveryPosition(prompts);
    }

    [Fact]
    public void Find_SamePlaceAsEveryPosition_FromEachPosition()
    {
        var reference = Reference();
        var finder = StatementTriggers.AsciiFinder!;
        const string text = "x169er 69:an, 2069:A dad's 13yo 6969er (69) painting 0069er a69er";
        for (var from = 0; from <= text.Length + 1; from++)
        {
            Assert.Equal(reference.Find(text, from, All, out var expectedTags), finder.Find(text, from, All, out var tags));
            Assert.Equal(expectedTags, tags);
        }
    }

    private static AsciiTriggerFinder Reference() =>
        AsciiTriggerFinder.TryCreate(ChildStatements.Table.AsciiTriggers.Select(t => (t.Trigger, StatementTriggers.Child, t.WholeWord))
            .Concat(SexualStatements.Table.AsciiTriggers.Select(t => (t.Trigger, StatementTriggers.Sexual, t.WholeWord)))
            .Concat(SexualStatements.Table.ShortAsciiTriggers.Select(t => (t, StatementTriggers.SexualShort, true)))
            .Append(("#zq#", Unused, true)))!;

    private static void AssertSameAsEveryPosition(IEnumerable<string> prompts)
    {
        var reference = Reference();
        var finder = StatementTriggers.AsciiFinder!;
        var hits = new List<(int At, uint Tags)>();
        var expected = new List<(int At, uint Tags)>();
        foreach (var prompt in prompts)
        {
            foreach (var wholeWords in (bool[])[true, false])
            {
                reference.FindAll(prompt, All, expected, wholeWords);
                finder.FindAll(prompt, All, hits, wholeWords);
                Assert.True(expected.SequenceEqual(hits), $"'{prompt}' (whole words {wholeWords})");
            }
        }
    }
}
