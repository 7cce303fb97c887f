using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 37 (i16-speed45): the clause triggers' search with a cursor (what the earlier searches of the same text learnt)
/// answers as the search of the text from each place alone, and as one search of every trigger.
/// </summary>
public sealed class Speed45Tests
{
    private static readonly Lazy<string[]> NonAsciiPrompts =
        new(() => [.. LabelledPrompt.LoadAll().Select(p => p.Prompt).Where(p => !System.Text.Ascii.IsValid(p)).Distinct()]);

    public static TheoryData<string> Readers => new() { "child", "sexual" };

    private static ScriptSplitTriggers Split(string reader) => reader == "child" ? ChildStatements.Table.Triggers : SexualStatements.Table.Triggers;

    [Theory]
    [MemberData(nameof(Readers))]
    public void CursorSearch_FromEveryPlaceInTurn_IsTheSearchFromThatPlace(string reader)
    {
        // Every non-ASCII labelled prompt, and each with triggers put in (as written, upper case, inside a longer word), asked
        // from every place in turn with one cursor: the places a reader asks from only grow.
        var split = Split(reader);
        var one = System.Buffers.SearchValues.Create(split.All, StringComparison.OrdinalIgnoreCase);
        var random = new Random(45);
        var asked = 0;
        foreach (var prompt in NonAsciiPrompts.Value)
        {
            foreach (var text in new[] { prompt, WithTriggers(prompt, split, random) })
            {
                var cursor = default(ScriptSplitTriggers.Cursor);
                for (var from = 0; from <= text.Length; from++)
                {
                    var expected = text.AsSpan(from).IndexOfAny(one);
                    Assert.True((expected < 0 ? -1 : from + expected) == split.IndexOfAny(text, from, ref cursor), $"'{text}' from {from}");
                    asked++;
                }
            }
        }

        Assert.True(asked > 100_000, $"{asked} questions");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void CursorSearch_SkippingAndGoingBack_IsTheSearchFromThatPlace(string reader)
    {
        // Places that jump ahead (a clause read) and, now and then, go back (the cursor starts over).
        var split = Split(reader);
        var random = new Random(4537);
        foreach (var prompt in NonAsciiPrompts.Value.Take(4_000))
        {
            var text = WithTriggers(prompt, split, random);
            var cursor = default(ScriptSplitTriggers.Cursor);
            var from = 0;
            for (var step = 0; step < 12; step++)
            {
                Assert.True(split.IndexOfAny(text.AsSpan(from)) is var expected && (expected < 0 ? -1 : from + expected) == split.IndexOfAny(text, from, ref cursor), $"'{text}' from {from}");
                from = random.Next(5) == 0 ? random.Next(from + 1) : Math.Min(text.Length, from + random.Next(1, 24));
            }
        }
    }

    [Fact]
    public void FindTrigger_OnEveryNonAsciiPrompt_IsTheFirstWordStartingMatch()
    {
        // The readers' own loop (a match inside a longer word is passed over) against the same loop over the search from each place.
        foreach (var reader in new[] { "child", "sexual" })
        {
            var split = Split(reader);
            foreach (var prompt in NonAsciiPrompts.Value)
            {
                for (var from = 0; from < prompt.Length; from += 7)
                {
                    var found = reader == "child" ? ChildStatements.FindTrigger(prompt, from) : SexualStatements.FindTrigger(prompt, from);
                    var hit = split.IndexOfAny(prompt.AsSpan(from));
                    Assert.True(found < 0 ? hit < 0 : hit >= 0 && found >= from + hit, $"'{prompt}' from {from}");
                }
            }
        }
    }

    /// <summary>The prompt with one to three triggers of the set put in at random places, some upper-cased or glued to a letter before.</summary>
    private static string WithTriggers(string prompt, ScriptSplitTriggers split, Random random)
    {
        var text = prompt;
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            var trigger = split.All[random.Next(split.All.Length)];
            var at = random.Next(text.Length + 1);
            var written = random.Next(3) switch { 0 => trigger, 1 => trigger.ToUpperInvariant(), _ => "x" + trigger };
            text = text[..at] + written + (random.Next(2) == 0 ? " " : "ſıK"[random.Next(3)].ToString()) + text[at..];
        }

        return text;
    }
}
