using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 35 (i16-namesasia43): a Vietnamese full name no list holds, read by the regular shape Vietnamese names have: a
/// family name of <see cref="Families"/> and one to three capitalised syllables, each a middle or given syllable of the listed
/// two-syllable given names (Data/vietnamese-given-names.txt) or the middle names Thị and Văn (Quách Thị Lan, Kiều Mỹ Duyên,
/// Phùng Văn Khoa, Tôn Nữ Hạ Vy). <see cref="WorldNameShapes"/> reads only the commonest families in unaccented letters with
/// exactly two syllables after them, and <see cref="VietnameseGivenNames"/> only pairs; batch 42's writers wrote Quách Thị Lan
/// before a sex act and batches 38–42 six more such names that nothing read.
/// Where a name stands in a Vietnamese sentence, which capitalises only proper nouns: opening the prompt or a tag, or after a
/// word in lower case, and followed by a word in lower case, punctuation or the end (not inside a longer run of capitalised
/// words: a heading, a place with a title). Only in a prompt with sexual content (the caller tests it), the name written with
/// its tone marks (unaccented runs are other languages' words: Le Mans, Mai Tai), no syllable claimed by a term or a person
/// word, and no province or city of <see cref="VietnameseGivenNames.IsProvince"/> inside it (Hà Nội, Hồ Chí Minh).
/// </summary>
internal static class VietnameseFullNames
{
    /// <summary>Longest run of syllables after the family name (Tôn Nữ Hạ Vy: a two-syllable family and two).</summary>
    private const int MaxAfterFamily = 3;

    /// <summary>
    /// Vietnamese family names with their tone marks: the commonest (as <see cref="VietnameseGivenNames"/> lists them) and the
    /// rarer ones of Wikipedia's "Vietnamese name" and "List of common Vietnamese surnames" articles (facts, written for
    /// GenScreen, MIT). Hồ is left out: it is also the word for a lake (Hồ Tây, Hồ Gươm, Hồ Xuân Hương in Đà Lạt).
    /// </summary>
    private static readonly CompactWordSet Families = new(
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương", "lý",
        "đinh", "trương", "trịnh", "đoàn", "lâm", "lương", "mai", "cao", "hà", "tạ", "quách", "thái", "triệu", "chu", "kiều",
        "phùng", "tôn", "châu", "mạc", "lưu", "từ", "âu", "khúc", "tăng", "thân", "ông", "diệp", "vương", "hứa", "tô", "lục",
        "nghiêm", "đàm", "lã", "lại", "hầu", "bạch", "trình", "phí", "khổng", "doãn", "khương", "nông", "tống", "thạch", "khuất",
        "đào", "đồng", "văn", "giáp", "mạnh", "ninh", "tiêu", "mã", "cù", "kha", "lạc", "quan", "viên", "đường", "vi", "bế", "lò",
        // Session 36 (i16-namescjk44): Phương (方), a rarer family name of the same articles, also a common middle and given
        // syllable, so a name it opens is a person's either way.
        "phương",
    ]);

    /// <summary>Middle names that are no given syllable of the list (Thị for women, Văn for men) and Nữ of Tôn Nữ.</summary>
    private static readonly CompactWordSet Middles = new(["thị", "văn", "nữ"]);

    /// <summary>Tries the shape at token <paramref name="i"/>; emits realPersonLikely for the whole name when it fits.</summary>
    public static bool TryAt(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (i + 1 >= n || !VietnameseGivenNames.IsSyllable(text, i) || !IsFamily(text, i))
        {
            return false;
        }

        var last = i;
        while (last + 1 < n && last - i < MaxAfterFamily && VietnameseGivenNames.IsSyllable(text, last + 1)
            && PersonDetector.OnlySpaceBetween(text.Source, text[last].SourceEnd, text[last + 1].SourceStart) && IsNameSyllable(text, last + 1))
        {
            last++;
        }

        // A capitalised word right after the name makes it part of a longer title or place; Thị/Văn/Nữ cannot end a name.
        if (last == i || !AfterIsFree(text, last) || !BeforeIsFree(text, i) || Middles.Contains(Lower(text, last, stackalloc char[8])))
        {
            return false;
        }

        var start = text[i].SourceStart;
        var end = text[last].SourceEnd;
        var span = text.Source.AsSpan(start, end - start);
        if (System.Text.Ascii.IsValid(span) || HoldsProvince(text, i, last))
        {
            return false;
        }

        into.Add(Signal.RealPersonLikely, text.Source[start..end], 3, start, end, PromptField.Prompt);
        return true;
    }

    /// <summary>
    /// Whether a span of capitalised words (one space between) is a family name and one to three name syllables, the last no
    /// middle name: <see cref="OrdinaryPhrases"/> keeps such a name though a syllable is an ordinary word (quách, mỹ).
    /// </summary>
    public static bool IsShape(ReadOnlySpan<char> span)
    {
        if (span.Length > 40 || span.IndexOf(' ') <= 0)
        {
            return false;
        }

        Span<char> lower = stackalloc char[40];
        ReadOnlySpan<char> words = lower[..InvariantLower.Write(span, lower)];
        var count = 0;
        var last = words[..0];
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            var ok = count == 0 ? Families.Contains(word) : Middles.Contains(word) || VietnameseGivenNames.IsNameSyllable(word);
            if (!ok || ++count > MaxAfterFamily + 1)
            {
                return false;
            }

            last = word;
        }

        return count >= 2 && !Middles.Contains(last);
    }

    private static bool IsFamily(TokenizedText text, int i) => Families.Contains(Lower(text, i, stackalloc char[8]));

    private static bool IsNameSyllable(TokenizedText text, int k)
    {
        var word = Lower(text, k, stackalloc char[8]);
        return !word.IsEmpty && (Middles.Contains(word) || VietnameseGivenNames.IsNameSyllable(word));
    }

    /// <summary>The token's source word in lower case (NFC as written), empty when longer than the buffer.</summary>
    private static ReadOnlySpan<char> Lower(TokenizedText text, int k, Span<char> buffer)
    {
        ref var token = ref text[k];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (word.Length > buffer.Length)
        {
            return [];
        }

        var written = InvariantLower.Write(word, buffer);
        return buffer[..written];
    }

    /// <summary>No two neighbouring syllables of the name are a province or city (Hà Nội, Hồ Chí Minh's Chí Minh is no city, Cao Bằng).</summary>
    private static bool HoldsProvince(TokenizedText text, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            var start = text[k].SourceStart;
            if (VietnameseGivenNames.IsProvince(text.Source.AsSpan(start, text[k + 1].SourceEnd - start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The prompt's start, punctuation, or a word in lower case (or a short title in capitals: MC, BTV) before the name.</summary>
    private static bool BeforeIsFree(TokenizedText text, int i)
    {
        if (i == 0 || !PersonDetector.OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
        {
            return true;
        }

        ref var before = ref text[i - 1];
        var word = text.Source.AsSpan(before.SourceStart, before.SourceEnd - before.SourceStart);
        if (word.Length is >= 2 and <= 3 && word.IndexOfAnyExceptInRange('A', 'Z') < 0)
        {
            return true;
        }

        return !char.IsLetter(word[0]) || char.IsLower(word[0]);
    }

    /// <summary>The end, punctuation, or a word in lower case after the name.</summary>
    private static bool AfterIsFree(TokenizedText text, int last)
    {
        if (last + 1 >= text.SequenceCount || !PersonDetector.OnlySpaceBetween(text.Source, text[last].SourceEnd, text[last + 1].SourceStart))
        {
            return true;
        }

        var c = text.Source[text[last + 1].SourceStart];
        return !char.IsLetter(c) || char.IsLower(c);
    }
}
