using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 42 (i16-cjk50): the last-resort reading of a real person named in Chinese, Japanese or Korean, the counterpart of
/// <see cref="SubjectlessNames"/> (Latin, Cyrillic, Greek). A sexual prompt that names no one else (no person word, no adult or
/// minor marker, no listed, likely or hinted person, no fictional character: <see cref="SubjectlessGate.Refusal"/>) and whose
/// only possible subject is an unexplained piece in a name slot is about that piece; or a sexual prompt whose only person word
/// is the partner of a with-frame (和男人 / 跟两个男人, 男と, 남자와: the man the named person is with). The specialised readers
/// (<see cref="CjkPersonNames"/>, <see cref="HanShortNames"/>) need a naming character, a listed given name or a role; this one
/// takes the piece by the prompt's emptiness and the slot's grammar, after every name reader and its drops, and emits only
/// <see cref="Signal.RealPersonLikely"/> (review under <c>mature</c>; never a block by itself).
/// <list type="bullet">
/// <item>Chinese: a family name of the table (or a word family with two given characters) and one or two characters that make
/// no dictionary word with it (CC-CEDICT, han-family-words.txt) and are no body, garment, place or grammar character
/// (<see cref="NotGiven"/>); or a nickname 阿/小/老 + one character. Its slot: opening a run (after a request lead-in 生成 / 画一张 /
/// 帮我做一张 or a with-word 和 / 跟 / 与) before 的, a with-word, a verb of the subject (<see cref="ChineseGivenNames.IsFrameAt"/>,
/// 正在) or the sexual term; a run of its own (a tag, inside 【】, before a colon); the head after 的 ending a run.</item>
/// <item>Japanese: a kanji full name (a family name of ipadic + a given name of ipadic, old forms folded) or a katakana word that
/// is the reading of a given name (ヒカル, ミズキ), opening a run before が / は / を / の / と / も, or closing one after の or a
/// verb (…で喘ぐ + name, 全裸の + name).</item>
/// <item>Korean: a Hangul word of two to five syllables that is no frequent word, no listed noun of a name's shape and no
/// photo or style word (<see cref="KoreanNotNames"/>): the prompt's first tag on its own, the first word of the first tag with a
/// subject, topic or with particle (이 가 은 는 와 과 랑 이랑), or the last word of a tag after a modifier (…누드의 X, …한 X).</item>
/// </list>
/// Costs nothing on a prompt without sexual content or with a person word: the gate is tested before any word is read.
/// </summary>
internal static class CjkSubjectlessNames
{
    /// <summary>Reads the prompt for a CJK name candidate when nothing else can be its subject; emits a likely real person.</summary>
    /// <param name="afterClauses">The second pass (session 43, <see cref="SubjectlessGate.ReadAgain"/>): the minors clause readers have
    /// weighed the prompt's child-statement triggers and found no minor, so a trigger elsewhere in the prompt refuses nothing.</param>
    public static void Read(TokenizedText text, LexiconSet lexicons, SignalSummary into, bool afterClauses = false)
    {
        // The shared gate (session 43, SubjectlessGate), or its partner door: every person word a with-frame's partner.
        var refusal = SubjectlessGate.Refusal(into);
        var partner = refusal != GateRefusal.None && PartnerOnly(text.Source, into);
        SubjectlessGate.Trace(SubjectlessReader.Cjk, partner ? GateRefusal.None : refusal);
        if (refusal != GateRefusal.None && !partner)
        {
            return;
        }

        var people = lexicons.People;
        var table = people.CjkNames;
        if (table.IsEmpty)
        {
            return;
        }

        // A child's thing, rite or character the later clause readers weigh (돌잡이, 七五三) is the minors readers' to decide.
        if (!afterClauses && ChildStatements.FindTrigger(text.Source, 0) >= 0)
        {
            SubjectlessGate.Trace(SubjectlessReader.Cjk, GateRefusal.ChildTrigger);
            return;
        }

        var sexual = into[Signal.Sexual];
        var kana = text.Source.AsSpan().IndexOfAnyInRange('\u3040', '\u30FF') >= 0;
        var lone = LoneCjk(text);
        for (var i = 0; i < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            if (!token.Has(TokenFlags.Cjk) || token.Length < 2)
            {
                continue;
            }

            var run = text.TextOf(in token);
            int from, length;
            bool hit;
            if (lone == i && LoneName(run, people, table))
            {
                // Session 43 (i16-asia51): the one CJK word of a prompt written in another script (naked photo of 한소율, …): nothing
                // else in the prompt is of its language, so a word of a name's whole shape is the name it quotes.
                hit = true;
                from = 0;
                length = run.Length;
            }
            else if (Scripts.IsHangulSyllable(run[0]))
            {
                hit = Korean(text, i, people, partner, in sexual, out from, out length);
            }
            else if (kana)
            {
                hit = Japanese(text, i, table, out from, out length);
            }
            else
            {
                hit = Chinese(text, i, table, partner, in sexual, out from, out length);
            }

            if (!hit)
            {
                continue;
            }

            var start = text.SourceIndexAt(token.Start + from);
            var end = text.SourceIndexAt(token.Start + from + length - 1) + 1;
            if (end <= start || end > text.Source.Length)
            {
                continue;
            }

            if (sexual.IsPresent && start < sexual.SourceEnd && sexual.SourceStart < end)
            {
                continue; // the sexual term itself is no name
            }

            into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
            OrdinaryPhrases.DropLikely(text, into);
            DescribedSubjects.DropLikely(text, into);
            FictionalNames.DropLikelyInFiction(text, into);
            return; // the first candidate only
        }

        // Session 44 (i16-cjk52): the name shapes of slots the readers above do not reach (CjkNameSlots).
        if (CjkNameSlots.Find(text, people, table, kana, in sexual, out var slotStart, out var slotEnd)
            && !(sexual.IsPresent && slotStart < sexual.SourceEnd && sexual.SourceStart < slotEnd))
        {
            into.Add(Signal.RealPersonLikely, text.Source[slotStart..slotEnd], 3, slotStart, slotEnd, PromptField.Prompt);
            OrdinaryPhrases.DropLikely(text, into);
            DescribedSubjects.DropLikely(text, into);
            FictionalNames.DropLikelyInFiction(text, into);
        }
    }

    // ---- a CJK name quoted in a prompt of another script ----

    /// <summary>The index of the prompt's only CJK run when three or more Latin, Cyrillic or other words stand around it; -1 otherwise.</summary>
    private static int LoneCjk(TokenizedText text)
    {
        int found = -1, others = 0;
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            if (text[k].Has(TokenFlags.Cjk))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = k;
            }
            else if (text[k].Length >= 2 && char.IsLetter(text.Source[text[k].SourceStart]))
            {
                others++;
            }
        }

        return others >= 3 ? found : -1;
    }

    /// <summary>
    /// A whole name quoted alone: Hangul of a Korean name's shape (<see cref="IsKoreanName"/>, three syllables: a family and a
    /// given name), Chinese a family and one or two given characters (<see cref="NameLength"/>), Japanese a kanji full name.
    /// </summary>
    private static bool LoneName(ReadOnlySpan<char> run, PeopleLexicon people, CjkNameTable table)
    {
        if (Scripts.IsHangulSyllable(run[0]))
        {
            return IsKoreanName(run, people) && IsFullNameShape(run);
        }

        if (run.IndexOfAnyInRange('\u3040', '\u30FF') >= 0)
        {
            return false; // kana: the Japanese reader's slots
        }

        return (run.Length is 3 or 4 && NameLength(run, table) == run.Length) || (run.Length is >= 3 and <= 6 && IsJapaneseName(run, 1, table));
    }

    // ---- the partner frame ----

    /// <summary>
    /// The prompt's gate when a person word stands in it: sexual content, no one read yet, no minor, and every person word the
    /// partner of a with-frame (<see cref="IsPartnerAt"/>): 和两个男人3P, 男とヤってる, 남자와 섹스 — the named one is the other.
    /// </summary>
    internal static bool PartnerOnly(string source, SignalSummary into)
    {
        if (SubjectlessGate.PartnerRefusal(into, namesSomeone: true) != GateRefusal.None)
        {
            return false;
        }

        // Every man or woman word of the prompt must be a partner; at least one must be there.
        var span = source.AsSpan();
        var partners = 0;
        for (var k = 0; k < span.Length; k++)
        {
            WorkCounter.Add(1);
            var length = PersonWordAt(span[k..]);
            if (length == 0)
            {
                continue;
            }

            if (!IsPartnerAt(span, k, length))
            {
                return false;
            }

            partners++;
            k += length - 1;
        }

        return partners > 0;
    }

    /// <summary>Man and woman words of Chinese, Japanese and Korean, longest first (男人, 男性, 男, 남자, 여자…).</summary>
    private static readonly string[] PersonWords =
    [
        "陌生男人", "男人們", "男人们", "男人", "女人", "男性", "女性", "男子", "女子", "男生", "女生", "男の人", "女の人", "男友", "老外", "黑人", "男", "女",
        "남자들", "여자들", "남자", "여자", "남성", "여성", "외국인",
    ];

    private static int PersonWordAt(ReadOnlySpan<char> rest)
    {
        foreach (var word in PersonWords)
        {
            WorkCounter.Add(1);
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Counts a Chinese with-word may carry before the partner (两个男人, 一群男人).</summary>
    private static readonly string[] Counts = ["两个", "兩個", "一个", "一個", "几个", "幾個", "三个", "三個", "多个", "多個", "一群", "两", "兩", "三"];

    /// <summary>
    /// Whether the person word at <paramref name="at"/> is a partner: after a Chinese with-word (和 跟 与 與 同), a count between,
    /// or before a Japanese with-particle (と), or a Korean one (와 과 랑 이랑 하고).
    /// </summary>
    private static bool IsPartnerAt(ReadOnlySpan<char> s, int at, int length)
    {
        var before = s[..at];
        foreach (var count in Counts)
        {
            WorkCounter.Add(1);
            if (before.EndsWith(count, StringComparison.Ordinal))
            {
                before = before[..^count.Length];
                break;
            }
        }

        if (!before.IsEmpty && "和跟与與同".Contains(before[^1]))
        {
            return true;
        }

        var after = s[(at + length)..];
        return after.StartsWith("と", StringComparison.Ordinal) || after.StartsWith("와", StringComparison.Ordinal)
            || after.StartsWith("과", StringComparison.Ordinal) || after.StartsWith("랑", StringComparison.Ordinal)
            || after.StartsWith("이랑", StringComparison.Ordinal) || after.StartsWith("하고", StringComparison.Ordinal);
    }

    // ---- Chinese ----

    /// <summary>
    /// Characters that, after a family character, make a word, not a name, in the last-resort slot: people and body, garments,
    /// places and directions, things, sizes, counts, grammar, verbs of the subject. Written for GenScreen from general knowledge
    /// of Chinese (MIT, this project); narrower than <see cref="HanShortNames"/>' list, which also refuses naming characters
    /// that make words elsewhere (雪, 云, 月): here the slot, not the character, says a name stands.
    /// </summary>
    private const string NotGiven =
        "人女男子儿兒色衣发髮头頭身体體手脚腳腿胸乳臀屁股奶阴陰屄逼穴唇舌嘴眼臂肩背腹脐臍膝足趾颈頸部面脸臉上下里裡边邊中前后後外内內旁间間"
        + "床房屋室厅廳车車船鞋帽巾布皮毛片图圖照像画畫字书書纸紙岁歲个個张張只隻件条條次点點大小高低长長短多少老新旧舊是有在和的了着著过過也都又还還就不没沒"
        + "丝絲袜襪裙裤褲罩婆妇婦妻姐妹娘哥弟爷爺叔姨嫂师師生工士员員警兵医醫模娃客主友伴侣侶郎妞姬夫婚熟骚騷淫荡蕩性爱愛欲慾情裸露肉胖瘦"
        + "穿被躺坐站跪趴与與跟脱脫赤全光把让讓戴撩掀岔解褪扯对對直洗泡淋自正一二三四五六七八九十百千万萬年月日天地山水海江河湖林木石"
        + "装裝服衫袍靴公板空学學御拍摄攝视視镜鏡风風格感景猫貓狗鸟鳥熊兔鱼魚马馬牛羊猪豬鸡雞龙龍虎鹿时時说說区區镇鎮巷溪麦麥吃心家孩童宝寶贝貝";

    private static bool IsLooseGiven(char c) => Scripts.IsHan(c) && !NotGiven.Contains(c);

    /// <summary>Request and with-words that open a Chinese run before the subject it names (生成…, 画一张…, 和…).</summary>
    private static readonly string[] LeadIns =
    [
        "帮我生成一张", "幫我生成一張", "帮我做一张", "幫我做一張", "帮我画一张", "幫我畫一張", "给我画一张", "給我畫一張", "帮我生成", "幫我生成", "请生成", "請生成",
        "生成一张", "生成一張", "画一张", "畫一張", "做一张", "做一張", "生成", "画出", "畫出", "帮我画", "幫我畫", "在和", "和", "跟", "与", "與", "同",
    ];

    /// <summary>
    /// Session 43 (i16-asia51): lead-ins of the object slot, the person something is done to: P a picture of (帮我P一张 X 的…), film
    /// in secret (偷拍 X …), give or have done to (给 X 拍裸照, 给 X 换上…), the disposal 把 (把 X 的衣服脱掉), let or make (让 X 脱…).
    /// Longest first; read after <see cref="LeadIns"/> found none. Written for GenScreen from general knowledge of Chinese (MIT).
    /// </summary>
    private static readonly string[] ObjectLeadIns =
    [
        "帮我P一张", "幫我P一張", "帮我p一张", "幫我p一張", "P一张", "P一張", "p一张", "p一張", "偷拍到", "偷拍", "给", "給", "把", "让", "讓", "叫",
    ];

    /// <summary>What follows the person of an object slot: 的 (把 X 的衣服), a verb of what is done (拍 photograph, 换 change into), or a verb of the subject.</summary>
    private static bool IsObjectFrame(ReadOnlySpan<char> rest) =>
        !rest.IsEmpty && ("的拍换換半".Contains(rest[0]) || IsSubjectFrame(rest, partner: false));

    /// <summary>Nickname prefixes (阿豪, 小蕾, 老周).</summary>
    private const string NicknamePrefixes = "阿小老";

    private static bool Chinese(TokenizedText text, int i, CjkNameTable table, bool partner, in Evidence sexual, out int from, out int length)
    {
        from = length = 0;
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        if (!Scripts.IsHan(run[0]))
        {
            return false;
        }

        var tag = IsTagStart(text, i) && IsTagEnd(text, i);

        // A run of its own that is the name (【苗思琪】, …，韦娜，…; in the partner frame the name before 和).
        if (tag && !partner && run.Length is >= 2 and <= 4 && NameLength(run, table) == run.Length)
        {
            length = run.Length;
            return true;
        }

        // Opening the run, after a lead-in, before what its subject does.
        var offset = 0;
        foreach (var lead in LeadIns)
        {
            WorkCounter.Add(1);
            if (run.StartsWith(lead, StringComparison.Ordinal) && run.Length - lead.Length >= 3)
            {
                offset = lead.Length;
                break;
            }
        }

        if (offset == 0 && !partner && TryObject(run, table, out from, out length))
        {
            return true;
        }

        if ((offset == 0 && !IsTagStart(text, i)) || run.Length - offset < 3)
        {
            return TryWith(text, i, table, partner, out from, out length) || TryHead(text, i, table, partner, in sexual, out from, out length);
        }

        var word = run[offset..];
        for (var n = Math.Min(4, word.Length - 1); n >= 2; n--)
        {
            WorkCounter.Add(1);
            if (NameLength(word[..n], table) == n && IsSubjectFrame(word[n..], partner))
            {
                from = offset;
                length = n;
                return true;
            }
        }

        // A one-character nickname with a suffix (华少穿…, 涛哥和…) opening the run before what its subject does.
        if (!partner && offset == 0 && word.Length > 2 && NicknameSuffixes.Contains(word[1]) && IsLooseGiven(word[0]) && !HanShortNames.IsFamilyWord(word[..2])
            && !OrdinaryWords.ContainsInflected(word[..2]) && IsSubjectFrame(word[2..], partner))
        {
            length = 2;
            return true;
        }

        return TryWith(text, i, table, partner, out from, out length) || TryHead(text, i, table, partner, in sexual, out from, out length);
    }

    /// <summary>
    /// Session 43 (i16-asia51): the name in an object slot anywhere in a run (…偷拍X在更衣室…, 给X拍一组裸照, 把X的衣服脱掉,
    /// 帮我P一张X的…): an object lead-in (<see cref="ObjectLeadIns"/>) at the run's start or after a request or scene word, then a
    /// name the whole of which <see cref="NameLength"/> reads, then what is done to it (<see cref="IsObjectFrame"/>).
    /// </summary>
    private static bool TryObject(ReadOnlySpan<char> run, CjkNameTable table, out int from, out int length)
    {
        from = length = 0;
        for (var p = 0; p < run.Length - 3; p++)
        {
            WorkCounter.Add(1);
            foreach (var lead in ObjectLeadIns)
            {
                if (!run[p..].StartsWith(lead, StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = run[(p + lead.Length)..];
                for (var n = Math.Min(4, rest.Length - 1); n >= 2; n--)
                {
                    WorkCounter.Add(1);
                    if (NameLength(rest[..n], table) == n && IsObjectFrame(rest[n..]))
                    {
                        from = p + lead.Length;
                        length = n;
                        return true;
                    }
                }

                break; // the longest lead-in at this place decided
            }
        }

        return false;
    }

    /// <summary>What follows a subject's name: 的, a with-word, a verb of the subject, 正在; in the partner frame only a with-word.</summary>
    internal static bool IsSubjectFrame(ReadOnlySpan<char> rest, bool partner)
    {
        if (rest.IsEmpty)
        {
            return false;
        }

        if ("和跟与與同".Contains(rest[0]))
        {
            return true;
        }

        // Session 43 (i16-asia51): 半 opens what the subject is half-doing (半裸, 半解罗衫, 半躺); no given name ends on it.
        return !partner && (rest[0] is '的' or '半' || rest.StartsWith("正在", StringComparison.Ordinal) || ChineseGivenNames.IsFrameAt(rest));
    }

    /// <summary>What a partner's name is followed by inside a run: doing it together (做爱, 一起, 啪啪, 上床, 亲热, 接吻, 发生).</summary>
    private const string TogetherStarts = "做一啪上亲親接爱愛性发發玩";

    /// <summary>The name after a with-word inside a run (在宾馆里和X做爱, 跟X一起洗澡): the partner named.</summary>
    private static bool TryWith(TokenizedText text, int i, CjkNameTable table, bool partner, out int from, out int length)
    {
        from = length = 0;
        if (partner)
        {
            return false;
        }

        var run = text.TextOf(in text[i]);
        for (var p = 1; p < run.Length - 3; p++)
        {
            WorkCounter.Add(1);
            if (!"和跟与與同".Contains(run[p]))
            {
                continue;
            }

            var rest = run[(p + 1)..];
            for (var n = Math.Min(4, rest.Length - 1); n >= 2; n--)
            {
                WorkCounter.Add(1);
                if (NameLength(rest[..n], table) == n && (TogetherStarts.Contains(rest[n]) || IsSubjectFrame(rest[n..], partner)))
                {
                    from = p + 1;
                    length = n;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The head after 的 that closes a run before punctuation (全裸淋浴的韦娜, 游艇上裸露上身的X).</summary>
    private static bool TryHead(TokenizedText text, int i, CjkNameTable table, bool partner, in Evidence sexual, out int from, out int length)
    {
        from = length = 0;
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        if (partner || !IsTagEnd(text, i) || run.Length < 4 || !InRun(in token, in sexual))
        {
            return false;
        }

        for (var n = Math.Min(4, run.Length - 2); n >= 2; n--)
        {
            WorkCounter.Add(1);
            if (run[^(n + 1)] == '的' && NameLength(run[^n..], table) == n)
            {
                from = run.Length - n;
                length = n;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The length of the Chinese name <paramref name="piece"/> is when the whole of it is one (2 to 4 characters), or 0: a family
    /// of the table (one or two characters) and one or two loose given characters, a word family (黄 白 方…) with two, or a
    /// nickname prefix with one. No dictionary word opening with a family character (CC-CEDICT) may start it.
    /// </summary>
    internal static int NameLength(ReadOnlySpan<char> piece, CjkNameTable table)
    {
        if (piece.Length is < 2 or > 4)
        {
            return 0;
        }

        foreach (var c in piece)
        {
            if (!Scripts.IsHan(c))
            {
                return 0;
            }
        }

        // Session 43 (i16-asia51): a compound family name of the table (诸葛, 尉迟) is a dictionary entry of its own: the word test
        // then applies to it and its first given character (诸葛亮 is one; 东方人 is a word).
        var compound = piece.Length >= 3 && table.IsHanFamily(piece[..2]);
        if ((compound ? HanShortNames.IsFamilyWord(piece[..3]) : HanShortNames.IsFamilyWord(piece[..2])) || OrdinaryWords.ContainsInflected(piece))
        {
            return 0;
        }

        if (piece.Length == 4 && IsMinorityName(piece))
        {
            return 4;
        }

        // 阿豪, 小蕾, 老周: a nickname prefix and one character.
        if (piece.Length == 2 && NicknamePrefixes.Contains(piece[0]))
        {
            return IsLooseGiven(piece[1]) ? 2 : 0;
        }

        // Session 43 (i16-asia51): 阿, one character and a nickname suffix (阿杰哥, 阿敏姐, 阿辉仔): the whole nickname. Only 阿, which
        // opens nicknames alone: 小 and 老 open words of this shape (小帅哥, 小表妹, 老大哥).
        if (piece.Length == 3 && piece[0] == '阿' && IsLooseGiven(piece[1]) && NicknameSuffixes.Contains(piece[2]))
        {
            return 3;
        }

        var family = piece.Length >= 3 && table.IsHanFamily(piece[..2]) ? 2 : table.IsHanFamilyFolded(piece[0]) ? 1 : ChineseGivenNames.IsWordFamily(piece[0]) ? 1 : 0;
        if (family == 0)
        {
            return 0;
        }

        var given = piece[family..];
        if (given.Length is < 1 or > 2 || (family == 1 && ChineseGivenNames.IsWordFamily(piece[0]) && !table.IsHanFamilyFolded(piece[0]) && given.Length != 2))
        {
            return 0;
        }

        // Session 43 (i16-asia51): 儿 closes a two-character given name after a naming character (婉儿, 香儿), or any loose one after a
        // compound family name (慕容灵儿), though it ends words.
        // 月 closes given names as often (曦月, 瑶月) though it is no given character alone here (五月, 岁月: dates and words).
        if (given.Length == 2 && given[1] is '儿' or '兒' or '月' && (ChineseGivenNames.IsGivenCharacter(given[0]) || (family == 2 && IsLooseGiven(given[0]))))
        {
            return piece.Length;
        }

        foreach (var c in given)
        {
            // 子 opens the commonest two-character given names (子涵, 子轩) though it ends words: only before a naming character.
            if (!IsLooseGiven(c) && !(c == '子' && given.Length == 2 && given[0] == c && ChineseGivenNames.IsGivenCharacter(given[1])))
            {
                return 0;
            }
        }

        // A given pair that is itself a dictionary word opening with a family character (金花) is no name's.
        return given.Length == 2 && HanShortNames.IsFamilyWord(given) ? 0 : piece.Length;
    }

    /// <summary>
    /// Elements that open or close the four-character names of China's minorities written in Chinese characters (Uyghur
    /// 努尔古丽 Nurgul, 阿依古丽 Aygul, 迪丽 Dil-, 帕提 Pati-, 热依 Rey-; Yi 阿X阿Y, 吉克 Jjiké, -阿依 -Ayi, -阿呷 -Axa). Written for
    /// GenScreen from general knowledge of Uyghur and Yi naming (MIT, this project).
    /// </summary>
    private static readonly string[] MinorityOpeners = ["努尔", "努爾", "阿依", "迪丽", "迪麗", "帕提", "热依", "熱依", "吉克", "古丽", "古麗", "买买", "買買", "艾尔", "艾爾"];

    private static readonly string[] MinorityClosers = ["古丽", "古麗", "阿依", "阿呷", "阿果", "阿卓", "阿莫", "尔古", "爾古"];

    private static bool IsMinorityName(ReadOnlySpan<char> piece)
    {
        if (piece[0] == '阿' && piece[2] == '阿' && IsLooseGiven(piece[1]) && IsLooseGiven(piece[3]))
        {
            return true;
        }

        foreach (var opener in MinorityOpeners)
        {
            if (piece.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var closer in MinorityClosers)
        {
            if (piece.EndsWith(closer, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nickname suffixes after one character (华少, 涛哥, 琳姐, 阿X仔).</summary>
    private const string NicknameSuffixes = "哥姐少仔妹";

    // ---- Japanese ----

    /// <summary>Particles after a Japanese subject, object or possessor (が は を の と も).</summary>
    private const string JapaneseParticles = "がはをのとも";

    private static bool Japanese(TokenizedText text, int i, CjkNameTable table, out int from, out int length)
    {
        from = length = 0;
        ref var token = ref text[i];
        var run = text.TextOf(in token);
        var tagStart = IsTagStart(text, i);
        var tagEnd = IsTagEnd(text, i);

        // Script pieces of the run: a candidate opens the run before a particle, or closes it after の or a kana ending.
        var k = 0;
        while (k < run.Length)
        {
            WorkCounter.Add(1);
            var kind = KindOf(run[k]);
            var e = k + 1;
            while (e < run.Length && KindOf(run[e]) == kind && kind != 0)
            {
                e++;
            }

            var piece = run[k..e];

            var opens = k == 0 && tagStart && e < run.Length && JapaneseParticles.Contains(run[e]) && (e + 1 >= run.Length || KindOf(run[e + 1]) != 2 || run[e] is 'の' or 'が' or 'は' or 'を');

            // Session 43 (i16-asia51): an honorific after the name (さん, 様, ちゃん, くん, 氏) says a person is named, wherever the
            // run opens (早瀬千景さんを…, 杉浦美緒様の…); and に, the one made to do it (Xに下着を脱がせて), opens a run as the particles do.
            opens |= k == 0 && tagStart && e < run.Length && (HonorificAt(run[e..]) || (run[e] == 'に' && kind == 1));

            // A katakana full name with its middle dot (ジュリア・ハヤセが…) opening the run before a particle other than の (a brand's
            // possessive, ルイ・ヴィトンの, is the commoner reading there) or an honorific.
            if (k == 0 && tagStart && kind == 3 && e < run.Length && piece.IndexOf('・') > 0 && IsKatakanaFullName(piece)
                && (HonorificAt(run[e..]) || "がはをとに".Contains(run[e])))
            {
                from = 0;
                length = e;
                return true;
            }
            // Closing the run after の or a verb's kana; not after a katakana noun and の (ヌードモデルのX: the model described).
            var closes = e == run.Length && tagEnd && k > 0 && KindOf(run[k - 1]) == 2 && !(run[k - 1] == 'の' && k > 1 && KindOf(run[k - 2]) == 3);
            if ((opens || closes || (k == 0 && e == run.Length && tagStart && tagEnd)) && IsJapaneseName(piece, kind, table))
            {
                from = k;
                length = e - k;
                return true;
            }

            k = e;
        }

        return false;
    }

    /// <summary>Japanese honorifics written after a name (session 43, i16-asia51). MIT, this project.</summary>
    private static readonly string[] JapaneseHonorifics = ["さん", "様", "さま", "ちゃん", "くん", "氏"];

    private static bool HonorificAt(ReadOnlySpan<char> rest)
    {
        foreach (var honorific in JapaneseHonorifics)
        {
            if (rest.StartsWith(honorific, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two or three katakana words of two to six kana joined by the middle dot (ジュリア・ハヤセ, ステラ・ミナミ): how Japanese writes a
    /// foreign-looking full name or stage name. Session 43 (i16-asia51).
    /// </summary>
    internal static bool IsKatakanaFullName(ReadOnlySpan<char> piece)
    {
        var parts = 0;
        foreach (var range in piece.Split('・'))
        {
            var part = piece[range];
            if (part.Length is < 2 or > 6 || part[0] == 'ー')
            {
                return false;
            }

            parts++;
        }

        return parts is 2 or 3;
    }

    /// <summary>0 other, 1 kanji, 2 hiragana, 3 katakana (with the long-vowel mark).</summary>
    internal static int KindOf(char c) => Scripts.IsHan(c) || c == '々' ? 1 : c is >= '\u3041' and <= '\u309F' ? 2 : c is >= '\u30A1' and <= '\u30FF' ? 3 : 0;

    private static bool IsJapaneseName(ReadOnlySpan<char> piece, int kind, CjkNameTable table)
    {
        if (kind == 1)
        {
            if (piece.Length is < 3 or > 6 || table.IsNotName(piece))
            {
                return false;
            }

            if (JapaneseNameShapes.IsFullName(piece, table) || JapaneseNameShapes.IsSoleKanjiName(piece, table))
            {
                return true;
            }

            // A family name of ipadic (one to three kanji) and a given name of ipadic of two or three kanji (old forms folded).
            for (var family = 1; family <= 3 && piece.Length - family >= 2; family++)
            {
                WorkCounter.Add(1);
                // Both halves listed: a family name that is also a dictionary word or a place (高島, 松下) is still the family name.
                if (piece.Length - family <= 3 && table.FamilyReadings(piece[..family]) is not null && table.GivenReadings(piece[family..]) is not null)
                {
                    return true;
                }
            }

            // Session 43 (i16-asia51): a listed family name of two or three kanji (野々宮, 佐久間) and a one-kanji given name of ipadic
            // (葵, 蓮, 翔): single-kanji given names are common, and the long family name holds the reading together.
            if (piece.Length is 3 or 4 && table.FamilyReadings(piece[..^1]) is not null && table.GivenReadings(piece[^1..]) is not null
                && !HanShortNames.IsFamilyWord(piece[..2]))
            {
                return true;
            }

            // An unlisted two-kanji family and a two-kanji given name of ipadic (桑子 + 真帆): no dictionary word opens it.
            return piece.Length == 4 && table.GivenReadings(piece[2..]) is not null && !HanShortNames.IsFamilyWord(piece[..2])
                && !HanShortNames.IsFamilyWord(piece[1..3]) && table.FamilyReadings(piece[..2]) is null && JapaneseGivenEnd(piece[3]);
        }

        // A katakana stage name: the reading of a given name (ヒカル, ミズキ), 2 to 5 kana, no long mark. Hiragana is left out:
        // its readings are ordinary words as often (さくら, ひかり, あかり, ゆき: cherry blossom, light, snow).
        if (kind != 3 || piece.Length is < 2 or > 5 || piece.IndexOf('ー') >= 0)
        {
            return false;
        }

        return table.IsGivenReading(piece) || (piece.Length >= 3 && piece[^1] == 'ン' && table.IsGivenReading(piece[..^1]));
    }

    /// <summary>Kanji that end Japanese given names far more often than words (帆 美 子 奈 香 介 郎 樹 斗 也…).</summary>
    private static bool JapaneseGivenEnd(char c) => "帆美子奈菜香花那理里恵江代乃佳穂介郎樹斗也輔太翔希紀平彦哉朗".Contains(c);

    /// <summary>Whether the sexual term stands in the run of <paramref name="token"/>: the modifier the head closes is about it.</summary>
    internal static bool InRun(in Token token, in Evidence sexual) =>
        sexual.IsPresent && sexual.SourceStart >= token.SourceStart && sexual.SourceStart < token.SourceEnd;

    // ---- Korean ----

    /// <summary>
    /// Hangul words of the style, medium and photography vocabulary of prompts, the frequent words' list lacks (it is of
    /// film subtitles) and a one-word tag may be: 실사 (photoreal), 유화 (oil painting), 수채화, 화보, 고화질… Written for
    /// GenScreen from general knowledge of Korean (MIT, this project).
    /// </summary>
    internal static readonly CompactWordSet KoreanNotNames = new([
        "실사", "유화", "수채화", "화보", "고화질", "초고화질", "사진", "사실적", "극사실", "실사풍", "흑백", "컬러", "일러스트", "애니", "애니풍", "만화", "웹툰",
        "스케치", "수묵화", "동양화", "판화", "조각", "누드", "전라", "반라", "알몸", "상반신", "하반신", "전신", "클로즈업", "야외", "실내", "해변", "바닷가",
        "침대", "침실", "욕실", "욕조", "샤워", "호텔", "모텔", "노을", "석양", "야경", "조명", "역광", "필름", "감성", "분위기", "고퀄", "포즈", "시점", "구도",
        "배경", "느낌", "스타일", "풍경", "정면", "측면", "뒷모습", "얼굴", "몸매", "피부", "한복", "비키니", "속옷", "란제리", "수영복", "유출", "영상", "캡처",
        "몰카", "셀카", "직캠", "고급", "예술", "에로", "야한", "섹시", "관능", "관능적", "성인", "무보정", "보정", "인물", "인물화", "초상", "초상화",
        "장면", "순간", "모습", "포옹", "키스", "자세", "상태", "표정", "실루엣", "뒤태", "앞태", "사진", "조선", "신혼", "첫날밤", "동작", "체위",
    ]);

    /// <summary>Suffixes of style, medium and manner words (파스텔화, 춘화풍, 필기체, 웜톤, 질감, 한국식, 사실적): no name of 3+ syllables ends so.</summary>
    private const string StyleEnds = "화풍체톤감식적";

    /// <summary>Sino-Korean syllables that end nouns for people by their work (우체부 postman, 경찰관, 간호사, 대학생).</summary>
    private const string PersonNounEnds = "부관사생";

    /// <summary>Particles after a Korean subject, topic, possessor or partner (longest first).</summary>
    internal static readonly string[] KoreanParticles = ["이랑", "이", "가", "은", "는", "의", "와", "과", "랑", "한테", "에게", "께서", "을", "를"];

    /// <summary>
    /// Session 43 (i16-asia51): the object and dative particles (을 를 한테 에게) and the honorific subject 께서. A thing is the object
    /// of a prompt's first words far more often than a person (스카프를 맨…), so a word before them is read only when it has a full
    /// name's shape (<see cref="IsFullNameShape"/>).
    /// </summary>
    private static bool ObjectParticle(string particle) => particle is "을" or "를" or "한테" or "에게" or "께서";

    /// <summary>A family syllable (one, or two: 남궁, 선우, 제갈) and two given syllables.</summary>
    private static bool IsFullNameShape(ReadOnlySpan<char> name) =>
        KoreanNames.FamilyLength(name) is var family and (1 or 2) && name.Length - family == 2;

    private static bool Korean(TokenizedText text, int i, PeopleLexicon people, bool partner, in Evidence sexual, out int from, out int length)
    {
        from = length = 0;
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        var tagStart = IsTagStart(text, i);
        var tagEnd = IsTagEnd(text, i);
        var first = FirstCjk(text) == i;

        // The prompt's first tag, one word on its own (X, 남자와 섹스 중 / X, 전라, 침대 위).
        if (first && tagStart && tagEnd && i + 1 < text.SequenceCount && IsKoreanName(word, people))
        {
            length = word.Length;
            return true;
        }

        // The first word of the first tag, with a subject, topic, possessor or partner particle, more words after it.
        if (first && tagStart && !tagEnd)
        {
            foreach (var particle in KoreanParticles)
            {
                WorkCounter.Add(1);
                if (word.Length > particle.Length + 1 && word.EndsWith(particle, StringComparison.Ordinal)
                    && IsKoreanName(word[..^particle.Length], people) && !OrdinaryPhrases.IsFrequentWord(word)
                    && (!ObjectParticle(particle) || IsFullNameShape(word[..^particle.Length])))
                {
                    length = word.Length - particle.Length;
                    return true;
                }
            }
        }

        // The last word of a tag after a modifier (…누드의 X, 자세를 한 X, 벗은 X), the sexual term in the same tag.
        if (!partner && tagEnd && !tagStart && i > 0 && text[i - 1].Has(TokenFlags.Cjk) && IsModifier(text.TextOf(in text[i - 1])) && IsKoreanName(word, people)
            && sexual.IsPresent && sexual.SourceStart < token.SourceStart && sexual.SourceStart >= TagStartOf(text, i))
        {
            length = word.Length;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A Korean adnominal word (한 된 는 은 운 던 든 쁜 픈 긴 친 른 센 큰 낸 린 온 난 벗은: the endings of verbs and adjectives
    /// before a noun) or a possessive in 의; a noun that happens to close on ㄴ (조선, 사진) is none.
    /// </summary>
    internal static bool IsModifier(ReadOnlySpan<char> word) =>
        !word.IsEmpty && ModifierEnds.Contains(word[^1]) && (word.Length >= 2 || word[0] is '한' or '된' or '난' or '든' or '온' or '낸') && !OrdinaryNounEnds(word);

    private const string ModifierEnds = "의한된는은운던든쁜픈긴친른센큰낸린온난";

    /// <summary>Nouns among the words that end so (a frequent word without the ending's grammar: 사진 is no modifier).</summary>
    private static bool OrdinaryNounEnds(ReadOnlySpan<char> word) => word[^1] != '의' && KoreanNotNames.Contains(word);

    /// <summary>Where the tag that holds run <paramref name="i"/> starts in the prompt.</summary>
    private static int TagStartOf(TokenizedText text, int i)
    {
        while (i > 0 && !IsTagStart(text, i))
        {
            i--;
        }

        return text[i].SourceStart;
    }

    internal static bool IsKoreanName(ReadOnlySpan<char> word, PeopleLexicon people)
    {
        if (word.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!Scripts.IsHangulSyllable(c))
            {
                return false;
            }
        }

        // Session 43 (i16-asia51): 린 and 은 end given names as often as modifiers (하린, 예린, 지은, 다은); after a family syllable, in
        // a word of three syllables, they close a name (a modifier of three syllables that opens on a family syllable is rare).
        var nameEnd = word.Length == 3 && word[^1] is '린' or '은' && KoreanNames.FamilyLength(word) == 1;
        return !KoreanNotNames.Contains(word) && !OrdinaryPhrases.IsFrequentWord(word) && !KoreanNameShapes.IsNoun(word) && !people.IsCommonWord(word)
            && !OrdinaryWords.ContainsInflected(word) && (nameEnd || !IsModifier(word)) && !"다요죠게고서며면지".Contains(word[^1])
            && !(word.Length >= 3 && (StyleEnds.Contains(word[^1]) || PersonNounEnds.Contains(word[^1])));
    }

    // ---- tags ----

    private static int FirstCjk(TokenizedText text)
    {
        for (var k = 0; k < text.SequenceCount; k++)
        {
            if (text[k].Has(TokenFlags.Cjk))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Separators that end a tag: punctuation, brackets, colons.</summary>
    private static readonly System.Buffers.SearchValues<char> TagMarks = System.Buffers.SearchValues.Create(",.;:!?|\n，。、；：！？【】「」『』()（）[]");

    /// <summary>Run <paramref name="i"/> opens the prompt or follows a tag mark.</summary>
    internal static bool IsTagStart(TokenizedText text, int i) => i == 0 || MarkBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart);

    /// <summary>Run <paramref name="i"/> ends the prompt or a tag mark follows it.</summary>
    internal static bool IsTagEnd(TokenizedText text, int i) => i + 1 >= text.SequenceCount || MarkBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart);

    /// <summary>A tag mark in the source between two runs (none when the runs touch or overlap, as split or joined runs may).</summary>
    private static bool MarkBetween(string source, int from, int to) =>
        from >= 0 && to > from && to <= source.Length && source.AsSpan(from, to - from).IndexOfAny(TagMarks) >= 0;
}
