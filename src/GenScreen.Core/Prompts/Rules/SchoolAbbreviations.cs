using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Japanese community shorthand read only where the prompt is Japanese: the school-stage abbreviations JS (joshi
/// shōgakusei, elementary-school girl) and JC (joshi chūgakusei, middle-school girl), with an optional year
/// (<c>JS5</c>, <c>JC1</c>), and the romanised <c>ero</c>/<c>eroi</c> (erotic). In Latin text JS and JC are mostly
/// something else (JavaScript, initials), so the lexicons give them only ambiguous youth, and <c>ero</c> is Italian
/// "I was". Beside Japanese, Chinese or Korean script, or beside other romanised Japanese (<c>hentai</c>,
/// <c>joshi kousei</c>), JS and JC are those pupils, always under 15 (an unambiguous minor: <c>JCエロ</c> blocks like
/// <c>女子中学生 エロ</c>) and <c>ero</c> is suggestive. JK (high-school girl, up to 18) stays the likely minor the
/// lexicons make it.
/// </summary>
internal static class SchoolAbbreviations
{
    /// <summary>Romanised Japanese words that show the prompt is meant the Japanese way.</summary>
    private static readonly string[] RomajiContext =
    [
        "ero", "eroi", "ecchi", "etchi", "echi", "hentai", "gazou", "douga", "oppai", "pantsu", "kawaii", "loli", "joshi", "jyoshi",
        "kosei", "kousei", "koukousei", "kokosei", "gakusei", "shougakusei", "shogakusei", "chuugakusei", "chugakusei", "jk", "jc", "js",
    ];

    /// <summary>A cheap first test: <c>js</c>, <c>jc</c> (with a digit) or <c>ero</c>, <c>eroi</c>.</summary>
    public static bool IsCandidate(TokenizedText text, in Token token)
    {
        if (token.Length is < 2 or > 4)
        {
            return false;
        }

        var word = text.Buffer.Slice(token.Start, token.Length);
        return (word[0] == 'j' && word[1] is 's' or 'c' && word.Length <= 3) || word is "ero" or "eroi";
    }

    /// <param name="context">The prompt's context, computed once: -1 not yet, else a bit set of what it holds.</param>
    public static void Detect(TokenizedText text, int i, ref int context, SignalSummary into)
    {
        ref var token = ref text[i];
        var word = text.TextOf(in token);
        var isEro = word[0] == 'e';
        if (!isEro && word.Length == 3 && word[2] is < '1' or > '6')
        {
            return;
        }

        if (context < 0)
        {
            context = Context(text);
        }

        // The word itself is counted as romaji: it needs Japanese script or a second romanised word beside it.
        if ((context & Script) == 0 && (context >> RomajiShift) < 2)
        {
            return;
        }

        var term = text.Source[token.SourceStart..token.SourceEnd];
        if (isEro)
        {
            into.Add(Signal.Sexual, term, 2, token.SourceStart, token.SourceEnd, PromptField.Prompt);
        }
        else
        {
            into.Add(Signal.Minor, term, 4, token.SourceStart, token.SourceEnd, PromptField.Prompt);
        }
    }

    private const int Script = 1;
    private const int RomajiShift = 1;

    /// <summary>Bit 0: CJK script present; bits above: how many romanised Japanese words (JS/JC/ero themselves included).</summary>
    private static int Context(TokenizedText text)
    {
        var script = 0;
        var romaji = 0;
        for (var k = 0; k < text.SequenceCount; k++)
        {
            ref var t = ref text[k];
            if (t.Has(TokenFlags.Cjk))
            {
                script = Script;
                continue;
            }

            if (t.Length > 11)
            {
                continue;
            }

            var w = text.TextOf(in t);
            foreach (var romajiWord in RomajiContext)
            {
                if (w.SequenceEqual(romajiWord) || (w.Length == 3 && romajiWord.Length == 2 && w.StartsWith(romajiWord) && char.IsAsciiDigit(w[2])))
                {
                    romaji++;
                    break;
                }
            }
        }

        return script | (romaji << RomajiShift);
    }
}
