using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Personal names written in Japanese, Chinese and Korean that no list holds (docs/lexicons.md, "Names in Japanese,
/// Chinese and Korean"), the counterpart of the Latin "given name + surname" rule:
/// <list type="bullet">
/// <item>Japanese: a Han run that is a family name and a given name of ipadic (新垣結衣, 本田圭佑), or a kanji family name
/// and a hiragana given name (石原さとみ), is read aloud from the names' readings and looked up among the protected
/// names in both orders (Honda Keisuke, Keisuke Honda); otherwise it is a likely real person when it has 3+ characters,
/// is no ordinary word that only splits so (上司, 名古屋大学), or has an honorific or a role beside it.</item>
/// <item>Chinese: a family name and one or two characters right after a public role (女演员刘某某) or before an honorific
/// (王小姐, 李老师): a name needs that context, since a family-name character starts many words.</item>
/// <item>Korean: a word of a family name and a two-syllable given name (3 syllables, 4 with a two-syllable family name),
/// with an honorific (김지수 씨, 김지수님) or a public role right beside it (배우 김지수, 김지수 배우).</item>
/// </list>
/// With a public role in the prompt the name is a real-person hint (it blocks with nudity), otherwise a likely real
/// person (review under <c>mature</c>), as for Latin names.
/// </summary>
internal static class CjkPersonNames
{
    private const int MaxPieces = 48;
    private const int MaxLatin = 32;

    /// <summary>
    /// アナ, the clipped アナウンサー (announcer), is a role only as the whole piece right after a name (山本アナ): alone it
    /// starts アナログ and is the name Anna, so it is no role of the lists.
    /// </summary>
    private const string ClippedAnnouncer = "アナ";

    /// <summary>
    /// Kanji parents choose for Japanese given names (flowers, seasons, beauty, hope; the male 翔 輔 樹…), written for GenScreen from
    /// general knowledge of Japanese naming (MIT, this project; no third-party list). Characters that end many ordinary compounds
    /// (人 大 男 女 一 海 空 光 和 正 平 生) were left out by hand, so 温泉美女 or 新人女優 is no family name + given name.
    /// </summary>
    private const string JapaneseGivenCharacters =
        "美愛結菜奈花華香佳恵理里莉梨沙紗咲彩綾絵優由友真麻舞実希未千知智明陽葵凛澪遥遙玲怜麗瑠璃萌乃那穂歩桜春夏秋冬雪清静詩織紀子代江枝幸晴蘭杏桃梅菊蓮鈴琴瞳唯亜衣依早朋"
        + "翔太郎輔介斗樹輝翼亮誠悠蒼拓達浩隆康弘博貴哉也雄彦治司史之信直秀英将勇剛隼颯湊陸";

    /// <summary>Particles that may follow a Japanese name written with a hiragana given name (石原さとみの).</summary>
    private static readonly string[] JapaneseParticles = ["の", "が", "は", "を", "と", "も", "に", "さん", "ちゃん", "さま", "様", "くん"];

    /// <param name="role">A public role was seen elsewhere in the prompt (a Latin word such as actress or idol).</param>
    /// <returns>Whether a name was found (protected, hint or likely).</returns>
    public static bool Match(TokenizedText text, PeopleLexicon people, bool role, SignalSummary into)
    {
        var table = people.CjkNames;
        if (table.IsEmpty)
        {
            return false;
        }

        // A public role anywhere in the unspaced runs makes any name found a public figure.
        for (var i = 0; i < text.SequenceCount && !role; i++)
        {
            WorkCounter.Add(1);
            role = text[i].Has(TokenFlags.Cjk) && table.RoleEndIn(text.TextOf(in text[i]), out _) >= 0;
        }

        // The strongest sexual term: a name written right beside it ("김지수 누드", "刘诗诗裸照") needs no other context.
        var sexual = into[Signal.Sexual];
        var likelyStart = -1;
        var likelyEnd = -1;
        var found = false;
        bool? kana = null;
        for (var i = 0; i < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            if (!token.Has(TokenFlags.Cjk))
            {
                continue;
            }

            if ((token.Tags & WordTags.Matched) != 0)
            {
                // Session 37 (i16-namescjk45): a Japanese clause glues the name it modifies right after its verb (ブラのホックを外す
                // 石原詢子、): when the run's match is the sexual term itself and kana ends it, the Han piece after it is read by
                // the Japanese shapes (a name within a matched term is still never read).
                if (AfterTermInRun(text, i, in sexual) is > 0 and var afterTerm
                    && JapaneseAfterTerm(text, i, afterTerm, people, into, out var termStart, out var termEnd) && likelyStart < 0)
                {
                    (likelyStart, likelyEnd) = (termStart, termEnd);
                }

                continue;
            }

            var word = text.TextOf(in token);
            int start, end;
            if (SpacedJapanese(text, i, people, into, out start, out end) is var spaced and not Hit.None)
            {
                found |= spaced == Hit.Protected;
                if (spaced == Hit.Likely && likelyStart < 0)
                {
                    (likelyStart, likelyEnd) = (start, end);
                }

                i++;
                continue;
            }

            var hit = IsHangul(word[0])
                ? Korean(text, i, people, sexual, into.Has(Signal.Undress), out start, out end)
                : JapaneseOrChinese(text, i, people, into, ref role, out start, out end);
            if (hit == Hit.None && !IsHangul(word[0]) && sexual.IsPresent)
            {
                hit = ChineseBesideSexual(text, i, table, sexual, out start, out end);
                if (hit == Hit.None)
                {
                    hit = ChineseClauseStart(text, i, table, sexual, out start, out end);
                }

                if (hit == Hit.None)
                {
                    hit = ChinesePossessor(text, i, table, sexual, out start, out end);
                }

                // A one-character given name or a Tibetan name where the subject stands (session 32, i16-namesscripts40).
                if (hit == Hit.None)
                {
                    kana ??= text.Source.AsSpan().IndexOfAnyInRange('\u3040', '\u30FF') >= 0;
                    if (HanShortNames.TryMatch(text, i, table, sexual, kana.Value, out start, out end))
                    {
                        hit = Hit.Likely;
                    }
                }
            }

            if (hit == Hit.None && !IsHangul(word[0]) && !sexual.IsPresent && into[Signal.Undress] is { IsPresent: true } undressing
                && (HanShortNames.TryAfterUndressTag(text, i, table, undressing, out start, out end)
                    || HanShortNames.TryHeadAfterUndress(text, i, table, undressing, out start, out end)))
            {
                hit = Hit.Likely;
            }

            if (hit == Hit.Protected)
            {
                found = true;
            }
            else if (hit == Hit.Likely && likelyStart < 0)
            {
                (likelyStart, likelyEnd) = (start, end);
            }
        }

        if (likelyStart < 0)
        {
            return found;
        }

        var name = text.Source[likelyStart..likelyEnd];
        if (role)
        {
            into.Add(Signal.RealPersonHint, name, 2, likelyStart, likelyEnd, PromptField.Prompt);
        }
        else
        {
            into.Add(Signal.RealPersonLikely, name, 3, likelyStart, likelyEnd, PromptField.Prompt);
        }

        return true;
    }

    private enum Hit
    {
        None,
        Likely,
        Protected,
    }

    /// <summary>
    /// A Japanese name written with a space between family and given name (岸田 文雄, 石原 さとみ): this token a kanji family
    /// name, the next one a given name (a particle after it allowed), nothing but a space between.
    /// </summary>
    private static Hit SpacedJapanese(TokenizedText text, int i, PeopleLexicon people, SignalSummary into, out int start, out int end)
    {
        start = end = -1;
        var table = people.CjkNames;
        if (i + 1 >= text.SequenceCount || !text[i + 1].Has(TokenFlags.Cjk) || (text[i + 1].Tags & WordTags.Matched) != 0)
        {
            return Hit.None;
        }

        var first = text.TextOf(in text[i]);
        var second = text.TextOf(in text[i + 1]);
        if (first.Length > 3 || ScriptOf(first[0]) != Script.Han || table.FamilyReadings(first) is not { } family
            || text.SourceIndexAt(text[i + 1].Start) - text.SourceIndexAt(text[i].Start + text[i].Length - 1) != 2
            || text.Source[text.SourceIndexAt(text[i + 1].Start) - 1] is not (' ' or '\u3000'))
        {
            return Hit.None;
        }

        for (var g = Math.Min(4, second.Length); g >= 1; g--)
        {
            WorkCounter.Add(1);
            if (table.GivenReadings(second[..g]) is not { } given || (g < second.Length && !StartsWithParticle(second[g..])) || table.IsNotName(second[..g]))
            {
                continue;
            }

            start = text.SourceIndexAt(text[i].Start);
            end = text.SourceIndexAt(text[i + 1].Start + g - 1) + 1;
            if (TryProtected(family, given, people, out var entry) && entry is not null)
            {
                FictionalNames.AddScriptMatch(into, entry, start, end);
                return Hit.Protected;
            }

            return Hit.Likely;
        }

        return Hit.None;
    }

    /// <summary>
    /// A Korean name word (family name and two syllables, with a particle or an honorific glued on) beside an honorific,
    /// a role, or a sexual term when both given syllables are naming syllables (김지수 누드, not 고양이가 누드). A family name and
    /// one syllable is too often a word (해변 "beach"), and so is a two-syllable word alone (마리아, 해변의), even beside nudity.
    /// </summary>
    private static Hit Korean(TokenizedText text, int i, PeopleLexicon people, in Evidence sexual, bool undress, out int start, out int end)
    {
        var table = people.CjkNames;
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        start = end = -1;
        var context = false;
        var roleContext = false;
        var length = word.Length;
        var honorific = table.HonorificAtEnd(word);
        if (honorific > 0 && length - honorific >= 3)
        {
            context = true;
            length -= honorific;
        }
        else if (length >= 4 && KoreanNames.IsParticle(word[(length - 1)..]))
        {
            length--;
        }
        else if (length >= 5 && KoreanNames.IsParticle(word[(length - 2)..]))
        {
            length -= 2;
        }

        var (termNext, termPrevious) = SexualTermBeside(text, i, sexual);
        var name = word[..length];

        // Idols go by a given name alone (아이돌 서하): two naming syllables as a word of their own, right after a role.
        if (word.Length == 2 && AllHangul(word) && IsLikelyGivenName(word) && RoleBefore(text, i, table))
        {
            start = text.SourceIndexAt(token.Start);
            end = text.SourceIndexAt(token.Start + 1) + 1;
            return Hit.Likely;
        }

        // Session 33 (i16-namescjk41): a stage name of a family syllable and one more (홍자), a word of its own with no particle,
        // where the phrase's person stands (the head after an adnominal that ends its clause: 알몸인 홍자, 옷 벗고 있는 홍자,), in a
        // sexual prompt. A first version also read such a word as a tag of its own: the labelled set's `…, 명상, …` (meditation)
        // refused it, so a stage name alone between commas stays unread.
        if (word.Length == 2 && AllHangul(word) && (sexual.IsPresent || undress) && KoreanNameShapes.IsStageNameShape(word)
            && !people.IsCommonWord(word) && !OrdinaryPhrases.IsOrdinaryWord(word) && !IsForeignGivenName(word, people)
            && IsPhraseHead(text, i))
        {
            start = text.SourceIndexAt(token.Start);
            end = text.SourceIndexAt(token.Start + 1) + 1;
            return Hit.Likely;
        }

        var family = KoreanNames.FamilyLength(name);
        var given = name.Length - family;
        if (family == 0 || given != 2 || !AllHangul(name))
        {
            return Hit.None;
        }

        if (i + 1 < text.SequenceCount && text[i + 1].Has(TokenFlags.Cjk))
        {
            var next = text.TextOf(in text[i + 1]);
            var h = table.HonorificAtStart(next);
            context |= h > 0 && (h == next.Length || KoreanNames.IsParticle(next[h..]));
            roleContext |= table.RoleAtStart(next) == next.Length;
        }

        if (i > 0)
        {
            ref var previous = ref text[i - 1];
            var before = text.TextOf(in previous);
            roleContext |= (previous.Has(TokenFlags.Cjk) && table.RoleAtEnd(before) > 0) || (previous.Tags & WordTags.PublicRole) != 0;
        }

        // Beside a role, a word whose given part has no naming syllable is a noun of the role's phrase (배우 지망생, "aspiring
        // actress"; 아이돌 연습생, "idol trainee"), not a name (session 21): the honorific alone still makes any such word a name.
        context |= roleContext && name[family..].ContainsAny(NamingSyllables);

        // A given name of faker's ko data (KoreanGivenNames: 송가인, whose 가 and 인 are no naming syllables) stands for the
        // naming-syllable test, unless the whole word is a frequent ordinary word (session 25). Such a word also names the
        // prompt's subject when it opens the prompt and the sexual term comes later ("송가인, 다른 여자랑 알몸으로 …").
        var listedGiven = (KoreanGivenNames.Contains(name[family..]) || KoreanGivenNames.IsNativeWordName(name[..family], name[family..])) && !people.IsCommonWord(name) && !OrdinaryPhrases.IsOrdinaryWord(name)
            && !IsForeignGivenName(name, people);
        // Stage 2 (session 30, i16-scripts36, from batch 37's 류호정 검은 레이스 속옷 입고 …): a name of two naming syllables opens the
        // prompt the same way, unless the word is a frequent ordinary word of Korean (강아지 "puppy": 강 + 아지) or a foreign name.
        var namingWord = IsLikelyGivenName(name[family..]) && !people.IsCommonWord(name) && !OrdinaryPhrases.IsOrdinaryWord(name) && !IsForeignGivenName(name, people);
        // Session 32 (i16-namesscripts40): such a word is the subject too as a tag of its own (…, 홍대 골목, 강지영, 실사), unless it
        // is a Korean noun of that shape (사우나 sauna: 사 + 우나). A first version also took a word with one naming syllable
        // (용혜인); the labelled look-alikes refused it (제주도, 장미꽃, 소나무, 성숙한, 주름진 opening an adult prompt).
        var subjectWord = (listedGiven || namingWord) && !KoreanNounsOfNameShape.Contains(name);
        var opensPrompt = subjectWord && i == 0 && sexual.IsPresent && sexual.SourceStart >= token.SourceEnd;
        opensPrompt |= subjectWord && sexual.IsPresent && length == word.Length && IsOwnTag(text, i);

        // Session 33 (i16-namescjk41): or the head of a phrase that ends its clause (샤워하는 변소율, 아무것도 안 입음), in a prompt
        // with sexual or undressing content wherever it stands.
        opensPrompt |= subjectWord && (sexual.IsPresent || undress) && length == word.Length && IsPhraseHead(text, i);
        var modified = (listedGiven || IsLikelyGivenName(name[family..])) && AfterAdnominal(text, i, sexual);
        // Session 33 (i16-namescjk41): a family syllable and two given syllables of which one is a naming syllable (용혜인), no
        // noun of a name's shape (KoreanNameShapes), read where the clause's person stands: opening the prompt before its sexual
        // term, as a tag of its own, beside the term, or as the head of a phrase that ends the clause (샤워하는 용혜인, …).
        var loose = !listedGiven && !namingWord && (sexual.IsPresent || undress) && KoreanNameShapes.IsLooseFullName(name, family, GivenNameSyllables)
            && !people.IsCommonWord(name) && !OrdinaryPhrases.IsOrdinaryWord(name) && !IsForeignGivenName(name, people) && !KoreanNounsOfNameShape.Contains(name)
            && ((i == 0 && sexual.IsPresent && sexual.SourceStart >= token.SourceEnd) || (length == word.Length && (IsOwnTag(text, i) || IsPhraseHead(text, i)))
                || termNext || termPrevious);
        if (!context && !opensPrompt && !modified && !loose && !((termNext || termPrevious) && (IsLikelyGivenName(name[family..]) || listedGiven)))
        {
            return Hit.None;
        }

        start = text.SourceIndexAt(token.Start);
        end = text.SourceIndexAt(token.Start + length - 1) + 1;
        return Hit.Likely;
    }

    /// <summary>
    /// A Korean noun phrase puts its head last, after the modifiers (레이스 란제리 차림의 송가인 "Song Ga-in in lace lingerie",
    /// 브라랑 팬티만 입은 송가인 "Song Ga-in wearing only a bra and panties", 알몸으로 누운 정소민): the word right before the name
    /// ends in the genitive 의 or in an adnominal form (a last syllable closed by ㄴ: 입은, 누운, 걸친, 하는), and the prompt's
    /// sexual term stands before the name in that phrase (no comma or full stop between). The name is then the phrase's head, the
    /// person the garment or the act is about (session 30, i16-scripts36). The name word itself passed the family-name and
    /// given-syllable tests of <see cref="Korean"/>; 고양이 ("cat", 양이 no naming syllables) and 마네킹 do not.
    /// </summary>
    private static bool AfterAdnominal(TokenizedText text, int i, in Evidence sexual)
    {
        if (i == 0 || !sexual.IsPresent || sexual.Field != PromptField.Prompt || !text[i - 1].Has(TokenFlags.Cjk))
        {
            return false;
        }

        if (!EndsModifier(text.TextOf(in text[i - 1])))
        {
            return false;
        }

        var nameStart = text[i].SourceStart;
        if (sexual.SourceEnd > nameStart || sexual.SourceStart > text.Source.Length || !PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, nameStart))
        {
            return false;
        }

        return text.Source.AsSpan(sexual.SourceEnd, nameStart - sexual.SourceEnd).IndexOfAny(PhraseEnds) < 0;
    }

    private static readonly System.Buffers.SearchValues<char> PhraseEnds = System.Buffers.SearchValues.Create(",.;:!?|\n，。、");

    /// <summary>
    /// The head of a Korean noun phrase that ends its clause (샤워하는 용혜인, 알몸인 홍자, 선비와 뒤엉킨 홍자, then a comma or the
    /// prompt's end): the word before it, with only a space between, ends in the genitive 의 or an adnominal syllable closed by ㄴ.
    /// </summary>
    private static bool IsPhraseHead(TokenizedText text, int i)
    {
        if (i == 0 || !text[i - 1].Has(TokenFlags.Cjk) || !PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
        {
            return false;
        }

        var adnominal = EndsModifier(text.TextOf(in text[i - 1]));
        var after = i + 1 >= text.SequenceCount || text.Source.AsSpan(text[i].SourceEnd, text[i + 1].SourceStart - text[i].SourceEnd).IndexOfAny(PhraseEnds) >= 0;
        return adnominal && after;
    }

    /// <summary>
    /// Whether a Korean word modifies the noun after it: the genitive 의, an adnominal syllable closed by ㄴ (입은, 누운, 하는), or
    /// the noun 차림 "dressed in" that Korean writes after the garment with no particle (란제리 차림 오승아, "Oh Seung-a in
    /// lingerie"; session 36, i16-namescjk44, from batch 43).
    /// </summary>
    private static bool EndsModifier(ReadOnlySpan<char> word)
    {
        var last = word[^1];
        return IsHangul(last) && (last == '의' || (last - '\uAC00') % 28 == 4 || word.EndsWith(AttireNoun, StringComparison.Ordinal));
    }

    private const string AttireNoun = "차림";

    /// <summary>A word that is a tag of its own: a phrase end (or the prompt's edge) before and after it (…, 홍대 골목, 강지영, 실사).</summary>
    private static bool IsOwnTag(TokenizedText text, int i)
    {
        var before = i == 0 || text.Source.AsSpan(text[i - 1].SourceEnd, text[i].SourceStart - text[i - 1].SourceEnd).IndexOfAny(PhraseEnds) >= 0;
        var after = i + 1 >= text.SequenceCount || text.Source.AsSpan(text[i].SourceEnd, text[i + 1].SourceStart - text[i].SourceEnd).IndexOfAny(PhraseEnds) >= 0;
        return before && after;
    }

    /// <summary>
    /// Korean nouns of a name's shape (a family syllable and two syllables, one a naming syllable) that adult prompts use for
    /// places, garments and shots: written for GenScreen from general knowledge of Korean (MIT, this project).
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> KoreanNounsOfNameShapeValues = System.Buffers.SearchValues.Create(
        ["사우나", "노천탕", "호텔방", "모텔방", "마사지", "안마방", "오피스", "원피스", "전신샷", "고화질", "정사각", "유리창", "하이힐", "나시티", "수영장", "한증막", "찜질방", "목욕탕", "노래방", "피시방", "오일샷", "전라도", "경상도", "강원도", "서울역", "강남역", "해운대",
            // Session 34 (i16-namescjk42): Seoul districts of a name's shape (이 + 태원), refused until then only because the sound
            // key took them for foreign given names; the labelled set's `이태원 누드 …` (people3-119) is a place.
            "이태원", "성수동", "연희동", "신사동", "정자동", "서현동"],
        StringComparison.Ordinal);

    private static class KoreanNounsOfNameShape
    {
        public static bool Contains(ReadOnlySpan<char> word) => word.Length == 3 && word.IndexOfAny(KoreanNounsOfNameShapeValues) == 0;
    }

    /// <summary>
    /// A Hangul word that, written in Latin letters, is a given name of the lists as a whole (마리아 Maria, 사라 Sara): a foreign
    /// name spelled in Hangul whose first syllable only happens to be a family name (마), not a family and a given name.
    /// Session 34 (i16-namescjk42): a name matched only by its sound key (not spelled the same) counts as foreign only when its
    /// last syllable is open, as Hangul writes Western women's names (소피아, 제시카, 엘레나). The key matched Korean names ending
    /// in a closed syllable (은가은 eunkaeun, 채다인 chaedain, 용혜인, 배다인): every batch 38–41 Korean name ending in 인 or 은
    /// went unread so.
    /// </summary>
    private static bool IsForeignGivenName(ReadOnlySpan<char> word, PeopleLexicon people)
    {
        Span<char> latin = stackalloc char[48];
        if (word.Length > 12 || !ScriptTransliterator.TryWrite(word, people.ScriptNames.HanReadings, latin, out var n))
        {
            return false;
        }

        var closed = IsHangul(word[^1]) && (word[^1] - '\uAC00') % 28 != 0;
        return closed ? people.GivenNames.IsSpelled(latin[..n]) : people.GivenNames.Contains(latin[..n], GivenNameKeys.MinKeyConsonants);
    }

    /// <summary>Whether the word before word <paramref name="i"/> is a Korean role (아이돌, 배구선수), with only a space between.</summary>
    private static bool RoleBefore(TokenizedText text, int i, CjkNameTable table)
    {
        if (i == 0 || !text[i - 1].Has(TokenFlags.Cjk) || !PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
        {
            return false;
        }

        return table.RoleAtEnd(text.TextOf(in text[i - 1])) > 0;
    }

    /// <summary>Japanese names (protected by their reading, or likely) and Chinese names beside a role or an honorific, in one CJK token.</summary>
    /// <param name="role">Set when a role is written right after a name (山本アナ, 中村議員): the name is a public figure's.</param>
    private static Hit JapaneseOrChinese(TokenizedText text, int i, PeopleLexicon people, SignalSummary into, ref bool role, out int start, out int end)
    {
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        var table = people.CjkNames;
        start = end = -1;
        Span<(int Start, int Length)> pieces = stackalloc (int, int)[MaxPieces];
        var count = 0;
        for (var k = 0; k < word.Length && count < MaxPieces;)
        {
            WorkCounter.Add(1);
            var script = ScriptOf(word[k]);
            var from = k;
            while (k < word.Length && ScriptOf(word[k]) == script)
            {
                WorkCounter.Add(1);
                k++;
            }

            pieces[count++] = (from, k - from);
        }

        var result = Hit.None;
        for (var p = 0; p < count; p++)
        {
            WorkCounter.Add(1);
            var (pieceStart, pieceLength) = pieces[p];
            if (ScriptOf(word[pieceStart]) != Script.Han)
            {
                continue;
            }

            var run = word.Slice(pieceStart, pieceLength);
            var after = p + 1 < count ? word.Slice(pieces[p + 1].Start, pieces[p + 1].Length) : [];
            var offset = table.RoleAtStart(run);
            var roleBefore = offset > 0 || (p > 0 && table.RoleAtEnd(word[..pieceStart]) > 0);
            var name = run[offset..];
            var honorific = table.HonorificAtEnd(name);
            name = name[..^honorific];
            var honorificAfter = honorific > 0 || (after.Length > 0 && table.HonorificAtStart(after) > 0);

            // A role right after a name, as Japanese writes it (山本アナ, 高橋選手, 中村議員): like an honorific it marks the run
            // before it as a name, and it says whose: a public figure's.
            var roleAfter = after.Length > 0 && (after.Equals(ClippedAnnouncer, StringComparison.Ordinal) || table.RoleAtStart(after) == after.Length);
            if (honorific == 0 && table.RoleAtEnd(name) is var roleLength and > 0 && name.Length - roleLength >= 2)
            {
                name = name[..^roleLength];
                roleAfter = true;
            }

            if (name.Length == 0)
            {
                continue;
            }

            var hit = Japanese(name, after, roleBefore || honorificAfter || roleAfter, honorificAfter || roleAfter, people, out var nameLength, out var protectedName);
            if (hit == Hit.None && after.Length > 0 && ScriptOf(after[0]) == Script.Katakana && name.Length == pieceLength - offset)
            {
                var afterKatakana = p + 2 < count ? word.Slice(pieces[p + 2].Start, pieces[p + 2].Length) : [];
                hit = KatakanaGiven(name, after, afterKatakana, table, out nameLength);
            }

            // A kanji family name of two characters and a given name of two name characters (井上清華, 田中希実), the whole Han
            // piece, then a particle or nothing, in a prompt with sexual content: the commonest shape of a Japanese name, read
            // though the dictionary lacks the given name (session 31, i16-namesscripts38; JapaneseGivenCharacters).
            if (hit == Hit.None && into.Has(Signal.Sexual) && offset == 0 && honorific == 0 && name.Length == 4 && name.Length == pieceLength
                && (after.IsEmpty || (IsHiragana(after[0]) && StartsWithParticle(after)))
                && JapaneseGivenCharacters.Contains(name[2]) && JapaneseGivenCharacters.Contains(name[3])
                && table.FamilyReadings(name[..2]) is not null && !table.IsNotName(name))
            {
                hit = Hit.Likely;
                nameLength = 4;
            }

            // Session 33 (i16-namescjk41): the same shape with a family name of one to three kanji and a given name of two or
            // three (古賀紗理那, 小野寺咲良, 清野菜名, 今井菜々美), the whole Han piece where a subject or a head noun stands. An
            // undressing term counts too (下着なし, "no underwear", is read as sexual only once a person is found).
            if (hit == Hit.None && (into.Has(Signal.Sexual) || into.Has(Signal.Undress)) && offset == 0 && honorific == 0 && name.Length == pieceLength
                && (after.IsEmpty || (IsHiragana(after[0]) && StartsWithParticle(after)))
                && JapaneseNameShapes.IsFullName(name, table))
            {
                hit = Hit.Likely;
                nameLength = name.Length;
            }

            // Session 34 (i16-namescjk42): the same place with a family name of two or three kanji and a one-kanji given name
            // (三谷紬の全裸写真, 下着だけの今泉凪、), or a kanji family name and a hiragana given name ipadic lacks (宇佐美ほのか,
            // 白波ゆら、): JapaneseNameShapes.
            if (hit == Hit.None && (into.Has(Signal.Sexual) || into.Has(Signal.Undress)) && offset == 0 && honorific == 0 && name.Length == pieceLength)
            {
                if ((after.IsEmpty || (IsHiragana(after[0]) && StartsWithParticle(after))) && JapaneseNameShapes.IsSoleKanjiName(name, table))
                {
                    hit = Hit.Likely;
                    nameLength = name.Length;
                }
                else if (name.Length is 2 or 3 && after.Length >= 2 && IsHiragana(after[0]) && !table.IsNotName(name)
                    && table.FamilyReadings(name) is not null && JapaneseNameShapes.HiraganaGivenLength(after) is > 0 and var kanaLength)
                {
                    hit = Hit.Likely;
                    nameLength = name.Length + kanaLength;
                }
            }

            // Session 35 (i16-namesasia43): a two-kanji family name ipadic lacks (宇賀, one of the many rare family names) and a
            // hiragana given name ipadic holds, of three or four kana, then a particle (宇賀なつみが…, 宇賀なつみの…): the given
            // name and the particle say the kanji before it is a family name. The kanji piece opens the run or follows kana, holds
            // no term (全裸ひかり) and is no dictionary word (花火ひかりが舞う夜, 温泉さくらが咲く: CC-CEDICT, han-family-words.txt).
            if (hit == Hit.None && into.Has(Signal.Sexual) && offset == 0 && honorific == 0 && name.Length == 2 && pieceLength == 2
                && (p == 0 || ScriptOf(word[pieces[p - 1].Start]) != Script.Han) && !table.IsNotName(name) && !HanShortNames.IsFamilyWord(name)
                && RareFamilyKanaGiven(after, table, endsRun: p + 2 == count) is > 0 and var rareLength
                && !OverlapsTerm(text, in token, pieceStart, 2, into[Signal.Sexual]))
            {
                hit = Hit.Likely;
                nameLength = 2 + rareLength;
            }

            role |= roleAfter && hit != Hit.None;
            var at = pieceStart + offset;
            if (hit == Hit.None)
            {
                hit = Chinese(run, offset, table, out at, out nameLength);
                at += pieceStart;
            }

            if (hit == Hit.None)
            {
                continue;
            }

            var sourceStart = text.SourceIndexAt(token.Start + at);
            var sourceEnd = text.SourceIndexAt(token.Start + at + nameLength - 1) + 1;
            if (hit == Hit.Protected && protectedName is not null)
            {
                FictionalNames.AddScriptMatch(into, protectedName, sourceStart, sourceEnd);
                return Hit.Protected;
            }

            if (result == Hit.None)
            {
                (start, end, result) = (sourceStart, sourceEnd, Hit.Likely);
            }
        }

        return result;
    }

    /// <summary>
    /// Session 37 (i16-namescjk45): where in run <paramref name="i"/> the strongest sexual term ends, when the term lies inside the
    /// run, ends in kana (a verb or particle: 外す, 脱いだ) and a Han piece follows it; 0 otherwise.
    /// </summary>
    private static int AfterTermInRun(TokenizedText text, int i, in Evidence sexual)
    {
        ref var token = ref text[i];
        if (!sexual.IsPresent || sexual.SourceStart < token.SourceStart || sexual.SourceEnd >= token.SourceEnd)
        {
            return 0;
        }

        var word = text.TextOf(in token);
        for (var k = 1; k < word.Length; k++)
        {
            WorkCounter.Add(1);
            if (text.SourceIndexAt(token.Start + k) >= sexual.SourceEnd)
            {
                return IsHiragana(word[k - 1]) && ScriptOf(word[k]) == Script.Han ? k : 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// The Japanese shapes of <see cref="JapaneseOrChinese"/> on the Han piece that opens at <paramref name="from"/> in run
    /// <paramref name="i"/>: the whole piece (kana, punctuation or the run's end after it, or a particle) is a full name, a
    /// family name and a sole given kanji, or a rare family name and a women's given name (<see cref="JapaneseNameShapes"/>).
    /// </summary>
    private static bool JapaneseAfterTerm(TokenizedText text, int i, int from, PeopleLexicon people, SignalSummary into, out int start, out int end)
    {
        start = end = -1;
        ref var token = ref text[i];
        var rest = text.TextOf(in token)[from..];
        var length = 0;
        while (length < rest.Length && ScriptOf(rest[length]) == Script.Han)
        {
            WorkCounter.Add(1);
            length++;
        }

        var name = rest[..length];
        var after = rest[length..];
        if (!(after.IsEmpty || (IsHiragana(after[0]) && StartsWithParticle(after)))
            || !(JapaneseNameShapes.IsFullName(name, people.CjkNames) || JapaneseNameShapes.IsSoleKanjiName(name, people.CjkNames)))
        {
            return false;
        }

        start = text.SourceIndexAt(token.Start + from);
        end = text.SourceIndexAt(token.Start + from + length - 1) + 1;
        return into.Has(Signal.Sexual);
    }

    /// <summary>
    /// The length of a hiragana given name of ipadic (three or four kana) opening <paramref name="after"/> before a particle, or,
    /// session 36 (i16-namescjk44), ending the run before punctuation or the prompt's end (<paramref name="endsRun"/>: セックス
    /// している自見はなこ、無修正 — the head of the clause, as a tag ends); 0 when none.
    /// </summary>
    private static int RareFamilyKanaGiven(ReadOnlySpan<char> after, CjkNameTable table, bool endsRun)
    {
        if (after.Length < (endsRun ? 3 : 4) || !IsHiragana(after[0]))
        {
            return 0;
        }

        for (var g = Math.Min(4, endsRun ? after.Length : after.Length - 1); g >= 3; g--)
        {
            WorkCounter.Add(1);
            if (table.GivenReadings(after[..g]) is not null && (StartsWithParticle(after[g..]) || (endsRun && g == after.Length)))
            {
                return g;
            }
        }

        return 0;
    }

    /// <summary>Whether characters [from, from + length) of the token overlap the sexual term's span.</summary>
    private static bool OverlapsTerm(TokenizedText text, in Token token, int from, int length, in Evidence term)
    {
        var start = text.SourceIndexAt(token.Start + from);
        var end = text.SourceIndexAt(token.Start + from + length - 1) + 1;
        return term.IsPresent && term.SourceStart < end && term.SourceEnd > start;
    }

    /// <summary>
    /// A Japanese name: the Han run split into a family and a given name, or the run a family name and the hiragana
    /// after it a given name (石原さとみ, then a particle or nothing). Protected when a reading is a protected name.
    /// </summary>
    private static Hit Japanese(ReadOnlySpan<char> run, ReadOnlySpan<char> after, bool context, bool honorific, PeopleLexicon people, out int length, out LexiconEntry? protectedName)
    {
        var table = people.CjkNames;
        length = 0;
        protectedName = null;
        if (!table.IsNotName(run))
        {
            for (var a = 1; a <= 3 && a < run.Length; a++)
            {
                WorkCounter.Add(1);
                if (run.Length - a > 3 || table.FamilyReadings(run[..a]) is not { } family || table.GivenReadings(run[a..]) is not { } given)
                {
                    continue;
                }

                length = run.Length;
                if (TryProtected(family, given, people, out protectedName))
                {
                    return Hit.Protected;
                }

                if (run.Length >= 3 || context)
                {
                    return Hit.Likely;
                }
            }
        }

        // A family name alone with an honorific after it (高橋さん): a person addressed by name.
        if (honorific && table.FamilyReadings(run) is not null && run.Length >= 2)
        {
            length = run.Length;
            return Hit.Likely;
        }

        // Beside an honorific or a role, a family name and one or two characters the dictionary lacks as a given name (本田圭佑さん).
        if (context && run.Length is >= 2 and <= 5 && !table.IsNotName(run))
        {
            for (var a = Math.Min(3, run.Length - 1); a >= 1; a--)
            {
                WorkCounter.Add(1);
                if (run.Length - a <= 2 && table.FamilyReadings(run[..a]) is not null)
                {
                    length = run.Length;
                    return Hit.Likely;
                }
            }
        }

        // A kanji family name and a hiragana given name: the given name is the whole hiragana run or is followed by a particle.
        if (after.Length >= 2 && IsHiragana(after[0]) && table.FamilyReadings(run) is { } surname)
        {
            for (var g = Math.Min(4, after.Length); g >= 2; g--)
            {
                WorkCounter.Add(1);
                if (table.GivenReadings(after[..g]) is not { } given || (g < after.Length && !StartsWithParticle(after[g..])))
                {
                    continue;
                }

                length = run.Length + g;
                return TryProtected(surname, given, people, out protectedName) ? Hit.Protected : Hit.Likely;
            }
        }

        return Hit.None;
    }

    /// <summary>
    /// A kanji family name of two or three characters and a given name written in katakana, as many entertainers write theirs
    /// (橋本マナミ, 磯山サヤカ), then a particle or the end of the word (session 28, i16-names32). The katakana is read as
    /// hiragana among ipadic's given names; no long-vowel mark (ー writes loanwords: 田中スーパー), two to four kana. A family
    /// name of one kanji before katakana is too often a compound (花ミズキ, dogwood), so it needs two.
    /// </summary>
    private static Hit KatakanaGiven(ReadOnlySpan<char> run, ReadOnlySpan<char> katakana, ReadOnlySpan<char> next, CjkNameTable table, out int length)
    {
        length = 0;
        if (run.Length is < 2 or > 3 || katakana.Length is < 2 or > 4 || katakana.Contains('ー') || table.FamilyReadings(run) is null
            || !(next.IsEmpty || (IsHiragana(next[0]) && StartsWithParticle(next))))
        {
            return Hit.None;
        }

        Span<char> hiragana = stackalloc char[4];
        for (var k = 0; k < katakana.Length; k++)
        {
            if (katakana[k] is < '\u30A1' or > '\u30F6')
            {
                return Hit.None;
            }

            hiragana[k] = (char)(katakana[k] - 0x60);
        }

        if (table.GivenReadings(hiragana[..katakana.Length]) is null || table.IsNotName(hiragana[..katakana.Length]))
        {
            return Hit.None;
        }

        length = run.Length + katakana.Length;
        return Hit.Likely;
    }

    /// <summary>
    /// A Chinese name: a family name and two characters right after a role inside the run (女演员刘诗诗), or a family name
    /// and at most two characters before an honorific anywhere in the run (王小姐, 李娜女士裸体).
    /// </summary>
    private static Hit Chinese(ReadOnlySpan<char> run, int roleEnd, CjkNameTable table, out int at, out int length)
    {
        at = length = 0;
        if (roleEnd == 0)
        {
            roleEnd = table.RoleEndIn(run, out _);
        }

        if (roleEnd > 0 && roleEnd < run.Length)
        {
            var rest = run[roleEnd..];
            var family = rest.Length >= 3 && table.IsHanFamily(rest[..2]) ? 2 : rest.Length >= 2 && table.IsHanFamily(rest[..1]) ? 1 : 0;

            // A family name that is also an ordinary word (温 warm, 黄 yellow) right after the role, when two given-name characters
            // follow it (主播温晓蕾的裸照, "anchor Wen Xiaolei's nude photo"): after a role the run is a person, and the given pair
            // tells the name from a word (主播温柔的 "the anchor's gentle": 柔 is no given character). Session 31, i16-namesscripts38.
            if (family == 0 && rest.Length >= 3 && ChineseGivenNames.IsWordFamily(rest[0]) && ChineseGivenNames.IsGivenPair(rest[1], rest[2]))
            {
                family = 1;
            }

            if (family > 0)
            {
                at = roleEnd;
                length = Math.Min(rest.Length, family + 2);
                return Hit.Likely;
            }
        }

        for (var k = 1; k < run.Length; k++)
        {
            WorkCounter.Add(1);
            var honorific = table.HonorificAtStart(run[k..]);
            if (honorific == 0 || EndsWithNotName(run[..(k + honorific)], table))
            {
                continue;
            }

            for (var take = Math.Min(3, k); take >= 1; take--)
            {
                WorkCounter.Add(1);
                var candidate = run[(k - take)..k];
                if (table.IsHanFamily(candidate[..1]) || (take >= 2 && table.IsHanFamily(candidate[..2])))
                {
                    at = k - take;
                    length = take + honorific;
                    return Hit.Likely;
                }
            }
        }

        return Hit.None;
    }

    /// <summary>
    /// Does the run up to the honorific's end close with a noun of rank or kinship that takes the honorific as a name does
    /// (女王様, 王様, 奥様: kanjiNotNames, people/ja-rank-kin-nouns.json)? Then the family character before the honorific is
    /// the noun's last character, not a name (session 37, i16-precision45: ボンテージ衣装の女王様 was 王 + 様, held for review).
    /// </summary>
    private static bool EndsWithNotName(ReadOnlySpan<char> head, CjkNameTable table)
    {
        for (var length = 2; length <= Math.Min(4, head.Length); length++)
        {
            if (table.IsNotName(head[^length..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the strongest sexual term is the word right after word <paramref name="i"/> (김지수 누드) or right before it (全裸 王芳).</summary>
    private static (bool Next, bool Previous) SexualTermBeside(TokenizedText text, int i, in Evidence sexual) =>
        sexual.IsPresent
            ? (i + 1 < text.SequenceCount && text[i + 1].SourceStart == sexual.SourceStart, i > 0 && text[i - 1].SourceEnd == sexual.SourceEnd)
            : default;

    /// <summary>
    /// Syllables common in Korean given names (written for GenScreen from the usual naming syllables): beside a sexual term
    /// with no honorific or role, a family-name syllable starts many ordinary words (고양이 "cat", 박물관 "museum", 여대생
    /// "female student", 제주도), so both syllables after it must be naming syllables.
    /// </summary>
    private const string GivenNameSyllables = "민지수현서은영연준진혜희윤정하유예소아우성재태석호훈상경미선나다주승원빈채린율규용철혁숙순옥효보람별솔";

    private static readonly System.Buffers.SearchValues<char> NamingSyllables = System.Buffers.SearchValues.Create(GivenNameSyllables);

    private static bool IsLikelyGivenName(ReadOnlySpan<char> given) =>
        given.Length == 2 && GivenNameSyllables.Contains(given[0]) && GivenNameSyllables.Contains(given[1]);

    /// <summary>
    /// A Chinese full name written right before or after the strongest sexual term, as a word of its own (刘诗诗裸照,
    /// 全裸王芳): a family name (one character, or two: 欧阳) and a two-character given name filling the whole stretch of Han
    /// between the term and the run's edge or a 的. One-character given names are too like ordinary words (白色) to count.
    /// </summary>
    private static Hit ChineseBesideSexual(TokenizedText text, int i, CjkNameTable table, in Evidence sexual, out int start, out int end)
    {
        start = end = -1;
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        var wordStart = text.SourceIndexAt(token.Start);
        var wordEnd = text.SourceIndexAt(token.Start + token.Length - 1) + 1;
        var (termNext, termPrevious) = SexualTermBeside(text, i, sexual);
        if ((termNext && TryHanName(word, fromEnd: true, table, out var first)) || (termPrevious && TryHanName(word, fromEnd: false, table, out first)))
        {
            (start, end) = termNext ? (text.SourceIndexAt(token.Start + first), wordEnd) : (wordStart, text.SourceIndexAt(token.Start + first) + 1);
            return Hit.Likely;
        }

        for (var k = 0; k < word.Length; k++)
        {
            WorkCounter.Add(1);
            var at = text.SourceIndexAt(token.Start + k);
            if (at == sexual.SourceStart && TryHanName(word[..k], fromEnd: true, table, out var from))
            {
                start = text.SourceIndexAt(token.Start + from);
                end = at;
                return Hit.Likely;
            }

            if (at + 1 == sexual.SourceEnd && TryHanName(word[(k + 1)..], fromEnd: false, table, out var length))
            {
                start = at + 1;
                end = text.SourceIndexAt(token.Start + k + length) + 1;
                return Hit.Likely;
            }
        }

        return Hit.None;
    }

    /// <summary>
    /// A Chinese name opening a clause, its subject: a family name (one character or two, or one of the family names that are
    /// mostly words) and two given-name characters (<see cref="ChineseGivenNames"/>) at the start of a run, then what the
    /// subject does (穿 wears, 被 is …-ed, 在 is at, 躺 lies…), with the prompt's sexual term after it: 黄珊珊穿开衩到腰的旗袍，…
    /// 半露胸部 (session 28, i16-names32). Both given characters must be naming characters, whatever the family name: 林中全裸
    /// (in the woods), 白衣女子被绑 (a woman in white) and 护士穿 (a nurse wears) are no family name and two of them.
    /// </summary>
    private static Hit ChineseClauseStart(TokenizedText text, int i, CjkNameTable table, in Evidence sexual, out int start, out int end)
    {
        start = end = -1;
        ref var token = ref text[i];
        var run = text.TextOf(in token);

        // The name may also open the run right after a measure word of a picture (生成一张黄珊珊和男人做爱的照片, "make a picture
        // of Huang Shanshan and a man having sex"): 一张/一幅 take the picture's subject after them (session 29, i16-names33).
        var offset = 0;
        var measure = run.IndexOfAny('张', '幅');
        if (measure is > 0 and < 6 && run[measure - 1] == '一' && run.Length - measure - 1 >= 4)
        {
            offset = measure + 1;
        }
        else
        {
            // Session 39 (i16-people47): or right after a coverb that takes a person as its object (让许雅婷脱光 "make Xu Yating
            // strip", 跟王诗涵在床上裸体, 和周梦瑶做爱的视频), itself at the run's start or after a request (帮我生成孙佳怡和男友…).
            offset = CoverbOffset(run);
        }

        var word = run[offset..];
        for (var family = 2; family >= 1; family--)
        {
            WorkCounter.Add(1);

            // A name alone as a tag, the sexual term in a later one (黄珊珊 后入姿势 床上 只穿黑丝): the run ends with the name.
            // Session 36 (i16-namescjk44): or after the tag that holds it (老上海风，胸部完全露出，彭芷若，电影剧照质感): a tag that is a name
            // alone names the prompt's subject wherever the sexual tag stands.
            var alone = offset == 0 && word.Length == family + 2 && (i + 1 < text.SequenceCount || i > 0);
            // After 把 the object may be the name's own clothes or body (把赵雪宁的衣服扒光): 的 then stands where the frame does.
            var possessed = offset > 0 && run[offset - 1] == '把' && word.Length >= family + 4 && word[family + 2] == '的';
            if (word.Length < family + 2 || (!alone && !possessed && (word.Length < family + 3 || !ChineseGivenNames.IsFrameAfter(word[family + 2])))
                || !ChineseGivenNames.IsGivenPair(word[family], word[family + 1]))
            {
                continue;
            }

            var isFamily = table.IsHanFamily(word[..family]) || (family == 1 && ChineseGivenNames.IsWordFamily(word[0]));
            if (!isFamily || ScriptOf(word[0]) != Script.Han || (family == 2 && ScriptOf(word[1]) != Script.Han))
            {
                continue;
            }

            var nameEnd = text.SourceIndexAt(token.Start + offset + family + 1) + 1;
            if (sexual.SourceStart < nameEnd && !(alone && sexual.SourceEnd <= token.SourceStart))
            {
                return Hit.None;
            }

            start = text.SourceIndexAt(token.Start + offset);
            end = nameEnd;
            return Hit.Likely;
        }

        return Hit.None;
    }

    /// <summary>
    /// A Chinese name as the owner of the sexual noun (一张高嘉瑜的裸照 "a nude photo of Gao Jiayu", 给我画许佳琪的裸照): a family
    /// name (one character or two, or one of the family names that are mostly words) and two given-name characters
    /// (<see cref="ChineseGivenNames"/>) right before the 的 that stands right before the strongest sexual term, opening the run
    /// or after a word that takes the picture's subject (<see cref="PossessorBefore"/>: 一张, 给, 让, 画, 生成, 和, 跟). 江南美女的裸照,
    /// 金发美女的, 林中仙女的, 白衣女子的 are a place, a hair colour, a wood or a garment before a person noun: no two given
    /// characters end them (session 30, i16-scripts36).
    /// </summary>
    private static Hit ChinesePossessor(TokenizedText text, int i, CjkNameTable table, in Evidence sexual, out int start, out int end)
    {
        start = end = -1;
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        var (termNext, _) = SexualTermBeside(text, i, sexual);
        var de = -1;
        if (termNext && word.Length >= 4 && word[^1] == '的')
        {
            de = word.Length - 1;
        }
        else
        {
            for (var k = 4; k < word.Length; k++)
            {
                WorkCounter.Add(1);
                if (word[k - 1] == '的' && text.SourceIndexAt(token.Start + k) == sexual.SourceStart)
                {
                    de = k - 1;
                    break;
                }
            }
        }

        if (de < 3)
        {
            return Hit.None;
        }

        for (var family = 2; family >= 1; family--)
        {
            var from = de - family - 2;
            if (from < 0)
            {
                continue;
            }

            var name = word[from..de];
            if (!ChineseGivenNames.IsGivenPair(name[family], name[family + 1]) || ScriptOf(name[0]) != Script.Han || (family == 2 && ScriptOf(name[1]) != Script.Han)
                || !(table.IsHanFamily(name[..family]) || (family == 1 && ChineseGivenNames.IsWordFamily(name[0])))
                || (from > 0 && !PossessorBefore.Contains(word[from - 1])))
            {
                continue;
            }

            start = text.SourceIndexAt(token.Start + from);
            end = text.SourceIndexAt(token.Start + de - 1) + 1;
            return Hit.Likely;
        }

        return Hit.None;
    }

    /// <summary>Coverbs whose object is a person: 让 讓 叫 (let, make), 给 給 (for, to), 把 (take), 和 跟 与 與 同 (with).</summary>
    private const string PersonCoverbs = "让讓叫给給把和跟与與同";

    /// <summary>Characters of a request before a coverb or a picture's subject: 帮 幫 我 请 請 (help me, please), 生成 (generate),
    /// 画 畫 出 (draw, out), 拍 (shoot), 做 (make).</summary>
    private const string RequestCharacters = "帮幫我请請生成画畫出拍做";

    /// <summary>
    /// Session 39 (i16-people47): where a clause's subject may start in <paramref name="run"/> after a coverb that takes a person
    /// (让许雅婷脱光, 跟王诗涵在…, 把赵雪宁的…) or a request that ends on 生成 or 画 (帮我生成孙佳怡和男友全裸…): the coverb opens the run,
    /// or request characters only stand before it (at most four). The name's own shape (a family name and two naming characters,
    /// then what the subject does) is still tested by the caller: 让模特脱光, 和男朋友做爱, 和平公园 have no such name after them.
    /// 0 when there is none.
    /// </summary>
    private static int CoverbOffset(ReadOnlySpan<char> run)
    {
        for (var k = 0; k < 5 && k < run.Length - 4; k++)
        {
            WorkCounter.Add(1);
            var c = run[k];
            if (PersonCoverbs.Contains(c) || (k >= 1 && (c == '画' || c == '畫' || (c == '成' && run[k - 1] == '生'))))
            {
                return k + 1;
            }

            if (!RequestCharacters.Contains(c))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Characters that end a word taking a picture's subject after it: 一张/一幅/一个 (measure words), 给 让 把 (give, let,
    /// take), 画 拍 做 (draw, shoot, make), 生成 出 来 (generate, out, come), 和 跟 与 对 (and, with, to), 看 要 (see, want).</summary>
    private const string PossessorBefore = "张張幅个個给給让讓把画畫拍做成出来來和跟与與对對看要";

    /// <summary>
    /// The Han characters between a sexual term and the run's edge (or a 的) form a family name and a two-character given
    /// name. <paramref name="result"/>: with <paramref name="fromEnd"/>, where the name starts; otherwise its last index.
    /// </summary>
    private static bool TryHanName(ReadOnlySpan<char> side, bool fromEnd, CjkNameTable table, out int result)
    {
        result = -1;
        var stretch = side;
        var offset = 0;
        if (fromEnd)
        {
            var cut = side.LastIndexOf('的');
            offset = cut + 1;
            stretch = side[offset..];

            // Session 39 (i16-people47): a coverb that takes a person opens the stretch (和孙佳怡做爱, 让许雅婷脱光): the name is its
            // object and the stretch after it is read as before.
            if (stretch.Length is 4 or 5 && PersonCoverbs.Contains(stretch[0]))
            {
                offset++;
                stretch = stretch[1..];
            }
        }
        else
        {
            if (stretch.Length > 0 && stretch[0] == '的')
            {
                return false; // 裸照的 … : what follows belongs to the photo
            }

            var cut = stretch.IndexOf('的');
            stretch = cut >= 0 ? stretch[..cut] : stretch;
        }

        if (stretch.Length is < 3 or > 4 || ScriptOf(stretch[0]) != Script.Han || ScriptOf(stretch[^1]) != Script.Han)
        {
            return false;
        }

        foreach (var c in stretch)
        {
            if (ScriptOf(c) != Script.Han)
            {
                return false;
            }
        }

        // A family name that is mostly an ordinary word (黄, 高, 金) counts before two given-name characters (黄珊珊), session 28.
        var familyLength = stretch.Length - 2;
        // Session 33 (i16-namescjk41): or before two characters of which one is a naming character and neither makes a word
        // (高虹安全身赤裸: 安 is no naming character of the list, 虹 is), as HanShortNames reads an unlisted full name.
        if (!table.IsHanFamily(stretch[..familyLength])
            && !(familyLength == 1 && ChineseGivenNames.IsWordFamily(stretch[0])
                && (ChineseGivenNames.IsGivenPair(stretch[1], stretch[2]) || HanShortNames.IsUnlistedFullName(stretch[0], stretch[1], stretch[2], table))))
        {
            return false;
        }

        result = fromEnd ? offset : stretch.Length - 1;
        return true;
    }

    /// <summary>The name read aloud (every pair of readings) looked up among the protected names, given name first and family name first.</summary>
    private static bool TryProtected(string[] family, string[] given, PeopleLexicon people, out LexiconEntry? entry)
    {
        entry = null;
        var names = people.ScriptNames;
        Span<char> f = stackalloc char[MaxLatin];
        Span<char> g = stackalloc char[MaxLatin];
        Span<char> both = stackalloc char[MaxLatin * 2];
        foreach (var familyReading in family)
        {
            if (!ScriptTransliterator.TryWrite(familyReading, names.HanReadings, f, out var fl))
            {
                continue;
            }

            foreach (var givenReading in given)
            {
                WorkCounter.Add(1);
                if (!ScriptTransliterator.TryWrite(givenReading, names.HanReadings, g, out var gl))
                {
                    continue;
                }

                for (var plain = 0; plain < 2; plain++)
                {
                    // Readings spell long vowels out (サトウ satou); Latin spellings of names mostly do not (Sato).
                    var fn = plain == 0 ? fl : ShortenLongVowels(f[..fl]);
                    var gn = plain == 0 ? gl : ShortenLongVowels(g[..gl]);
                    g[..gn].CopyTo(both);
                    f[..fn].CopyTo(both[gn..]);
                    if (names.TryMatchPinyin(both[..(fn + gn)], exact: true, out var found))
                    {
                        entry = found;
                        return true;
                    }

                    f[..fn].CopyTo(both);
                    g[..gn].CopyTo(both[fn..]);
                    if (names.TryMatchPinyin(both[..(fn + gn)], exact: true, out found))
                    {
                        entry = found;
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>ou, oo and uu written as one vowel, in place; the new length.</summary>
    private static int ShortenLongVowels(Span<char> latin)
    {
        var n = 0;
        for (var k = 0; k < latin.Length; k++)
        {
            if (n > 0 && latin[n - 1] is 'o' && latin[k] is 'u' or 'o' || n > 0 && latin[n - 1] is 'u' && latin[k] is 'u')
            {
                continue;
            }

            latin[n++] = latin[k];
        }

        return n;
    }

    internal static bool StartsWithParticle(ReadOnlySpan<char> rest)
    {
        foreach (var particle in JapaneseParticles)
        {
            if (rest.StartsWith(particle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllHangul(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!IsHangul(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHangul(char c) => Scripts.IsHangulSyllable(c);

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    private enum Script
    {
        Other,
        Han,
        Hiragana,
        Katakana,
    }

    private static Script ScriptOf(char c) => c switch
    {
        >= '\u3041' and <= '\u309F' => Script.Hiragana,
        >= '\u30A0' and <= '\u30FF' => Script.Katakana,
        >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or '々' => Script.Han,
        _ => Script.Other,
    };
}
