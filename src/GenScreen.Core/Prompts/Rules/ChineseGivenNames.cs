namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Chinese given names that no list holds, read by their characters (session 28, i16-names32). Chinese names are a family
/// name and one or two given characters, written with no space; the family-name table (people/cjk-people.json) leaves out the
/// family names that are mostly ordinary words (黄 yellow, 高 high, 金 gold, 白 white…), and a family name starts many words.
/// What tells a name from a word here is its given part: two characters of <see cref="GivenCharacters"/>, the characters
/// parents choose for names (beauty, virtues, flowers and jewels, weather, strength), which rarely follow a family character
/// in an ordinary word (黄金首饰, 高山上, 金色长发, 白衣女子: 金 首, 山 上, 色 长, 衣 女 are no pair of them). Written for GenScreen
/// from general knowledge of Chinese naming (MIT, this project; no third-party list); characters that also make common words
/// on their own (一 子 心 可 家 国 文 明 大 小 中 上 人 女 山 色 发 衣) were left out by hand.
/// </summary>
internal static class ChineseGivenNames
{
    /// <summary>Characters common in Chinese given names, simplified and traditional where they differ.</summary>
    private const string GivenCharacters =
        "丽麗莉美娜婷婉娟娇嬌静靜敏燕艳艷红紅霞芳芬芸芝英华華玲琳琪琦瑶瑤瑾璐珊珍珠雪梅兰蘭莲蓮菲萍萱薇蕾蓉颖穎慧惠佳嘉欣馨怡悦悅"
        + "晶晓曉晴露思诗詩雅雨妍妮姗姍娅婭倩茜蓓媛嫣秀淑琴丹彤晨曦冰凝岚嵐婕璇瑜楠萌莹瑩滢瀅洁潔翠蝶凤鳳虹"
        + "伟偉强強磊军軍勇杰傑涛濤超刚剛辉輝鹏鵬斌宇浩凯凱健俊帆旭峰波鑫博志振飞飛亮庆慶轩軒豪航睿哲泽澤昊梓诺諾若依语語紫"
        + "婧婕琼瓊璟瑞祥福禄祿寿壽淼焱森鑫昕昱晗晟玥珂珏瑛琬琰菁蔚薰黛歆卉颜顏蕊莎莺鶯鹃鵑娴嫻嫦娥媚姝姣娉婵嬋婀"
        // Session 35 (i16-namesasia43): characters among the commonest in given names of the 2000s and 2010s (诗涵, 梓涵, 雨桐,
        // 翔宇, 可馨, 佩璇; the public "most common baby names" rankings of China's Ministry of Public Security, facts) that the
        // list lacked; none makes a common word after a family character.
        + "涵翔桐熙霖妤蓁珮佩芊茹菡蕙雯筠钰鈺瑄宸昀烨燁晖暉彬铭銘鸿鴻毅";

    /// <summary>Family names left out of the family-name table as mostly ordinary words: read only with two given characters after them.
    /// Session 31 (i16-namesscripts38): 温 (warm), 方 (square), 雷 (thunder), 万 (ten thousand), 于 (at), all among the hundred
    /// commonest Chinese family names (the national census rank lists, public facts) and left out of the table as words.</summary>
    private const string WordFamilies = "黄黃白高金马馬石田江龙龍云雲海花毛皮蓝藍温溫方雷万萬于";

    /// <summary>What a clause says its subject does right after a name at its start: wears, is (passive), is at, lies, sits, stands, kneels, with, takes off, shows.
    /// Session 30 (i16-scripts36, stage 2 from batch 37's 高嘉瑜解开比基尼上衣): unfastens, slips off, tears (解 褪 扯).
    /// Session 33 (i16-namescjk41): faces (对着镜子, the mirror selfie's frame: 对 對).
    /// Session 36 (i16-namescjk44): goes live, washes, soaks, showers, films oneself (直播 泡澡 洗澡 淋浴 自拍: the leaked-stream and
    /// bath frames batch 43's writers opened with a name, 方念華直播时走光), verbs no given name ends on.</summary>
    private const string FrameAfter = "穿被在躺坐站跪趴和与與跟脱脫露赤全裸光只把让讓戴撩掀张張岔解褪扯对對直洗泡淋自";

    public static bool IsGivenPair(char first, char second) => GivenCharacters.Contains(first) && GivenCharacters.Contains(second);

    public static bool IsWordFamily(char c) => WordFamilies.Contains(c);

    /// <summary>Whether <paramref name="c"/> is a character parents choose for given names (<see cref="GivenCharacters"/>).</summary>
    public static bool IsGivenCharacter(char c) => GivenCharacters.Contains(c);

    public static bool IsFrameAfter(char c) => FrameAfter.Contains(c);

    /// <summary>
    /// Whether what follows a name says what its subject does: a verb of <see cref="FrameAfter"/>, or, session 37
    /// (i16-namescjk45), one of the 一 phrases that open a subject's doing (一边…一边 "while", 一件件 "one piece after another",
    /// 一丝不挂 "stark naked", 一起 "together", 一脸 "with a face full of"; batch 44's 孟盛楠一边跳舞一边脱光). 一 alone is no frame:
    /// it is a given character too (李一桐).
    /// </summary>
    public static bool IsFrameAt(ReadOnlySpan<char> rest) =>
        !rest.IsEmpty && (FrameAfter.Contains(rest[0]) || (rest.Length >= 2 && rest[0] == '一' && OnePhraseSeconds.Contains(rest[1])));

    /// <summary>The second characters of the 一 phrases of <see cref="IsFrameAt"/>: 边邊 件 丝絲 起 脸臉.</summary>
    private const string OnePhraseSeconds = "边邊件丝絲起脸臉";
}
