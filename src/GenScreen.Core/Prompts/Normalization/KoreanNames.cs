namespace GenScreen.Core.Prompts.Normalization;

/// <summary>
/// What a Korean name written in Hangul needs besides the syllable arithmetic of <see cref="ScriptTransliterator"/>:
/// the common family names (a name is written family name first and usually without a space: 손흥민 is Son
/// Heung-min), the spellings they take in Latin where the Revised Romanization would lose a consonant
/// (이 i is Lee, 임 im is Lim, 류 ryu keeps its r, 노 no is Roh), and the particles that follow a name (의, 가…).
/// Written for GenScreen from the standard romanizations and the customary spellings of Korean family names.
/// </summary>
internal static class KoreanNames
{
    /// <summary>One-syllable family names (the commonest, covering nearly all Koreans), and the two-syllable ones.</summary>
    private static readonly HashSet<char> Family =
    [
        .. "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부황",
    ];

    private static readonly string[] TwoSyllableFamily = ["남궁", "황보", "선우", "제갈", "독고", "사공", "서문"];

    private static readonly Dictionary<char, string> Customary = new()
    {
        ['이'] = "lee", ['리'] = "lee", ['임'] = "lim", ['림'] = "lim", ['류'] = "ryu", ['유'] = "yoo", ['노'] = "roh", ['로'] = "roh",
        ['라'] = "ra", ['나'] = "na", ['오'] = "oh", ['우'] = "woo", ['여'] = "yeo", ['어'] = "eo", ['은'] = "eun", ['예'] = "ye",
    };

    private static readonly string[] Particles = ["의", "가", "이", "는", "은", "를", "을", "와", "과", "도", "랑", "에게", "처럼", "이랑", "하고", "같은"];

    /// <summary>Syllables of the family name at the start of <paramref name="name"/>: 0 (none), 1 or 2.</summary>
    public static int FamilyLength(ReadOnlySpan<char> name)
    {
        if (name.Length >= 3)
        {
            foreach (var family in TwoSyllableFamily)
            {
                if (name.StartsWith(family, StringComparison.Ordinal))
                {
                    return 2;
                }
            }
        }

        return name.Length > 0 && Family.Contains(name[0]) ? 1 : 0;
    }

    /// <summary>The customary Latin spelling of a one-syllable family name that romanizes to almost nothing; else null.</summary>
    public static string? Romanized(ReadOnlySpan<char> word) =>
        word.Length == 1 && Customary.TryGetValue(word[0], out var latin) ? latin : null;

    /// <summary>A particle that follows a noun (의 of, 가/이 subject, 는/은 topic, 를/을 object…).</summary>
    public static bool IsParticle(ReadOnlySpan<char> rest)
    {
        foreach (var particle in Particles)
        {
            if (rest.SequenceEqual(particle))
            {
                return true;
            }
        }

        return false;
    }
}
