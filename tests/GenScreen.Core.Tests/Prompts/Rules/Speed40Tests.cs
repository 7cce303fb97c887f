using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 32 (i16-speed40): <see cref="CharBlocks"/> only skips cues that cannot stand in the text, so
/// <see cref="CueScan.FindFirst"/> finds what the search of every cue found; <see cref="PhotoSubject.IsPhotoSubject"/>'s
/// remembered answer is the answer.
/// </summary>
public sealed class Speed40Tests
{
    private static readonly string[] Pieces =
    [
        "portrait of a woman", "옆집 누나", "隣の家の奥さん", "la vecina del segundo", "השכנה", "جارتي", "соседка с третьего этажа",
        "η γειτόνισσα", "ข้างบ้าน", "पड़ोसन", "taken secretly", "몰카", "hidden camera", "from the photo", "照片里的", "z fotky", "ÉTÉ",
        "naïve café", "ǅ İ ı ſ", "𝐀 bold", "keep her face exactly the same", "얼굴 그대로 유지", ", ", ". ", " ", "\n", "1998", "Việt",
    ];

    [Fact]
    public void CharBlocks_OfASubstring_AreAmongTheText()
    {
        var random = new Random(40);
        for (var round = 0; round < 3_000; round++)
        {
            var text = RandomText(random);
            var start = random.Next(text.Length + 1);
            var sub = text.AsSpan(start, random.Next(text.Length - start + 1));
            Assert.True(CharBlocks.MayHold(CharBlocks.Of(text), CharBlocks.Of(sub)));
        }

        Assert.False(CharBlocks.MayHold(CharBlocks.Of("secretly filmed"), CharBlocks.Of("몰카")));
        Assert.False(CharBlocks.MayHold(CharBlocks.Of("the neighbour"), CharBlocks.Of("соседка")));
    }

    [Fact]
    public void FindFirst_AsTheSearchOfEveryCue()
    {
        using var reader = RuleDataFile.Open("surroundings-cues.tsv");
        var tables = Surroundings.Parse(reader);
        var random = new Random(32);
        for (var round = 0; round < 1_500; round++)
        {
            var text = RandomText(random);
            foreach (var (_, cues) in tables)
            {
                // Cues of the table itself placed in the text, so that matches are found, not only misses.
                var withCues = text + " " + cues[random.Next(cues.Length)] + Pieces[random.Next(Pieces.Length)] + cues[random.Next(cues.Length)];
                foreach (var wordStart in new[] { CueScan.WordStart.Anywhere, CueScan.WordStart.Latin, CueScan.WordStart.Cased })
                {
                    foreach (var t in new[] { text, withCues })
                    {
                        var skip = random.Next(t.Length + 1);
                        Assert.Equal(SearchEveryCue(t, cues, wordStart, 0, 0), CueScan.FindFirst(t, cues, wordStart));
                        Assert.Equal(SearchEveryCue(t, cues, wordStart, skip, skip + 8), CueScan.FindFirst(t, cues, wordStart, skip, skip + 8));
                    }
                }
            }
        }
    }

    [Fact]
    public void IsPhotoSubject_RememberedAnswer_IsTheAnswer()
    {
        var random = new Random(41);
        for (var round = 0; round < 1_000; round++)
        {
            var text = RandomText(random);
            var expected = PhotoSubject.HasPhotoReference(text) || PhotoSubject.KeepsFace(text);
            Assert.Equal(expected, PhotoSubject.IsPhotoSubject(text));
            Assert.Equal(expected, PhotoSubject.IsPhotoSubject(text)); // the same reference: remembered
            Assert.Equal(expected, PhotoSubject.IsPhotoSubject(new string(text.AsSpan()))); // equal text, another string
        }

        // Another prompt after a remembered one is read afresh.
        Assert.True(PhotoSubject.IsPhotoSubject("undress the neighbour from the photo"));
        Assert.False(PhotoSubject.IsPhotoSubject("a photo shoot of a landscape"));
        Assert.True(PhotoSubject.IsPhotoSubject("照片里的邻居，脱光"));
        Assert.True(PhotoSubject.IsPhotoSubject("keep her face exactly the same, nude"));
    }

    [Fact]
    public void ScriptSplitTriggers_AsOneSearchOfEveryTrigger()
    {
        foreach (var split in new[] { ChildStatements.Table.Triggers, SexualStatements.Table.Triggers })
        {
            Assert.InRange(split.PartCount, 1, 3);
            var one = System.Buffers.SearchValues.Create(split.All, StringComparison.OrdinalIgnoreCase);
            var random = new Random(33);
            for (var round = 0; round < 4_000; round++)
            {
                // Triggers of every script as written, upper-cased and title-cased, beside the pieces and characters that
                // fold to ASCII letters ignoring case (ſ, ı, K the Kelvin sign, µ).
                var text = new System.Text.StringBuilder(RandomText(random));
                for (var k = random.Next(4); k > 0; k--)
                {
                    var trigger = split.All[random.Next(split.All.Length)];
                    text.Append(random.Next(3) switch { 0 => trigger, 1 => trigger.ToUpperInvariant(), _ => char.ToUpperInvariant(trigger[0]) + trigger[1..] });
                    text.Append(random.Next(2) == 0 ? " " : Pieces[random.Next(Pieces.Length)]);
                    text.Append("ſıKµ"[random.Next(4)]);
                }

                var s = text.ToString();
                for (var from = 0; from < s.Length; from += 1 + random.Next(8))
                {
                    Assert.Equal(s.AsSpan(from).IndexOfAny(one), split.IndexOfAny(s.AsSpan(from)));
                }
            }
        }

        Assert.True(ScriptSplitTriggers.IsUncased('한') && ScriptSplitTriggers.IsUncased('ก') && ScriptSplitTriggers.IsUncased('子'));
        Assert.False(ScriptSplitTriggers.IsUncased('д') || ScriptSplitTriggers.IsUncased('é') || ScriptSplitTriggers.IsUncased('Ａ'));
    }

    [Fact]
    public void ScriptSplitTriggers_EveryCharacterOfTheUncasedBlocks_HasNoCase()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (ScriptSplitTriggers.IsUncased(ch))
            {
                Assert.Equal(ch, char.ToUpperInvariant(ch));
                Assert.Equal(ch, char.ToLowerInvariant(ch));
            }
            else
            {
                Assert.False(ScriptSplitTriggers.IsUncased(char.ToUpperInvariant(ch)));
            }
        }
    }

    private static string RandomText(Random random)
    {
        var parts = random.Next(1, 7);
        var text = new System.Text.StringBuilder();
        for (var p = 0; p < parts; p++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) == 0)
            {
                text.Append((char)random.Next(0x20, 0x3000));
            }
        }

        return text.ToString();
    }

    /// <summary>The search as it was before session 32: every cue searched, in table order.</summary>
    private static (int Start, int End) SearchEveryCue(string text, string[] cues, CueScan.WordStart wordStart, int skipStart, int skipEnd)
    {
        var lower = InvariantLower.Of(text);
        foreach (var cue in cues)
        {
            for (var from = 0; from <= lower.Length - cue.Length;)
            {
                var at = lower.IndexOf(cue, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var outside = at + cue.Length <= skipStart || at >= skipEnd;
                var mustStart = wordStart switch
                {
                    CueScan.WordStart.Latin => cue[0] is >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F',
                    CueScan.WordStart.Cased => cue[0] is >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' or >= '\u0370' and <= '\u04FF',
                    _ => false,
                };
                if (outside && (!mustStart || at == 0 || !char.IsLetterOrDigit(lower[at - 1])))
                {
                    return (at, at + cue.Length);
                }

                from = at + 1;
            }
        }

        return (-1, -1);
    }
}
