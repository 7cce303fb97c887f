using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A character who is a minor in part of the canon and an adult in another (level 2 in <c>characters-minor.json</c>:
/// Naruto, Sasuke, Hermione, Eren, Arya) stated in the period when the canon has them a child: <c>Naruto Uzumaki during
/// his academy days</c>, <c>Sasuke Uchiha as a genin</c>, <c>Eren Yeager before the timeskip</c>, <c>Arya Stark in season
/// one</c>, <c>Hermione Granger in her first year</c>. The period words follow the name in its own tag (at most
/// <see cref="Reach"/> tokens on) and make it an unambiguous minor (level 4), so suggestive content blocks as it does
/// with any child. Only the built-in character list counts: a generic youth word of level 2 (<c>student during his
/// academy days</c> may be a police cadet) is left as it is. Runs only when the strongest minor evidence is level 2 from
/// the prompt, so ordinary prompts pay one comparison.
/// </summary>
internal static class ChildhoodPeriods
{
    /// <summary>Tokens looked at after the name, within its tag.</summary>
    private const int Reach = 6;

    /// <summary>Longest character name read back from the evidence, in tokens.</summary>
    private const int LongestName = 5;

    /// <summary>
    /// Period phrases (normalized words, read in order): the character's childhood in its canon. Written here rather
    /// than in a lexicon because they mean nothing without the character before them.
    /// </summary>
    private static readonly string[][] Periods =
    [
        ["academy", "days"], ["academy", "era"], ["academy", "arc"], ["at", "the", "academy"], ["ninja", "academy"],
        ["genin"], ["pre", "timeskip"], ["pretimeskip"], ["before", "the", "timeskip"], ["part", "1"], ["part", "one"],
        ["childhood"], ["as", "a", "kid"], ["as", "a", "child"], ["as", "a", "boy"], ["as", "a", "girl"],
        ["season", "1"], ["season", "one"], ["first", "season"], ["first", "year"], ["first", "book"], ["early", "seasons"],
        ["trainee", "days"], ["cadet", "days"], ["training", "corps"],
        ["de", "nino"], ["de", "nina"], ["en", "la", "academia"], ["enfant"], ["als", "kind"], ["в", "детстве"],
    ];

    public static void Detect(TokenizedText text, TermIndex index, SignalSummary into)
    {
        ref readonly var minor = ref into[Signal.Minor];
        if (!minor.IsPresent || minor.Level != 2 || minor.Field != PromptField.Prompt)
        {
            return;
        }

        var last = -1;
        for (var i = 0; i < text.SequenceCount; i++)
        {
            if (text[i].SourceEnd == minor.SourceEnd)
            {
                last = i;
                break;
            }
        }

        if (last < 0 || !IsCharacter(text, last, minor.SourceStart, index) || !PeriodFollows(text, last))
        {
            return;
        }

        into.Add(Signal.Minor, minor.Term, 4, minor.SourceStart, minor.SourceEnd, PromptField.Prompt);
    }

    /// <summary>The evidence's tokens spell a term of the built-in list of characters who are minors in canon.</summary>
    private static bool IsCharacter(TokenizedText text, int last, int sourceStart, TermIndex index)
    {
        for (var first = last; first >= Math.Max(0, last - LongestName + 1); first--)
        {
            if (text[first].SourceStart == sourceStart)
            {
                return index.TryGet(text.TextOf(first, last - first + 1), out var info)
                    && info.Entry is { Signal: Signal.Minor, Level: 2 } entry
                    && entry.Source.EndsWith("characters-minor", StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static bool PeriodFollows(TokenizedText text, int last)
    {
        var end = Math.Min(last + Reach, text.SequenceCount - 1);
        for (var j = last + 1; j <= end; j++)
        {
            if (AgeText.IsChunkBreak(text, j - 1, j))
            {
                return false;
            }

            foreach (var period in Periods)
            {
                if (Matches(text, j, period))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Matches(TokenizedText text, int at, string[] words)
    {
        if (at + words.Length > text.SequenceCount)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if ((k > 0 && !AgeText.InPhrase(text, at + k - 1, at + k)) || !text.TextOf(in text[at + k]).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
