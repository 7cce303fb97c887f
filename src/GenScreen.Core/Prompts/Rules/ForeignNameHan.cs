using System.Buffers;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The Han characters Chinese writes foreign names with (泰勒·斯威夫特, 艾玛·沃特森, 普京): a sound-only set, in
/// simplified and traditional forms, chosen by the transliteration convention (the Xinhua tables for names of the
/// world's peoples) and filled from the Chinese forms of listed names. A Han word with any other character is a
/// word of the language (熟女 "mature woman", 全裸 "fully nude", 淋浴 "shower"), and its reading, keyed by its
/// consonants, spelt listed Latin names by chance (熟女 全裸 shunv quanluo was Sean Connery). Written for GenScreen.
/// </summary>
internal static class ForeignNameHan
{
    private static readonly SearchValues<char> Characters = SearchValues.Create(
        "阿埃艾爱安昂奥澳巴芭拜班邦保鲍贝本比彼毕碧宾滨波伯博勃布查察彻茨达黛戴丹当道德登迪狄蒂帝丁东杜敦顿多朵厄恩尔洱"
        + "法凡范菲费芬丰冯佛夫弗伏福芙盖甘冈戈哥格根贡古瓜圭哈海罕汉翰豪赫黑亨洪胡华怀惠霍基吉加嘉贾简杰捷金津久"
        + "卡凯坎康考柯科可克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾累黎里理力历利立丽莉连廉良列林琳铃灵留卢鲁陆路伦罗洛吕"
        + "玛马迈麦曼芒毛梅美门蒙孟米密敏明缪摩莫默姆木穆纳娜乃奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀蒲普奇齐琪契"
        + "恰乔切钦琴秋丘琼萨塞赛桑瑟森沙莎珊尚绍舍申什圣施史士舒斯丝松苏素索塔泰坦汤唐陶特滕提廷通图托瓦万旺威"
        + "韦维温文沃乌伍武西希锡夏肖歇谢辛欣休修雅亚延扬耶叶伊依因英尤于约泽扎詹珍朱兹卓佐赞薇茜娅婭姬逊嘎白龙瑞"
        // Traditional forms of the characters above that differ.
        + "愛奧鮑貝畢賓濱徹達戴當德頓爾費豐馮蓋岡貢瓜漢華懷惠霍賈簡傑凱康庫誇崑萊賴蘭勞雷黎裡歷麗蓮廉連林鈴靈盧魯陸"
        + "倫羅洛呂瑪馬邁麥門夢孟繆穆納內尼寧紐諾歐龐彭齊契喬欽瓊薩賽瑟絲舒蘇湯陶騰圖萬韋維溫烏錫蕭謝欣雅亞揚葉"
        + "約澤詹讚遜龍");

    /// <summary>Whether every character of <paramref name="run"/> is one Chinese writes foreign names with.</summary>
    public static bool IsTransliteration(ReadOnlySpan<char> run) => run.Length > 0 && run.IndexOfAnyExcept(Characters) < 0;
}
