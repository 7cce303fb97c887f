using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 37 (i16-speed45): the clause triggers' search of other scripts, started at the first place a match of each set can
/// start (its first anchor less the set's reach), answers as one search of every trigger.
/// </summary>
public sealed class Speed45Tests
{
    private static readonly Lazy<string[]> NonAsciiPrompts =
        new(() => [.. LabelledPrompt.LoadAll().Select(p => p.Prompt).Where(p => !System.Text.Ascii.IsValid(p)).Distinct()]);

    /// <summary>ASCII put before a prompt (the bulk file's tag heads), so the search starts well inside the text.</summary>
    private static readonly string[] Heads = ["", "masterpiece, best quality, 8k uhd, ", "(photorealistic:1.3), portrait of Anna Maria, ", "x"];

    public static TheoryData<string> Readers => new() { "child", "sexual" };

    private static ScriptSplitTriggers Split(string reader) => reader == "child" ? ChildStatements.Table.Triggers : SexualStatements.Table.Triggers;

    [Theory]
    [MemberData(nameof(Readers))]
    public void SplitSearch_OnEveryNonAsciiPrompt_FromEveryPlace_IsOneSearchOfEveryTrigger(string reader)
    {
        // Every non-ASCII labelled prompt as written, behind an ASCII head, and with triggers put in (as written, upper case,
        // right after a letter, ſ ı K after them), searched from every place.
        var split = Split(reader);
        var one = System.Buffers.SearchValues.Create(split.All, StringComparison.OrdinalIgnoreCase);
        var random = new Random(45);
        var asked = 0;
        foreach (var prompt in NonAsciiPrompts.Value)
        {
            var head = Heads[random.Next(Heads.Length)];
            foreach (var text in new[] { prompt, head + prompt, WithTriggers(head + prompt, split, random) })
            {
                for (var from = 0; from <= text.Length; from++)
                {
                    Assert.True(text.AsSpan(from).IndexOfAny(one) == split.IndexOfAny(text.AsSpan(from)), $"'{text}' from {from}");
                    asked++;
                }
            }
        }

        Assert.True(asked > 100_000, $"{asked} questions");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void SplitSearch_EveryNonAsciiTriggerAfterAsciiText_IsFoundWhereOneSearchFindsIt(string reader)
    {
        // Each trigger of the other scripts alone at the end of ASCII text, as written and upper-cased: the anchor less the
        // reach must not start the search past it.
        var split = Split(reader);
        var one = System.Buffers.SearchValues.Create(split.All, StringComparison.OrdinalIgnoreCase);
        foreach (var trigger in split.All.Where(t => !System.Text.Ascii.IsValid(t)))
        {
            foreach (var written in new[] { trigger, trigger.ToUpperInvariant(), trigger.ToLowerInvariant() })
            {
                foreach (var head in Heads)
                {
                    var text = head + written + " end";
                    Assert.True(text.AsSpan().IndexOfAny(one) == split.IndexOfAny(text), $"'{text}'");
                }
            }
        }
    }

    /// <summary>The text with one to three triggers of the set put in at random places, some upper-cased or glued to a letter before.</summary>
    private static string WithTriggers(string text, ScriptSplitTriggers split, Random random)
    {
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
