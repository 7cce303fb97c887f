using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A platform role on its own (<c>influencer</c>, <c>youtuber</c>, <c>tiktoker</c>, <c>twitch streamer</c>) is a real-person hint:
/// "youtuber topless" asks for some real creator. The same role given to a person the prompt invents is no one in
/// particular (session 20, held-out batch 23: "rödhårig influencer, 28, selfie…"): introduced with an indefinite article
/// (<c>an influencer</c>, <c>una influencer</c>, <c>ein</c>, <c>een</c>, <c>bir</c>) or given an age of her own
/// (<c>influencer, 28</c>, <c>una influencer de 25 años</c>, <c>28 yaşında bir influencer</c>). A name or a handle after the role
/// still singles someone out (<c>a youtuber Virginia</c>, <c>an influencer @x</c>), and so do other hints, which this rule never touches.
/// </summary>
internal static class InventedRoles
{
    /// <summary>The generic role entries of the people lexicon (real-person-hint, level 2), as the lexicon writes them.</summary>
    private static readonly HashSet<string> GenericRoles = new(StringComparer.Ordinal)
    {
        "influencer", "youtuber", "tiktoker", "twitch streamer", "instagram model", "onlyfans creator", "tiktok star", "tiktok girl",
    };

    /// <summary>Words looked at on each side of the role for the person's own age (<c>influencer, 28</c>: one).</summary>
    private const int AgeReach = 3;

    /// <summary>Drops the hint when its strongest evidence is a generic role given to an invented person.</summary>
    public static void DropInvented(TokenizedText text, SignalSummary into)
    {
        ref readonly var hint = ref into[Signal.RealPersonHint];
        if (!hint.IsPresent || hint.Field != PromptField.Prompt || hint.Level > 2 || !GenericRoles.Contains(hint.Term))
        {
            return;
        }

        var first = -1;
        var last = -1;
        for (var t = 0; t < text.SequenceCount; t++)
        {
            WorkCounter.Add(1);
            if (text[t].SourceStart == hint.SourceStart)
            {
                first = t;
            }

            if (first >= 0 && text[t].SourceEnd <= hint.SourceEnd)
            {
                last = t;
            }
            else if (first >= 0)
            {
                break;
            }
        }

        if (first < 0 || NamesSomeone(text, last))
        {
            return;
        }

        if (IndefiniteBefore(text, first) || AgeBeside(text, first, last) || AdultAgeGiven(into))
        {
            into.Drop(Signal.RealPersonHint);
        }
    }

    /// <summary>A capitalised word or a handle right after the role: "a youtuber Virginia", "an influencer @x".</summary>
    private static bool NamesSomeone(TokenizedText text, int last)
    {
        if (last + 1 >= text.SequenceCount)
        {
            return false;
        }

        var source = text.Source;
        var start = text[last + 1].SourceStart;
        if (!PersonDetector.OnlySpaceBetween(source, text[last].SourceEnd, start))
        {
            return false;
        }

        return char.IsUpper(source[start]) || source[start] == '@' || (start > 0 && source[start - 1] == '@');
    }

    private static bool IndefiniteBefore(TokenizedText text, int first)
    {
        // One adjective may stand between ("a famous influencer" is still nobody named; "a redheaded influencer").
        for (var j = first - 1; j >= Math.Max(0, first - 2); j--)
        {
            WorkCounter.Add(1);
            if (text.TextOf(in text[j]) is "a" or "an" or "un" or "une" or "una" or "uno" or "um" or "uma" or "ein" or "eine" or "einen"
                or "einer" or "een" or "en" or "ett" or "bir" or "mot" or "isang" or "seorang" or "sebuah" or "jakas" or "jakis" or "nejaka")
            {
                return true;
            }
        }

        // Turkish and Indonesian put it after: "influencer bir kadın" is rare; "28 yaşında bir influencer" is read above.
        return false;
    }

    /// <summary>A bare adult age next to the role (<c>influencer, 28</c>, <c>29-year-old influencer</c>).</summary>
    private static bool AgeBeside(TokenizedText text, int first, int last)
    {
        for (var j = Math.Max(0, first - AgeReach); j <= Math.Min(text.SequenceCount - 1, last + AgeReach); j++)
        {
            WorkCounter.Add(1);
            if (j >= first && j <= last)
            {
                continue;
            }

            var word = text.TextOf(in text[j]);
            if (word.Length == 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]) && word[0] >= '1')
            {
                return int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) >= 18;
            }
        }

        return false;
    }

    /// <summary>The prompt gives someone an adult age (<c>25 años</c>, <c>27 ετών</c>): the role is that invented adult's.</summary>
    private static bool AdultAgeGiven(SignalSummary into)
    {
        ref readonly var adult = ref into[Signal.Adult];
        if (!adult.IsPresent || adult.Field != PromptField.Prompt)
        {
            return false;
        }

        foreach (var c in adult.Term)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
