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
        + "緒央良名帆音歌寧羽夢伽茉耶椿芽楓環薫綺瑛朱紬々";

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
            if (given.Length is < 2 or > 3 || table.FamilyReadings(piece[..family]) is null || !AllGiven(given) || given[0] == '々')
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

        return false;
    }

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
