using System.Buffers;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 44 (i16-cjk52): name SHAPES in slots <see cref="CjkSubjectlessNames"/>' token readers do not reach, read behind the same
/// gate (a sexual prompt that names no one else) and after them, emitting only <see cref="Signal.RealPersonLikely"/> (review under
/// <c>mature</c>). Each reader is a shape and a slot, never a list of names:
/// <list type="bullet">
/// <item><see cref="DottedName"/>: a transliterated full name written with a middle dot between given and family name (Uyghur,
/// Kazakh and foreign names in Chinese: the dot forms · ・ ． ‧ ･), both halves of two to six characters of the transliteration
/// syllabary (<see cref="Transliteration"/>), wherever it stands; not inside 《》 (a title) and not before a style word (达·芬奇风格).</item>
/// <item><see cref="WesternGivenHanFamily"/>: a Latin given name (the given-name tag of the lexicon, capitalised) and, after one space, a
/// Chinese family character, alone or with one or two given characters, before what its subject does or at the tag's end (Kelly 陈…).</item>
/// <item><see cref="ChineseHeadBeforeVerb"/>: the head of a 的-clause that holds the sexual term, a full Chinese name, followed by what
/// its subject does (全裸的 X 侧躺在…): the slot of <c>TryHead</c> when the run does not end at the name.</item>
/// <item><see cref="ChineseBodyTopic"/>: a Chinese name opening a tag before a garment or body noun said of it (X 衣衫半褪, X 香肩半露):
/// Chinese topic-comment, the possessive without 的.</item>
/// <item><see cref="JapaneseKanaGiven"/>: a listed Japanese family name in kanji and a given name written in hiragana whose reading is a
/// listed given name (藤原みさき), closing a run after a verb's kana or の, or opening one before a particle.</item>
/// <item><see cref="KoreanSpaced"/>: a Korean full name written with a space between the family and the given syllables (박 서연), at a
/// tag's start or after a modifier, before a particle, the tag's end or a photo word.</item>
/// <item><see cref="KatakanaDottedBeforeNude"/>: a katakana full name with its middle dot before の and a nudity or sex word (X の全裸写真).</item>
/// <item><see cref="KoreanAfterModifier"/>: a Korean full name of three syllables after a modifier (…하는 X, …된 X를) anywhere in the
/// prompt, before a particle, the tag's end or a photo word (quotes around it are no tag mark).</item>
/// </list>
/// Linear: each reader looks a bounded number of characters around each token or dot. Written for GenScreen from general knowledge
/// of Chinese transliteration (the Xinhua table of foreign names), Japanese and Korean naming (MIT, this project).
/// </summary>
internal static class CjkNameSlots
{
    /// <summary>The first name shape in a slot; its source span.</summary>
    public static bool Find(TokenizedText text, PeopleLexicon people, CjkNameTable table, bool kana, in Evidence sexual, out int start, out int end)
    {
        if (DottedName(text.Source, out start, out end) || WesternGivenHanFamily(text, table, out start, out end))
        {
            return true;
        }

        for (var i = 0; i < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            if (!token.Has(TokenFlags.Cjk) || token.Has(TokenFlags.Synthetic) || token.Length < 1)
            {
                continue;
            }

            var run = text.TextOf(in token);
            int from = 0, length = 0, last = i;
            bool hit;
            if (Scripts.IsHangulSyllable(run[0]))
            {
                if (KoreanSpaced(text, i, people, out length))
                {
                    hit = true;
                    last = i + 1;
                }
                else
                {
                    hit = KoreanAfterModifier(text, i, people, out length);
                }
            }
            else if (kana)
            {
                hit = JapaneseKanaGiven(text, i, table, out from, out length) || KatakanaDottedBeforeNude(text, i, out from, out length);
            }
            else
            {
                hit = ChineseHeadBeforeVerb(text, i, table, in sexual, out from, out length) || ChineseBodyTopic(text, i, table, out from, out length);
            }

            if (!hit)
            {
                continue;
            }

            if (last != i)
            {
                // Two tokens: the family syllable and the given name (its particle left out).
                start = token.SourceStart;
                end = text.SourceIndexAt(text[last].Start + length - 1) + 1;
            }
            else
            {
                start = text.SourceIndexAt(token.Start + from);
                end = text.SourceIndexAt(token.Start + from + length - 1) + 1;
            }

            if (end > start && end <= text.Source.Length)
            {
                return true;
            }
        }

        start = end = 0;
        return false;
    }

    // ---- the middle dot ----

    /// <summary>The middle-dot forms written between the parts of a transliterated name.</summary>
    private static bool IsDot(char c) => c is '\u00B7' or '\u30FB' or '\uFF0E' or '\u2027' or '\uFF65' or '\u2022';

    /// <summary>
    /// Characters of the Chinese transliteration syllabary (the Xinhua table of foreign personal names and its traditional forms),
    /// with the syllables of Uyghur and Kazakh names (买 提 江 汗 甫 孜 吾 吐 热 依 古 丽 努…). Written for GenScreen from general
    /// knowledge (MIT, this project). Ordinary words rarely string two or more of them on both sides of a dot.
    /// </summary>
    private static readonly SearchValues<char> Transliteration = SearchValues.Create(
        "阿埃艾爱愛安昂奥奧巴拜班邦保鲍鮑贝貝本比彼毕畢碧别別宾賓波伯博布查達达大戴丹道德登迪蒂丁东東杜多厄恩尔爾儿兒法凡菲费費芬丰豐佛弗福盖蓋甘冈岡戈格根古瓜哈海汉漢豪赫亨胡华華怀懷惠霍基吉加佳贾賈杰傑捷金"
        + "卡凯凱坎康考柯科克肯孔库庫奎拉莱萊赖賴兰蘭朗劳勞勒雷蕾里丽麗莉利力连連廉林琳铃鈴灵靈留卢盧鲁魯陆陸伦倫罗羅洛马馬玛瑪迈邁麦麥曼芒梅门門蒙米密敏明摩莫默姆穆木纳納娜奈南内內妮尼涅宁寧纽紐努诺諾"
        + "欧歐帕派潘庞龐佩彭皮珀蒲普齐齊奇琪乔喬切钦欽琼瓊丘热熱荣榮茹瑞若萨薩塞赛賽桑瑟森沙莎珊尚舍什史舒斯松苏蘇索塔泰坦汤湯唐特提廷通图圖托娃瓦万萬旺威韦韋维維温溫文沃乌烏伍西希锡錫席夏谢謝欣辛"
        + "休修雅亚亞扬揚耶叶葉伊依因英尤于雨约約泽澤扎詹兹茲祖佐买買合江汗孜吾逊遜甫乃吐哲山不拉缇緹黛薇芙絲丝珂妃都孙孫牙则則那地玉素排衣尕");

    private static bool IsTransliteration(char c) => Transliteration.Contains(c);

    private const int MaxDottedPart = 6;

    /// <summary>A transliterated full name with a middle dot (see the class summary), found in the source; its span.</summary>
    internal static bool DottedName(string source, out int start, out int end)
    {
        start = end = 0;
        var s = source.AsSpan();
        var title = false;
        for (var p = 1; p < s.Length - 2; p++)
        {
            WorkCounter.Add(1);
            var c = s[p - 1];
            if (c is '《' or '〈')
            {
                title = true;
            }
            else if (c is '》' or '〉')
            {
                title = false;
            }

            if (!IsDot(s[p]) || title || !IsTransliteration(s[p - 1]) || !IsTransliteration(s[p + 1]))
            {
                continue;
            }

            var k = p;
            while (k > 0 && p - k < MaxDottedPart && IsTransliteration(s[k - 1]))
            {
                k--;
            }

            var e = p + 1;
            while (e < s.Length && e - p - 1 < MaxDottedPart && IsTransliteration(s[e]))
            {
                e++;
            }

            // A third part (玛丽·安·史密斯).
            if (e + 2 < s.Length && IsDot(s[e]) && IsTransliteration(s[e + 1]))
            {
                var f = e + 1;
                while (f < s.Length && f - e - 1 < MaxDottedPart && IsTransliteration(s[f]))
                {
                    f++;
                }

                e = f;
            }

            if (p - k < 2 || e - p - 1 < 2 || (e < s.Length && "风風式派画畫笔筆".Contains(s[e])))
            {
                continue; // one character is no name's half; a style word after it makes it an artist's credit
            }

            // Both ends at a boundary: a Han character outside the syllabary next to a half (劳拉·克劳馥, 列奥纳多·…) says the name
            // goes on past what was read, so the span is no whole name; before it only 的 or a with/object word, after it what
            // its subject does (CjkSubjectlessNames.IsSubjectFrame: 全裸, 穿, 躺, 半, 的, 和…).
            if ((k > 0 && Scripts.IsHan(s[k - 1]) && !"的和跟与與同给給把让讓被".Contains(s[k - 1]))
                || (e < s.Length && Scripts.IsHan(s[e]) && !CjkSubjectlessNames.IsSubjectFrame(s[e..], partner: false)))
            {
                continue;
            }

            start = k;
            end = e;
            return true;
        }

        return false;
    }

    // ---- a Western given name and a Chinese family name ----

    /// <summary>A Latin given name, one space, a Chinese family character (and given characters) before what its subject does.</summary>
    internal static bool WesternGivenHanFamily(TokenizedText text, CjkNameTable table, out int start, out int end)
    {
        start = end = 0;
        for (var i = 0; i + 1 < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            ref var latin = ref text[i];
            ref var han = ref text[i + 1];
            if ((latin.Tags & WordTags.GivenName) == 0 || !han.Has(TokenFlags.Cjk) || latin.Length < 3
                || latin.SourceEnd + 1 != han.SourceStart || text.Source[latin.SourceEnd] != ' ' || !char.IsAsciiLetterUpper(text.Source[latin.SourceStart]))
            {
                continue;
            }

            var run = text.TextOf(in han);
            if (!Scripts.IsHan(run[0]) || !table.IsHanFamilyFolded(run[0]))
            {
                continue;
            }

            // The family character alone, or with one or two given characters (Kelly 陈思琪…).
            var length = 0;
            if ((run.Length == 1 && CjkSubjectlessNames.IsTagEnd(text, i + 1)) || CjkSubjectlessNames.IsSubjectFrame(run[1..], partner: false))
            {
                length = 1;
            }
            else
            {
                for (var n = Math.Min(3, run.Length - 1); n >= 2; n--)
                {
                    if (CjkSubjectlessNames.NameLength(run[..n], table) == n && CjkSubjectlessNames.IsSubjectFrame(run[n..], partner: false))
                    {
                        length = n;
                        break;
                    }
                }
            }

            if (length == 0)
            {
                continue;
            }

            start = latin.SourceStart;
            end = text.SourceIndexAt(han.Start + length - 1) + 1;
            return end > start && end <= text.Source.Length;
        }

        return false;
    }

    // ---- Chinese ----

    /// <summary>Postures and motions the subject takes (侧躺, 仰卧, 俯身, 斜倚, 靠在, 蜷缩, 扭腰, 翘臀); 侧面 "side view" is none.</summary>
    private static readonly string[] Postures =
    [
        "侧躺", "側躺", "侧卧", "側臥", "侧身", "側身", "侧坐", "側坐", "仰躺", "仰卧", "仰臥", "俯卧", "俯臥", "俯身", "斜靠", "斜倚", "斜躺", "靠在", "倚在",
        "倚着", "倚著", "蜷缩", "蜷縮", "扭腰", "扭动", "扭動", "翘臀", "翹臀", "翘起", "翹起",
    ];

    private static bool IsPostureAt(ReadOnlySpan<char> rest)
    {
        foreach (var posture in Postures)
        {
            if (rest.StartsWith(posture, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The head of a 的-clause that holds the sexual term, before what its subject does (全裸的 X 侧躺…).</summary>
    private static bool ChineseHeadBeforeVerb(TokenizedText text, int i, CjkNameTable table, in Evidence sexual, out int from, out int length)
    {
        from = length = 0;
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        if (run.Length < 6 || !Scripts.IsHan(run[0]) || !CjkSubjectlessNames.InRun(in token, in sexual))
        {
            return false;
        }

        for (var p = 1; p < run.Length - 3; p++)
        {
            WorkCounter.Add(1);
            if (run[p] != '的' || text.SourceIndexAt(token.Start + p) < sexual.SourceEnd)
            {
                continue; // the sexual term stands in the clause before 的
            }

            var rest = run[(p + 1)..];
            for (var n = Math.Min(4, rest.Length - 1); n >= 3; n--)
            {
                WorkCounter.Add(1);
                if (CjkSubjectlessNames.NameLength(rest[..n], table) == n
                    && (CjkSubjectlessNames.IsSubjectFrame(rest[n..], partner: false) || IsPostureAt(rest[n..])) && rest[n] != '的')
                {
                    from = p + 1;
                    length = n;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Garments and body nouns a tag's subject is described by without 的 (X 衣衫半褪, X 香肩半露, X 浑身湿透).</summary>
    private static readonly string[] BodyTopics =
    [
        "衣衫", "衣服", "衣裳", "衣襟", "罗衫", "羅衫", "香肩", "酥胸", "胸部", "胸前", "双乳", "雙乳", "全身", "浑身", "渾身", "上身", "下身", "玉体", "玉體",
        "身上", "裙子", "裙摆", "裙擺", "睡袍", "浴袍", "浴巾", "肚兜", "旗袍", "纱衣", "紗衣",
    ];

    /// <summary>A full Chinese name opening a tag before a garment or body noun said of it.</summary>
    private static bool ChineseBodyTopic(TokenizedText text, int i, CjkNameTable table, out int from, out int length)
    {
        from = length = 0;
        var run = text.TextOf(in text[i]);
        if (run.Length < 5 || !Scripts.IsHan(run[0]) || !CjkSubjectlessNames.IsTagStart(text, i))
        {
            return false;
        }

        for (var n = Math.Min(4, run.Length - 2); n >= 3; n--)
        {
            WorkCounter.Add(1);
            if (CjkSubjectlessNames.NameLength(run[..n], table) != n)
            {
                continue;
            }

            foreach (var topic in BodyTopics)
            {
                if (run[n..].StartsWith(topic, StringComparison.Ordinal))
                {
                    length = n;
                    return true;
                }
            }
        }

        return false;
    }

    // ---- Japanese ----

    /// <summary>A kanji family name of the table and a hiragana given name whose reading is listed (藤原みさき), in a name slot.</summary>
    private static bool JapaneseKanaGiven(TokenizedText text, int i, CjkNameTable table, out int from, out int length)
    {
        from = length = 0;
        var run = text.TextOf(in text[i]);
        var tagStart = CjkSubjectlessNames.IsTagStart(text, i);
        var tagEnd = CjkSubjectlessNames.IsTagEnd(text, i);
        var k = 0;
        while (k < run.Length)
        {
            WorkCounter.Add(1);
            var kind = CjkSubjectlessNames.KindOf(run[k]);
            var e = k + 1;
            while (e < run.Length && CjkSubjectlessNames.KindOf(run[e]) == kind && kind != 0)
            {
                e++;
            }

            if (kind != 1 || e >= run.Length || CjkSubjectlessNames.KindOf(run[e]) != 2 || e - k > 3 || table.FamilyReadings(run[k..e]) is null)
            {
                k = e;
                continue;
            }

            var f = e;
            while (f < run.Length && CjkSubjectlessNames.KindOf(run[f]) == 2)
            {
                f++;
            }

            // Closing the run after a verb's kana or の (…浴びる X, …姿の X), or opening it before a particle (X が…, X の…).
            var closes = f == run.Length && tagEnd && (k == 0 ? tagStart : CjkSubjectlessNames.KindOf(run[k - 1]) == 2);
            var opens = k == 0 && tagStart && f < run.Length && f - e >= 3 && "がはをのと".Contains(run[f - 1]);
            var given = closes ? run[e..f] : opens ? run[e..(f - 1)] : default;
            if (given.Length is >= 2 and <= 4 && (e - k >= 2 || given.Length >= 3) && IsGivenKana(given, table))
            {
                from = k;
                length = e - k + given.Length;
                return true;
            }

            k = f;
        }

        return false;
    }

    /// <summary>Nudity and sex words a possessive の puts on a person (X の全裸写真, X のヌード): a brand's の is of goods, not of these.</summary>
    private static readonly string[] NudeAfterPossessive = ["全裸", "ヌード", "裸", "セックス", "エロ", "濡れ場", "ハメ撮り"];

    /// <summary>
    /// A katakana full name with its middle dot (<see cref="CjkSubjectlessNames.IsKatakanaFullName"/>) before の and a nudity or sex word, at
    /// a tag's start or after a verb's kana: the possessive a brand takes (ルイ・ヴィトンの) is of goods, so the reader before left の out.
    /// </summary>
    private static bool KatakanaDottedBeforeNude(TokenizedText text, int i, out int from, out int length)
    {
        from = length = 0;
        var run = text.TextOf(in text[i]);
        var tagStart = CjkSubjectlessNames.IsTagStart(text, i);
        var k = 0;
        while (k < run.Length)
        {
            WorkCounter.Add(1);
            var kind = CjkSubjectlessNames.KindOf(run[k]);
            var e = k + 1;
            while (e < run.Length && CjkSubjectlessNames.KindOf(run[e]) == kind && kind != 0)
            {
                e++;
            }

            if (kind == 3 && e + 1 < run.Length && run[e] == 'の' && (k == 0 ? tagStart : CjkSubjectlessNames.KindOf(run[k - 1]) == 2)
                && run[k..e].IndexOf('・') > 0 && CjkSubjectlessNames.IsKatakanaFullName(run[k..e]))
            {
                foreach (var word in NudeAfterPossessive)
                {
                    if (run[(e + 1)..].StartsWith(word, StringComparison.Ordinal))
                    {
                        from = k;
                        length = e - k;
                        return true;
                    }
                }
            }

            k = e;
        }

        return false;
    }

    /// <summary>
    /// Hiragana words of place, degree and manner that follow a place or a noun (上野あたり "around Ueno", 駅まえ, 森のなか) and read
    /// like given names (アタリ). Written for GenScreen from general knowledge of Japanese (MIT, this project).
    /// </summary>
    private static readonly string[] KanaAfterNouns =
    [
        "あたり", "へん", "ふきん", "まわり", "ちかく", "なか", "うえ", "した", "まえ", "うしろ", "よこ", "そば", "ほう", "ところ", "とか", "など", "みたい",
        "ぐらい", "くらい", "だけ", "まで", "から", "より", "たち", "さん", "ちゃん", "くん", "さま",
    ];

    /// <summary>Whether hiragana <paramref name="given"/> read as katakana is a listed given-name reading.</summary>
    private static bool IsGivenKana(ReadOnlySpan<char> given, CjkNameTable table)
    {
        foreach (var word in KanaAfterNouns)
        {
            if (given.SequenceEqual(word))
            {
                return false;
            }
        }

        Span<char> katakana = stackalloc char[4];
        for (var k = 0; k < given.Length; k++)
        {
            if (given[k] is < '\u3041' or > '\u3096')
            {
                return false;
            }

            katakana[k] = (char)(given[k] + 0x60);
        }

        return table.IsGivenReading(katakana[..given.Length]);
    }

    // ---- Korean ----

    /// <summary>A word in <paramref name="word"/> less a particle at its end; the particle's length (0 when none).</summary>
    private static int ParticleLength(ReadOnlySpan<char> word)
    {
        foreach (var particle in CjkSubjectlessNames.KoreanParticles)
        {
            if (word.Length > particle.Length && word.EndsWith(particle, StringComparison.Ordinal))
            {
                return particle.Length;
            }
        }

        return 0;
    }

    /// <summary>After the name: a particle, the tag's end, or a photo or style word (사진, 화보, 누드).</summary>
    private static bool NameEnds(TokenizedText text, int i, int particle) =>
        particle > 0 || CjkSubjectlessNames.IsTagEnd(text, i)
        || (i + 1 < text.SequenceCount && text[i + 1].Has(TokenFlags.Cjk) && CjkSubjectlessNames.KoreanNotNames.Contains(text.TextOf(in text[i + 1])));

    /// <summary>
    /// Syllables that end Korean place nouns (제주도, 서울역, 강릉시, 이태원동, 해운대구, 남산, 한강, 인천항…) and given names almost never:
    /// a three-syllable place that opens on a family syllable is no name in these slots.
    /// </summary>
    private const string PlaceEnds = "도역시동구군읍면리산강천항섬로길";

    /// <summary>After a modifier word (…입은, …하는, …된) in the same tag.</summary>
    private static bool AfterModifier(TokenizedText text, int i) =>
        i > 0 && !CjkSubjectlessNames.IsTagStart(text, i) && text[i - 1].Has(TokenFlags.Cjk) && CjkSubjectlessNames.IsModifier(text.TextOf(in text[i - 1]));

    /// <summary>A family syllable, one space, two given syllables (박 서연): the name's length in the second token.</summary>
    private static bool KoreanSpaced(TokenizedText text, int i, PeopleLexicon people, out int length)
    {
        length = 0;
        var family = text.TextOf(in text[i]);
        if (family.Length != 1 || KoreanNames.FamilyLength(family) != 1 || i + 1 >= text.SequenceCount || !text[i + 1].Has(TokenFlags.Cjk)
            || text[i].SourceEnd + 1 != text[i + 1].SourceStart || text.Source[text[i].SourceEnd] != ' ')
        {
            return false;
        }

        var word = text.TextOf(in text[i + 1]);
        var particle = ParticleLength(word);
        var given = word[..^particle];
        if (given.Length != 2 || !Scripts.IsHangulSyllable(given[0]) || PlaceEnds.Contains(given[^1]) || !CjkSubjectlessNames.IsKoreanName(given, people)
            || CjkSubjectlessNames.IsModifier(given) || (!CjkSubjectlessNames.IsTagStart(text, i) && !AfterModifier(text, i)) || !NameEnds(text, i + 1, particle))
        {
            return false;
        }

        Span<char> name = stackalloc char[3];
        name[0] = family[0];
        given.CopyTo(name[1..]);
        if (!CjkSubjectlessNames.IsKoreanName(name, people))
        {
            return false;
        }

        length = 2;
        return true;
    }

    /// <summary>A three-syllable full name after a modifier, before a particle, the tag's end or a photo word.</summary>
    private static bool KoreanAfterModifier(TokenizedText text, int i, PeopleLexicon people, out int length)
    {
        length = 0;
        var word = text.TextOf(in text[i]);
        var particle = ParticleLength(word);
        var name = word[..^particle];
        if (name.Length != 3 || KoreanNames.FamilyLength(name) != 1 || PlaceEnds.Contains(name[^1]) || !AfterModifier(text, i) || !NameEnds(text, i, particle)
            || !CjkSubjectlessNames.IsKoreanName(name, people))
        {
            return false;
        }

        length = 3;
        return true;
    }
}
