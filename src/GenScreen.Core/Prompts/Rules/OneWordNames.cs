using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 41 (i16-handles49): a real person named by ONE word that no list holds, read by the word's SHAPE and PLACE, never
/// by a list of names. Creators go by a handle, a channel name or a nickname; the shape says "account" where an ordinary word,
/// a place or a character says nothing:
/// <list type="bullet">
/// <item>a <b>handle</b>: letters run into a number (two to four digits, no year) or CamelCase humps, standing where a person
/// stands (opening a tag, beside the sexual term, after an "of" word or a Tagalog personal article), and not a product or
/// tool: a product stem (iPhone, Portra, Hero, Redmi), a known CamelCase brand or checkpoint (ArtStation, MacBook,
/// DreamShaper), a hump that is a person noun (WonderWoman, SuperGirl: characters), or a word after a tool word ("shot on",
/// "rendered in", "model:", "by");</item>
/// <item>a <b>channel name</b>: a capitalised name and a channel word (Vlog, Vlogs, Gaming, Plays) after it, the name being a
/// listed given name or no ordinary word ("Travel Vlog", "Retro Gaming" are words), or a title of address before it (Bà,
/// Ông, Chị, Mak, Tita, Dona, Tio…), which makes any capitalised word a name (Vietnamese Bà + name + Vlog); in Hangul a
/// Korean family syllable run into 튜브 ("tube": a creator's channel name, never 유튜브 YouTube or 튜브톱 a tube top);</item>
/// <item>a <b>phone or leak frame</b>: a capitalised word that is no ordinary word after "X's phone" or after a phone word and its
/// "of" word (telefono di, celular de, téléphone de, Handy von), or after a picture's "of" word in a prompt that says its
/// picture leaked (<see cref="ExposedPictures"/>): only someone who exists has a phone whose nudes leak;</item>
/// <item>a Chinese <b>阿- nickname</b>: 阿 and one Han character, standing alone as a word (before 的, 被, a nudity word,
/// punctuation), not a kin word (阿姨, 阿婆) nor the first syllables of a transliteration (阿拉伯, 阿尔卑斯, 阿修罗).</item>
/// </list>
/// Each is a likely real person (<see cref="Signal.RealPersonLikely"/>: review under <c>mature</c>, more in a public frame), and
/// the later drops still apply (fiction and drawn styles, ordinary phrases, places). Runs only beside a sexual or undressing
/// signal; each check reads a fixed number of words, so the pass is linear and allocates only the emitted name.
/// </summary>
internal static class OneWordNames
{
    /// <summary>Longest word read (a handle or CamelCase name).</summary>
    private const int MaxWord = 32;

    /// <summary>Reads every word of a sexual prompt once; emits at most one likely name.</summary>
    public static void Detect(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        // A likely name another reader left may still be dropped later as a phrase (Chị Mơ: "apricot"); a channel name read
        // here is a hint, which those drops leave alone, so only a listed person or a hint already read ends the pass.
        if (!PlatformRoles.Matters(into) || into.Has(Signal.RealPerson) || into.Has(Signal.RealPersonHint))
        {
            return;
        }

        var n = text.SequenceCount;
        var source = text.Source;
        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            if (token.Length < 2 || (token.Tags & WordTags.Matched) != 0)
            {
                continue;
            }

            var word = source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
            if ((token.Flags & TokenFlags.Cjk) == 0 && word.Length <= MaxWord && char.IsAsciiLetter(word[0]))
            {
                if (word.Length >= 6 && ((IsDigitHandle(word) && !IsCommonLetters(word, people)) || (IsCamelHandle(word) && HasUnwordedHump(word, people)))
                    && !AfterToolWord(text, i) && StandsAsPerson(text, i, into.DepictsPeople))
                {
                    Emit(text, i, i, into);
                    return;
                }

                if (TryChannel(text, i, people, into) || TryPhoneFrame(text, i, people, into) || TryMarkedHandle(text, i, people, into))
                {
                    return;
                }
            }
            else if (IsHangulChannel(word))
            {
                Emit(text, i, i, into);
                return;
            }
        }

        TryHanNickname(source, into);
    }

    // ---- handles ------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Letters run into a number: four or more ASCII letters, lower-case ones among them and a vowel, then two to four digits
    /// that end the word and are no year (1900-2099); the letters no product stem (Portra400, Redmi12, Xbox360, Studio54).
    /// </summary>
    internal static bool IsDigitHandle(ReadOnlySpan<char> word)
    {
        var d = word.Length;
        while (d > 0 && char.IsAsciiDigit(word[d - 1]))
        {
            d--;
        }

        var digits = word.Length - d;
        if (digits is < 2 or > 4 || d < 4)
        {
            return false;
        }

        var letters = word[..d];
        var lower = 0;
        var vowel = false;
        foreach (var c in letters)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }

            lower += char.IsAsciiLetterLower(c) ? 1 : 0;
            vowel |= (c | 0x20) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
        }

        if (lower < 2 || !vowel)
        {
            return false;
        }

        if (digits == 4 && word[d] is '1' or '2' && (word[d] == '1' ? word[d + 1] == '9' : word[d + 1] == '0'))
        {
            return false; // a year: Tokyo2020, Summer1999
        }

        // A version number: "V30" after the name (CounterfeitV30, realisticVisionV51), a checkpoint's or a model's.
        if (d >= 2 && letters[^1] is 'V' or 'v' && (char.IsAsciiLetterLower(letters[^2]) || letters[^1] == 'V'))
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxWord];
        var m = InvariantLower.Write(letters, folded);
        return m > 0 && !ProductStems.Contains(folded[..m]) && !EndsWithProductStem(folded[..m]) && !StartsWithProductStem(folded[..m]);
    }

    /// <summary>
    /// Session 42 (i16-latin50): a handle marked as one by its writing, which <see cref="IsDigitHandle"/> (letters, then the
    /// digits) does not see: letters joined by an underscore or a dot to a part with a digit (Lunna_x93, mira.k_07), or
    /// leetspeak, a digit standing for a vowel between letters (K4rolin4, St3pNy, M1riam): an account name, where a person stands
    /// (<see cref="StandsAsPerson"/>). The whole run of letters, digits, underscores and dots is read from the source, since the
    /// tokenizer splits it and undoes the leetspeak (K4rolin4 is "karolina" to the given-name readers, which refuse a lone given
    /// name on purpose). Not after a tool word (a checkpoint, a LoRA), no product stem in its letters, its first part no common word
    /// (score_9, rating_explicit, flux.1: tags and model names).
    /// </summary>
    private static bool TryMarkedHandle(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var source = text.Source;
        var start = text[i].SourceStart;
        if (start > 0 && (char.IsLetterOrDigit(source[start - 1]) || source[start - 1] is '_' or '.'))
        {
            return false; // read from the run's first token only
        }

        var end = start;
        while (end < source.Length && end - start <= MaxWord && (char.IsAsciiLetterOrDigit(source[end]) || source[end] is '_' or '.'))
        {
            end++;
        }

        while (end > start && source[end - 1] is '_' or '.')
        {
            end--; // a sentence's full stop
        }

        var run = source.AsSpan(start, end - start);
        if (run.Length < 5 || run.Length > MaxWord || (end < source.Length && char.IsLetter(source[end])) || !IsMarkedHandle(run, people))
        {
            return false;
        }

        var last = i;
        while (last + 1 < text.SequenceCount && text[last + 1].SourceStart < end)
        {
            last++;
        }

        if (AfterToolWord(text, i) || !StandsAsPerson(text, i, into.DepictsPeople) && !StandsAsPerson(text, last, into.DepictsPeople))
        {
            return false;
        }

        into.Add(Signal.RealPersonLikely, source[start..end], 3, start, end, PromptField.Prompt);
        return true;
    }

    /// <summary>
    /// The run (ASCII letters, digits, underscores, dots; a letter first) is written as an account name: a first part of three or
    /// more letters, no common or ordinary word, joined by an underscore or a dot to a part holding a digit; or a leetspeak digit
    /// (0, 1, 3, 4, 5, 7) between two letters, one of them lower case, with four or more letters and two lower case in all and at
    /// most three digits. Its letters, lower-cased, hold no product stem.
    /// </summary>
    internal static bool IsMarkedHandle(ReadOnlySpan<char> run, PeopleLexicon people)
    {
        if (run.IsEmpty || !char.IsAsciiLetter(run[0]))
        {
            return false;
        }

        int letters = 0, lower = 0, digits = 0, firstPart = -1;
        var leet = false;
        var digitAfterSeparator = false;
        for (var k = 0; k < run.Length; k++)
        {
            var c = run[k];
            if (char.IsAsciiLetter(c))
            {
                letters++;
                lower += char.IsAsciiLetterLower(c) ? 1 : 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
                digitAfterSeparator |= firstPart > 0;
                if (firstPart < 0 && k > 0 && k + 1 < run.Length && char.IsAsciiLetter(run[k - 1]) && char.IsAsciiLetter(run[k + 1])
                    && (char.IsAsciiLetterLower(run[k - 1]) || char.IsAsciiLetterLower(run[k + 1])) && c is '0' or '1' or '3' or '4' or '5' or '7')
                {
                    leet = true;
                }
            }
            else if (firstPart < 0)
            {
                firstPart = k; // the first underscore or dot
            }
        }

        if (letters < 4 || lower < 2)
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxWord];
        var joined = firstPart > 0 && digitAfterSeparator && firstPart >= 3 && FirstPartIsNoWord(run[..firstPart], people);
        if (!(joined || (leet && digits <= 3 && firstPart < 0)))
        {
            return false;
        }

        var m = 0;
        foreach (var c in run)
        {
            if (char.IsAsciiLetter(c))
            {
                folded[m++] = char.ToLowerInvariant(c);
            }
        }

        return !ProductStems.Contains(folded[..m]) && !EndsWithProductStem(folded[..m]) && !StartsWithProductStem(folded[..m]);
    }

    private static bool FirstPartIsNoWord(ReadOnlySpan<char> part, PeopleLexicon people)
    {
        Span<char> lower = stackalloc char[MaxWord];
        var m = InvariantLower.Write(part, lower);
        return m > 0 && !people.IsCommonWord(lower[..m]) && !OrdinaryPhrases.IsOrdinaryWord(lower[..m]);
    }

    /// <summary>The letters open with a product or brand stem of five letters or more that is no ordinary word (Kodakvision, Nikonfm, Ilfordhp).</summary>
    private static bool StartsWithProductStem(ReadOnlySpan<char> folded)
    {
        for (var k = 5; k < folded.Length; k++)
        {
            WorkCounter.Add(1);
            if (ProductStems.Contains(folded[..k]) && !OrdinaryPhrases.IsOrdinaryWord(folded[..k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// CamelCase: only ASCII letters, seven or more, a capital first, and at least one more capital right after a lower-case
    /// letter with a lower-case letter after it (ZoeyBlaze, KnusperKarl, GiulioFaTutto); not a brand, platform, checkpoint or
    /// product written so (ArtStation, MacBook, OnlyFans, DreamShaper), no Mc/Mac name, no hump that is a person noun
    /// (WonderWoman, SuperGirl, SpiderMan: characters, and a girl word belongs to the child rules).
    /// </summary>
    internal static bool IsCamelHandle(ReadOnlySpan<char> word)
    {
        if (word.Length < 7 || !char.IsAsciiLetterUpper(word[0]) || !char.IsAsciiLetterLower(word[1]))
        {
            return false;
        }

        var humps = 1;
        var humpStart = 0;
        Span<char> hump = stackalloc char[MaxWord];
        for (var k = 1; k <= word.Length; k++)
        {
            var end = k == word.Length;
            if (!end && !char.IsAsciiLetter(word[k]))
            {
                return false;
            }

            if (end || (char.IsAsciiLetterUpper(word[k]) && char.IsAsciiLetterLower(word[k - 1])))
            {
                if (!end && (k + 1 >= word.Length || !char.IsAsciiLetterLower(word[k + 1])))
                {
                    return false; // a run of capitals inside (JuggernautXL, SDXL): a product's tag
                }

                var m = InvariantLower.Write(word[humpStart..k], hump);
                if (PersonHumps.Contains(hump[..m]) || (humpStart == 0 && hump[..m] is "mc" or "mac"))
                {
                    return false;
                }

                if (!end)
                {
                    humps++;
                    humpStart = k;
                }
            }
        }

        if (humps < 2)
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxWord];
        var f = InvariantLower.Write(word, folded);
        return f > 0 && !CamelBrands.Contains(folded[..f]) && !EndsWithProductStem(folded[..f]);
    }

    /// <summary>The letters before the final digits are a common English word (Catch22: a title, not an account).</summary>
    private static bool IsCommonLetters(ReadOnlySpan<char> word, PeopleLexicon people)
    {
        Span<char> lower = stackalloc char[MaxWord];
        var m = InvariantLower.Write(word.TrimEnd("0123456789"), lower);
        return m > 0 && people.IsCommonWord(lower[..m]);
    }

    /// <summary>
    /// Whether one CamelCase hump, lower-cased, is no frequent ordinary word of any language nor a common English word (Zoey,
    /// Karl, Giulio, Miguelito): humps that are all words are a title, a hashtag or a brand (StarWars, TombRaider, MassEffect,
    /// DeadOrAlive, GameOfThrones).
    /// </summary>
    internal static bool HasUnwordedHump(ReadOnlySpan<char> word, PeopleLexicon people)
    {
        Span<char> hump = stackalloc char[MaxWord];
        var start = 0;
        for (var k = 1; k <= word.Length; k++)
        {
            if (k == word.Length || (char.IsAsciiLetterUpper(word[k]) && char.IsAsciiLetterLower(word[k - 1])))
            {
                var m = InvariantLower.Write(word[start..k], hump);
                if (m >= 3 && !OrdinaryPhrases.IsOrdinaryWord(hump[..m]) && !people.IsCommonWord(hump[..m]))
                {
                    return true;
                }

                start = k;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a person stands: opening a tag, right beside a matched term, after an "of" word (Nacktbilder von …, photo de …) or
    /// a Tagalog personal article (si, ni).
    /// </summary>
    /// <remarks>
    /// When the prompt names a person by a noun (a woman, a couple), that noun is the subject, and a handle opening a tag may be a
    /// product or title beside it ("Levis501, topless woman"): then only the places beside the term or after "of" count.
    /// </remarks>
    private static bool StandsAsPerson(TokenizedText text, int i, bool personNoun)
    {
        if (!personNoun && SubjectNamePairs.OpensTag(text, i))
        {
            return true;
        }

        if (i > 0 && PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
        {
            ref var before = ref text[i - 1];
            if ((before.Tags & WordTags.Matched) != 0 || OfWords.Contains(text.TextOf(in before)) || text.TextOf(in before) is "si" or "ni")
            {
                return true;
            }
        }

        return i + 1 < text.SequenceCount && (text[i + 1].Tags & WordTags.Matched) != 0
            && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart);
    }

    /// <summary>
    /// The word before is a tool word ("shot on", "rendered in", "made with", "by", "model:", "lora:", "seed"): the word names
    /// what made the picture, not whom it shows.
    /// </summary>
    private static bool AfterToolWord(TokenizedText text, int i)
    {
        if (i == 0)
        {
            return false;
        }

        ref var before = ref text[i - 1];
        var gap = text.Source.AsSpan(before.SourceEnd, text[i].SourceStart - before.SourceEnd).Trim();
        return (gap.IsEmpty || gap is ":" or "=") && ToolWords.Contains(text.TextOf(in before));
    }

    private static bool EndsWithProductStem(ReadOnlySpan<char> folded)
    {
        foreach (var stem in ProductEndings)
        {
            WorkCounter.Add(1);
            if (folded.Length > stem.Length && folded.EndsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // ---- channel names ------------------------------------------------------------------------------------------------

    /// <summary>
    /// A capitalised name at <paramref name="i"/> and a capitalised channel word after it (Mandy Vlogs, Dario Gaming); with a
    /// title of address before it (Bà Hạnh Vlog, Tita Loleng Vlogs) any capitalised word is the name.
    /// </summary>
    private static bool TryChannel(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 1 >= n || !char.IsUpper(text.Source[text[i].SourceStart]) || !PersonDetector.OnlySpaceBetween(text, i, i + 1))
        {
            return false;
        }

        ref var channel = ref text[i + 1];
        if (!char.IsUpper(text.Source[channel.SourceStart]) || !ChannelWords.Contains(text.TextOf(in channel)) || !IsLettersOnly(text, i))
        {
            return false;
        }

        // A title of address before the name: the channel of a person called so (Bà Hạnh Vlog, Mak Ijah Vlog, Dona Zefa Vlog).
        if (i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && AddressTitles.Contains(text.TextOf(in text[i - 1])) && char.IsUpper(text.Source[text[i - 1].SourceStart]))
        {
            // A hint, as an @handle is (level 2): the title and the channel word make one account whatever the name's word means
            // (Ông Sáu, Chị Mơ: "six", "apricot"), so the ordinary-phrase drops of a likely name must not read it as words.
            PersonDetector.Emit(text, i - 1, i + 1, into);
            return true;
        }

        var word = text.TextOf(in text[i]);
        var given = (text[i].Tags & WordTags.GivenName) != 0;
        if (!given && (people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || WorldNameShapes.IsOrdinaryAsWritten(text, i)
            || (text[i].Tags & (WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole)) != 0 || text[i].Languages != 0))
        {
            return false;
        }

        // A capitalised word before the name makes it a heading or a longer title (Cooking With Mandy Vlogs): left alone.
        if (i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && char.IsUpper(text.Source[text[i - 1].SourceStart]) && !SubjectNamePairs.OpensTag(text, i - 1))
        {
            return false;
        }

        return Emit(text, i, i + 1, into);
    }

    /// <summary>
    /// A Hangul word of a Korean family syllable run into 튜브 ("tube"), with a particle after it or none: a creator's channel
    /// name (탁튜브, 봉튜브의). 유튜브 is YouTube itself, 튜브톱 a garment, 수영장 튜브 a swim ring (튜브 not run into a family syllable).
    /// </summary>
    internal static bool IsHangulChannel(ReadOnlySpan<char> word)
    {
        var at = word.IndexOf("튜브", StringComparison.Ordinal);
        if (at != 1 || word[0] is '유' || !KoreanFamilySyllables.Contains(word[0]))
        {
            return false;
        }

        var rest = word[3..];
        return rest.IsEmpty || (rest.Length == 1 && "의가는를랑와이은을도만".Contains(rest[0])) || rest is "에게" or "한테" or "이랑";
    }

    // ---- phone and leak frames ----------------------------------------------------------------------------------------

    /// <summary>
    /// A capitalised word that is no ordinary word (nor a listed brand) in a phone frame ("Tamsin's phone", "dal cellulare di
    /// Brunella", "du téléphone de Maëlys") or after a picture's "of" word in a prompt saying its picture leaked ("geleakte
    /// Nacktfotos von Jolina"). The word must end its phrase (punctuation, the end, or a lower-case word after it): a second
    /// capitalised word makes a full name, which the pair readers decide.
    /// </summary>
    private static bool TryPhoneFrame(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (!WorldNameShapes.IsCapitalisedWord(text, i) || text[i].Length < 3)
        {
            return false;
        }

        var source = text.Source;
        var end = text[i].SourceEnd;
        var possessivePhone = end + 2 < source.Length && source[end] is '\'' or '\u2019' && source[end + 1] == 's'
            && (NextIsPhone(text, i) || NextIsLeakedTerm(text, i));
        var framed = possessivePhone;
        if (!framed && i >= 2 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && OfWords.Contains(text.TextOf(in text[i - 1])))
        {
            framed = PhoneWords.Contains(text.TextOf(in text[i - 2])) || (i >= 3 && ArticleAfterPhone(text, i - 2))
                || ((text[i - 2].Tags & WordTags.Matched) != 0 && ExposedPictures.Says(source));
        }

        if (!framed)
        {
            return false;
        }

        if (!possessivePhone && i + 1 < n && PersonDetector.OnlySpaceBetween(text, i, i + 1) && char.IsUpper(source[text[i + 1].SourceStart]))
        {
            return false;
        }

        var word = text.TextOf(in text[i]);
        var given = (text[i].Tags & WordTags.GivenName) != 0;
        if (PhoneBrands.Contains(word) || (!given && (people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || WorldNameShapes.IsOrdinaryAsWritten(text, i)))
            || CapitalisedSurnames.IsPlaceNoun(word))
        {
            return false;
        }

        return Emit(text, i, i, into);
    }

    /// <summary>The token after the possessive 's (the tokenizer may keep the s as a word of its own) is a phone word.</summary>
    private static bool NextIsPhone(TokenizedText text, int i)
    {
        var k = i + 1;
        if (k < text.SequenceCount && text.TextOf(in text[k]) is "s")
        {
            k++;
        }

        return k < text.SequenceCount && k <= i + 2 && PhoneWords.Contains(text.TextOf(in text[k]));
    }

    /// <summary>
    /// The token after the possessive 's is a matched sexual noun in a prompt that says its picture leaked ("Corvinia's nudes
    /// leaked", "Tamsin's leaked nudes"): whose nudes leaked is someone who exists.
    /// </summary>
    private static bool NextIsLeakedTerm(TokenizedText text, int i)
    {
        var k = i + 1;
        if (k < text.SequenceCount && text.TextOf(in text[k]) is "s")
        {
            k++;
        }

        if (k < text.SequenceCount && k <= i + 2 && text.TextOf(in text[k]) is "leaked" or "stolen" or "private")
        {
            k++;
        }

        return k < text.SequenceCount && k <= i + 3 && (text[k].Tags & WordTags.Matched) != 0 && ExposedPictures.Says(text.Source);
    }

    /// <summary>A phone word with an article or contraction between it and the "of" word: "do celular da", "du téléphone de".</summary>
    private static bool ArticleAfterPhone(TokenizedText text, int k) =>
        PhoneWords.Contains(text.TextOf(in text[k - 1])) && PersonDetector.OnlySpaceBetween(text, k - 1, k) && text.TextOf(in text[k]).Length <= 3;

    // ---- Chinese 阿- nicknames ----------------------------------------------------------------------------------------

    /// <summary>
    /// 阿 and one Han character standing as a word of its own: the prompt's start, punctuation, a non-Han character or a coverb
    /// (和 跟 把 让 给 叫 与 是) before it, and after it the end, punctuation or one of 的 被 在 全 裸 脱 穿 躺 (阿柚的床照, 阿凯全裸).
    /// </summary>
    private static void TryHanNickname(string source, SignalSummary into)
    {
        var at = source.IndexOf('阿', StringComparison.Ordinal);
        while (at >= 0 && at + 1 < source.Length)
        {
            WorkCounter.Add(1);
            var second = source[at + 1];
            if (IsHan(second) && !NotNicknames.Contains(second) && (at == 0 || !IsHan(source[at - 1]) || "和跟把让給给叫与與是".Contains(source[at - 1]))
                && (at + 2 == source.Length || !IsHan(source[at + 2]) || "的被在全裸脱脫穿躺".Contains(source[at + 2])))
            {
                into.Add(Signal.RealPersonLikely, source.Substring(at, 2), 3, at, at + 2, PromptField.Prompt);
                return;
            }

            at = source.IndexOf('阿', at + 1);
        }
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    // ---- shared -------------------------------------------------------------------------------------------------------

    private static bool IsLettersOnly(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        foreach (var c in text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart))
        {
            if (!char.IsLetter(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Emit(TokenizedText text, int first, int last, SignalSummary into)
    {
        var start = text[first].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
        return true;
    }

    // ---- word classes (written for GenScreen from general knowledge of products, platforms and the languages; MIT) -----

    /// <summary>Letters of a product, camera, film stock, device, model or numbered thing before its number (lower case).</summary>
    private static readonly CompactWordSet ProductStems = new(
    [
        "iphone", "ipad", "ipod", "imac", "galaxy", "pixel", "redmi", "xperia", "nokia", "oneplus", "xbox", "playstation", "gopro",
        "hero", "nikon", "canon", "sony", "fujifilm", "fuji", "leica", "lumix", "portra", "ektar", "cinestill", "velvia", "ilford",
        "kodak", "agfa", "superia", "gold", "delta", "tmax", "trix", "flux", "sdxl", "pony", "lora", "midjourney", "dalle", "version",
        "model", "seed", "score", "steps", "step", "clip", "epoch", "unreal", "blender", "octane", "windows", "android", "ubuntu",
        "samsung", "huawei", "xiaomi", "oppo", "vivo", "honor", "motorola", "moto", "note", "watch", "camera", "mark", "hasselblad",
        "mamiya", "pentax", "olympus", "panasonic", "ricoh", "contax", "rolleiflex", "polaroid", "instax", "minolta", "yashica",
        "zeiss", "sigma", "tamron", "lens", "film", "photo", "style", "tesla", "audi", "porsche", "ferrari", "lamborghini",
        "mustang", "boeing", "airbus", "cessna", "volume", "part", "chapter", "episode", "season", "level", "stage", "room", "area",
        "route", "highway", "studio", "club", "hotel", "suite", "cabin", "hall", "floor", "series", "type", "zone", "sector",
        "district", "block", "unit", "flight", "gate", "platform", "track", "street", "avenue", "apollo", "soyuz", "gemini",
        "falcon", "ryzen", "radeon", "geforce", "intel", "core", "macbook", "surface", "thinkpad", "kindle", "switch", "wii",
        "nintendo", "sega", "atari", "commodore", "amiga", "nexus", "lumia", "blackberry", "walkman", "discman", "dreamshaper",
        "juggernaut", "realvis", "realisticvision", "epicrealism", "majicmix", "chilloutmix", "animagine", "illustrious", "noobai",
        "dreamlike", "openjourney", "deliberate", "protogen", "analog", "kodachrome", "ektachrome", "provia", "astia",
        "pro", "ultra", "plus", "mini", "max", "lite", "edition", "generation", "gen", "rev", "build", "release", "update", "patch",
        "number", "dance", "summer", "winter", "spring", "autumn", "fall", "class", "vintage", "retro", "expo", "euro", "world",
        "olympics", "cup", "fifa", "nba", "nfl", "formula", "apex", "tekken", "fortnite", "minecraft", "doom", "quake", "halo",
        "battlefield", "callofduty", "fallout", "gta", "diablo", "overwatch", "destiny", "persona", "final", "fantasy", "metal",
        "resident", "evil", "silent", "hill", "fighter", "mortal", "kombat", "cyberpunk", "blade", "runner", "space",
        "station", "mission", "project", "operation", "agent", "mode", "channel", "radio", "ladies", "beauty", "nikkor",
        "summilux", "summicron", "noctilux", "planar", "sonnar", "distagon", "helios", "jupiter", "zenit", "kiev", "praktica",
        "fomapan", "foma", "kentmere", "rollei", "lomochrome", "harman", "adox", "ultramax", "colorplus", "acros", "neopan",
        "natura", "superpan", "fujicolor", "kodacolor", "vericolor", "ektacolor", "fujichrome", "agfachrome", "orwo", "svema",
        "voigtlander", "samyang", "rokinon", "viltrox", "sirui", "laowa", "meike", "lomo", "holga", "lubitel",
        // cars, fashion and sport products named with a number
        "fiat", "peugeot", "renault", "citroen", "mazda", "toyota", "honda", "nissan", "lada", "skoda", "opel", "volvo", "saab",
        "jeep", "ford", "chevrolet", "chevy", "dodge", "benz", "levis", "nike", "adidas", "puma", "reebok", "airmax",
        "yeezy", "vans", "converse", "asics", "chanel", "dior", "gucci", "prada", "versace", "yamaha", "kawasaki",
        "suzuki", "ducati", "vespa", "glock", "beretta", "colt", "kalashnikov", "uzi",
        // checkpoints and merges of image models
        "revanimated", "counterfeit", "anything", "abyssorangemix", "meinamix", "cetusmix", "pastelmix", "perfectworld", "lyriel",
        "realcartoon", "epicphotogasm", "cyberrealistic", "absolutereality", "photon", "analogmadness", "uberrealistic",
        "zavychroma", "copax", "albedobase", "dynavision", "nightvision", "crystalclear", "henmix", "hassaku", "pornmaster",
        "lazymix", "urpm", "pornvision", "icbinp", "edgeofrealism", "aniverse", "ponyrealism", "autismmix", "everclear",
        "juggernautxl", "dreamshaperxl", "playground", "kandinsky", "wuerstchen", "cascade", "hunyuan",
        "kolors", "pixart", "auraflow", "ideogram", "imagen", "firefly", "novelai", "nai", "waifu", "waifudiffusion",
    ]);

    /// <summary>Endings that make a word a product or a format whatever comes before (…phone, …cam, …pro, …xl).</summary>
    private static readonly string[] ProductEndings = ["phone", "cam", "book", "pad", "xl", "mix", "diffusion", "journey", "engine", "render", "shop", "room", "net", "gpt", "bot", "ai", "tv"];

    /// <summary>Brands, platforms, tools and titles written in CamelCase (lower case), and famous characters so written.</summary>
    private static readonly CompactWordSet CamelBrands = new(
    [
        "artstation", "deviantart", "playstation", "macbook", "youtube", "onlyfans", "tiktok", "instagram", "facebook", "linkedin",
        "iphone", "airpods", "powerpoint", "photoshop", "lightroom", "midjourney", "dreamshaper", "realisticvision", "chilloutmix",
        "majicmix", "epicrealism", "epicphotogasm", "cyberrealistic", "absolutereality", "stablediffusion", "comfyui", "civitai",
        "patreon", "pornhub", "xvideos", "xhamster", "snapchat", "whatsapp", "wechat", "douyin", "bilibili", "pinterest", "gopro",
        "cocacola", "redbull", "mcdonalds", "unrealengine", "octanerender", "zbrush", "honeyselect", "koikatsu", "secondlife",
        "vrchat", "minecraft", "fortnite", "warcraft", "overwatch", "genshin", "valorant", "playboy", "penthouse", "victoriassecret",
        "agentprovocateur", "savagexfenty", "calvinklein", "ralphlauren", "louisvuitton", "dolcegabbana", "abercrombie",
        "lululemon", "underarmour", "newbalance", "thenorthface", "northface", "airbnb", "paypal", "chatgpt", "openai", "novelai",
        "nijijourney", "leonardoai", "fooocus", "easynegative", "cinestill", "kodachrome", "ektachrome", "fujifilm", "hasselblad",
        "phaseone", "sonyalpha", "canoneos", "powershot", "cybershot", "lomography", "gameboy", "pokemon", "hellokitty",
        "spongebob", "disneyland", "dreamworks", "dccomics", "hbomax", "primevideo", "dropbox", "icloud", "googledrive", "onedrive",
        "facetime", "hotwheels", "legoland", "ravenclaw", "hufflepuff", "gryffindor", "slytherin", "santaclaus", "frankenstein",
        "draculaura", "monsterhigh", "wonderland", "neverland", "newyork", "losangeles", "sanfrancisco", "lasvegas", "hongkong",
        "newzealand", "southbeach", "miamibeach", "venicebeach", "harleyquinn", "poisonivy", "starfire", "jessicarabbit",
        "laracroft", "mortalkombat", "streetfighter", "finalfantasy", "residentevil", "silenthill", "cyberpunk", "bladerunner",
        "nightcity", "deepthroat", "softcore", "hardcore", "photorealistic", "hyperrealistic", "masterpiece", "bestquality",
        "highres", "absurdres", "lowres", "bodypaint", "fullbody", "closeup", "cowboyshot", "nsfw", "seethrough", "wetlook",
        "pinup", "lingerie", "nightclub", "jacuzzi", "bathtub", "hottub", "playmate", "centerfold", "tinder", "grindr", "bumble",
        "twitter", "bluesky", "mastodon", "threads", "telegram", "discord", "reddit", "tumblr", "flickr", "vimeo", "twitch",
        "kickstarter", "indiegogo", "fansly", "manyvids", "chaturbate", "stripchat", "camsoda", "bongacams", "livejasmin",
        "myfreecams", "justforfans", "loyalfans", "fancentro", "ismygirl", "pornstar", "softporn", "shemale", "milfhunter",
    ]);

    /// <summary>Humps that make a CamelCase word a character or a person noun rather than a handle (lower case).</summary>
    private static readonly CompactWordSet PersonHumps = new(
    [
        "man", "men", "woman", "women", "girl", "girls", "boy", "boys", "lady", "ladies", "guy", "kid", "kids", "baby", "babe",
        "teen", "teens", "child", "school", "student", "loli", "shota", "cat", "bat", "spider", "wonder", "super", "power", "hulk",
        "widow", "queen", "king", "prince", "princess", "witch", "elf", "orc", "demon", "angel", "goddess", "god", "vampire",
        "mermaid", "fairy", "dragon", "bunny", "nurse", "maid", "wife", "husband", "mom", "mommy", "dad", "daddy", "milf", "dilf",
        "step", "sister", "brother", "daughter", "son", "aunt", "uncle",
    ]);

    /// <summary>The words before a tool or source of the picture (lower case, folded as the tokenizer writes them).</summary>
    private static readonly CompactWordSet ToolWords = new(
    [
        "on", "with", "using", "via", "by", "par", "mit", "avec", "con", "com", "med", "ile", "in", "im", "en", "op", "met", "auf",
        "sur", "su", "em", "no", "na", "w", "v", "s", "z", "ze", "model", "checkpoint", "lora", "lycoris", "seed", "sampler",
        "camera", "lens", "style", "version", "embedding", "vae", "ckpt", "shot", "taken", "rendered", "made", "generated",
        "created", "filmed", "uchwycone", "photographed", "cap", "tags", "tag", "prompt", "negative", "neg", "hashtag", "source",
    ]);

    /// <summary>The "of" words before whom a picture or a phone belongs to (folded).</summary>
    private static readonly CompactWordSet OfWords = new(
    [
        "of", "von", "vom", "de", "di", "da", "do", "du", "del", "della", "dello", "dei", "des", "van", "od", "z", "ze", "av", "fran",
        "från", "af", "ng", "ni", "dari", "milik", "punya", "nga", "cua", "của",
    ]);

    /// <summary>Phone and photo-store words of the phone frame (folded).</summary>
    private static readonly CompactWordSet PhoneWords = new(
    [
        "phone", "iphone", "cellphone", "smartphone", "laptop", "icloud", "gallery", "camera", "telefono", "cellulare", "celular",
        "telemovel", "telephone", "portable", "handy", "telefon", "telefoon", "mobiel", "mobil", "mobile", "telefonu", "mobilu",
        "komorki", "mobilen", "telefonen", "galeria", "galerie", "galleria", "hp", "ponsel", "selpon", "dien", "thoai",
        "onlyfans", "fansly", "snapchat", "dms", "webcam",
    ]);

    /// <summary>Brands a phone frame names (lower case, folded).</summary>
    private static readonly CompactWordSet PhoneBrands = new(
    [
        "samsung", "apple", "nokia", "xiaomi", "huawei", "motorola", "sony", "google", "oppo", "vivo", "honor", "realme", "lg",
        "iphone", "android", "pixel", "redmi", "blackberry", "siemens", "ericsson", "alcatel", "lenovo", "asus", "tecno", "infinix",
    ]);

    /// <summary>Channel words after a creator's name (folded): Vlog, Vlogs, Gaming, Plays.</summary>
    private static readonly CompactWordSet ChannelWords = new(["vlog", "vlogs", "gaming", "plays", "vlogger"]);

    /// <summary>
    /// Titles of address written before a person's name (folded): Vietnamese bà ông chị anh cô chú bác dì, Indonesian mak pak bu
    /// mbak mas teh kang bang, Tagalog tita tito ate kuya ninang ninong lola lolo, Portuguese and Spanish dona dom seu tio tia don
    /// doña, aunt uncle auntie granny, Italian zia zio nonna nonno, German tante onkel oma opa, Turkish abla teyze amca dayı.
    /// </summary>
    private static readonly CompactWordSet AddressTitles = new(
    [
        "ba", "ong", "chi", "anh", "co", "chu", "bac", "di", "mak", "pak", "bu", "mbak", "mas", "teh", "kang", "bang", "tita", "tito",
        "ate", "kuya", "ninang", "ninong", "lola", "lolo", "dona", "dom", "seu", "tio", "tia", "don", "aunt", "uncle",
        "auntie", "granny", "zia", "zio", "nonna", "nonno", "tante", "onkel", "oma", "opa", "abla", "teyze", "amca", "dayi", "mama",
        "papa", "mamie", "papi", "tonton", "tata",
    ]);

    /// <summary>Korean family syllables (the most frequent ~80 family names; 유 left out: 유튜브 is YouTube).</summary>
    private const string KoreanFamilySyllables =
        "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부";

    /// <summary>
    /// Second characters that make 阿 + one character a kin word, an interjection, a common word or the start of a
    /// transliteration (阿姨 auntie, 阿婆, 阿门 amen, 阿拉伯, 阿尔卑斯, 阿富汗, 阿根廷, 阿里, 阿修罗, 阿弥陀佛, 阿胶, 阿司匹林, 阿片).
    /// </summary>
    private static readonly HashSet<char> NotNicknames =
    [
        .. "姨婆公爸妈媽妹哥姐嫂伯叔舅奶爷爺弟兄嬷嬤母爹娘猫貓狗飞飛门門们們里裡拉弥彌富根尔爾联聯曼胶膠司片谀諛斗修萨薩森斯布波卡米基德莫诺諾特蒙奇伦倫鲁魯芙玛瑪克迪塞瓦兰蘭努巴姆乌烏亚亞比普",
    ];
}
