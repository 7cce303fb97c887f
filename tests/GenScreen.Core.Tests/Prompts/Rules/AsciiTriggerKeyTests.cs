using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// A finder built from its own triggers (not the shipped tables): a trigger of exactly three characters and longer ones that share
/// its key (the first three letters), a prefix of another and one with an apostrophe or hyphen, are each found wherever they begin,
/// where a plain search of every position finds them. Session 24 tried keying the longer triggers by four characters; this is
/// the test that held the two keyings to the same places (docs/performance.md, "Session 24").
/// </summary>
public sealed class AsciiTriggerKeyTests
{
    private static readonly string[] Triggers = ["dad", "dads", "dad's", "dadx", "moms", "mom-in-law", "kiss"];

    [Theory]
    [InlineData("dad")]
    [InlineData("dads")]
    [InlineData("a dadx b")]
    [InlineData("DADS, Dad's, dadd")]
    [InlineData("mom-in-law, mom, momsy")]
    [InlineData("x mom's 9kiss ki kis")]
    [InlineData("grandad's dad")]
    [InlineData("dadadad da")]
    public void ThreeAndFourCharacterKeys_FindEveryTriggerWhereTheSimpleSearchDoes(string text)
    {
        var finder = AsciiTriggerFinder.TryCreate(Triggers)!;
        for (var from = 0; from <= text.Length; from++)
        {
            Assert.True(Simple(text, from) == finder.Find(text, from), $"'{text}' from {from}");
        }
    }

    /// <summary>The first place at or after <paramref name="from"/> where a trigger begins, ignoring case, with no letter before it.</summary>
    private static int Simple(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if ((i == 0 || !char.IsAsciiLetter(text[i - 1])) && Triggers.Any(t => text.AsSpan(i).StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return -1;
    }
}
