namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// A consonant skeleton that a name keeps across scripts: <c>Taylor Swift</c>, <c>Тейлор Свифт</c>,
/// <c>テイラー・スウィフト</c> (teiraa suwifuto) and <c>테일러 스위프트</c> (teilleo seuwipeuteu) all give
/// <c>TR SPT</c>. Vowels, <c>h w v y</c> are dropped (scripts add or drop them, and write English w as v or the
/// reverse), and so is an <c>r</c> that no vowel follows (Japanese and Korean do not say it: マーゴット is Margot);
/// sounds that other scripts merge are merged (<c>l/r</c>, <c>b/p/f</c>, <c>d/t</c>, <c>g/k/c/q</c>, <c>s/z</c>,
/// <c>j/dzh/ch/zh</c> and a soft <c>g</c>), and the nasal of <c>nt</c>/<c>mp</c> is dropped (Greek ντ, μπ are d, b);
/// runs of one class count once. Written for GenScreen.
/// </summary>
internal static class PhoneticKey
{
    /// <summary>Writes the key of a lower-case Latin word into <paramref name="output"/>; returns its length.</summary>
    /// <param name="vowels">
    /// Keep each run of vowels as <c>V</c>: for Korean names, whose consonant skeletons are too short to tell
    /// apart (Song Hye-kyo <c>SNK K</c>) but whose syllables Hangul writes exactly (<c>SVNK VKV</c>); g is always hard
    /// in a Korean name (Geun-hye).
    /// </param>
    /// <param name="keepR">
    /// Keep an <c>r</c> that no vowel follows: for scripts that write every r that is said and leave short vowels
    /// out (Arabic محرز mhrz is Mahrez, Devanagari रणबीर rnbir is Ranbir), and for the Latin names they are
    /// compared with. Kana, Hangul and Han never write an unspoken r, so their keys drop it.
    /// </param>
    public static int Write(ReadOnlySpan<char> latin, Span<char> output, bool vowels = false, bool keepR = false)
    {
        var n = 0;
        for (var i = 0; i < latin.Length; i++)
        {
            WorkCounter.Add(1);
            var c = latin[i];
            var next = i + 1 < latin.Length ? latin[i + 1] : '\0';
            char k;
            switch (c)
            {
                case 'r' when !IsVowel(next) && !keepR:
                    continue;
                case 'd' when next == 'z' && i + 2 < latin.Length && latin[i + 2] == 'h':
                    k = 'J'; // Russian дж
                    i += 2;
                    break;
                case 't' when next == 'z' && i + 2 < latin.Length && IsVowel(latin[i + 2]):
                    k = 'J'; // Greek τζ (Τζένιφερ)
                    i++;
                    break;
                case 'n' when next == 't':
                case 'm' when next == 'p':
                    continue; // Greek writes d and b as ντ and μπ: nt and mp count as their stop alone (Καρντάσιαν)
                case 'd' when next == 'j':
                    k = 'J';
                    i++;
                    break;
                case 'g' when next is 'e' or 'i' or 'y' && !vowels:
                    k = 'J'; // Angelina, Gigi
                    break;
                case 'g' when next == 'o' && i + 2 < latin.Length && latin[i + 2] is 'u' or 'y' && i + 3 < latin.Length && IsVowel(latin[i + 3]):
                    continue; // Greek γου before a vowel writes w (Γουότσον)
                case 'p' when next == 'h':
                    k = 'P';
                    i++;
                    break;
                case 'c' when next == 'h' && i + 2 < latin.Length && latin[i + 2] == 'r':
                    k = 'K'; // chr is always a hard k (Chris, Christina; Greek χρ): never the ch of Hangul ㅊ (철수)
                    i++;
                    break;
                case 'c' when next == 'h':
                case 'z' when next == 'h':
                    k = 'J';
                    i++;
                    break;
                case 's' when next == 'h':
                case 'k' when next == 'h':
                case 'g' when next == 'h':
                case 't' when next == 'h':
                case 'd' when next == 'h':
                case 'b' when next == 'h':
                    k = Class(c);
                    i++;
                    break;
                case 'c' when next is 'e' or 'i' or 'y':
                    k = 'S';
                    break;
                case 'x':
                    Append(output, ref n, 'K');
                    k = 'S';
                    break;
                default:
                    k = vowels && IsVowel(c) ? 'V' : Class(c);
                    break;
            }

            Append(output, ref n, k);
        }

        return n;
    }

    /// <summary>
    /// The key of a Korean family name, with its vowels and an initial <c>h</c> kept: Hangul writes ㅎ exactly, and
    /// without it Ha, Han and Hong would key like Yeo, An and Ong (여대생, "female college student", read as Ha Daesung).
    /// </summary>
    public static int WriteKoreanFamily(ReadOnlySpan<char> latin, Span<char> output)
    {
        if (latin.Length == 0 || latin[0] != 'h' || output.Length == 0)
        {
            return Write(latin, output, vowels: true);
        }

        output[0] = 'H';
        return 1 + Write(latin[1..], output[1..], vowels: true);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void Append(Span<char> output, ref int n, char k)
    {
        if (k == '\0' || (n > 0 && output[n - 1] == k) || n == output.Length)
        {
            return;
        }

        output[n++] = k;
    }

    private static char Class(char c) => c switch
    {
        'b' or 'p' or 'f' => 'P',
        'd' or 't' => 'T',
        'g' or 'k' or 'c' or 'q' => 'K',
        's' or 'z' => 'S',
        'j' => 'J',
        'l' or 'r' => 'R',
        'm' => 'M',
        'n' => 'N',
        _ => '\0', // vowels, h, w, v, y, apostrophes
    };
}
