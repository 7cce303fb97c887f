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

    [Fact]
    public void Classes_EveryUtf16Unit_SameAsTheCharTests()
    {
        // The vector test of 64 characters at a time (session 22) against char.IsAsciiLetter / IsAsciiDigit, at every bit.
        var block = new char[64];
        for (var unit = 0; unit <= char.MaxValue; unit += 64)
        {
            for (var i = 0; i < 64; i++)
            {
                block[i] = (char)(unit + i);
            }

            var (letters, digits) = AsciiTriggerFinder.Classes(block, digits: true);
            var (lettersOnly, none) = AsciiTriggerFinder.Classes(block, digits: false);
            Assert.Equal(0UL, none);
            Assert.Equal(letters, lettersOnly);
            for (var i = 0; i < 64; i++)
            {
                Assert.True(char.IsAsciiLetter(block[i]) == ((letters >> i & 1) != 0), $"U+{(int)block[i]:X4} letter");
                Assert.True(char.IsAsciiDigit(block[i]) == ((digits >> i & 1) != 0), $"U+{(int)block[i]:X4} digit");
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(58)]
    [InlineData(59)]
    [InlineData(60)]
    [InlineData(61)]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(120)]
    [InlineData(125)]
    [InlineData(127)]
    [InlineData(128)]
    public void AcrossTheBlockEdge_SameAsTheGeneralSearch(int padding)
    {
        // Triggers and short triggers (69) right before, on and after the 64th and 128th character, as a word's start, inside
        // a word and after a digit; and the prompt's last characters, which the last block reads in a window shifted back.
        foreach (var tail in new[] { "dad", "xdad", "9dad", "69", "a69", "169", " 69", "mom kiss", "dad's nude", "sexy" })
        {
            foreach (var before in new[] { "", "a", "9", " " })
            {
                var text = new string('a', padding) + before + tail;
                var spaced = new string(' ', padding) + before + tail + " sitting " + new string('b', padding);
                foreach (var t in new[] { text, spaced, "x " + text })
                {
                    var finder = StatementTriggers.AsciiFinder!;
                    for (var from = 0; from <= t.Length; from++)
                    {
                        Assert.True(ChildStatements.FindTrigger(t, from) == finder.Find(t, from, StatementTriggers.Child), $"'{t}' from {from}");
                        Assert.True(SexualStatements.FindTrigger(t, from) == finder.Find(t, from, StatementTriggers.Sexual), $"'{t}' from {from} sexual");
                        Assert.True(SexualStatements.ShortTriggers.Find(t, from) == finder.Find(t, from, StatementTriggers.SexualShort), $"'{t}' from {from} short");
                    }
                }
            }
        }
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
