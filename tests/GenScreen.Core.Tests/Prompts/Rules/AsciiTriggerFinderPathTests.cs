using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Both search paths of <see cref="AsciiTriggerFinder"/> (run starts when every trigger starts with a letter or digit, every
/// position otherwise) against a plain reference written from its contract: the first position at or after <c>from</c>,
/// not right after an ASCII letter, where a trigger begins, ignoring case.
/// </summary>
public sealed class AsciiTriggerFinderPathTests
{
    private static readonly string[] Texts =
    [
        "a 3yo boy on dad's shoulders, painting",
        "PAINTING of a papa, 3YO",
        "x3yo dad3yo ,,3yo--dad",
        "13yo 2013yo a13yo 0013yo 3yo3yo",
        "papas Schultern; overlap, dad",
        "a long run of words without any trigger in it at all, repeated well past sixty-four characters to cross a block edge dad",
        "dad",
        "da",
        "",
    ];

    [Theory]
    [InlineData("dad papa pai")] // letters first: the letter-run path
    [InlineData("dad 3yo")] // a digit first: the run-start path with every digit not after a letter (session 34)
    [InlineData("dad #3yo 3yo")] // a sign first: the every-position path
    public void Find_SameAsTheReference(string triggerList)
    {
        var triggers = triggerList.Split(' ');
        var finder = AsciiTriggerFinder.TryCreate(triggers)!;
        foreach (var text in Texts)
        {
            for (var from = 0; from <= text.Length + 1; from++)
            {
                Assert.True(Reference(text, from, triggers) == finder.Find(text, from), $"'{text}' from {from}");
            }
        }
    }

    [Fact]
    public void Tags_EachTableFindsItsOwn_AndOneScanTellsBoth()
    {
        // dad: table 1; mum: table 2; papa: both (given twice, in two cases, merged into one entry).
        var finder = AsciiTriggerFinder.TryCreate([("dad", 1u), ("mum", 2u), ("papa", 1u), ("PAPA", 2u)])!;
        const string text = "a mum, then dad, then papa";
        Assert.Equal(text.IndexOf("dad", StringComparison.Ordinal), finder.Find(text, 0, 1));
        Assert.Equal(text.IndexOf("mum", StringComparison.Ordinal), finder.Find(text, 0, 2));
        Assert.Equal(text.IndexOf("mum", StringComparison.Ordinal), finder.Find(text, 0, 3, out var tags));
        Assert.Equal(2u, tags);
        var papa = text.IndexOf("papa", StringComparison.Ordinal);
        Assert.Equal(papa, finder.Find(text, text.IndexOf("dad", StringComparison.Ordinal) + 1, 3, out tags));
        Assert.Equal(3u, tags);
        Assert.Equal(papa, finder.Find(text, papa, 2));
        Assert.Equal(-1, finder.Find("no trigger here", 0, 3, out tags));
        Assert.Equal(0u, tags);
    }

    [Theory]
    [InlineData("69 at the start", 0)]
    [InlineData("ends with 69", 10)]
    [InlineData("a 69, then 69 again", 2)]
    [InlineData("(69)", 1)]
    [InlineData("169 690 x69 69x 69er 6969", -1)] // digits or letters on either side: no 69
    [InlineData("x69 dad", 4)] // the keyed trigger after the short one that is no word
    [InlineData("3dad 69", 1)] // a letter run after a digit still starts a keyed trigger
    [InlineData("a long run of words without any trigger in it at all, repeated well past sixty-four characters to 69", 98)]
    public void ShortTrigger_IsAWholeWordOnBothSides(string text, int expected)
    {
        // dad keeps the letter-run path; 69 (shorter than a key, a digit first) is visited at the first digit of a run.
        var finder = AsciiTriggerFinder.TryCreate([("dad", 1u, true), ("69", 4u, true)])!;
        Assert.Equal(expected, finder.Find(text, 0));
        var all = new List<(int At, uint Tags)>();
        finder.FindAll(text, 4u, all, wholeWords: true);
        Assert.Equal(ShortReference(text), all.Select(h => h.At));
    }

    [Fact]
    public void ShortTrigger_ThatStartsWithASign_RefusesTheFinder() => Assert.Null(AsciiTriggerFinder.TryCreate([("#1", 1u, true)]));

    private static IEnumerable<int> ShortReference(string text)
    {
        for (var i = text.IndexOf("69", StringComparison.Ordinal); i >= 0; i = text.IndexOf("69", i + 1, StringComparison.Ordinal))
        {
            if ((i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1])) && (i + 2 == text.Length || !char.IsAsciiLetterOrDigit(text[i + 2])))
            {
                yield return i;
            }
        }
    }

    private static int Reference(string text, int from, string[] triggers)
    {
        for (var i = from; i + 3 <= text.Length; i++)
        {
            if ((i == 0 || !char.IsAsciiLetter(text[i - 1]))
                && triggers.Any(t => string.Compare(text, i, t, 0, t.Length, StringComparison.OrdinalIgnoreCase) == 0 && i + t.Length <= text.Length))
            {
                return i;
            }
        }

        return -1;
    }
}
