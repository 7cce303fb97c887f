using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Fictional adults found by sound or reading in another script (ティファ・ロックハート, 峰不二子 read as Mine Fujiko): the
/// index of names in other scripts (<see cref="ScriptNameIndex"/>) keys the fictional-adult lists before the real
/// people, so such a name finds its character and not a real person who sounds alike. The character is kept as
/// <see cref="Signal.Benign"/> evidence (no rule decides on it), and a likely real name read from the same characters by
/// the name-shape rules is dropped: the fictional list is checked first.
/// </summary>
internal static class FictionalNames
{
    /// <summary>What a match in the index of names in other scripts stands for: a real person, or a fictional adult.</summary>
    public static void AddScriptMatch(SignalSummary into, LexiconEntry entry, int sourceStart, int sourceEnd)
    {
        if (entry.Signal == Signal.Benign)
        {
            into.Add(Signal.Benign, entry.Term, 0, sourceStart, sourceEnd, PromptField.Prompt);
            return;
        }

        // The same characters already matched a fictional adult's name as written (ジル・バレンタイン): not a real person.
        if (into.Has(Signal.Benign) && Overlaps(in into[Signal.Benign], sourceStart, sourceEnd))
        {
            return;
        }

        into.Add(Signal.RealPerson, entry.Term, entry.Level, sourceStart, sourceEnd, PromptField.Prompt);
    }

    private static bool Overlaps(in Evidence evidence, int start, int end) => start < evidence.SourceEnd && evidence.SourceStart < end;

    /// <summary>Drops a likely real name that overlaps a fictional adult's name found in another script.</summary>
    public static void DropLikelyOverlapping(SignalSummary into)
    {
        if (!into.Has(Signal.RealPersonLikely))
        {
            return;
        }

        ref readonly var likely = ref into[Signal.RealPersonLikely];

        // A personal name does not open with the article: "The Incredibles" is a title.
        if ((into.Has(Signal.Benign) && Overlaps(in into[Signal.Benign], likely.SourceStart, likely.SourceEnd))
            || likely.Term.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
        {
            into.Drop(Signal.RealPersonLikely);
        }
    }

    /// <summary>A fictional adult's list (fictional-adults.json, fictional-adults-scripts.json): its terms key the script index first.</summary>
    public static bool IsFictional(LexiconEntry entry) =>
        entry.Signal == Signal.Benign && entry.Source.Contains("fictional", StringComparison.Ordinal);

    /// <summary>Words that say the people of a prompt are drawn or from a work (cartoon, anime, Pixar, ゲーム).</summary>
    private static readonly HashSet<string> FictionWords = new(StringComparer.Ordinal)
    {
        "cartoon", "cartoons", "animated", "animation", "anime", "manga", "comic", "comics", "pixar", "disney", "dreamworks",
        "marvel", "nintendo", "videogame", "fanart", "hentai", "waifu", "toon", "webtoon", "manhwa", "manhua", "doujin", "doujinshi",

        // Session 15 (i16-people13): the same words of more languages, and the words that say a person is a character of
        // a novel or comic ("Lucia Mondella, personaggio del romanzo", "heroína de historieta"). Words that are also
        // given names or ordinary words elsewhere are left out: roman (Roman, a given name), роман, Figur (a body's
        // figure), komik (Turkish "funny"), tokoh (Indonesian "public figure"), tranh (Vietnamese "painting").
        "fumetto", "fumetti", "historieta", "historietas", "tebeo", "cómic", "quadrinhos", "quadrinho", "gibi",
        "komiks", "komiksu", "комикс", "комикса", "комиксе", "комиксов", "мультфильм", "мультфильма", "мультик", "мультика",
        "мультяшная", "мультяшный", "κόμικ", "κόμικς", "zeichentrick", "animowany", "animowana", "kreslený", "kreslená",
        "novel", "novela", "romanzo", "powieść", "powieści", "fiction", "fictional", "ficción", "ficticio", "ficticia",
        "fittizio", "fittizia", "fictif", "fictive", "fiktiv", "fiktive", "fikcyjna", "fikcyjny", "вымышленный", "вымышленная",
        "character", "personaggio", "personaje", "personnage", "personagem", "персонаж", "персонажа", "truyện",
    };

    private static readonly string[] FictionWordsUnspaced = ["アニメ", "漫画", "マンガ", "ゲーム", "キャラ", "动漫", "动画", "動畫", "游戏", "遊戲", "애니", "만화", "게임", "캐릭터", "การ์ตูน", "อนิเมะ", "小说", "小說", "小説", "소설", "角色", "นิยาย", "ตัวละคร"];

    /// <summary>
    /// A likely real name (a given name and a surname-shaped word, no list knows it) in a prompt that says its people
    /// are drawn or from a work ("Helen Parr, The Incredibles, cartoon") is a character, as fan art names them: the
    /// likely signal is dropped unless a public role or a real-person hint says otherwise.
    /// </summary>
    public static void DropLikelyInFiction(TokenizedText text, SignalSummary into)
    {
        if (!into.Has(Signal.RealPersonLikely) || into.Has(Signal.RealPersonHint))
        {
            return;
        }

        var lookup = FictionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            if (lookup.Contains(text.TextOf(in text[i])))
            {
                into.Drop(Signal.RealPersonLikely);
                return;
            }
        }

        foreach (var word in FictionWordsUnspaced)
        {
            if (text.Source.Contains(word, StringComparison.Ordinal))
            {
                into.Drop(Signal.RealPersonLikely);
                return;
            }
        }
    }
}
