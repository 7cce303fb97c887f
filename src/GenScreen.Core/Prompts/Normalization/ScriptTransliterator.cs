namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// Writes a folded word of another script in Latin letters, closely enough for <see cref="PhoneticKey"/>:
/// Cyrillic, Greek, Arabic (and Persian letters), Devanagari, Thai, Hangul (by its syllable arithmetic) and
/// kana, Bengali and Hebrew. Han characters are read through a table (pinyin) the caller passes. Vowels are written where the
/// script writes them, but the phonetic key drops them anyway, so only consonants need to be right. Tables
/// written for GenScreen from the scripts' standard romanizations (GOST/ALA-LC style, Revised Romanization,
/// Hepburn).
/// </summary>
internal static class ScriptTransliterator
{
    private static readonly Dictionary<char, string> Letters = Build();

    /// <summary>
    /// <see cref="Letters"/> as an array indexed by the character (null: no reading), up to its last letter: asked of every
    /// letter of every window the loanword and name readers transliterate, which hashed the letter in a dictionary each
    /// time (docs/performance.md, "Session 31"). The same readings.
    /// </summary>
    private static readonly string?[] LetterArray = Dense(Letters);

    /// <summary>True for a letter this class can write in Latin (Han excluded: see <see cref="TryWrite"/>).</summary>
    /// <remarks>Asked of every word of every prompt by the people rules: inlined, a Latin letter leaves at the first comparison.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsTransliterable(char c) =>
        c >= '\u0370' && c is < '\u0530' or >= '\u05D0' and <= '\u05EA' or >= '\u0600' and <= '\u06FF' or >= '\u0900' and <= '\u09FF'
        or >= Scripts.ThaiFirst and <= Scripts.ThaiLast or >= Scripts.KanaFirst and <= Scripts.KanaLast or >= Scripts.HangulFirst and <= Scripts.HangulLast;

    /// <summary>
    /// True when <paramref name="word"/> has a letter with a second reading (see <c>alternate</c> in
    /// <see cref="TryWrite"/>).
    /// </summary>
    public static bool HasAlternateReading(ReadOnlySpan<char> word) => word.Length > 1 && word[1..].IndexOfAny(AlternateLetters) >= 0 || word.IndexOfAny('г', 'х', 'ช') >= 0;

    /// <summary>
    /// True for scripts that write an r only where it is said (everything this class reads but kana and Hangul, and
    /// Han): their phonetic keys keep an r that no vowel follows (see <see cref="PhoneticKey.Write"/>).
    /// </summary>
    public static bool WritesEveryR(char first) => first is not (>= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7A3' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF');

    private static readonly System.Buffers.SearchValues<char> AlternateLetters = System.Buffers.SearchValues.Create("гхडढডঢช");

    /// <summary>
    /// Writes <paramref name="word"/> in Latin letters into <paramref name="output"/>; false when it holds a
    /// character with no reading or the output does not fit.
    /// </summary>
    /// <param name="alternate">
    /// The second reading of letters that have two: Cyrillic г and х as h, as Ukrainian writes г and as Latin
    /// spellings often write х (Гончаренко Honcharenko, Хасан Hasan); Devanagari and Bengali ड/ढ after the first
    /// letter as r, which they are with a nukta (चोपड़ा Chopra) that folding drops.
    /// </param>
    public static bool TryWrite(ReadOnlySpan<char> word, IReadOnlyDictionary<char, string> hanReadings, Span<char> output, out int written, bool alternate = false)
    {
        written = 0;
        for (var i = 0; i < word.Length; i++)
        {
            WorkCounter.Add(1);
            var c = word[i];
            ReadOnlySpan<char> latin;
            if (c is >= '\uAC00' and <= '\uD7A3')
            {
                if (!TryWriteHangul(c, output[written..], out var n))
                {
                    return false;
                }

                written += n;
                continue;
            }

            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (c == 'γ' && next is 'γ' or 'κ' or 'χ' or 'ξ')
            {
                latin = "n"; // Greek γγ, γκ, γχ inside a word are ng, ng, nch, nx (Άγγελος Angelos)
            }
            else if (c == 'и' && i == 0 && next is 'о' or 'а' or 'у' or 'е')
            {
                latin = "j"; // й before a vowel at the start of a word (Йоханссон): folding wrote it и
            }
            else if (c == 'ं' && next == 'ह')
            {
                latin = "ng"; // सिंह is Singh
            }
            else if (alternate && c == 'ช')
            {
                latin = "s"; // Thai writes English sh with ช (ไอลิช Eilish)
            }
            else if (alternate && c is 'г' or 'х')
            {
                latin = "h";
            }
            else if (alternate && i > 0 && c is 'ड' or 'ढ' or 'ড' or 'ঢ')
            {
                latin = "r";
            }
            else if (c == '\u09CD' && i > 0 && word[i - 1] == '\u09B0' && next == '\u09AF')
            {
                latin = string.Empty; // Bengali র্য is ry
            }
            else if (c < LetterArray.Length && LetterArray[c] is { } mapped)
            {
                latin = mapped;
            }
            else if (hanReadings.TryGetValue(c, out var reading))
            {
                latin = reading;
            }
            else if (c is >= 'a' and <= 'z')
            {
                latin = word.Slice(i, 1);
            }
            else
            {
                return false;
            }

            if (written + latin.Length > output.Length)
            {
                return false;
            }

            latin.CopyTo(output[written..]);
            written += latin.Length;
        }

        return written > 0;
    }

    // ㄱ is written k, not the Revised Romanization's g: Latin spellings of names use both (Kyo, Gyu), and a g
    // before y or i would read soft (혜교 hyegyo is Hye-kyo).
    private static readonly string[] HangulInitials = ["k", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] HangulMedials = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] HangulFinals = ["", "k", "k", "ks", "n", "nj", "nh", "t", "l", "lk", "lm", "lb", "ls", "lt", "lp", "lh", "m", "p", "ps", "t", "t", "ng", "t", "t", "k", "t", "p", "h"];

    private static bool TryWriteHangul(char syllable, Span<char> output, out int written)
    {
        var index = syllable - '\uAC00';
        var parts = (ReadOnlySpan<string>)[HangulInitials[index / 588], HangulMedials[index % 588 / 28], HangulFinals[index % 28]];
        written = 0;
        foreach (var part in parts)
        {
            if (written + part.Length > output.Length)
            {
                return false;
            }

            part.CopyTo(output[written..]);
            written += part.Length;
        }

        return true;
    }

    private static string?[] Dense(Dictionary<char, string> letters)
    {
        var dense = new string?[letters.Keys.Max() + 1];
        foreach (var (c, latin) in letters)
        {
            dense[c] = latin;
        }

        return dense;
    }

    private static Dictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        void Add(string letters, string latin)
        {
            foreach (var c in letters)
            {
                map[c] = latin;
            }
        }

        // Cyrillic (folded: lower case, no diacritics, so й is и and ё is е).
        foreach (var (c, latin) in new[]
        {
            ('а', "a"), ('б', "b"), ('в', "v"), ('г', "g"), ('д', "d"), ('е', "e"), ('ж', "zh"), ('з', "z"), ('и', "i"), ('к', "k"),
            ('л', "l"), ('м', "m"), ('н', "n"), ('о', "o"), ('п', "p"), ('р', "r"), ('с', "s"), ('т', "t"), ('у', "u"), ('ф', "f"),
            ('х', "kh"), ('ц', "ts"), ('ч', "ch"), ('ш', "sh"), ('щ', "shch"), ('ъ', ""), ('ы', "y"), ('ь', ""), ('э', "e"), ('ю', "yu"),
            ('я', "ya"), ('є', "ye"), ('і', "i"), ('ґ', "g"), ('ў', "u"), ('ј', "j"), ('љ', "lj"), ('њ', "nj"), ('ћ', "c"), ('џ', "dz"), ('ђ', "dj"), ('ї', "yi"),
        })
        {
            map[c] = latin;
        }

        // Greek (folded; final sigma is already σ). χ as ch, as Greek names are spelt in Latin (Χαριστέας Charisteas).
        foreach (var (c, latin) in new[]
        {
            ('α', "a"), ('β', "v"), ('γ', "g"), ('δ', "d"), ('ε', "e"), ('ζ', "z"), ('η', "i"), ('θ', "th"), ('ι', "i"), ('κ', "k"),
            ('λ', "l"), ('μ', "m"), ('ν', "n"), ('ξ', "x"), ('ο', "o"), ('π', "p"), ('ρ', "r"), ('σ', "s"), ('τ', "t"), ('υ', "y"),
            ('φ', "f"), ('χ', "ch"), ('ψ', "ps"), ('ω', "o"),
        })
        {
            map[c] = latin;
        }

        // Arabic and Persian: consonants; alef, waw and yeh as vowels (they mostly write one in names).
        Add("اآأإىٱ", "a");
        Add("ب", "b"); Add("پ", "p"); Add("تط", "t"); Add("ثسصث", "s"); Add("ج", "j"); Add("چ", "ch"); Add("حهة", "h");
        Add("خ", "kh"); Add("دض", "d"); Add("ذزظژ", "z"); Add("ر", "r"); Add("ش", "sh"); Add("عءئؤ", ""); Add("غ", "gh");
        Add("ف", "f"); Add("قكک", "k"); Add("گ", "g"); Add("ل", "l"); Add("م", "m"); Add("ن", "n"); Add("و", "u"); Add("يی", "i");
        Add("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670", ""); // harakat, shadda, sukun

        // Devanagari: consonants (the inherent vowel is left out: the key drops vowels) and vowel signs; NFKC splits
        // nukta letters (ज़) into the consonant and the nukta, which is dropped.
        foreach (var (c, latin) in new[]
        {
            ('क', "k"), ('ख', "kh"), ('ग', "g"), ('घ', "gh"), ('ङ', "n"), ('च', "ch"), ('छ', "chh"), ('ज', "j"), ('झ', "jh"), ('ञ', "n"),
            ('ट', "t"), ('ठ', "th"), ('ड', "d"), ('ढ', "dh"), ('ण', "n"), ('त', "t"), ('थ', "th"), ('द', "d"), ('ध', "dh"), ('न', "n"),
            ('प', "p"), ('फ', "f"), ('ब', "b"), ('भ', "bh"), ('म', "m"), ('य', "y"), ('र', "r"), ('ल', "l"), ('व', "v"), ('श', "sh"),
            ('ष', "sh"), ('स', "s"), ('ह', "h"), ('ळ', "l"),
        })
        {
            map[c] = latin;
        }

        Add("अआ", "a"); Add("इई", "i"); Add("उऊ", "u"); Add("एऐ", "e"); Add("ओऔ", "o"); Add("ऋ", "ri");
        Add("ा", "a"); Add("िी", "i"); Add("ुू", "u"); Add("ेैॅ", "e"); Add("ोौॉ", "o"); Add("ृ", "ri"); Add("ऑ", "o"); Add("ऍ", "e");
        Add("ं", "n"); Add("ँ", "n"); Add("ः", "h"); Add("़्", "");

        // Thai: consonants by their initial sound; vowel marks, tone marks and the vowel carrier อ as vowels or nothing.
        Add("กขฃคฅฆ", "k"); Add("ง", "ng"); Add("จฉชฌ", "ch"); Add("ซศษส", "s"); Add("ญย", "y"); Add("ฎด", "d"); Add("ฏต", "t");
        Add("ฐฑฒถทธ", "th"); Add("ณน", "n"); Add("บ", "b"); Add("ป", "p"); Add("ผพภ", "ph"); Add("ฝฟ", "f"); Add("ม", "m");
        Add("รฤ", "r"); Add("ลฬฦ", "l"); Add("ว", "w"); Add("หฮ", "h"); Add("อ", "");
        Add("ะาๅำ", "a"); Add("ิี", "i"); Add("ึื", "ue"); Add("ุู", "u"); Add("เแ", "e"); Add("โ", "o"); Add("ใไ", "ai");
        // The thanthakhat (์) marks a letter silent in Thai, but names keep it to follow the English spelling
        // (สวิฟต์ is Swift): it is dropped and the letter kept.
        Add("\u0E31", "a"); Add("\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E4D\u0E4E\u0E3A", "");

        // Hebrew: consonants only (vowel points are folded away); ו and י stand for vowels or v/y, which the key
        // drops either way; final forms as their letters. ב and כ/פ without their dagesh are v and kh/f; names
        // mostly keep the stop (בר Bar, כהן Cohen, פורטמן Portman).
        Add("א", ""); Add("ב", "b"); Add("ג", "g"); Add("ד", "d"); Add("ה", "h"); Add("ו", "v"); Add("ז", "z"); Add("ח", "kh");
        Add("ט", "t"); Add("י", "y"); Add("כך", "k"); Add("ל", "l"); Add("מם", "m"); Add("נן", "n"); Add("ס", "s"); Add("ע", "");
        Add("פף", "p"); Add("צץ", "ts"); Add("ק", "k"); Add("ר", "r"); Add("ש", "sh"); Add("ת", "t");

        // Bengali: as Devanagari (the same Brahmic layout); the inherent vowel is left out, ব is b or v. Folding drops
        // the nukta, so য় (y) and য (j) are one letter, read y (far more common in names: প্রিয়াঙ্কা).
        foreach (var (c, latin) in new[]
        {
            ('ক', "k"), ('খ', "kh"), ('গ', "g"), ('ঘ', "gh"), ('ঙ', "n"), ('চ', "ch"), ('ছ', "chh"), ('জ', "j"), ('ঝ', "jh"), ('ঞ', "n"),
            ('ট', "t"), ('ঠ', "th"), ('ড', "d"), ('ঢ', "dh"), ('ণ', "n"), ('ত', "t"), ('থ', "th"), ('দ', "d"), ('ধ', "dh"), ('ন', "n"),
            ('প', "p"), ('ফ', "f"), ('ব', "b"), ('ভ', "bh"), ('ম', "m"), ('য', "y"), ('র', "r"), ('ল', "l"), ('শ', "sh"), ('ষ', "sh"),
            ('স', "s"), ('হ', "h"), ('ৎ', "t"), ('ৰ', "r"), ('ৱ', "w"),
        })
        {
            map[c] = latin;
        }

        Add("অআ", "a"); Add("ইঈ", "i"); Add("উঊ", "u"); Add("এ", "e"); Add("ঐ", "oi"); Add("ও", "o"); Add("ঔ", "ou"); Add("ঋ", "ri");
        Add("া", "a"); Add("িী", "i"); Add("ুূ", "u"); Add("ে", "e"); Add("ৈ", "oi"); Add("ো", "o"); Add("ৌ", "ou"); Add("ৃ", "ri");
        Add("ং", "ng"); Add("ঁ", "n"); Add("ঃ", "h"); Add("্", "");

        // Kana (katakana; hiragana is the same table 0x60 lower). Small kana and the long mark as vowels or nothing.
        var kana = new[]
        {
            "ァa", "アa", "ィi", "イi", "ゥu", "ウu", "ェe", "エe", "ォo", "オo", "カka", "ガga", "キki", "ギgi", "クku", "グgu", "ケke", "ゲge",
            "コko", "ゴgo", "サsa", "ザza", "シshi", "ジji", "スsu", "ズzu", "セse", "ゼze", "ソso", "ゾzo", "タta", "ダda", "チchi", "ヂji",
            "ッ", "ツtsu", "ヅzu", "テte", "デde", "トto", "ドdo", "ナna", "ニni", "ヌnu", "ネne", "ノno", "ハha", "バba", "パpa", "ヒhi",
            "ビbi", "ピpi", "フfu", "ブbu", "プpu", "ヘhe", "ベbe", "ペpe", "ホho", "ボbo", "ポpo", "マma", "ミmi", "ムmu", "メme", "モmo",
            "ャya", "ヤya", "ュyu", "ユyu", "ョyo", "ヨyo", "ラra", "リri", "ルru", "レre", "ロro", "ヮwa", "ワwa", "ヰi", "ヱe", "ヲo",
            "ンn", "ヴvu", "ヵka", "ヶke", "ヷva", "ヸvi", "ヹve", "ヺvo",
        };
        foreach (var entry in kana)
        {
            map[entry[0]] = entry[1..];
            if (entry[0] <= 'ヶ' && entry[0] != 'ヷ')
            {
                map[(char)(entry[0] - 0x60)] = entry[1..];
            }
        }

        Add("ー", "");
        return map;
    }
}
