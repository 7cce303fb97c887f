using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A Japanese full name no dictionary holds, read by its shape (session 33, i16-namescjk41): a family name of ipadic (one to
/// three kanji: 林, 古賀, 小野寺) and a given name of two or three kanji that parents choose for names (紗理那, 咲良, 菜名, 菜々美).
/// ipadic's given-name list lacks most recent and less usual given names, so <see cref="CjkPersonNames"/> read only family +
/// ipadic given name, or two + two characters; the sealed batches' writers chose exactly the others (古賀紗理那, 清野菜名).
/// The caller reads it only as a whole Han piece (kana, punctuation or the prompt's edge on both sides, a particle or nothing
/// after it) in a prompt with sexual content, the place where a subject or the head of a noun phrase stands (…の古賀紗理那、
/// 古賀紗理那が…, セックスしている古賀紗理那). Ordinary compounds of the same length rarely have only naming kanji after a
/// family name (温泉旅館, 露天風呂, 大理石, 和菓子, 車椅子: 旅 風 石 菓 椅 are no naming kanji), and ipadic's list of words that
/// split like names (kanjiNotNames) is refused first.
/// </summary>
internal static class JapaneseNameShapes
{
    /// <summary>
    /// Kanji of Japanese given names (written for GenScreen from general knowledge of Japanese naming, MIT, this project):
    /// the set <see cref="CjkPersonNames"/> reads two-plus-two names with, and the endings and sounds of women's and men's
    /// names it lacked (緒 央 良 名 帆 音 歌 寧 羽 夢 伽 茉 耶 椿 芽 楓 環 薫 綺 瑛 朱 紬 希 々: 々 repeats the kanji before it,
    /// 菜々美). 人 大 男 女 一 海 空 光 和 正 平 生 心 are left out: they end too many ordinary compounds.
    /// </summary>
    private const string GivenKanji =
        "美愛結菜奈花華香佳恵理里莉梨沙紗咲彩綾絵優由友真麻舞実希未千知智明陽葵凛澪遥遙玲怜麗瑠璃萌乃那穂歩桜春夏秋冬雪清静詩織紀子代江枝幸晴蘭杏桃梅菊蓮鈴琴瞳唯亜衣依早朋"
        + "翔太郎輔介斗樹輝翼亮誠悠蒼拓達浩隆康弘博貴哉也雄彦治司史之信直秀英将勇剛隼颯湊陸"
        + "緒央良名帆音歌寧羽夢伽茉耶椿芽楓環薫綺瑛朱紬々"
        + "栞季凪灯碧雫梓茜渚澄響柚椛瑞詠絢奏紘霞遼叶芹菫瑚珠琉鞠" // session 34 (i16-namescjk42): 河合栞奈, 竹下紗季
        + "佑祐"; // session 35 (i16-namesasia43): 真佑, 佑奈, 祐希 (help, divine help: among the commonest naming kanji; no compound ends so)

    /// <summary>
    /// Kanji that are a whole given name on their own (三谷紬, 今泉凪, 高瀬灯, 丹羽楓), written for GenScreen from general knowledge
    /// of Japanese naming (MIT, this project). Kanji that also end ordinary compounds after a two-kanji word were left out by hand:
    /// 桜 (八重桜), 愛 舞 優 蓮 陸 静 瞳 花 美.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> SoleGivenKanji =
        System.Buffers.SearchValues.Create("紬凪灯楓澪凛葵栞碧雫椿梓茜蘭萌翼遥遙薫唯杏環渚琴響蒼湊翔颯樹悠潤純誠剛亮哲聡隼恵澄紫藍霞"
            + "綾彩"); // session 37 (i16-namescjk45): Aya, among the commonest one-kanji women's names (中町綾); no compound ends on 綾, 彩 ends 色彩 水彩 油彩, no family name

    /// <summary>
    /// Given parts made only of season and weather kanji are a phrase (春夏秋冬, 秋冬, 春雪), not a name, whatever family name
    /// the first kanji spells.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> SeasonKanji = System.Buffers.SearchValues.Create("春夏秋冬雪晴");

    /// <summary>Kanji that end women's given names; a three-kanji piece of one family kanji needs one last (林美香, 森沙織子 is four).</summary>
    private static readonly System.Buffers.SearchValues<char> WomensEndings = System.Buffers.SearchValues.Create("子美奈菜香花那理里恵江代乃佳穂");

    /// <summary>Whether <paramref name="piece"/> (3 to 6 kanji) is an ipadic family name and a given name of naming kanji.</summary>
    public static bool IsFullName(ReadOnlySpan<char> piece, CjkNameTable table)
    {
        if (piece.Length is < 3 or > 6 || table.IsNotName(piece) || piece[0] == '々')
        {
            return false;
        }

        for (var family = Math.Min(3, piece.Length - 2); family >= 1; family--)
        {
            WorkCounter.Add(1);
            var given = piece[family..];
            if (given.Length is < 2 or > 3 || given[0] == '々' || !(AllGiven(given) || IsWomansEnding(given, family) || IsMansEnding(given, family))
                || !(table.FamilyReadings(piece[..family]) is not null || IsPrefixedFamily(piece[..family], given, table)))
            {
                continue;
            }

            // One family kanji and two given kanji are three kanji of any compound: there the given part must be a given name
            // of ipadic or end in a kanji that ends women's names (子 美 奈 菜 香 花 那 理 里 恵 江 代 乃 佳 穂).
            if (piece.Length == 3 && table.GivenReadings(given) is null && !WomensEndings.Contains(given[^1]))
            {
                continue;
            }

            if (given.IndexOfAnyExcept(SeasonKanji) < 0)
            {
                continue;
            }

            return true;
        }

        return IsRareFamilyWomansName(piece, table);
    }

    /// <summary>
    /// Session 37 (i16-namescjk45): a family name of two kanji ipadic lacks (久冨, one of Japan's many rare family names) and a
    /// given name ipadic holds that ends in 子 (慶子): the given name, in the women's form no compound of a word takes, says the
    /// kanji before it are a family name, as session 35's rare family and hiragana given name do (宇賀なつみ). The first two kanji
    /// make no dictionary word opening with a family character (CC-CEDICT, han-family-words.txt) and the piece is no word of ipadic.
    /// </summary>
    private static bool IsRareFamilyWomansName(ReadOnlySpan<char> piece, CjkNameTable table) =>
        piece.Length == 4 && piece[3] == '子' && Scripts.IsHan(piece[0]) && Scripts.IsHan(piece[1]) && piece[1] != '々'
        && !IsEndingWord(piece[2..]) && table.GivenReadings(piece[2..]) is not null && !HanShortNames.IsFamilyWord(piece[..2]);

    /// <summary>
    /// Session 34 (i16-namescjk42): an ipadic family name of two or three kanji and one kanji that is a given name on its own
    /// (三谷紬, 高瀬灯): the whole piece, read where <see cref="IsFullName"/> is. One family kanji and one given kanji are two
    /// kanji of any word, so the family name needs two.
    /// </summary>
    public static bool IsSoleKanjiName(ReadOnlySpan<char> piece, CjkNameTable table) =>
        piece.Length is 3 or 4 && SoleGivenKanji.Contains(piece[^1]) && !table.IsNotName(piece) && table.FamilyReadings(piece[..^1]) is not null;

    /// <summary>
    /// Session 34 (i16-namescjk42): the length of a given name written in hiragana at the start of <paramref name="kana"/> (the
    /// hiragana run after a kanji family name: 宇佐美ほのか, 白波ゆら、, 柚木ちさとが), two to four kana that are the whole run or
    /// are followed by a particle (<see cref="CjkPersonNames.StartsWithParticle"/>), when ipadic lacks the name. What follows a noun in hiragana is mostly grammar: a run opening
    /// with a case particle (で に を へ: 温泉での) or holding a verb or function ending (する した して され ながら だけ など まで
    /// から より たち っぽ らし みた) is refused; 0 when none.
    /// </summary>
    public static int HiraganaGivenLength(ReadOnlySpan<char> kana)
    {
        if (kana.Length < 2 || kana[0] is 'で' or 'に' or 'を' or 'へ' or 'っ' or 'ゃ' or 'ゅ' or 'ょ' or 'ん' or 'ー')
        {
            return 0;
        }

        foreach (var grammar in GrammarKana)
        {
            WorkCounter.Add(1);
            if (kana[..Math.Min(kana.Length, 6)].IndexOf(grammar, StringComparison.Ordinal) >= 0)
            {
                return 0;
            }
        }

        if (kana.Length <= 4)
        {
            return kana.Length;
        }

        for (var g = 4; g >= 2; g--)
        {
            WorkCounter.Add(1);
            if (CjkPersonNames.StartsWithParticle(kana[g..]))
            {
                return g;
            }
        }

        return 0;
    }

    /// <summary>
    /// Session 37 (i16-namescjk45): a two-kanji given name that ends in a kanji that ends women's names (子 美 恵 香 里 乃 穂 奈 菜),
    /// whatever its first kanji, after a family name of two kanji or more (石原詢子, 杉浦瑤子, 久冨慶子, 片桐汐里): parents choose the
    /// first kanji from thousands, so no list of naming kanji holds them all (詢 瑤 慶 汐), while the ending is the name's. The few
    /// ordinary words of that shape (菓子 椅子 帽子 様子 精子 野菜 知恵 線香 料理…, <see cref="EndingWords"/>) are refused.
    /// </summary>
    private static bool IsWomansEnding(ReadOnlySpan<char> given, int family) =>
        family >= 2 && given.Length == 2 && LooseEndings.Contains(given[1]) && Scripts.IsHan(given[0]) && given[0] != '々'
        && !IsEndingWord(given);

    /// <summary>
    /// Session 45 (i16-scripts53): the men's counterpart of <see cref="IsWomansEnding"/>. A two-kanji given name ending in 人, 一, 平 or
    /// 磨 (俊人, 純一, 洸平, 拓磨: among the commonest endings of men's names, left out of <see cref="GivenKanji"/> because they end
    /// ordinary compounds too), or a three-kanji one ending in 一郎, 太郎, 次郎, 二郎, 三郎, 之介, 之助 (宗一郎, 龍之介), after an ipadic
    /// family name of two kanji or more; the ordinary words of that shape (美人 恋人 主人 統一 唯一 公平 水平 研磨…,
    /// <see cref="MensEndingWords"/>) are refused. Written for GenScreen from general knowledge of Japanese naming (MIT, this project).
    /// </summary>
    private static bool IsMansEnding(ReadOnlySpan<char> given, int family)
    {
        if (family < 2 || !Scripts.IsHan(given[0]) || given[0] == '々')
        {
            return false;
        }

        if (given.Length == 3)
        {
            var end = given[1..];
            foreach (var ending in MensThreeKanjiEndings)
            {
                if (end.SequenceEqual(ending))
                {
                    return Scripts.IsHan(given[0]);
                }
            }

            return false;
        }

        if (given.Length != 2 || !MensEndings.Contains(given[1]))
        {
            return false;
        }

        for (var k = 0; k + 1 < MensEndingWords.Length; k += 2)
        {
            WorkCounter.Add(1);
            if (MensEndingWords[k] == given[0] && MensEndingWords[k + 1] == given[1])
            {
                return false;
            }
        }

        // A count, a number or an ordinal before 人 or 一 (三人, 十一, 初一 the first day of a month, 第一) is no name.
        return !"一二三四五六七八九十百千万何数初第".Contains(given[0]);
    }

    private static readonly System.Buffers.SearchValues<char> MensEndings = System.Buffers.SearchValues.Create("人一平磨");

    private static readonly string[] MensThreeKanjiEndings = ["一郎", "太郎", "次郎", "二郎", "三郎", "之介", "之助"];

    /// <summary>Ordinary two-kanji words ending in 人, 一, 平 or 磨 (people words, qualities, measures), refused as given names.</summary>
    private const string MensEndingWords =
        "美人恋人愛人婦人夫人芸人素人玄人住人主人友人個人成人大人老人犯人本人他人外人新人名人職人達人詩人歌人商人軍人村人町人役人仙人聖人巨人白人黒人"
        + "狂人奇人変人凡人超人囚人病人貴人知人恩人故人証人殺人盗人管人客人旅人隣人善人悪人偉人鉄人賢人美人野人原人宇人星人異人"
        + "統一唯一同一均一随一単一画一専一択一"
        + "公平水平太平地平和平不平泰平扁平偏平"
        + "研磨練磨切磨";

    private static readonly System.Buffers.SearchValues<char> LooseEndings = System.Buffers.SearchValues.Create("子美恵香里乃穂奈菜");

    /// <summary>
    /// Ordinary two-kanji words that end on a women's-name kanji (written for GenScreen from general knowledge of Japanese, MIT,
    /// this project): things, people words and body words a prompt puts after a place or family-shaped word.
    /// </summary>
    private const string EndingWords =
        "菓子椅子帽子様子調子団子扇子格子障子餃子硝子電子原子分子因子粒子王子女子男子双子弟子拍子利子精子卵子獅子柚子茄子冊子種子骨子面子息子"
        + "君子妻子親子母子父子皇子太子玉子端子梯子椰子迷子瓶子養子黒子白子胞子量子菓子番子囃子草子嫡子" + "優美賛美甘美華美審美耽美褒美艶美讃美健美"
        + "知恵恩恵" + "芳香線香色香残香焼香薫香" + "郷里村里古里故里人里" + "稲穂麦穂" + "野菜白菜前菜山菜惣菜青菜生菜";

    private static bool IsEndingWord(ReadOnlySpan<char> given)
    {
        for (var k = 0; k + 1 < EndingWords.Length; k += 2)
        {
            WorkCounter.Add(1);
            if (EndingWords[k] == given[0] && EndingWords[k + 1] == given[1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 37 (i16-namescjk45): a three-kanji family name ipadic lacks made of one kanji and an ipadic family name of two
    /// (内瀬戸 = 内 + 瀬戸, 佐津川 = 佐 + 津川, 小松崎 = 小 + 松崎), as many rare family names are; read only before a given name
    /// of two kanji that ipadic holds or that ends as women's names do (内瀬戸真実, 佐津川愛美), so the piece is five kanji whose last
    /// two are a name.
    /// </summary>
    private static bool IsPrefixedFamily(ReadOnlySpan<char> family, ReadOnlySpan<char> given, CjkNameTable table) =>
        family.Length == 3 && given.Length == 2 && table.FamilyReadings(family[1..]) is not null && !table.IsNotName(family)
        && (table.GivenReadings(given) is not null || (AllGiven(given) && WomensEndings.Contains(given[1])));

    private static readonly string[] GrammarKana = ["する", "した", "して", "され", "させ", "ながら", "だけ", "など", "まで", "から", "より", "たち", "っぽ", "らし", "みた", "ような", "として", "ている", "てる"];

    private static bool AllGiven(ReadOnlySpan<char> given)
    {
        foreach (var c in given)
        {
            if (!GivenKanji.Contains(c))
            {
                return false;
            }
        }

        return true;
    }
}
