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

    /// <summary>
    /// Session 43 (i16-asia51): more name morphemes that close Thai given names, men's as well (ธีร|วัฒน์, สม|ศักดิ์, อภิ|ชาติ is
    /// left out: ธรรมชาติ, สัญชาติ), and อุมา, รัตน์, ฉัตร, ธร, นนท์, ณัฐ, พงษ์/พงศ์. Read only on a word the Thai dictionary does not
    /// hold as one word (so เกียรติศักดิ์ "honour" is none). Written for GenScreen from general knowledge of Thai naming (MIT).
    /// </summary>
    private static readonly string[] MoreEndings = ["วัฒน์", "ศักดิ์", "อุมา", "รัตน์", "ฉัตร", "ธร", "นนท์", "พงษ์", "พงศ์", "วิทย์", "ชัย", "เดช"];

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
    /// <see cref="IsGivenShape"/> or a word closing on one of <see cref="MoreEndings"/>: read only where both ends of the name are
    /// marked (a lead-in glued before it or a clause glued after its family name), as the readers of names standing apart do not.
    /// </summary>
    private static bool IsGivenShapeWide(ReadOnlySpan<char> word)
    {
        if (IsGivenShape(word))
        {
            return true;
        }

        if (word.Length < 4 || word.Length > 14 || !Scripts.IsThai(word[0]) || CaselessScriptNames.StartsWithThaiOpener(word)
            || CaselessScriptNames.StartsWithThaiPlaceHead(word))
        {
            return false;
        }

        foreach (var ending in MoreEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= MinStem)
            {
                return !OrdinaryWords.ContainsInflected(word) && !OrdinaryPhrases.IsThaiDictionaryWord(word);
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
        if (space <= 0 || span[(space + 1)..].IndexOf(' ') >= 0)
        {
            return false;
        }

        // Session 43 (i16-asia51): a given name of the wider endings (อร|อุมา, ธีร|วัฒน์) that the glued readers emit is kept as a pair.
        var family = span[(space + 1)..];
        return IsPair(span[..space], family)
            || (IsGivenShapeWide(span[..space]) && family.Length >= MinFamily && family.Length <= MaxGluedName && Scripts.IsThai(family[0])
                && !CaselessScriptNames.StartsWithThaiOpener(family) && !OrdinaryWords.ContainsInflected(family)
                && !OrdinaryPhrases.IsThaiDictionaryWord(family));
    }

    // ---- session 43 (i16-asia51): names glued to the words around them ----

    /// <summary>
    /// Words that open what is said of a Thai subject right after its name, with no space between (Thai writes none between
    /// words): aspect and time (กำลัง "is …ing", ค่อยๆ "slowly", ตอน "while", ขณะ), place (ที่ บน ใน ริม หน้า ใต้), company (กับ),
    /// posture (นอน นั่ง ยืน คุกเข่า คลาน), dressing and undressing (ใส่ สวม นุ่ง ถอด ปลด แก้ผ้า เปลือย), and what the subject does
    /// (อาบ โชว์ มี ทำ ถ่าย เห็น อยู่ โดน ถูก). A family name (ธนสารศิลป์) or a nickname after a title does not end on one, so the
    /// first of them in a glued word marks where the name ends. Written for GenScreen from general knowledge of Thai (MIT).
    /// </summary>
    private static readonly string[] ClauseOpeners =
    [
        "กำลัง", "ค่อยๆ", "ค่อย", "ตอน", "ขณะ", "ที่", "บน", "ใน", "ริม", "หน้า", "ใต้", "กับ", "นอน", "นั่ง", "ยืน", "คุกเข่า", "คลาน",
        "ใส่", "สวม", "นุ่ง", "ถอด", "ปลด", "แก้ผ้า", "เปลือย", "อาบ", "โชว์", "มีเซ็กส์", "ทำ", "ถ่าย", "เห็น", "อยู่", "โดน", "ถูก",
        "ยั่ว", "โพส", "เต้น", "ว่าย", "แช่", "จูบ", "กอด", "เลีย", "อม", "ขึ้น", "ลง", "แต่ง", "เปิด", "ไม่", "แค่", "เหลือ",
    ];

    /// <summary>
    /// Words that end the lead-in glued before a name: of (ของ), with (กับ), a picture or clip (ภาพ รูป คลิป), filmed (ถ่าย), nude
    /// (นู้ด), "is" (คือ, เป็น). Written for GenScreen from general knowledge of Thai (MIT).
    /// </summary>
    private static readonly string[] LeadInEnds = ["ของ", "กับ", "ภาพ", "รูป", "คลิป", "ถ่าย", "นู้ด", "คือ", "เป็น", "ให้"];

    /// <summary>Titles Thai writes joined to a name (คุณ, พี่, อาจารย์, ครู, เจ๊, เฮีย). MIT, this project.</summary>
    private static readonly string[] JoinedTitles = ["อาจารย์", "คุณ", "พี่", "ครู", "เจ๊", "เฮีย"];

    /// <summary>Longest family name or titled name read before a glued clause word.</summary>
    private const int MaxGluedName = 16;

    /// <summary>
    /// Whether <paramref name="tail"/> opens with a clause word (<see cref="ClauseOpeners"/>) and is Thai dictionary words through
    /// and through up to its first repetition mark or its end: the words that follow a name, not the rest of the name.
    /// </summary>
    internal static bool IsClauseTail(ReadOnlySpan<char> tail)
    {
        var opener = 0;
        foreach (var word in ClauseOpeners)
        {
            WorkCounter.Add(1);
            if (tail.StartsWith(word, StringComparison.Ordinal))
            {
                opener = word.Length;
                break;
            }
        }

        if (opener == 0)
        {
            return false;
        }

        var mark = tail.IndexOf('ๆ');
        var words = mark < 0 ? tail : tail[..mark];
        if (words.Length <= opener)
        {
            return true; // the clause word alone (ค่อยๆ, กำลัง)
        }

        // The clause word and the words after it segment (a loanword further on, ซีทรู, need not): the first few letters decide.
        for (var k = Math.Min(words.Length, opener + TailReach); k >= opener + 2; k--)
        {
            WorkCounter.Add(1);
            if (OrdinaryPhrases.IsThaiRun(words[..k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many letters after the clause word <see cref="IsClauseTail"/> segments at most.</summary>
    private const int TailReach = 8;

    /// <summary>
    /// The length of the family name that opens <paramref name="word"/> when clause words are glued after it (พงษ์สวัสดิ์|กำลังถอด…,
    /// ทิพย์โอสถ|กำลังปลด…): four letters or more, opening with no phrase opener, no ordinary or single dictionary word; the first such
    /// end. 0 when none.
    /// </summary>
    internal static int GluedFamilyLength(ReadOnlySpan<char> word)
    {
        if (word.Length < MinFamily + 2 || !Scripts.IsThai(word[0]) || CaselessScriptNames.StartsWithThaiOpener(word))
        {
            return 0;
        }

        for (var p = 4; p <= Math.Min(MaxGluedName, word.Length - 2); p++)
        {
            WorkCounter.Add(1);
            if (IsClauseTail(word[p..]))
            {
                var family = word[..p];
                return OrdinaryWords.ContainsInflected(family) || OrdinaryPhrases.IsThaiDictionaryWord(family) ? 0 : p;
            }
        }

        return 0;
    }

    /// <summary>
    /// Where a given name of this shape starts in <paramref name="word"/>: 0 when the whole word is one, or after a lead-in glued
    /// before it (แอบถ่าย|ปรียานุช, ขอรูป|ปวีณ์ธิดา, ภาพเปลือยของ|ธนวัฒน์) that ends on a lead-in word (<see cref="LeadInEnds"/>); -1 when
    /// none.
    /// </summary>
    internal static int GivenStart(ReadOnlySpan<char> word)
    {
        for (var q = 2; q <= word.Length - 4; q++)
        {
            WorkCounter.Add(1);
            var lead = word[..q];
            foreach (var end in LeadInEnds)
            {
                if (lead.EndsWith(end, StringComparison.Ordinal) && IsGivenShapeWide(word[q..]))
                {
                    return q;
                }
            }
        }

        return IsGivenShapeWide(word) ? 0 : -1;
    }

    private static bool StartsWithTitle(ReadOnlySpan<char> word)
    {
        foreach (var title in JoinedTitles)
        {
            if (word.StartsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The length of a lead-in that ends on a lead-in word and leaves three to fourteen letters after it that make no ordinary or
    /// single dictionary word and open no phrase; -1 when none.
    /// </summary>
    private static int LeadInLength(ReadOnlySpan<char> word)
    {
        for (var q = 2; q <= word.Length - 3; q++)
        {
            WorkCounter.Add(1);
            foreach (var end in LeadInEnds)
            {
                if (word[..q].EndsWith(end, StringComparison.Ordinal))
                {
                    var rest = word[q..];
                    if (rest.Length <= 14 && !CaselessScriptNames.StartsWithThaiOpener(rest) && !CaselessScriptNames.StartsWithThaiKin(rest)
                        && !OrdinaryWords.ContainsInflected(rest) && !OrdinaryPhrases.IsThaiDictionaryWord(rest) && !OrdinaryPhrases.IsThaiRun(rest))
                    {
                        return q;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// A given name of this shape (a lead-in glued before it allowed) and, after one space, a family name with clause words glued
    /// after it: "ณัฐธิดา พงษ์สวัสดิ์กำลังถอด…", "แอบถ่ายปรียานุช วัฒนพานิชตอนอาบน้ำ". Gives the name's place in the two words: the
    /// given name's start in the first and the family name's length in the second.
    /// </summary>
    internal static bool TryGluedPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second, out int givenStart, out int familyLength)
    {
        givenStart = GivenStart(first);
        if (givenStart < 0 && GluedFamilyLength(second) > 0)
        {
            // A lead-in glued before a name of any shape (ภาพเปลือยของ|อภิชาติ) and a family name that runs on into the clause:
            // both ends of the name are marked, so its shape need not be.
            givenStart = LeadInLength(first);
        }

        familyLength = givenStart >= 0 ? GluedFamilyLength(second) : 0;
        if (familyLength == 0 && givenStart > 0 && IsPair(first[givenStart..], second))
        {
            familyLength = second.Length; // the lead-in glued before, the family name standing whole
        }

        return givenStart >= 0 && familyLength > 0;
    }

    /// <summary>
    /// A title joined to a name and the clause words glued after it, all one word (คุณสุพัตรา|แก้ผ้า…, อาจารย์ศิริลักษณ์|แก้ผ้า…,
    /// พี่แพรวา|ถอด…): the name is two to <see cref="MaxGluedName"/> letters, no kin, role or ordinary word and no single dictionary
    /// word, and a clause tail (<see cref="IsClauseTail"/>) follows it. Gives the name's start and length; false when none.
    /// </summary>
    internal static bool TryTitledName(ReadOnlySpan<char> word, out int start, out int length)
    {
        start = length = 0;
        var lead = 0;
        for (var q = 2; q <= word.Length - 6 && lead == 0; q++)
        {
            WorkCounter.Add(1);
            foreach (var end in LeadInEnds)
            {
                if (word[..q].EndsWith(end, StringComparison.Ordinal) && StartsWithTitle(word[q..]))
                {
                    lead = q; // a lead-in glued before the title (ทำภาพนู้ด|คุณ…)
                    break;
                }
            }
        }

        word = word[lead..];
        foreach (var title in JoinedTitles)
        {
            WorkCounter.Add(1);
            if (!word.StartsWith(title, StringComparison.Ordinal) || word.Length < title.Length + 4)
            {
                continue;
            }

            var rest = word[title.Length..];
            if (CaselessScriptNames.StartsWithThaiKin(rest) || CaselessScriptNames.StartsWithThaiOpener(rest))
            {
                return false;
            }

            for (var n = 2; n <= Math.Min(MaxGluedName, rest.Length - 2); n++)
            {
                WorkCounter.Add(1);
                if (IsClauseTail(rest[n..]))
                {
                    var name = rest[..n];
                    if (OrdinaryWords.ContainsInflected(name) || OrdinaryPhrases.IsThaiDictionaryWord(name) || (n <= 3 && !IsGivenShape(name)))
                    {
                        return false;
                    }

                    start = lead + title.Length;
                    length = n;
                    return true;
                }
            }

            return false;
        }

        return false;
    }
}
