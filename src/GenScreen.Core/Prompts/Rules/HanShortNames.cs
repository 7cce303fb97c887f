using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Chinese names the two-given-character rules of <see cref="CjkPersonNames"/> leave out (session 32, i16-namesscripts40):
/// <list type="bullet">
/// <item>a one-character given name (朱迅, 黃捷, 谢敏): a family name and one character, read only where a subject stands —
/// opening the run (or after 一张/一幅) before what the subject does (穿 wears, 和 with, 跪 kneels…), as a tag of its own
/// (…，性感姿势，黃捷), or as the head after 的 at the end of a run that holds the sexual term (全裸淋浴的黃捷). The given
/// character must not be one that makes an ordinary word after a family character (白天, 高跟, 金发, 海边, 马上: see
/// <see cref="NotGiven"/>);</item>
/// <item>a Tibetan name in Chinese characters (降央卓玛, 次仁卓玛, 格桑拉姆): two Tibetan name elements, no family name, as a
/// run of its own or opening the run before what the subject does.</item>
/// </list>
/// Read only in prompts with sexual content; a likely real person (review under <c>mature</c>).
/// </summary>
internal static class HanShortNames
{
    /// <summary>
    /// Characters that, after a family character, make an ordinary word far more often than a name: people and body, places and
    /// directions, nature, things and garments, colours, sizes, function words. Written for GenScreen from general knowledge of
    /// Chinese (MIT, this project).
    /// </summary>
    private const string NotGiven =
        "人女男子儿兒色衣发髮头頭身体體手脚腳腿胸部面脸臉天地上下里裡边邊中前后後外内旁间間山水河湖海江石木林花草树樹叶葉园園门門窗床房屋室厅廳车車船"
        + "鞋帽巾布毛皮光影日月星云雲雨雪风風灯燈金银銀铜銅铁鐵色黑白红紅黄黃蓝藍绿綠紫灰大小高低长長短老少新旧舊多是有在和的了着著过過也都又还還就不没沒"
        + "片图圖照像画畫字书書纸紙钱錢饭飯菜茶酒肉鱼魚鸡雞马馬牛羊猪豬狗猫貓鸟鳥龙龍虎熊兔鹿家国國城市街路桥橋台臺场場店楼樓墙牆宫宮庙廟寺塔"
        + "岁歲末者拿射鞭清南北东東西皙昏泉柔尾野端滩灘瓣腰柳晖暉暗亮景感质質级級式格调調彩线線条條纹紋角度侧側视視镜鏡拍摄攝诗詩史"
        // Session 37 (i16-precision45): 様 is the Japanese honorific, a form Chinese does not write (样/樣), so no Chinese given
        // character: 女王様 (a dominatrix, "queen") and 王様 (king) were a family name 王 and a given 様, held for review five
        // times in batches 39-44. 眼 (eye) and 嘴 (mouth) are body words as 面 and 脸 are: 蒙眼 (blindfolded) was 蒙 + 眼.
        + "様眼嘴";

    /// <summary>
    /// Tibetan given-name elements as written in Chinese characters (a Tibetan name is two of them, no family name). Written for
    /// GenScreen from general knowledge of Tibetan naming (MIT, this project); each element is a common Tibetan name word
    /// (卓玛 Drolma, 拉姆 Lhamo, 扎西 Tashi, 次仁 Tsering, 格桑 Kelsang, 央金 Yangchen…).
    /// </summary>
    private static readonly string[] TibetanElements =
    [
        "卓玛", "卓瑪", "拉姆", "央金", "扎西", "次仁", "格桑", "德吉", "旺姆", "措姆", "曲珍", "白玛", "白瑪", "索朗", "达瓦", "達瓦", "尼玛", "尼瑪",
        "央宗", "降央", "多吉", "平措", "顿珠", "頓珠", "益西", "仁青", "普布", "巴桑", "边巴", "邊巴", "次旦", "洛桑", "强巴", "強巴", "罗布", "羅布",
        "丹增", "旦增", "卓嘎", "桑姆", "拉珍", "美朗", "措", "琼达", "瓊達", "德央", "仁增", "贡布", "貢布", "才让", "才讓", "拉毛", "卓玛吉",
    ];

    /// <summary>
    /// Mongolian given-name elements as written in Chinese characters (a Mongolian name is one or two of them, no family name:
    /// 乌兰图雅 Ulaan-Tuya, 其其格 Tsetseg, 萨日娜 Saran). Written for GenScreen from general knowledge of Mongolian naming (MIT,
    /// this project); each element is a common Mongolian name word (乌兰 red, 图雅 ray, 其其格 flower, 斯琴 wise, 娜仁 sun,
    /// 阿拉坦 gold, 宝音 blessing, 高娃 beauty…), simplified and traditional forms.
    /// </summary>
    private static readonly string[] MongolianElements =
    [
        "乌兰", "烏蘭", "图雅", "圖雅", "托雅", "其其格", "琪琪格", "其木格", "萨日娜", "薩日娜", "萨仁", "薩仁", "娜仁", "斯琴", "高娃", "塔娜", "乌云", "烏雲",
        "格日勒", "阿拉坦", "敖登", "宝音", "寶音", "孟和", "巴雅尔", "巴雅爾", "苏日娜", "蘇日娜", "乌日娜", "烏日娜", "阿茹娜", "娜布其", "额尔敦", "額爾敦",
        "朝鲁", "朝魯", "巴特尔", "巴特爾", "图门", "圖門", "吉日嘎拉", "查干", "那顺", "那順", "诺敏", "諾敏", "萨其拉", "薩其拉", "其日麦格", "格根", "哈斯",
        "乌仁", "烏仁", "斯日古楞", "额尔德尼", "額爾德尼", "阿拉腾", "阿拉騰", "苏布达", "蘇布達", "满都拉", "滿都拉", "德力格尔", "德力格爾",
    ];

    /// <summary>What a run says its subject does right after the name (as <see cref="ChineseGivenNames.IsFrameAfter"/>).</summary>
    /// <param name="kana">The prompt has kana: Japanese, whose two-kanji words (吉野, 林道) open with a Chinese family character.</param>
    public static bool TryMatch(TokenizedText text, int i, CjkNameTable table, in Evidence sexual, bool kana, out int start, out int end)
    {
        start = end = -1;
        if (kana)
        {
            return false;
        }

        ref var token = ref text[i];
        var run = text.TextOf(in token);
        if (TryCastFrame(text, i, table, sexual, out start, out end))
        {
            return true;
        }

        if (run.Length < 2 || !sexual.IsPresent || !AllHan(run[..2]))
        {
            return TryHead(text, i, table, sexual, out start, out end);
        }

        var offset = LeadIn(run);
        var measure = run.IndexOfAny('张', '幅');
        if (measure > offset && measure < offset + 6 && run[measure - 1] == '一' && run.Length - measure - 1 >= 3)
        {
            offset = measure + 1;
        }

        var word = run[offset..];

        // A tag of its own (the run is the name) or a name opening the run before what its subject does.
        var tibetan = TibetanLength(word);
        if (tibetan > 0 && ((word.Length == tibetan && IsPunctuatedTag(text, i))
            || (word.Length > tibetan && (ChineseGivenNames.IsFrameAfter(word[tibetan]) || sexual.SourceStart == text.SourceIndexAt(token.Start + offset + tibetan)))))
        {
            return Found(text, in token, offset, tibetan, out start, out end);
        }

        // Session 36 (i16-namescjk44): or a spaced tag of its own (丁霞 裸照 全身 高清), when the given character is one parents
        // choose for names and the pair is no dictionary word: a first version of session 32 read 周末 王者 万岁 桑拿 皮鞭 so, none
        // of which ends on a naming character, and 高清 白雪 are CC-CEDICT words.
        if (word.Length >= 2 && IsShortName(word[0], word[1], table)
            && ((word.Length == 2 && offset == 0 && (IsPunctuatedTag(text, i) || IsSpacedName(word, text.SequenceCount))) || (word.Length > 2 && ChineseGivenNames.IsFrameAfter(word[2]) && sexual.SourceStart >= text.SourceIndexAt(token.Start + offset + 2))))
        {
            return Found(text, in token, offset, 2, out start, out end);
        }

        // Session 37 (i16-namescjk45): a full name glued after a drawing-style word that opens its tag (动漫风杨舒予，脱光衣服，…):
        // the tag is the name, the style word says how it is drawn (FictionalNames keeps a name of this shape beside it).
        if (offset == 0 && StylePrefix(word) is > 0 and var style && word.Length - style == 3 && IsClauseEnd(text, i)
            && IsUnlistedFullName(word[style], word[style + 1], word[style + 2], table) && !IsFamilyWord(word[style], word[style + 1])
            && (sexual.SourceEnd <= token.SourceStart || sexual.SourceStart >= token.SourceEnd))
        {
            return Found(text, in token, style, 3, out start, out end);
        }

        // A family name and two given characters no list holds (张常宁在…, 高虹安穿…), opening the run before what its subject
        // does, the sexual term after the name (session 32, i16-people40s).
        // Session 34 (i16-namescjk42): or the sexual term in an earlier tag, the name opening a later one (湿透的白色旗袍,没穿内衣,
        // 张琳艳站在雨巷里): the clause that opens with the name and what its subject does is about that person wherever the
        // term stands; only punctuation may end the run before it, so 衣服 or 床单 after a term in the same run stays a thing.
        var earlierTag = offset == 0 && i > 0 && sexual.SourceEnd <= token.SourceStart && IsAfterPunctuation(text, i);
        if (FullNameBeforeFrame(word, table) is > 0 and var full && (earlierTag || sexual.SourceStart >= text.SourceIndexAt(token.Start + offset + full)))
        {
            return Found(text, in token, offset, full, out start, out end);
        }

        // Session 36 (i16-namescjk44): a full name no list holds that is a tag of its own between punctuation, the sexual term in
        // another tag (老上海风，旗袍被撕开，胸部完全露出，彭芷若，电影剧照质感): at least one given character is one parents choose for
        // names, so 孙悟空 or a style tag (电影感, 写实风: no family name) stays unread.
        if (offset == 0 && word.Length == 3 && IsPunctuatedTag(text, i) && IsUnlistedFullName(word[0], word[1], word[2], table) && !IsFamilyWord(word[0], word[1])
            && (ChineseGivenNames.IsGivenCharacter(word[1]) || ChineseGivenNames.IsGivenCharacter(word[2]))
            && (sexual.SourceEnd <= token.SourceStart || sexual.SourceStart >= token.SourceEnd))
        {
            return Found(text, in token, 0, 3, out start, out end);
        }

        // Session 33 (i16-namescjk41): the name opening the run and the sexual term right after it (…，段玥一丝不挂), or an
        // unlisted full name before the garment or body part the run's sexual term is about (顾沛然旗袍半褪，露出胸部): the run's
        // subject, though no verb stands between. A family character and one given character that make a dictionary word
        // (CC-CEDICT, han-family-words.txt: 项链, 林荫) are that word.
        var termAt = sexual.SourceStart;
        if (word.Length > 2 && IsShortName(word[0], word[1], table) && !IsFamilyWord(word[0], word[1]) && termAt == text.SourceIndexAt(token.Start + offset + 2))
        {
            return Found(text, in token, offset, 2, out start, out end);
        }

        if (word.Length > 4 && IsUnlistedFullName(word[0], word[1], word[2], table) && !IsFamilyWord(word[0], word[1]) && WornAfterName.Contains(word[3])
            && termAt >= text.SourceIndexAt(token.Start + offset + 3))
        {
            return Found(text, in token, offset, 3, out start, out end);
        }

        if (TryObject(text, i, table, out start, out end))
        {
            return true;
        }

        return TryHead(text, i, table, sexual, out start, out end);
    }

    /// <summary>
    /// First characters of garments and body words that follow the wearer's name with no verb (顾沛然旗袍半褪 "Gu Peiran's qipao half
    /// off", 某某内衣, 睡衣, 泳衣, 比基尼, 丝袜, 浴袍, 汉服, 和服, 蕾丝, 胸, 乳, 身穿, 上身, 下身, 半裸). Written for GenScreen (MIT, this project).
    /// </summary>
    private const string WornAfterName = "旗内內睡泳比丝絲浴汉漢和蕾胸乳身上下半衣裙";

    /// <summary>CC-CEDICT's two-character words that open with a family character (Data/han-family-words.txt).</summary>
    private static readonly Lazy<CompactWordSet> FamilyWords = RuleDataFile.LazyWords("han-family-words.txt");

    private static bool IsFamilyWord(char family, char given) => FamilyWords.Value.Contains([family, given]);

    /// <summary>Whether two Han characters are a CC-CEDICT word opening with a family character (花火, 温泉: no family name).</summary>
    internal static bool IsFamilyWord(ReadOnlySpan<char> two) => two.Length == 2 && IsFamilyWord(two[0], two[1]);

    /// <summary>Aspect markers that close a verb before its object (紧贴着林襄 "clinging to Lin Xiang", 压着, 抱着).</summary>
    private const string Aspect = "着著";

    /// <summary>
    /// The name as the object that ends a clause, after a verb and its aspect marker (湿透的白色汉服紧贴着林襄，…): the run ends
    /// with 着 + a family name of the table and one given character (no dictionary word: 戴着项链) or two, then punctuation or the
    /// prompt's end. A family name that is mostly a word (白 金 黄…) is refused here: 穿着白纱, 戴着金链 are garments.
    /// </summary>
    private static bool TryObject(TokenizedText text, int i, CjkNameTable table, out int start, out int end)
    {
        start = end = -1;
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        if (run.Length < 4 || !IsClauseEnd(text, i))
        {
            return false;
        }

        for (var length = 3; length >= 2; length--)
        {
            WorkCounter.Add(1);
            if (run.Length < length + 2 || !Aspect.Contains(run[^(length + 1)]))
            {
                continue;
            }

            var name = run[^length..];
            if (!IsHan(name[0]) || !table.IsHanFamily(name[..1]) || IsFamilyWord(name[0], name[1]))
            {
                continue;
            }

            var ok = length == 2 ? IsShortName(name[0], name[1], table) : IsUnlistedFullName(name[0], name[1], name[2], table);
            if (ok)
            {
                return Found(text, in token, run.Length - length, length, out start, out end);
            }
        }

        return false;
    }

    /// <summary>Whether punctuation or the prompt's end follows run <paramref name="i"/>.</summary>
    private static bool IsClauseEnd(TokenizedText text, int i)
    {
        var source = text.Source.AsSpan();
        return i + 1 >= text.SequenceCount || source[text[i].SourceEnd..text[i + 1].SourceStart].IndexOfAny(Punctuation) >= 0;
    }

    /// <summary>
    /// Request words that open a Chinese run before the picture's subject (帮我生成张常宁在…, 画一张…): the name stands after
    /// them as it stands at the run's start. Written for GenScreen (MIT, this project).
    /// </summary>
    private static readonly string[] LeadIns = ["帮我生成", "幫我生成", "请生成", "請生成", "生成", "帮我画", "幫我畫", "画出", "畫出", "给我画", "給我畫"];

    /// <summary>
    /// Session 37 (i16-namescjk45): drawing-style words a Chinese tag opens with before the name it draws (动漫风杨舒予, 二次元风格
    /// 覃诗雨). Written for GenScreen (MIT, this project).
    /// </summary>
    private static readonly string[] StylePrefixes = ["动漫风格", "動漫風格", "二次元风格", "二次元風格", "动漫风", "動漫風", "二次元风", "二次元風", "二次元", "日漫风", "日漫風", "漫画风", "漫畫風", "卡通风", "卡通風"];

    private static int StylePrefix(ReadOnlySpan<char> run)
    {
        foreach (var style in StylePrefixes)
        {
            WorkCounter.Add(1);
            if (run.StartsWith(style, StringComparison.Ordinal))
            {
                return style.Length;
            }
        }

        return 0;
    }

    private static int LeadIn(ReadOnlySpan<char> run)
    {
        foreach (var lead in LeadIns)
        {
            if (run.StartsWith(lead, StringComparison.Ordinal) && run.Length - lead.Length >= 4)
            {
                return lead.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Characters that, as a given character of a three-character run, make a word far more often than a name: body parts,
    /// garments, roles of an anonymous person (包租婆, 老板娘), 开 of 张开 (opens). Written for GenScreen (MIT, this project).
    /// </summary>
    private const string NotGivenInFull =
        "丝絲袜襪裙裤褲罩乳臀屁股奶阴陰屄逼吧屌肛穴唇舌嘴眼臂肩背腹脐臍膝足趾颈頸婆妇婦妻姐妹娘哥弟爷爺叔姨嫂师師生工士员員警兵医醫模娃客主友伴侣侶郎妞姬"
        + "开開夫婚熟辣骚騷淫荡蕩性爱愛欲慾情裸露肉胖瘦壮壯美帅帥丑醜";

    /// <summary>
    /// A family character and two given characters: a family of the table with two characters that are neither ordinary after a
    /// family character (<see cref="NotGiven"/>) nor a word's (<see cref="NotGivenInFull"/>); a family name that is mostly a
    /// word (高 黄 白 金…) only with at least one character parents choose for names (高虹安: 虹), so 白丝袜 stays a garment.
    /// </summary>
    internal static bool IsUnlistedFullName(char family, char first, char second, CjkNameTable table)
    {
        if (!IsHan(family) || !IsHan(first) || !IsHan(second) || !IsGivenCandidate(first) || !IsGivenCandidate(second)
            || OrdinaryWords.ContainsInflected([family, first]) || OrdinaryWords.ContainsInflected([first, second]))
        {
            return false;
        }

        if (table.IsHanFamily([family]) || SouthernFamilies.Contains(family))
        {
            return true;
        }

        return ChineseGivenNames.IsWordFamily(family) && (ChineseGivenNames.IsGivenPair(first, first) || ChineseGivenNames.IsGivenPair(second, second));
    }

    /// <summary>
    /// Session 41 (i16-scriptnames49): a full name as the head of a modifier (after 的, after a place in 里) or in a cast frame is
    /// <see cref="IsUnlistedFullName"/>'s shape, or a family of the table and two characters parents choose for names
    /// (<see cref="ChineseGivenNames.IsGivenPair"/>: 雨欣, 子涵), neither pair a dictionary word. IsUnlistedFullName refuses 雨, 雪,
    /// 光 or 云 as characters that make words after a family character, so 穿着情趣内衣的刘雨欣 was no name; in the head slot the
    /// modifier before 的 already says a person is meant, and both characters must be naming characters.
    /// </summary>
    internal static bool IsHeadFullName(char family, char first, char second, CjkNameTable table) =>
        IsUnlistedFullName(family, first, second, table)
        || (IsHan(family) && table.IsHanFamily([family]) && ChineseGivenNames.IsGivenPair(first, second) && !ChineseGivenNames.IsFrameAfter(first)
            && !ChineseGivenNames.IsFrameAfter(second) && !OrdinaryWords.ContainsInflected([family, first]) && !OrdinaryWords.ContainsInflected([first, second])
            && !IsFamilyWord(family, first));

    /// <summary>
    /// Session 41 (i16-scriptnames49): the cast of a picture, said before the name (主角是 / 主角为 / 女主是 / 男主是 / 主演 "the lead
    /// is", "starring") or around it (以 X 为主角 "with X as the lead", 由 X 主演 "starring X"): the person the sexual picture is of.
    /// Written for GenScreen from general knowledge of Chinese (MIT, this project).
    /// </summary>
    private static readonly string[] CastBefore = ["主角是", "主角為", "主角为", "女主是", "男主是", "女主角是", "男主角是", "主演是", "主演", "模特是", "模特儿是", "模特兒是"];

    private static readonly string[] CastAfter = ["为主角", "為主角", "为女主", "為女主", "为男主", "為男主", "为模特", "為模特", "主演"];

    /// <summary>
    /// A full name (<see cref="IsHeadFullName"/>, or a family and one naming character ending its run) in a cast frame of
    /// <see cref="CastBefore"/> / <see cref="CastAfter"/> in a prompt with sexual content; linear in the run.
    /// </summary>
    public static bool TryCastFrame(TokenizedText text, int i, CjkNameTable table, in Evidence sexual, out int start, out int end)
    {
        start = end = -1;
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        if (!sexual.IsPresent || run.Length < 4)
        {
            return false;
        }

        foreach (var cast in CastBefore)
        {
            WorkCounter.Add(1);
            var at = run.IndexOf(cast, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var name = run[(at + cast.Length)..];
            if (name.Length >= 3 && IsCastFullName(name, table)
                && (name.Length == 3 || ChineseGivenNames.IsFrameAt(name[3..]) || name[3] is '的' or '和' or '与' or '與'))
            {
                return Found(text, in token, at + cast.Length, 3, out start, out end);
            }

            if (name.Length == 2 && IsShortName(name[0], name[1], table) && ChineseGivenNames.IsGivenCharacter(name[1]) && !IsFamilyWord(name[0], name[1]))
            {
                return Found(text, in token, at + cast.Length, 2, out start, out end);
            }

            break;
        }

        foreach (var cast in CastAfter)
        {
            WorkCounter.Add(1);
            var at = run.IndexOf(cast, StringComparison.Ordinal);
            if (at < 3)
            {
                continue;
            }

            // 以 / 由 opens the name: 以周佳琪为主角, 由林美辰主演.
            for (var length = 3; length >= 2; length--)
            {
                var from = at - length;
                if (from < 1 || run[from - 1] is not ('以' or '由'))
                {
                    continue;
                }

                var name = run.Slice(from, length);
                var ok = length == 3
                    ? IsCastFullName(name, table)
                    : IsShortName(name[0], name[1], table) && ChineseGivenNames.IsGivenCharacter(name[1]) && !IsFamilyWord(name[0], name[1]);
                if (ok)
                {
                    return Found(text, in token, from, length, out start, out end);
                }
            }

            break;
        }

        return false;
    }

    /// <summary>
    /// A full name in a cast frame: <see cref="IsHeadFullName"/> with at least one character parents choose for names, so a thing or
    /// a place cast as the picture's subject (以林荫道为主角, "with the tree-lined path as the subject") is none.
    /// </summary>
    private static bool IsCastFullName(ReadOnlySpan<char> name, CjkNameTable table) =>
        IsHeadFullName(name[0], name[1], name[2], table) && !IsFamilyWord(name[0], name[1])
        && (ChineseGivenNames.IsGivenCharacter(name[1]) || ChineseGivenNames.IsGivenCharacter(name[2])) && !PlaceEndings.Contains(name[2]);

    private static bool IsGivenCandidate(char c) => !NotGiven.Contains(c) && !NotGivenInFull.Contains(c) && !ChineseGivenNames.IsFrameAfter(c);

    /// <summary>The name as the head of the run after 的, the sexual term before it in the run (全裸淋浴的黃捷).</summary>
    private static bool TryHead(TokenizedText text, int i, CjkNameTable table, in Evidence sexual, out int start, out int end)
    {
        start = end = -1;
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        if (run.Length < 4 || !sexual.IsPresent)
        {
            return false;
        }

        var de = run.LastIndexOf('的');
        if (de < 1 || text.SourceIndexAt(token.Start + de) < sexual.SourceEnd || sexual.SourceStart < text.SourceIndexAt(token.Start))
        {
            return TryHeadBeforeTerm(text, i, table, sexual, de, out start, out end);
        }

        var name = run[(de + 1)..];
        var ok = (name.Length == 2 && IsShortName(name[0], name[1], table)) || (name.Length == 4 && TibetanLength(name) == 4);
        if (ok)
        {
            return Found(text, in token, de + 1, name.Length, out start, out end);
        }

        // Session 34 (i16-namescjk42): a full name as the head after 的 that goes on with what its subject does (全裸的龚芮伊在海边
        // 奔跑, 一丝不挂的賴芷瑄躺在…), or ends the run: the person the sexual modifier is about. The one-character shape needs no
        // dictionary word of its family character (赤裸的林荫 is a shaded path).
        if (name.Length >= 3 && IsHeadFullName(name[0], name[1], name[2], table) && !IsFamilyWord(name[0], name[1])
            && (name.Length == 3 || ChineseGivenNames.IsFrameAfter(name[3])))
        {
            return Found(text, in token, de + 1, 3, out start, out end);
        }

        ok = name.Length > 2 && IsShortName(name[0], name[1], table) && !IsFamilyWord(name[0], name[1]) && ChineseGivenNames.IsFrameAfter(name[2]);
        return ok && Found(text, in token, de + 1, 2, out start, out end);
    }

    /// <summary>
    /// Session 37 (i16-namescjk45): a full name glued after the clause that modifies it, the prompt's sexual term after the name or
    /// in another tag: the head after 的 that ends its tag (高开衩旗袍的林岱樺，没穿内衣，…) or goes on with what its subject does
    /// (直播间里的孟盛楠一边跳舞一边脱光), or the subject after a place ending in 里/裡 ("in", 直播间里王梦洁一件件脱衣服) before what
    /// it does. The name is a family character and two given characters (IsUnlistedFullName, no dictionary pair); the term may not
    /// fall inside it. The head after 的 with the term before it is <see cref="TryHead"/>'s older case.
    /// </summary>
    private static bool TryHeadBeforeTerm(TokenizedText text, int i, CjkNameTable table, in Evidence sexual, int de, out int start, out int end)
    {
        start = end = -1;
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        var mark = de >= 1 ? de : run.IndexOfAny('里', '裡');
        if (mark < 1 || run.Length - mark - 1 < 3)
        {
            return false;
        }

        var name = run[(mark + 1)..];
        var goesOn = name.Length > 3 && ChineseGivenNames.IsFrameAt(name[3..]);
        var endsTag = de >= 1 && name.Length == 3 && IsClauseEnd(text, i);
        if (!(goesOn || endsTag) || PlaceEndings.Contains(name[2]) || !IsHeadFullName(name[0], name[1], name[2], table) || IsFamilyWord(name[0], name[1]))
        {
            return false;
        }

        var nameStart = text.SourceIndexAt(token.Start + mark + 1);
        var nameEnd = text.SourceIndexAt(token.Start + mark + 3) + 1;
        return !(sexual.SourceStart < nameEnd && sexual.SourceEnd > nameStart) && Found(text, in token, mark + 1, 3, out start, out end);
    }

    /// <summary>
    /// Characters that end the names of buildings, rooms and vessels (陈列馆, 咖啡店, 会客厅, 藏经阁, 茶壶), not in <see cref="NotGiven"/>:
    /// after 的 a three-character noun of this ending is a place or a thing, not a person. Written for GenScreen (MIT, this project).
    /// </summary>
    private const string PlaceEndings = "馆館店院厅廳室站港岛島村镇鎮堂阁閣亭廊坊区區池溪井柜櫃箱瓶杯盘盤碗壶壺罐桶船舱艙";

    /// <summary>
    /// The length of a full name no list holds opening <paramref name="word"/> before what its subject does (在 穿 躺 站 和 脱…):
    /// a family name and two given characters (张常宁在…, 高虹安穿…; session 32), or, session 34 (i16-namescjk42), a two-character
    /// family name of the table (欧阳 上官 司马…) and two (欧阳夏丹穿着…, 上官语桐在…), the compound family itself being no word
    /// (东方 "the East" is refused: 东方美人, 东方明珠); 0 when none.
    /// </summary>
    private static int FullNameBeforeFrame(ReadOnlySpan<char> word, CjkNameTable table)
    {
        if (word.Length > 3 && IsUnlistedFullName(word[0], word[1], word[2], table) && ChineseGivenNames.IsFrameAt(word[3..]))
        {
            return 3;
        }

        var compound = word.Length > 4 && IsCompoundFamily(word[..2], table) && IsGivenCandidate(word[2]) && IsGivenCandidate(word[3])
            && !OrdinaryWords.ContainsInflected(word[2..4]) && ChineseGivenNames.IsFrameAfter(word[4]);
        return compound ? 4 : 0;
    }

    /// <summary>
    /// Session 34 (i16-namescjk42): in a prompt whose only cue so far is undressing (没穿内衣 "no underwear" is read as sexual only
    /// once a person is found), a full name opening a tag after the tag that undresses (…,没穿内衣,透视,张琳艳站在雨巷里).
    /// </summary>
    public static bool TryAfterUndressTag(TokenizedText text, int i, CjkNameTable table, in Evidence undress, out int start, out int end)
    {
        start = end = -1;
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        return i > 0 && undress.IsPresent && undress.SourceEnd <= token.SourceStart && run.Length > 3 && AllHan(run[..3]) && IsAfterPunctuation(text, i)
            && FullNameBeforeFrame(run, table) is > 0 and var full && Found(text, in token, 0, full, out start, out end);
    }

    /// <summary>
    /// Session 35 (i16-namesasia43): the full name as the head after 的 in a prompt whose only cue is undressing (旗袍撕开、没穿内衣的
    /// 刘芳菲, "Liu Fangfei, wearing no underwear"): the modifier before 的 is about the person, as a sexual modifier is in
    /// <see cref="TryHead"/> (没穿内衣 is made sexual only once a person is found, so the sexual readers never saw it).
    /// </summary>
    public static bool TryHeadAfterUndress(TokenizedText text, int i, CjkNameTable table, in Evidence undress, out int start, out int end) =>
        TryHead(text, i, table, undress, out start, out end);

    /// <summary>Whether punctuation ends the run before run <paramref name="i"/> (a new tag or clause opens with it).</summary>
    private static bool IsAfterPunctuation(TokenizedText text, int i) =>
        text.Source.AsSpan(text[i - 1].SourceEnd, text[i].SourceStart - text[i - 1].SourceEnd).IndexOfAny(Punctuation) >= 0;

    /// <summary>A two-character family name of the table (欧阳 上官 司马 诸葛…), except 东方 ("the East", a word far more often).</summary>
    private static bool IsCompoundFamily(ReadOnlySpan<char> two, CjkNameTable table) =>
        table.IsHanFamily(two) && !two.SequenceEqual("东方") && !two.SequenceEqual("東方");

    /// <summary>
    /// Family names the table (people/cjk-people.json, from the Hundred Family Surnames) lacks though they are common in Taiwan,
    /// Hong Kong and the south (賴 Lai, 麥 Mak): read only in the two-given-character shape, since 赖床 and 麦田 are words.
    /// Written for GenScreen from general knowledge of Chinese family names (MIT, this project).
    /// </summary>
    private const string SouthernFamilies = "赖賴麦麥";

    /// <summary>
    /// A run that is a tag of its own between punctuation (，、, or the prompt's edge), not a word among spaced words: Chinese
    /// prompts written with spaces make every word a run (裸 桑拿, 王者 裸体), and a first version read 周末 王者 万岁 桑拿 皮鞭 so.
    /// </summary>
    private static bool IsPunctuatedTag(TokenizedText text, int i)
    {
        var source = text.Source.AsSpan();
        var before = i == 0 ? source[..text[i].SourceStart] : source[text[i - 1].SourceEnd..text[i].SourceStart];
        var after = i + 1 >= text.SequenceCount ? source[text[i].SourceEnd..] : source[text[i].SourceEnd..text[i + 1].SourceStart];
        return (i == 0 || before.IndexOfAny(Punctuation) >= 0) && (i + 1 >= text.SequenceCount || after.IndexOfAny(Punctuation) >= 0)
            && (i > 0 || i + 1 < text.SequenceCount);
    }

    /// <summary>A two-character run among spaced tags that is a family name and a naming character, no dictionary word.</summary>
    private static bool IsSpacedName(ReadOnlySpan<char> word, int runs) =>
        runs > 1 && ChineseGivenNames.IsGivenCharacter(word[1]) && !IsFamilyWord(word[0], word[1]);

    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create(",.;:!?|\n，。、；：！？");

    private static bool IsShortName(char family, char given, CjkNameTable table) =>
        IsHan(family) && IsHan(given) && !NotGiven.Contains(given) && !ChineseGivenNames.IsFrameAfter(given)
        && (table.IsHanFamily([family]) || ChineseGivenNames.IsWordFamily(family)) && !OrdinaryWords.ContainsInflected([family, given]);

    /// <summary>
    /// The length of a Mongolian name at the start of <paramref name="word"/>: two elements (乌兰图雅, 图雅琪琪格), or one element of
    /// three or more characters (萨日娜, 其其格); a two-character element alone (乌兰 is also the town, 哈斯 a word) is no name.
    /// </summary>
    private static int MongolianLength(ReadOnlySpan<char> word)
    {
        foreach (var first in MongolianElements)
        {
            WorkCounter.Add(1);
            if (!word.StartsWith(first, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var second in MongolianElements)
            {
                if (word[first.Length..].StartsWith(second, StringComparison.Ordinal))
                {
                    return first.Length + second.Length;
                }
            }

            return first.Length >= 3 ? first.Length : 0;
        }

        return 0;
    }

    /// <summary>The length of a Tibetan name (two elements) or a Mongolian one at the start of <paramref name="word"/>, or 0.</summary>
    private static int TibetanLength(ReadOnlySpan<char> word)
    {
        if (MongolianLength(word) is > 0 and var mongolian)
        {
            return mongolian;
        }

        foreach (var first in TibetanElements)
        {
            if (first.Length != 2 || !word.StartsWith(first, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var second in TibetanElements)
            {
                if (word[2..].StartsWith(second, StringComparison.Ordinal))
                {
                    return 2 + second.Length;
                }
            }
        }

        return 0;
    }

    private static bool Found(TokenizedText text, in Token token, int from, int length, out int start, out int end)
    {
        start = text.SourceIndexAt(token.Start + from);
        end = text.SourceIndexAt(token.Start + from + length - 1) + 1;
        return true;
    }

    private static bool AllHan(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsHan(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
