using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// <see cref="AsciiTriggerFinder"/> must find, in ASCII text, exactly the places the general trigger search of
/// <see cref="ChildStatements"/> finds (the vectorised many-script search with its word-start check): it replaces that
/// search for ASCII prompts only to save time, never to change a decision.
/// </summary>
public sealed class AsciiTriggerFinderTests
{
    [Fact]
    public void ShippedTable_HasAnAsciiFinder()
        => Assert.NotNull(ChildStatements.Table.AsciiTriggers);

    [Fact]
    public void EveryAsciiLabelledPrompt_SameTriggerPlacesAsTheGeneralSearch()
    {
        var table = ChildStatements.Table;
        var finder = table.AsciiTriggers!;
        var prompts = LabelledPrompt.LoadAll().SelectMany(p => new[] { p.Prompt, p.NegativePrompt ?? "" })
            .Where(p => p.Length > 0 && System.Text.Ascii.IsValid(p)).ToList();
        Assert.True(prompts.Count > 5_000, $"only {prompts.Count} ASCII prompts were read");
        var withTrigger = 0;
        foreach (var prompt in prompts)
        {
            // Every start position, so the places after the first hit are compared too.
            for (var from = 0; from < prompt.Length; from++)
            {
                var expected = ChildStatements.FindTrigger(prompt, from, table);
                Assert.True(expected == finder.Find(prompt, from), $"'{prompt}' from {from}: general {expected}, ASCII {finder.Find(prompt, from)}");
                if (from == 0 && expected >= 0)
                {
                    withTrigger++;
                }
            }
        }

        Assert.True(withTrigger > 100, $"only {withTrigger} prompts hold a trigger: the comparison would prove little");
    }

    [Theory]
    [InlineData("ON DAD'S SHOULDERS, laughing")]
    [InlineData("Still Learning To Count")]
    [InlineData("boy kisa boylu, sitting")] // Turkish kısa: its dotless ı upper-cases to I, so it matches ASCII "kisa"
    [InlineData("maximum overlap, grandmaster")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("'''dad's'''")]
    public void EdgeCases_SameAsTheGeneralSearch(string text)
    {
        var table = ChildStatements.Table;
        for (var from = 0; from <= text.Length; from++)
        {
            Assert.Equal(ChildStatements.FindTrigger(text, from, table), table.AsciiTriggers!.Find(text, from));
        }
    }
}
