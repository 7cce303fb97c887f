using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// English sexual words written in another script (session 30, i16-loanwords36): Hindi <c>ब्लोजॉब</c>, Japanese
/// <c>ブロージョブ</c>, Korean <c>블로우잡</c>, Russian <c>блоуджоб</c>, Greek <c>μπλοουτζόμπ</c>, Arabic <c>بلوجوب</c>, Hebrew
/// <c>בלוג'וב</c> and Thai <c>โบลว์จ็อบ</c> are one word, blowjob, written by its sound. One mechanism for every script the name
/// matcher reads: a word is written in Latin letters by <see cref="ScriptTransliterator"/> (the tables the people rules use) and
/// reduced to its consonant skeleton by <see cref="PhoneticKey"/> (vowels dropped, b/p/f, d/t, g/k, s/z, l/r and j/ch/zh merged:
/// the tolerance transliteration needs), then compared with the skeletons of a short English vocabulary (<see cref="Vocabulary"/>,
/// each word with the spellings other scripts give it, e.g. threesome also as <c>srisam</c>, as kana and Hangul write th).
/// Two words written apart (<c>ओरल सेक्स</c>, oral sex) are read together; a Hangul word is read with its particle cut off
/// (<c>블로우잡을</c>), an Arabic or Hebrew word without its one-letter prefix (<c>والبلوجوب</c>, <c>הבלוג'וב</c>), and Thai, which
/// writes no spaces, at each syllable start.
/// </summary>
/// <remarks>
/// Read after the lexicons (<see cref="PromptScreener"/>), only when the prompt holds a letter of another script (one vectorised
/// search; a Latin prompt pays nothing else) and nothing at nudity or above was read. Skeletons shorter than four consonant classes
/// are too common to compare (nude NT is note, porn PN); the few such words kept (fellatio) are compared with their vowels too.
/// Words the lexicons already read in each script (सेक्स, ポルノ, 섹스) are theirs. Linear: one pass over the prompt, each word
/// written once or twice (Hangul prefixes, Thai windows of at most <see cref="MaxWindow"/> letters, capped at
/// <see cref="MaxLookups"/> comparisons). Vocabulary written for GenScreen (MIT) from the English words and the usual spellings
/// of them in the other scripts; no third-party list.
/// </remarks>
internal static class Loanwords
{
    private const int MaxWord = 32;
    private const int MaxWindow = 14;
    private const int MaxLookups = 1024;
    private const int MinKey = 4;

    /// <summary>How a word's skeleton is compared.</summary>
    internal enum Match
    {
        /// <summary>The consonant skeleton alone (five classes or more, or four with j/ch in them: rare enough).</summary>
        Consonants,

        /// <summary>The skeleton with its vowel runs (<see cref="PhoneticKey.Write"/> with vowels), the first and last vowel
        /// dropped: four plain classes collide with ordinary words (toothbrush TPRS, Tabriz TPRS: topless), so the vowels between
        /// them must be where the word has them. Kana and Hangul add vowels between consonants: their spellings are listed too.</summary>
        Vowels,

        /// <summary>An act word written before a separate word for sex (<c>ओरल सेक्स</c>, <c>анал секс</c>); glued, only in the
        /// kana and Hangul (<c>オーラルセックス</c>), where no ordinary word runs on into it (Thai does: มอเตอร์ไซค์เสื้อ, a motorcycle
        /// taxi's vest, keys as R+SKS, so Thai is read only for whole words).</summary>
        SexPair,
    }

    /// <summary>
    /// The English words read (term, level: 2 suggestive, 4 nudity, 6 explicit, as the English lexicon rates each), how they are
    /// compared, and the Latin spellings whose skeletons other scripts give. Words whose English form the lexicon does not flag
    /// (hardcore, milf, lesbian, cowgirl) are left out: a loanword says no more than its English word. Fetish and bondage are
    /// left out too (<c>модный фетиш</c>, a fashion fetish; バンデージ is a bandage), and so is cumshot (감스트, a streamer's name).
    /// </summary>
    internal static readonly (string Term, int Level, Match Match, string[] Spellings)[] Vocabulary =
    [
        ("blowjob", 6, Match.Consonants, ["blowjob"]),
        ("handjob", 6, Match.Consonants, ["handjob"]),
        ("footjob", 6, Match.Consonants, ["footjob"]),
        ("rimjob", 6, Match.Consonants, ["rimjob"]),
        ("lingerie", 2, Match.Consonants, ["lingerie", "lanjeri"]),
        ("deepthroat", 6, Match.Consonants, ["deepthroat", "deepsroat"]),
        ("gangbang", 6, Match.Consonants, ["gangbang", "gyangbang"]),
        ("doggystyle", 6, Match.Consonants, ["doggystyle", "dogistyle"]),
        ("masturbation", 6, Match.Consonants, ["masturbation", "masterbeshon"]),
        ("striptease", 4, Match.Consonants, ["striptease", "stripchiz"]),
        // Strip show's skeleton STRPS is the Korean shuttle bus's too (셔틀버스, syeoteulbeoseu: l/r and b/p merged; sealed
        // batch 36 blocked a child stepping off a kindergarten shuttle), so its vowels must agree (session 30 merge).
        ("striptease", 4, Match.Vowels, ["stripshow", "~seuteuripsyo", "~sutorippushoo"]),
        ("threesome", 6, Match.Vowels, ["threesome", "srisam", "thrism", "~surisamu", "~sseuriseom"]),
        ("topless", 4, Match.Vowels, ["topless", "tapriseu", "~toppuresu", "~topeulliseu"]),
        ("creampie", 6, Match.Vowels, ["~kurimupai"]),
        ("fellatio", 6, Match.Vowels, ["~ferachio", "~pellachio"]),
        ("oral sex", 6, Match.SexPair, ["oral"]),
        ("anal sex", 6, Match.SexPair, ["anal"]),
    ];

    private readonly record struct Entry(string Term, int Level);

    private sealed class Tables
    {
        public readonly Dictionary<string, Entry> KeepR = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Entry> DropR = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Entry> VowelsKeepR = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Entry> VowelsDropR = new(StringComparer.Ordinal);

        /// <summary>The vowel skeletons of spellings with the vowels kana and Hangul put between consonants (~ in
        /// <see cref="Vocabulary"/>): compared only with kana and Hangul words (ανθοπώλισσα, a florist, keys as トップレス).</summary>
        public readonly Dictionary<string, Entry> Epenthetic = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Entry> PairKeepR = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Entry> PairDropR = new(StringComparer.Ordinal);
    }

    private static readonly Lazy<Tables> Keys = new(Build);

    private static readonly IReadOnlyDictionary<char, string> NoHan = new Dictionary<char, string>();

    /// <summary>Adds the strongest loanword read to <paramref name="into"/> as a sexual term.</summary>
    public static void Detect(string prompt, SignalSummary into)
    {
        if (into.LevelOf(Signal.Sexual) >= 4 || prompt.AsSpan().IndexOfAnyInRange('\u0370', Scripts.HangulLast) < 0)
        {
            return;
        }

        var (level, start, end, _) = Read(prompt);
        if (level > into.LevelOf(Signal.Sexual))
        {
            into.Add(Signal.Sexual, prompt[start..end], level, start, end, PromptField.Prompt);
        }
    }

    /// <summary>The strongest loanword of <paramref name="prompt"/>: its level (0 none), where it is and the English word.</summary>
    internal static (int Level, int Start, int End, string? Term) Read(string prompt)
    {
        var best = (Level: 0, Start: -1, End: -1, Term: (string?)null);
        var tables = Keys.Value;
        Span<char> word = stackalloc char[MaxWord];
        Span<int> at = stackalloc int[MaxWord + 1];
        Span<char> pair = stackalloc char[MaxWord * 2];
        Span<char> fold = stackalloc char[8];
        var lookups = 0;
        var previousLength = 0;
        var previousStart = -1;
        var previousEnd = -1;
        Span<char> previous = stackalloc char[MaxWord];
        var n = prompt.Length;
        var i = 0;
        while (i < n && lookups < MaxLookups)
        {
            WorkCounter.Add(1);
            if (!IsRunLetter(prompt[i]))
            {
                i++;
                continue;
            }

            // One run of letters of one script: folded into word[], at[k] the source index of word[k].
            var start = i;
            var length = 0;
            var overflow = false;
            var script = ScriptOf(prompt[i]);
            while (i < n)
            {
                var c = prompt[i];
                if (IsGeresh(c) && length > 0 && word[length - 1] is 'ג' or 'ז' or 'צ')
                {
                    // Hebrew writes j, zh and ch as ג׳ ז׳ צ׳ (בלוג'וב): the Arabic letters of those sounds stand in for the pair.
                    word[length - 1] = word[length - 1] switch { 'ג' => 'ج', 'ז' => 'ژ', _ => 'چ' };
                    i++;
                    continue;
                }

                if (!IsRunLetter(c) && !IsJoiner(c) || IsRunLetter(c) && ScriptOf(c) != script)
                {
                    break;
                }

                WorkCounter.Add(1);
                var used = CharFolding.Fold(prompt, i, fold, out var written);
                for (var k = 0; k < written; k++)
                {
                    if (length == MaxWord)
                    {
                        overflow = true;
                        break;
                    }

                    at[length] = i;
                    word[length++] = fold[k];
                }

                i += used;
            }

            at[length] = i;
            var end = i;
            if (length == 0)
            {
                continue;
            }

            if (script == 'T')
            {
                // Thai: no spaces between words; each window that starts and ends at a syllable start.
                ReadThai(word[..length], at, tables, ref lookups, ref best);
                previousLength = 0;
                continue;
            }

            if (!overflow)
            {
                var w = word[..length];
                Consider(w, tables, ref lookups, ref best, start, end, glued: script == 'J' || script == 'K');
                if (script == 'K')
                {
                    for (var k = length - 1; k >= 2; k--)
                    {
                        Consider(w[..k], tables, ref lookups, ref best, start, at[k], glued: true);
                    }
                }
                else if (script == 'A' && length > 4 && w.StartsWith("ال"))
                {
                    Consider(w[2..], tables, ref lookups, ref best, start, end);
                }
                else if (script is 'A' or 'H' && length > 4 && w[0] is 'و' or 'ب' or 'ل' or 'ו' or 'ה' or 'ב' or 'ל' or 'ש' or 'מ')
                {
                    Consider(w[1..], tables, ref lookups, ref best, start, end);
                }

                // Two words written apart (ओरल सेक्स, hand job): read together when only a space or hyphen parts them.
                if (previousLength > 0 && previousEnd >= 0 && start - previousEnd is >= 1 and <= 2 && OnlySpaces(prompt.AsSpan(previousEnd, start - previousEnd)))
                {
                    previous[..previousLength].CopyTo(pair);
                    w.CopyTo(pair[previousLength..]);
                    Consider(pair[..(previousLength + length)], tables, ref lookups, ref best, previousStart, end, pair: true);
                }

                w.CopyTo(previous);
                previousLength = length;
                previousStart = start;
                previousEnd = end;
            }
            else
            {
                previousLength = 0;
            }
        }

        return best;
    }

    private static void ReadThai(ReadOnlySpan<char> word, ReadOnlySpan<int> at, Tables tables, ref int lookups, ref (int Level, int Start, int End, string? Term) best)
    {
        for (var s = 0; s < word.Length && lookups < MaxLookups; s++)
        {
            if (!ThaiStart(word, s))
            {
                continue;
            }

            for (var e = s + 3; e <= Math.Min(word.Length, s + MaxWindow) && lookups < MaxLookups; e++)
            {
                if (e < word.Length && !ThaiStart(word, e))
                {
                    continue;
                }

                if (Marked(word[s..e]))
                {
                    // no glued "sex" pairs: มอเตอร์ไซค์เสื้อ (motorcycle, shirt) keys as R+SKS
                    (int Level, int Start, int End, string? Term) found = default;
                    Consider(word[s..e], tables, ref lookups, ref found, at[s], at[e]);
                    if (found.Level > best.Level && !OrdinaryPhrases.IsInThaiWords(word, s, e))
                    {
                        best = found;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A Thai window written as a loanword: with the thanthakhat (์, a letter kept silent, as English spellings are followed:
    /// แฮนด์, เซ็กส์) or the maitaikhu (็, a short vowel: จ็อบ). Thai words run together with no space, so an ordinary stretch
    /// of them would otherwise key like a loanword (โรงเรียน, school, as lingerie).
    /// </summary>
    private static bool Marked(ReadOnlySpan<char> window) => window.IndexOfAny('\u0E4C', '\u0E47') >= 0;

    /// <summary>A Thai syllable may start here: a leading vowel, or a consonant no leading vowel stands before.</summary>
    private static bool ThaiStart(ReadOnlySpan<char> word, int k)
    {
        var c = word[k];
        if (c is >= '\u0E40' and <= '\u0E44')
        {
            return true;
        }

        return c is >= '\u0E01' and <= '\u0E2E' && (k == 0 || word[k - 1] is not (>= '\u0E40' and <= '\u0E44'))
            && (k + 1 >= word.Length || word[k + 1] is not ('\u0E4C' or '\u0E3A'));
    }

    /// <summary>Compares one word (or two read together, <paramref name="pair"/>: the second said sex) with the vocabulary.</summary>
    private static void Consider(ReadOnlySpan<char> w, Tables tables, ref int lookups, ref (int Level, int Start, int End, string? Term) best, int start, int end, bool pair = false, bool glued = false)
    {
        w = WithoutInstrumentalPlural(w);
        Span<char> latin = stackalloc char[MaxWord * 8];
        Span<char> key = stackalloc char[MaxWord * 8];
        var keepR = ScriptTransliterator.WritesEveryR(w[0]);
        var hebrew = w[0] is >= '\u05D0' and <= '\u05EA';
        var consonants = (keepR ? tables.KeepR : tables.DropR).GetAlternateLookup<ReadOnlySpan<char>>();
        var vowels = (w[0] is >= Scripts.KanaFirst and <= Scripts.KanaLast or >= Scripts.HangulFirst and <= Scripts.HangulLast
            ? tables.Epenthetic : keepR ? tables.VowelsKeepR : tables.VowelsDropR).GetAlternateLookup<ReadOnlySpan<char>>();
        var pairs = (keepR ? tables.PairKeepR : tables.PairDropR).GetAlternateLookup<ReadOnlySpan<char>>();
        for (var reading = 0; reading < 2; reading++)
        {
            if (reading == 1 && !ScriptTransliterator.HasAlternateReading(w))
            {
                break;
            }

            lookups++;
            WorkCounter.Add(w.Length);
            if (!ScriptTransliterator.TryWrite(w, NoHan, latin, out var written, alternate: reading == 1))
            {
                return;
            }

            written = SplitDj(latin, written);
            if (hebrew)
            {
                latin[..written].Replace('v', 'o'); // ו is a vowel letter in loanwords (בלוג'וב)
            }

            Entry entry;
            // The consonant skeleton, written once for the pair test and the word's own (session 31: written twice before).
            var length = PhoneticKey.Write(latin[..written], key, keepR: keepR);
            if (pair || glued)
            {
                // The first word's skeleton, then "sex" (SKS) to the end: ओरल सेक्स, オーラルセックス.
                var n = length;
                if (n > 3 && key[(n - 3)..n].SequenceEqual("SKS") && pairs.TryGetValue(key[..(n - 3)], out entry))
                {
                    Take(entry, start, end, ref best);
                    return;
                }

                if (pair)
                {
                    continue;
                }
            }

            if (length >= MinKey && consonants.TryGetValue(key[..length], out entry))
            {
                Take(entry, start, end, ref best);
                return;
            }

            if (w[0] is >= '\u05D0' and <= '\u06FF')
            {
                continue; // Hebrew and Arabic leave most vowels unwritten: their vowel skeletons say nothing (השלושים, thirty, keys as threesome)
            }

            length = PhoneticKey.Write(latin[..written], key, vowels: true, keepR: keepR);
            var trimmed = TrimVowels(key[..length]);
            if (trimmed.Length >= MinKey && vowels.TryGetValue(trimmed, out entry))
            {
                Take(entry, start, end, ref best);
                return;
            }
        }
    }

    /// <summary>
    /// Session 32 (i16-mend40): a Cyrillic word in the instrumental plural (<c>-ами</c>, <c>-ями</c>, <c>-ьями</c>) is read by its
    /// stem. A loanword keeps its English stem and takes the case ending after it (<c>с блоуджобами</c>), so the ending's м is no
    /// consonant of the English word: Ukrainian and Russian <c>з друзями</c>, <c>с друзьями</c> (with friends) keyed as threesome
    /// (TRSM) with it and as nothing without (TRS is below <see cref="MinKey"/>).
    /// </summary>
    private static ReadOnlySpan<char> WithoutInstrumentalPlural(ReadOnlySpan<char> w)
    {
        if (w.Length <= MinInstrumentalWord || w[0] is < '\u0400' or > '\u04FF'
            || !(w.EndsWith("ами", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ями", StringComparison.OrdinalIgnoreCase)))
        {
            return w;
        }

        var stem = w[..^3];
        return stem[^1] is 'ь' or 'Ь' ? stem[..^1] : stem;
    }

    /// <summary>Shortest Cyrillic word whose instrumental-plural ending is cut (a shorter one is a stem of two letters or fewer).</summary>
    private const int MinInstrumentalWord = 5;

    private static ReadOnlySpan<char> TrimVowels(ReadOnlySpan<char> key)
    {
        if (key.Length > 0 && key[0] == 'V')
        {
            key = key[1..];
        }

        return key.Length > 0 && key[^1] == 'V' ? key[..^1] : key;
    }

    /// <summary>
    /// Keeps the d of dj its own sound (hand-job): <see cref="PhoneticKey"/> reads dj as one j (for names: Djokovic), which
    /// would leave handjob the three classes NJP.
    /// </summary>
    private static int SplitDj(Span<char> latin, int written)
    {
        for (var k = written - 2; k >= 0; k--)
        {
            if (latin[k] == 'd' && latin[k + 1] == 'j' && written < latin.Length)
            {
                latin[(k + 1)..written].CopyTo(latin[(k + 2)..]);
                latin[k + 1] = '\'';
                written++;
            }
        }

        return written;
    }

    private static void Take(Entry entry, int start, int end, ref (int Level, int Start, int End, string? Term) best)
    {
        if (entry.Level > best.Level)
        {
            best = (entry.Level, start, end, entry.Term);
        }
    }

    private static Tables Build()
    {
        var t = new Tables();
        Span<char> key = stackalloc char[64];
        Span<char> latin = stackalloc char[64];
        foreach (var (term, level, match, spellings) in Vocabulary)
        {
            foreach (var written0 in spellings)
            {
                var epenthetic = written0[0] == '~';
                var spelling = epenthetic ? written0[1..] : written0;
                spelling.CopyTo(latin);
                var written = SplitDj(latin, spelling.Length);
                foreach (var keepR in (ReadOnlySpan<bool>)[true, false])
                {
                    var entry = new Entry(term, level);
                    switch (match)
                    {
                        case Match.Consonants:
                            var n = PhoneticKey.Write(latin[..written], key, keepR: keepR);
                            (keepR ? t.KeepR : t.DropR).TryAdd(key[..n].ToString(), entry);
                            break;
                        case Match.Vowels:
                            n = PhoneticKey.Write(latin[..written], key, vowels: true, keepR: keepR);
                            if (epenthetic && !keepR)
                            {
                                t.Epenthetic.TryAdd(TrimVowels(key[..n]).ToString(), entry);
                            }
                            else if (!epenthetic)
                            {
                                (keepR ? t.VowelsKeepR : t.VowelsDropR).TryAdd(TrimVowels(key[..n]).ToString(), entry);
                            }

                            break;
                        default:
                            n = PhoneticKey.Write(latin[..written], key, keepR: keepR);
                            (keepR ? t.PairKeepR : t.PairDropR).TryAdd(key[..n].ToString(), entry);
                            break;
                    }
                }
            }
        }

        return t;
    }

    /// <summary>A letter of a script <see cref="ScriptTransliterator"/> writes, hiragana excepted (Japanese particles and
    /// inflections, never a loanword: a katakana word ends where they start).</summary>
    private static bool IsRunLetter(char c) => ScriptTransliterator.IsTransliterable(c) && c is not (>= '\u3040' and <= '\u309F') && c != '・'
        && (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);

    /// <summary>Zero-width joiners inside a word (Persian writes ZWNJ inside words; folding removes them).</summary>
    private static bool IsJoiner(char c) => c is '\u200C' or '\u200D';

    private static bool IsGeresh(char c) => c is '\'' or '\u05F3' or '\u2019';

    private static bool OnlySpaces(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The script of a run letter: C Cyrillic and Greek, A Arabic, H Hebrew, D Devanagari and Bengali, T Thai, J kana, K Hangul.</summary>
    private static char ScriptOf(char c) => c switch
    {
        < '\u0530' => 'C',
        <= '\u05FF' => 'H',
        <= '\u06FF' => 'A',
        <= '\u09FF' => 'D',
        <= '\u0E7F' => 'T',
        <= '\u30FF' => 'J',
        _ => 'K',
    };
}
