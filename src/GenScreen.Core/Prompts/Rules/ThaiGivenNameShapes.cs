namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 36 (i16-namescjk44): a Thai given name known by its shape, so that "given name + family name" is read as a person
/// though no list holds either word. Thai given names are Pali-Sanskrit compounds that close on a small set of name
/// morphemes (จิรา|พร, รัก|ชนก, สุ|นิสา, ชา|ลิดา, ฐปณ|ีย์, ลีลา|วดี, สา|วิกา, วรา|ภรณ์…), and the family name that follows is a
/// long word of its own (ศรีนอก, สุขบุญสังข์, วิจิตรวงศ์ทอง). Both words are compounds of dictionary morphemes, which is why the
/// older readers refused them as phrases (<see cref="CaselessScriptNames"/>'s ThaiCompounds, OrdinaryPhrases.HasThaiCompoundWord):
/// batches 38–43 held 18 Thai person prompts allowed that way. The pair's shape is the evidence a phrase lacks: a phrase of
/// dictionary words does not end its first word on a name morpheme and follow it with a long word that is no ordinary word.
/// The endings were written for GenScreen from general knowledge of Thai naming (MIT, this project; no third-party list).
/// Endings that close common words were left out (นา ทุ่งนา, ดา ธรรมดา, รี, ณี, ใจ, ทอง); ยา only closes a name of five
/// letters or more that is no ordinary word (หัตถยา; ภรรยา "wife" is one).
/// </summary>
internal static class ThaiGivenNameShapes
{
    /// <summary>Name morphemes that close Thai given names (blessing, lineage, beauty, flower, gold, light, heart of…).</summary>
    private static readonly string[] Endings =
    [
        "พร", "พรรณ", "ชนก", "นิสา", "ลิดา", "ลดา", "ณีย์", "นีย์", "วดี", "มาศ", "ทัย", "ภรณ์", "ลักษณ์", "ธิดา", "นุช", "ทิพย์",
        "วรรณ", "กานต์", "สุดา", "ชญา", "ปรียา", "นภา", "ฤดี", "รีณา", "วิกา", "ตลา", "ญาดา", "ภัสสร", "รินทร์", "นันท์", "ลิน", "ภา",
        "ยา",
    ];

    /// <summary>Shortest word before a name ending (two letters of stem at least: จิรา|พร, not the bare morpheme).</summary>
    private const int MinStem = 2;

    /// <summary>Shortest family name read beside a given name of this shape (ศรีนอก, ไชยเดช: five letters or more).</summary>
    private const int MinFamily = 5;

    /// <summary>Whether <paramref name="word"/> is a Thai given name by its closing morpheme, and no ordinary word.</summary>
    public static bool IsGivenShape(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > 14 || !Scripts.IsThai(word[0]) || CaselessScriptNames.StartsWithThaiOpener(word))
        {
            return false;
        }

        foreach (var ending in Endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= MinStem
                && (ending != "ยา" || word.Length >= 5))
            {
                return !OrdinaryWords.ContainsInflected(word);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the two words are a given name of this shape and a family name: a long Thai word that opens no phrase and is no
    /// ordinary word, or one a family name's form marks (<see cref="ScriptFamilyNames"/>).
    /// </summary>
    public static bool IsPair(ReadOnlySpan<char> given, ReadOnlySpan<char> family) =>
        IsGivenShape(given) && family.Length >= MinFamily && family.Length <= 24 && Scripts.IsThai(family[0])
        && (ScriptFamilyNames.IsFamilyName(family) || (!CaselessScriptNames.StartsWithThaiOpener(family) && !OrdinaryWords.ContainsInflected(family)));

    /// <summary>Whether <paramref name="span"/> is exactly such a pair, one space between (the likely name a reader emitted).</summary>
    public static bool IsPairSpan(ReadOnlySpan<char> span)
    {
        var space = span.IndexOf(' ');
        return space > 0 && span[(space + 1)..].IndexOf(' ') < 0 && IsPair(span[..space], span[(space + 1)..]);
    }
}
