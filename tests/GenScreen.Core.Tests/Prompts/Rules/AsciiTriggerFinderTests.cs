using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// The shared <see cref="AsciiTriggerFinder"/> of the clause readers (<see cref="StatementTriggers"/>) must find, in ASCII
/// text, for each table's tag, exactly the places the general trigger search of <see cref="ChildStatements"/> and of
/// <see cref="SexualStatements"/> finds (the vectorised many-script search with its word-start check): it replaces those
/// searches for ASCII prompts only to save time, never to change a decision.
/// </summary>
public sealed class AsciiTriggerFinderTests
{
    [Fact]
    public void ShippedTables_HaveASharedAsciiFinder()
        => Assert.NotNull(StatementTriggers.AsciiFinder);

    [Fact]
    public void EveryAsciiLabelledPrompt_SameTriggerPlacesAsTheGeneralSearch()
    {
        var finder = StatementTriggers.AsciiFinder!;
        var prompts = LabelledPrompt.LoadAll().SelectMany(p => new[] { p.Prompt, p.NegativePrompt ?? "" })
            .Where(p => p.Length > 0 && System.Text.Ascii.IsValid(p)).ToList();
        Assert.True(prompts.Count > 5_000, $"only {prompts.Count} ASCII prompts were read");
        var (withTrigger, withSexual) = (0, 0);
        foreach (var prompt in prompts)
        {
            // Every start position, so the places after the first hit are compared too.
            for (var from = 0; from < prompt.Length; from++)
            {
                var expected = ChildStatements.FindTrigger(prompt, from);
                var found = finder.Find(prompt, from, StatementTriggers.Child);
                Assert.True(expected == found, $"'{prompt}' from {from}: general {expected}, ASCII {found}");
                var expectedSexual = SexualStatements.FindTrigger(prompt, from);
                var foundSexual = finder.Find(prompt, from, StatementTriggers.Sexual);
                Assert.True(expectedSexual == foundSexual, $"'{prompt}' from {from}: sexual general {expectedSexual}, ASCII {foundSexual}");

                // The one scan for both: the first place of either table, with the tags of both where both start there.
                var either = finder.Find(prompt, from, StatementTriggers.Child | StatementTriggers.Sexual, out var tags);
                var first = expected < 0 ? expectedSexual : expectedSexual < 0 ? expected : Math.Min(expected, expectedSexual);
                Assert.Equal(first, either);
                Assert.Equal((expected == first && first >= 0 ? StatementTriggers.Child : 0) | (expectedSexual == first && first >= 0 ? StatementTriggers.Sexual : 0), tags);
                if (from == 0)
                {
                    withTrigger += expected >= 0 ? 1 : 0;
                    withSexual += expectedSexual >= 0 ? 1 : 0;
                }
            }
        }

        Assert.True(withTrigger > 100, $"only {withTrigger} prompts hold a child trigger: the comparison would prove little");
        Assert.True(withSexual > 100, $"only {withSexual} prompts hold a sexual trigger: the comparison would prove little");
    }

    [Fact]
    public void EveryAsciiLabelledPrompt_SameShortTriggerPlacesAsTheirOwnSearch()
    {
        // The short triggers (69) join the shared scan under their own tag: the same places their search of any script finds.
        var finder = StatementTriggers.AsciiFinder!;
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).Where(p => System.Text.Ascii.IsValid(p))
            .Append("69 at the start, 169, 69er, x69, and 69").ToList();
        var places = 0;
        foreach (var prompt in prompts)
        {
            for (var from = 0; from < prompt.Length; from++)
            {
                var expected = SexualStatements.ShortTriggers.Find(prompt, from);
                Assert.True(expected == finder.Find(prompt, from, StatementTriggers.SexualShort), $"'{prompt}' from {from}");
                places += from == 0 && expected >= 0 ? 1 : 0;
            }
        }

        Assert.True(places > 10, $"only {places} prompts hold a short trigger: the comparison would prove little");
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
        var finder = StatementTriggers.AsciiFinder!;
        for (var from = 0; from <= text.Length; from++)
        {
            Assert.Equal(ChildStatements.FindTrigger(text, from), finder.Find(text, from, StatementTriggers.Child));
            Assert.Equal(SexualStatements.FindTrigger(text, from), finder.Find(text, from, StatementTriggers.Sexual));
        }
    }
}
