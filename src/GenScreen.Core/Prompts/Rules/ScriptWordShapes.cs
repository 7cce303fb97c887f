using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// What the grammar of a caseless script says about whether a word can be (part of) a personal name, for the rules
/// that read unknown words of those scripts as names (<see cref="ScriptFullNames"/>, <see cref="CaselessScriptNames"/>,
/// <see cref="OtherScriptNames"/>). Ordinary sentences of Bengali, Hindi, Persian and Arabic are full of words no list
/// holds; what sets most of them apart from names is an ending or a prefix names do not take:
/// <list type="bullet">
/// <item><see cref="NeverName"/>: forms no name takes anywhere. Bengali definite classifiers and plural endings
/// (মেয়েটির, ছবিটা, ফুলগুলো, তাদের); Devanagari words ending in a nasal sign (plural and oblique forms and verbs:
/// पहाड़ों, बातें, करें); Arabic-script words opening with a prefix glued to the article (بالأبيض, والأسود, للفنان)
/// or closing with the plural/pronoun suffix ها (گلها, جسدها) on a longer word, or the Persian ezafe letter ۀ (خانۀ);
/// Persian suffixes and the verb prefix written after or before a zero-width non-joiner (گل‌های, پنجره‌ی, می‌رود),
/// and the word they are joined to.</item>
/// <item><see cref="CanStartName"/>: a given name, the first word of a full name, takes no case ending: the ending
/// goes on the last word (জয়া আহসানের, "Jaya Ahsan's"). Bengali genitive, dative and locative endings (বিকেলের,
/// রোদে, ছাদে, বাড়িতে, আলোয়), the Hindi oblique -े of adjectives and nouns (पुराने, गहरे), and an Arabic word with the
/// article ال before another (النافذة المفتوحة, "the open window"; a given name and a family name with the article,
/// سلمى الحسيني, have it only on the second), in a pair with no letter only Persian writes (Persian الناز, الهام
/// are given names). A Bengali word ending in -র after a vowel sign (নদীর, "of the river") is also a genitive, but as
/// many given names end so (কবির, সমীর, তুষার), it starts a name only when it is a known given name (the caller's check).</item>
/// </list>
/// Endings are read on the word as the user wrote it; a conjunct before the classifier (বৃষ্টি, মিষ্টি, both also given
/// names) is part of the stem, not a classifier.
/// </summary>
internal static class ScriptWordShapes
{
    private const char BengaliVirama = '\u09CD';
    private const char ZeroWidthNonJoiner = '\u200C';

    /// <summary>Bengali classifiers and plural/case endings that only common nouns and pronouns take.</summary>
    private static readonly string[] BengaliNounEndings =
    [
        "টির", "টার", "টিকে", "টাকে", "টিতে", "টাতে", "গুলো", "গুলি", "গুলোর", "গুলির", "গুলোকে", "গুলিকে", "গুলোতে", "দের", "খানা", "খানি",
    ];

    /// <summary>The bare classifiers: also the end of foreign names as Bengali spells them (কেটি Katie, রিটা Rita), so read only on a native name's words.</summary>
    private static readonly string[] BengaliBareClassifiers = ["টি", "টা"];

    /// <summary>Bengali case endings (genitive, dative, locative) that a name takes only on its last word.</summary>
    private static readonly string[] BengaliCaseEndings = ["ের", "এর", "কে", "তে", "োয়", "ায়", "ো\u09DF", "া\u09DF", "ে"]; // য় also precomposed

    /// <summary>Persian suffixes written after a ZWNJ (plural, ezafe, comparative, possessive) and the verb prefixes written before one.</summary>
    private static readonly string[] PersianJoinedSuffixes = ["ها", "های", "هایی", "هایم", "هایش", "ی", "ای", "ام", "ات", "اش", "مان", "تان", "شان", "تر", "ترین", "ست"];

    private static readonly string[] PersianVerbPrefixes = ["می", "نمی"];

    /// <summary>
    /// Prefixes glued to the Arabic article (and, with, for, so, like) before a hamza-seat alif (بالأبيض, والأسود), and li- before
    /// the article (للفنان): a word that opens so is no native name. Before other letters the same letters open foreign names
    /// (فالنتينا, والتر, كالفن), so those are not read.
    /// </summary>
    private static readonly string[] ArabicPrefixedArticles = ["بالأ", "والأ", "فالأ", "كالأ", "بالإ", "والإ", "فالإ", "كالإ", "بالآ", "والآ", "لل"];

    /// <summary>Shortest Arabic-script word read by its ها suffix or prefixed article: مها (Maha) and بالا are words of three or four letters.</summary>
    private const int MinAffixedArabic = 5;

    /// <summary>Whether token <paramref name="i"/> has a form no personal name takes (see the class summary).</summary>
    /// <param name="soundMatch">
    /// The word may be part of a listed foreign name written in the script by sound (<see cref="OtherScriptNames"/>): only the
    /// forms no transliteration makes count; bare Bengali classifiers (কেটি, রিটা), a final ها, and a prefix before the article
    /// (فالنتينا Valentina, والتر Walter) are left out.
    /// </param>
    public static bool NeverName(TokenizedText text, int i, bool soundMatch = false)
    {
        ref var token = ref text[i];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (word.Length < 2)
        {
            return false;
        }

        WorkCounter.Add(1);
        var first = word[0];
        if (first is >= '\u0980' and <= '\u09FF')
        {
            return (EndsWithAny(word, BengaliNounEndings, out var ending) || (!soundMatch && EndsWithAny(word, BengaliBareClassifiers, out ending)))
                && word.Length > ending + 1 && word[^(ending + 1)] != BengaliVirama;
        }

        if (first is >= '\u0900' and <= '\u097F')
        {
            return word[^1] is '\u0902' or '\u0901'; // anusvara, chandrabindu: पहाड़ों, बातें, करें
        }

        if (first is >= '\u0400' and <= '\u04FF')
        {
            return CyrillicNeverName(word);
        }

        if (first is >= '\u0600' and <= '\u06FF')
        {
            if (word[^1] == 'ۀ' || (!soundMatch && word.Length >= MinAffixedArabic && (StartsWithAny(word, ArabicPrefixedArticles) || word.EndsWith("ها", StringComparison.Ordinal))))
            {
                return true;
            }

            // A ZWNJ inside the word as the tokenizer kept it: a suffix after the last one, a verb prefix before the first.
            var zwnj = word.LastIndexOf(ZeroWidthNonJoiner);
            if (zwnj > 0 && (IsAny(word[(zwnj + 1)..], PersianJoinedSuffixes) || IsAny(word[..word.IndexOf(ZeroWidthNonJoiner)], PersianVerbPrefixes)))
            {
                return true;
            }

            return JoinedToSuffix(text, i) || IsJoinedAffix(text, i);
        }

        return false;
    }

    /// <summary>
    /// Russian and Ukrainian verb endings no name takes (reflexive -ться/-тся/-ться, third person plural -ают/-яют/-уют,
    /// -ають/-яють/-ують: обнимаются, гуляют, танцюють) and the age compounds of the four Cyrillic languages
    /// (сорокалетняя, сорокарічна, четиридесетгодишна, четрдесетогодишња): words of a sentence, never a name read by
    /// its sound (мужчина лет сорока проводят was read as Sergio Berti).
    /// </summary>
    private static readonly string[] CyrillicVerbEndings = ["ться", "тся", "ются", "ятся", "ают", "яют", "уют", "ають", "яють", "ують", "ешь", "ёшь", "ишь"];

    private static readonly string[] CyrillicAgeCompounds = ["летн", "річн", "годишн", "годишњ"];

    private static bool CyrillicNeverName(ReadOnlySpan<char> word)
    {
        if (word.Length < 5)
        {
            return false;
        }

        foreach (var ending in CyrillicVerbEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var part in CyrillicAgeCompounds)
        {
            // Inside the word, after a number stem: a word that opens with it is no compound.
            var at = word[1..].IndexOf(part, StringComparison.OrdinalIgnoreCase);
            if (at >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> may be the first word (a given name) of a full name: no case ending on it (see the class summary).</summary>
    /// <param name="pairEnd">The last token of the pair, to tell Arabic from Persian by the letters only Persian writes.</param>
    public static bool CanStartName(TokenizedText text, int i, int pairEnd)
    {
        ref var token = ref text[i];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        if (word.Length < 3)
        {
            return true;
        }

        WorkCounter.Add(1);
        var first = word[0];
        if (first is >= '\u0980' and <= '\u09FF')
        {
            return !EndsWithAny(word, BengaliCaseEndings, out _);
        }

        if (first is >= '\u0900' and <= '\u097F')
        {
            return word[^1] != '\u0947'; // the oblique -े: पुराने, गहरे, नीले
        }

        // A definite noun and its definite adjective (النافذة المفتوحة, البيت القديم): both words with the article. One word
        // alone may be a name as Arabic spells a foreign one (اليكس, الينا), and Persian names open so (الناز, الهام).
        if (first is 'ا' && word[1] == 'ل' && word.Length >= 4 && pairEnd > i)
        {
            ref var last = ref text[pairEnd];
            var next = text.Source.AsSpan(last.SourceStart, last.SourceEnd - last.SourceStart);
            var source = text.Source.AsSpan(token.SourceStart, last.SourceEnd - token.SourceStart);
            return !(next.Length >= 4 && next[0] == 'ا' && next[1] == 'ل') || source.IndexOfAny("پچژگکی".AsSpan()) >= 0;
        }

        return true;
    }

    /// <summary>A Bengali word ending in -র after a vowel sign (নদীর, বাড়ির, সন্ধ্যার): a genitive, or a given name (কবির, সমীর).</summary>
    public static bool IsBengaliVowelGenitive(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var word = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        return word.Length >= 3 && word[0] is >= '\u0980' and <= '\u09FF' && word[^1] == 'র' && word[^2] is >= '\u09BE' and <= '\u09CC';
    }

    /// <summary>A word followed, across a ZWNJ, by a Persian suffix (گل‌های, پنجره‌ی), or preceded by a verb prefix (می‌رود).</summary>
    private static bool JoinedToSuffix(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        if (i + 1 < text.SequenceCount && token.SourceEnd < text.Source.Length && text.Source[token.SourceEnd] == ZeroWidthNonJoiner
            && text[i + 1].SourceStart == token.SourceEnd + 1 && IsAny(text, i + 1, PersianJoinedSuffixes))
        {
            return true;
        }

        return i > 0 && token.SourceStart > 0 && text.Source[token.SourceStart - 1] == ZeroWidthNonJoiner
            && text[i - 1].SourceEnd == token.SourceStart - 1 && IsAny(text, i - 1, PersianVerbPrefixes);
    }

    /// <summary>The suffix or prefix itself, written apart from its word by a ZWNJ.</summary>
    private static bool IsJoinedAffix(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        return (token.SourceStart > 0 && text.Source[token.SourceStart - 1] == ZeroWidthNonJoiner && IsAny(text, i, PersianJoinedSuffixes))
            || (token.SourceEnd < text.Source.Length && text.Source[token.SourceEnd] == ZeroWidthNonJoiner && IsAny(text, i, PersianVerbPrefixes));
    }

    private static bool IsAny(TokenizedText text, int i, string[] words)
    {
        ref var token = ref text[i];
        return IsAny(text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart), words);
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings, out int length)
    {
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
            {
                length = ending.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
