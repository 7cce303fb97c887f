using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A Vietnamese person called by the two syllables of the middle and given name, as Vietnamese call people (Thu Trang,
/// Hồng Diễm), with no family name before them that <see cref="WorldNameShapes"/> could read: both syllables capitalised,
/// written with their tone marks and together one of the two-syllable given names of Data/vietnamese-given-names.txt
/// (faker's vi data). Beside sexual content only, a likely real person (review under <c>mature</c>). Unaccented pairs
/// are left alone (Thanh Van, Lan Anh also spell words and names of other languages), and so are places, which
/// <see cref="OrdinaryPhrases.DropLikely"/> drops after a place word (bên Hồ Gươm).
/// </summary>
internal static class VietnameseGivenNames
{
    /// <summary>Longest pair looked up (two syllables of at most seven letters and a space).</summary>
    private const int MaxPair = 16;

    private static readonly Lazy<CompactWordSet> Pairs = new(Load);

    /// <summary>Tries the pair at token <paramref name="i"/>; emits realPersonLikely when it is a listed given name.</summary>
    public static bool TryAt(TokenizedText text, int i, SignalSummary into)
    {
        if (i + 1 >= text.SequenceCount || !into.Has(Signal.Sexual))
        {
            return false;
        }

        ref var first = ref text[i];
        ref var second = ref text[i + 1];
        var start = first.SourceStart;
        var end = second.SourceEnd;
        var source = text.Source;
        if (end - start > MaxPair || !IsSyllable(text, i) || !IsSyllable(text, i + 1)
            || !PersonDetector.OnlySpaceBetween(source, first.SourceEnd, second.SourceStart)
            || System.Text.Ascii.IsValid(source.AsSpan(start, end - start)))
        {
            return false;
        }

        if ((!IsListed(source.AsSpan(start, end - start)) && !IsShapeBeforeTerm(text, i)) || IsProvince(source.AsSpan(start, end - start)))
        {
            return false;
        }

        into.Add(Signal.RealPersonLikely, source[start..end], 3, start, end, PromptField.Prompt);
        return true;
    }

    /// <summary>
    /// Whether a span of two words (one space between) is a listed two-syllable given name, compared in lower case as the
    /// list holds it: <see cref="OrdinaryPhrases"/> keeps such a name though its syllables are ordinary words (hồng "pink").
    /// </summary>
    public static bool IsListed(ReadOnlySpan<char> span)
    {
        var space = span.IndexOf(' ');
        if (span.Length > MaxPair || space <= 0 || span[(space + 1)..].Contains(' '))
        {
            return false;
        }

        Span<char> pair = stackalloc char[MaxPair];
        var n = InvariantLower.Write(span, pair);
        return n > 0 && Pairs.Value.Contains(pair[..n]);
    }

    /// <summary>
    /// A pair no list holds but shaped as a Vietnamese name (session 26, i16-names30): a family name (Lê, Mai, Đỗ) or a
    /// middle syllable of the listed names (Phương, Bảo) and then a given syllable of the listed names (Ngọc, Oanh, Hằng),
    /// as people are called (Mai Ngọc, Phương Oanh, Lê Hằng). Syllables of names are also ordinary words and places (Phú
    /// Quốc, Việt Nam), so only where a person's name stands: opening the prompt or a tag, a term right after it ("Mai Ngọc
    /// khỏa thân", "Phương Oanh bú cu"); a place word before it is read by <see cref="OrdinaryPhrases.DropLikely"/>.
    /// </summary>
    /// <remarks>
    /// Session 30 (i16-names36): a Vietnamese sentence capitalises only proper nouns, so the pair stands where a name stands
    /// also mid-sentence: after a word in lower case ("với Thu Quỳnh", "ảnh MC Mai Ngọc": or a short title in capitals, MC,
    /// DJ) or opening a tag, and before a word in lower case, punctuation or the end ("Thu Quỳnh, hồ bơi", "Mai Ngọc quỳ gối"),
    /// not inside a run of capitalised words (a heading or a longer place name). Batch 34 allowed four such prompts.
    /// </remarks>
    private static bool IsShapeBeforeTerm(TokenizedText text, int i)
    {
        var n = text.SequenceCount;
        var termAfter = i + 2 < n && (text[i + 2].Tags & WordTags.Matched) != 0
            && PersonDetector.OnlySpaceBetween(text.Source, text[i + 1].SourceEnd, text[i + 2].SourceStart);
        var startsTag = StartsTag(text, i);
        // An adult term does not stop it: đầm sen ("lotus pond") folds to the adult word dam (batch 35's MC Mai Ngọc). The country
        // heading a tag (Việt Nam, tranh khỏa thân …) is a place of the province list.
        if (!(startsTag && termAfter) && !((startsTag || LowerOrTitleBefore(text, i)) && NotCapitalisedAfter(text, i + 1)))
        {
            return false;
        }

        var pair = text.Source.AsSpan(text[i].SourceStart, text[i + 1].SourceEnd - text[i].SourceStart);
        return IsShape(pair) || (ActBeginsAfter(text, i + 1) && IsMarkedShape(pair));
    }

    /// <summary>
    /// Session 42 (i16-latin50): a pair of which one syllable is a name syllable of the lists (a family, middle or given one) and the
    /// other one no list holds but written as only Vietnamese writes (ơ, ư, ă, â, ê, ô, đ, or a tone mark below or as a hook:
    /// Hậu, Thơ, Vỹ): a name the lists lack ("Hậu Hoàng", "Thơ Nguyễn"), read only where the act begins right after it
    /// (<see cref="ActBeginsAfter"/>). Place pairs of that shape are the provinces' (<see cref="IsProvince"/>) or stand after a
    /// place word, which <see cref="OrdinaryPhrases.DropLikely"/> reads.
    /// </summary>
    internal static bool IsMarkedShape(ReadOnlySpan<char> span)
    {
        var space = span.IndexOf(' ');
        if (span.Length > MaxPair || space <= 0 || span[(space + 1)..].Contains(' '))
        {
            return false;
        }

        Span<char> pair = stackalloc char[MaxPair];
        var n = InvariantLower.Write(span, pair);
        if (n <= 0)
        {
            return false;
        }

        var first = pair[..space];
        var second = pair[(space + 1)..n];
        var (firsts, givens) = Syllables.Value;
        var firstListed = firsts.Contains(first) || givens.Contains(first) || Families.Contains(first);
        var secondListed = firsts.Contains(second) || givens.Contains(second) || Families.Contains(second);
        return (firstListed && (secondListed || IsVietnameseWritten(second))) || (secondListed && IsVietnameseWritten(first));
    }

    /// <summary>A syllable holding a letter only Vietnamese writes among the lexicon languages (ơ ư ă â ê ô đ, a dot below, a hook above).</summary>
    private static bool IsVietnameseWritten(ReadOnlySpan<char> syllable)
    {
        foreach (var c in syllable)
        {
            if (c is 'ơ' or 'ư' or 'ă' or 'đ' || (c is >= '\u1EA0' and <= '\u1EF9'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The act's term right after token <paramref name="j"/>, or after one aspect or passive word (đang, đã, vừa, sẽ, bị, được,
    /// cũng, lại: "Hậu Hoàng đang làm tình").
    /// </summary>
    private static bool ActBeginsAfter(TokenizedText text, int j)
    {
        var n = text.SequenceCount;
        var k = j + 1;
        if (k < n && PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart) && (text[k].Tags & WordTags.Matched) == 0
            && AspectWords.Contains(text.TextOf(in text[k])))
        {
            k++;
        }

        return k < n && (text[k].Tags & WordTags.Matched) != 0 && PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart);
    }

    /// <summary>Vietnamese aspect and passive words before a verb, folded (MIT, this project).</summary>
    private static readonly CompactWordSet AspectWords = new(["dang", "da", "vua", "se", "bi", "duoc", "cung", "lai", "moi"]);

    /// <summary>The word right before token <paramref name="i"/> (one space between) is in lower case, or a title of two or three capitals (MC, DJ).</summary>
    private static bool LowerOrTitleBefore(TokenizedText text, int i)
    {
        if (i == 0 || !PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
        {
            return false;
        }

        ref var before = ref text[i - 1];
        var word = text.Source.AsSpan(before.SourceStart, before.SourceEnd - before.SourceStart);
        if (word.Length is 2 or 3 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterUpper(word[1]) && char.IsAsciiLetterUpper(word[^1]))
        {
            return true;
        }

        return char.IsLetter(word[0]) && char.IsLower(word[0]);
    }

    /// <summary>After token <paramref name="j"/>: the end, punctuation, or a word in lower case.</summary>
    private static bool NotCapitalisedAfter(TokenizedText text, int j)
    {
        if (j + 1 >= text.SequenceCount)
        {
            return true;
        }

        ref var next = ref text[j + 1];
        if (!PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, next.SourceStart))
        {
            return true;
        }

        var c = text.Source[next.SourceStart];
        return !char.IsLetter(c) || char.IsLower(c);
    }

    /// <summary>Whether a pair of syllables (one space between) is a family or middle syllable and a given syllable.</summary>
    internal static bool IsShape(ReadOnlySpan<char> span)
    {
        var space = span.IndexOf(' ');
        if (span.Length > MaxPair || space <= 0 || span[(space + 1)..].Contains(' '))
        {
            return false;
        }

        Span<char> pair = stackalloc char[MaxPair];
        var n = InvariantLower.Write(span, pair);
        var (firsts, givens) = Syllables.Value;
        return n > 0 && (firsts.Contains(pair[..space]) || Families.Contains(pair[..space])) && givens.Contains(pair[(space + 1)..n]);
    }

    /// <summary>Whether a lower-case syllable is a middle or given syllable of the listed names (VietnameseFullNames, session 35).</summary>
    internal static bool IsNameSyllable(ReadOnlySpan<char> syllable)
    {
        var (firsts, givens) = Syllables.Value;
        return firsts.Contains(syllable) || givens.Contains(syllable);
    }

    /// <summary>The word opens the prompt or follows punctuation (a tag's first word).</summary>
    private static bool StartsTag(TokenizedText text, int i)
    {
        var gap = i == 0
            ? text.Source.AsSpan(0, text[0].SourceStart).Trim()
            : text.Source.AsSpan(text[i - 1].SourceEnd, text[i].SourceStart - text[i - 1].SourceEnd).Trim();
        return i == 0 ? gap.IsEmpty : gap.Length == 1 && gap[0] is ',' or ';' or ':' or '.' or '|' or '\n';
    }

    /// <summary>
    /// Whether the pair is a Vietnamese province or a city people are said to come from (Bình Định, Thái Bình, Nam Định, Phú
    /// Yên: also given names of the list): "võ sư Bình Định", a martial-arts master of Bình Định, names the place (session 27,
    /// i16-precision31, held-out batch 31). Facts of Vietnam's administrative divisions (the provinces before the 2025
    /// merger, and well-known cities), written for GenScreen (MIT); the tone mark on either vowel of -oa/-oe.
    /// </summary>
    internal static bool IsProvince(ReadOnlySpan<char> span)
    {
        if (span.Length > MaxPair)
        {
            return false;
        }

        Span<char> pair = stackalloc char[MaxPair];
        var n = InvariantLower.Write(span, pair);
        return n > 0 && Provinces.Contains(pair[..n]);
    }

    private static readonly CompactWordSet Provinces = new(
    [
        "an giang", "bắc giang", "bắc kạn", "bạc liêu", "bắc ninh", "bến tre", "bình định", "bình dương", "bình phước",
        "bình thuận", "cà mau", "cần thơ", "cao bằng", "đà nẵng", "đắk lắk", "đắk nông", "điện biên", "đồng nai", "đồng tháp",
        "gia lai", "hà giang", "hà nam", "hà nội", "hà tĩnh", "hải dương", "hải phòng", "hậu giang", "hòa bình", "hoà bình",
        "hưng yên", "khánh hòa", "khánh hoà", "kiên giang", "kon tum", "lai châu", "lâm đồng", "lạng sơn", "lào cai", "long an",
        "nam định", "nghệ an", "ninh bình", "ninh thuận", "phú thọ", "phú yên", "quảng bình", "quảng nam", "quảng ngãi",
        "quảng ninh", "quảng trị", "sóc trăng", "sơn la", "tây ninh", "thái bình", "thái nguyên", "thanh hóa", "thanh hoá",
        "tiền giang", "trà vinh", "tuyên quang", "vĩnh long", "vĩnh phúc", "yên bái", "sài gòn", "đà lạt", "nha trang",
        "vũng tàu", "hạ long", "hội an", "phú quốc", "sa pa", "mỹ tho", "quy nhơn", "phan thiết", "côn đảo",
        "việt nam", "mũi né", "mỹ khê", "cát bà", "tam đảo", "bà nà", "sơn trà", "cù lao", "hà tiên", "châu đốc", "buôn ma",
    ]);

    /// <summary>The most frequent Vietnamese family names with their tone marks (WorldNameShapes holds them folded).</summary>
    private static readonly CompactWordSet Families = new(
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý",
        "đinh", "trương", "trịnh", "đoàn", "lâm", "lương", "mai", "cao", "hà", "tạ", "quách", "thái", "triệu", "chu", "kiều",
    ]);

    /// <summary>The first (middle) and second (given) syllables of the listed two-syllable given names.</summary>
    private static readonly Lazy<(CompactWordSet Firsts, CompactWordSet Givens)> Syllables = new(() =>
    {
        var firsts = new HashSet<string>(StringComparer.Ordinal);
        var givens = new HashSet<string>(StringComparer.Ordinal);
        using var reader = RuleDataFile.Open("vietnamese-given-names.txt");
        foreach (var row in RuleDataFile.Rows(reader))
        {
            var pair = row.Trim().Normalize();
            var space = pair.IndexOf(' ');
            if (space > 0)
            {
                firsts.Add(pair[..space]);
                givens.Add(pair[(space + 1)..]);
            }
        }

        return (new CompactWordSet([.. firsts]), new CompactWordSet([.. givens]));
    });

    /// <summary>A capitalised Latin word of two to seven letters no term or person word claimed, not written all in capitals
    /// (BREAK); also the syllable test of <see cref="VietnameseFullNames"/>.</summary>
    internal static bool IsSyllable(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        return word.Length is >= 2 and <= 7 && char.IsUpper(word[0]) && !char.IsUpper(word[1])
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0;
    }

    private static CompactWordSet Load()
    {
        using var reader = RuleDataFile.Open("vietnamese-given-names.txt");
        return new CompactWordSet(RuleDataFile.Rows(reader).Select(row => row.Trim().Normalize()).ToList());
    }
}
