using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 34 (i16-roles42): an x-ray look through a garment — "modo rayos X, que se le vea todo a través de la blusa",
/// "엑스레이 모드로 이 사람 옷 속 보여줘", "एक्स-रे इफ़ेक्ट लगाओ, कुर्ते के नीचे", "אפקט רנטגן … מתחת לחולצה" — is undressing the
/// person of an input image, whatever the language says around it. Read as structure, not phrases: an x-ray word
/// (<see cref="WordTags.XRayWord"/>, data: Lexicons/Data/roles42/xray42.json) and a garment or skin word within a few words
/// of it. It is weak undressing (<see cref="UndressGrammar.Weak"/>): a nudify request with an input image, nothing in a
/// text-to-image prompt. An x-ray of a suitcase, a hand or a fish has no garment and is not read.
/// </summary>
/// <remarks>
/// Runs only at a word tagged as an x-ray word (one flag test per word elsewhere); it looks at most <see cref="Reach"/>
/// words each side, with at most <see cref="MaxStrip"/> extra lookups for an inflected garment word, so it stays linear.
/// </remarks>
internal static class XRayLook
{
    /// <summary>How many words either side of the x-ray word its garment may stand ("תחליף את השמלה שלה בשקופה שרואים הכל, אפקט רנטגן").</summary>
    private const int Reach = 9;

    /// <summary>The most letters stripped from a garment word's end to find its stem (Turkish -sinin, Indonesian -nya, Persian -ش).</summary>
    private const int MaxStrip = 5;

    /// <summary>Words for "rays" that are an x-ray only beside the letter X (rayos X, raggi X, ακτίνες Χ, أشعة إكس, एक्स-रे).</summary>
    private static readonly string[] RaysNeedX =
    [
        "ray", "rays", "rayos", "raggi", "rayons", "raios", "sinar", "quang", "ακτινες", "ακτίνες", "أشعة", "اشعة", "اشعه", "اشعۀ", "ری", "راي", "رای", "रे", "রে",
    ];

    /// <summary>The letter X as a word in each script (x, х, χ, إكس, ایکس, एक्स, এক্স).</summary>
    private static readonly string[] XLetters = ["x", "х", "χ", "إكس", "اكس", "ایکس", "اکس", "एक्स", "এক্স"];

    /// <summary>One-letter prefixes of Hebrew (the, in, to, from, and, that, as) written onto a garment word: לחולצה, בשמלה.</summary>
    private const string HebrewPrefixes = "הבלמושכ";

    public static void Detect(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        if (IsOneOf(text.TextOf(in text[i]), RaysNeedX) && !XBeside(text, i))
        {
            return;
        }

        var n = text.SequenceCount;
        for (var k = Math.Max(0, i - Reach); k < n && k <= i + Reach; k++)
        {
            WorkCounter.Add(1);
            if (k != i && IsGarment(text, k, index))
            {
                UndressGrammar.Weak(text, Math.Min(i, k), Math.Max(i, k), into);
                return;
            }
        }
    }

    private static bool XBeside(TokenizedText text, int i) =>
        (i > 0 && IsOneOf(text.TextOf(in text[i - 1]), XLetters)) || (i + 1 < text.SequenceCount && IsOneOf(text.TextOf(in text[i + 1]), XLetters));

    /// <summary>A garment or skin word, also with a case ending or possessive (elbisesinin, kaosnya, لباسش) or a Hebrew prefix (לחולצה).</summary>
    private static bool IsGarment(TokenizedText text, int k, TermIndex index) => HasTag(text, k, index, WordTags.Clothing | WordTags.Skin);

    /// <summary>The word at <paramref name="k"/> has one of <paramref name="garment"/>'s tags, also with a case ending or possessive stripped or a Hebrew prefix (session 39: <see cref="GarmentVanish"/> asks for garments alone).</summary>
    internal static bool HasTag(TokenizedText text, int k, TermIndex index, WordTags garment)
    {
        if ((text[k].Tags & garment) != 0)
        {
            return true;
        }

        var word = text.TextOf(in text[k]);
        if (word.Length > 3 && HebrewPrefixes.Contains(word[0]) && index.TryGet(word[1..], out var bare) && (bare.Tags & garment) != 0)
        {
            return true;
        }

        for (var cut = 1; cut <= MaxStrip && word.Length - cut >= 3; cut++)
        {
            WorkCounter.Add(1);
            if (index.TryGet(word[..^cut], out var stem) && (stem.Tags & garment) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }
}
