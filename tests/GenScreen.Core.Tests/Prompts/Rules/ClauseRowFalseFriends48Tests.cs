using System.Text;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 40 (i16-precision48): the clause tables are read without knowing the prompt's language, so a one-word row that is
/// a frequent ordinary word of another language fires there (<see cref="ClauseRowLanguages"/>, Rules/Data/clause-row-false-friends.tsv,
/// written by tools/precision48/collisions.py). Such a row fires unless the prompt shows a friend language and none of its
/// own; a test here fails when a table gains a colliding row the guard does not list. And a listed undressing phrase after a
/// place of origin takes clothes out of it (<see cref="VerbFinalUndress.TakenOutOfPlace"/>).
/// </summary>
public sealed class ClauseRowFalseFriends48Tests
{
    private static readonly Lazy<LexiconSet> Lexicons = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    /// <summary>The child table's kinds of the word <paramref name="word"/> of <paramref name="prompt"/>, read as the screener reads it.</summary>
    private static ChildStatementKinds ChildKindsAt(string prompt, string word, bool guarded = true)
    {
        var text = new TokenizedText();
        PromptTokenizer.Tokenize(prompt, text);
        TermMatcher.Match(text, Lexicons.Value.Prompt, new SignalSummary(), PromptField.Prompt);
        Span<(int Start, int End)> words = stackalloc (int, int)[64];
        var count = ClauseWords.Split(prompt, 0, prompt.Length, words);
        var at = -1;
        for (var i = 0; i < count; i++)
        {
            if (prompt.AsSpan(words[i].Start, words[i].End - words[i].Start).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                at = i;
            }
        }

        Assert.True(at >= 0, $"'{word}' is no word of '{prompt}'");
        if (guarded)
        {
            ClauseRowLanguages.Begin(text, Lexicons.Value.Prompt);
        }

        try
        {
            return ChildStatements.Table.Longest(prompt, words, at, count).Kinds;
        }
        finally
        {
            ClauseRowLanguages.End();
        }
    }

    [Theory]
    [InlineData("ben otuz yaşında bir kadınım, yatakta uzanıyorum", "ben")] // Turkish "I" is no Swedish leg
    [InlineData("ik ben een volwassen vrouw op het strand", "ben")] // Dutch "am"
    [InlineData("ela vai à praia com o namorado", "vai")] // Portuguese "goes" is no Vietnamese shoulders
    [InlineData("dos mujeres adultas tomando el sol en la playa", "dos")] // Spanish "two" is no French back
    public void Longest_FriendLanguageShown_RowDoesNotFire(string prompt, string word)
    {
        Assert.NotEqual(ChildStatementKinds.None, ChildKindsAt(prompt, word, guarded: false));
        Assert.Equal(ChildStatementKinds.None, ChildKindsAt(prompt, word));
    }

    [Theory]
    [InlineData("liten flicka med korta ben på stranden", "ben")] // Swedish: å
    [InlineData("bé trai ngồi trên vai bố", "vai")] // Vietnamese letters
    [InlineData("petite fille portée sur le dos de son papa", "dos")]
    [InlineData("ben, vai, dos", "ben")] // no language shown: the row fires as before
    public void Longest_OwnLanguageOrNoneShown_RowFires(string prompt, string word)
    {
        Assert.NotEqual(ChildStatementKinds.None, ChildKindsAt(prompt, word));
    }

    [Fact]
    public void Allows_WithoutAPrompt_EveryRowFires()
    {
        ClauseRowLanguages.End();
        Assert.True(ClauseRowLanguages.Allows("ben"));
        Assert.True(ClauseRowLanguages.Allows("vai"));
    }

    [Fact]
    public void GuardedRows_AreOneWordRowsOfTheTables_WithFriendsOutsideTheirOwn()
    {
        var rows = OneWordRows();
        var texts = ClauseRowLanguages.Texts.ToList();
        Assert.True(texts.Count >= 150, $"only {texts.Count} guarded rows");
        foreach (var text in texts)
        {
            Assert.True(rows.ContainsKey(text), $"guarded '{text}' is no one-word row of the clause tables (re-run tools/precision48/collisions.py)");
            var (own, friends) = ClauseRowLanguages.LanguagesOf(text)!.Value;
            Assert.Empty(friends.Intersect(own));
            Assert.Empty(friends.Intersect(rows[text].Languages));
        }
    }

    /// <summary>
    /// A one-word row that adds a reading and is a frequent word (first 2,000, Data/precision48/frequent-by-language.tsv) of a
    /// language that does not list it must be guarded: a new colliding row fails here until collisions.py is re-run.
    /// </summary>
    [Fact]
    public void EveryCollidingRow_IsGuarded()
    {
        var frequent = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "precision48", "frequent-by-language.tsv")))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                var cells = line.Split('\t');
                frequent[cells[0]] = cells[1].Split(' ');
            }
        }

        Assert.True(frequent.Count > 20_000);
        var unguarded = new List<string>();
        foreach (var (text, (languages, adds)) in OneWordRows())
        {
            if (!adds || !frequent.TryGetValue(text, out var of))
            {
                continue;
            }

            var related = new HashSet<string>(languages, StringComparer.Ordinal);
            if (related.Overlaps(["ru", "uk"]))
            {
                related.UnionWith(["ru", "uk"]);
            }

            if (of.Any(l => !related.Contains(l)) && !ClauseRowLanguages.IsGuarded(text))
            {
                unguarded.Add($"{text} ({string.Join(' ', languages)}; frequent in {string.Join(' ', of)})");
            }
        }

        Assert.True(unguarded.Count == 0, "colliding rows without a guard (re-run tools/precision48/collisions.py): " + string.Join(", ", unguarded));
    }

    [Fact]
    public void Screen_SwedishLegInATurkishPrompt_StaysAdultNudity()
    {
        ScreeningAssert.Decides(Decision.Allow, "ben otuz yaşında bir kadınım, yatakta çıplak poz veriyorum", null, "mature");
        ScreeningAssert.BlocksEverywhere("liten flicka med korta ben, naken på stranden");
    }

    [Theory]
    [InlineData("इस फोटो में अलमारी से कपड़े निकाल रही औरत को रंगीन बना दो")] // out of the wardrobe
    [InlineData("अलमारी से कपड़े निकालो और बिस्तर पर रखो")]
    [InlineData("अलमारी से कपड़े निकालकर तह करो")] // the inflected phrase, read by another reader
    [InlineData("dolaptan elbiseleri çıkar ve katla")]
    public void Screen_ClothesTakenOutOfAPlace_IsNoNudify(string prompt)
    {
        foreach (var policy in new[] { "mature", "strict" })
        {
            Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, policy, GenerationMode.Img2Img).Decision);
        }
    }

    [Theory]
    [InlineData("इस फोटो से कपड़े निकाल दो")] // from this photo: the picture is no place
    [InlineData("उसके शरीर से कपड़े निकाल दो")] // from her body
    [InlineData("इस औरत के कपड़े निकाल दो")]
    public void Screen_ClothesTakenOffThePerson_StillNudify(string prompt)
    {
        foreach (var policy in new[] { "mature", "strict" })
        {
            var verdict = TestScreeners.Default.Screen(prompt, null, policy, GenerationMode.Img2Img);
            Assert.Equal(Decision.Block, verdict.Decision);
            Assert.Contains(verdict.Reasons, r => r.Code == ReasonCodes.RealPersonNudify);
        }
    }

    [Theory]
    [InlineData("अलमारी से कपड़े निकाल", 10, true)]
    [InlineData("फोटो से कपड़े निकाल", 8, false)]
    [InlineData("धीरे से कपड़े निकाल", 8, false)]
    [InlineData("अलमारी, कपड़े निकाल", 8, false)]
    [InlineData("dolaptan elbiseleri çıkar", 9, true)]
    [InlineData("üstünden elbiseleri çıkar", 9, false)]
    [InlineData("the maiden undressing", 11, false)] // no Turkish letter: no ablative
    [InlineData("از کمد لباس رو دربیار", 7, true)]
    [InlineData("از این عکس لباس رو دربیار", 11, false)]
    public void TakenOutOfPlace_ReadsThePlaceOfOrigin(string source, int garmentStart, bool expected)
    {
        Assert.Equal(expected, VerbFinalUndress.TakenOutOfPlace(source, garmentStart));
    }

    [Theory]
    [InlineData("เบโยเน็ตต้า แม่มดสาว ชุดรัดรูป เซ็กซี่")] // a young witch, a bodysuit: descriptions, not a middle and family name
    [InlineData("เบโยเน็ตต้า ชุดรัดรูป เซ็กซี่")]
    public void Screen_ThaiNameWithItsDescription_IsNoRealPerson(string prompt)
    {
        ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");
    }

    [Fact]
    public void Screen_ThaiNicknameGivenAndFamilyName_StillARealPerson()
    {
        ScreeningAssert.Decides(Decision.Block, "วู้ดดี้ วุฒิธร มิลินทจินดา เปลือย", null, "mature");
        ScreeningAssert.Decides(Decision.Review, "ศิริกัญญา ตันสกุล เปลือย", null, "mature");
    }

    [Theory]
    [InlineData("แม่มดสาว", true)]
    [InlineData("ตำรวจสาว", true)]
    [InlineData("นักกีฬาหนุ่ม", true)]
    [InlineData("ชุดรัดรูป", true)]
    [InlineData("กระโปรงสั้น", true)]
    [InlineData("สาว", false)]
    [InlineData("มิลินทจินดา", false)]
    [InlineData("วุฒิธร", false)]
    public void DescribesThaiSubject_ReadsYoungAfterAndGarmentFirst(string word, bool expected)
    {
        Assert.Equal(expected, DescribedSubjects.DescribesThaiSubject(word));
    }

    /// <summary>The tables' one-word spaced rows: their languages and whether a kind of theirs adds a reading (not only takes one away).</summary>
    private static Dictionary<string, (HashSet<string> Languages, bool Adds)> OneWordRows()
    {
        var suppress = new Dictionary<string, HashSet<string>>
        {
            ["child-statements.tsv"] = ["adult", "offspring", "relative", "article", "grown-ups", "other"],
            ["sexual-statements.tsv"] = ["food", "care", "water", "thing", "view", "plain", "animal", "law", "exercise"],
        };
        var rows = new Dictionary<string, (HashSet<string>, bool)>(StringComparer.Ordinal);
        foreach (var (file, kinds) in suppress)
        {
            using var reader = RuleDataFile.Open(file);
            foreach (var line in RuleDataFile.Rows(reader))
            {
                var cells = line.Split('\t');
                var text = cells[2].Trim().ToLowerInvariant().Normalize(NormalizationForm.FormC);
                if (text.Length == 0 || text.Contains(' ') || text.Contains('-') || text.Any(ClauseWords.IsUnspaced))
                {
                    continue;
                }

                var (languages, adds) = rows.GetValueOrDefault(text, ([], false));
                languages.Add(cells[1]);
                rows[text] = (languages, adds || !kinds.Contains(cells[0]));
            }
        }

        return rows;
    }
}
