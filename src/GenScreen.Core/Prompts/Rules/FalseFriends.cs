using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A word that is nudity in one supported language and innocent in English (French and Portuguese <c>nu</c>, Polish
/// <c>naga</c>/<c>nagi</c>, Czech <c>nahé</c>) counts as nudity only with other evidence of its language
/// (<see cref="LanguageEvidence"/>). Beside a real person, listed, likely or described, it counts without that evidence:
/// a named person with a word that means "naked" somewhere is rare in innocent prompts, and a deepfake request is often
/// nothing but a name and that word ("Marion Cotillard nu"). Still no nudity when the word reads as English: a proper
/// noun written with a capital (Naga, Nagi), a noun after an article (<c>as a naga</c>, <c>a giant naga</c>), or a word that modifies the
/// ordinary English word after it (<c>nu metal</c>, <c>naga statue</c>).
/// </summary>
internal static class FalseFriends
{
    /// <summary>Shortest English word taken as the thing a false friend modifies (metal, jazz, disco, statue).</summary>
    private const int MinModifiedLetters = 4;

    public static void BesidePerson(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        var held = into.HeldFalseFriend;
        if (!held.IsPresent || !(into.Has(Signal.RealPerson) || into.Has(Signal.RealPersonHint) || into.Has(Signal.RealPersonLikely)))
        {
            return;
        }

        for (var i = 0; i < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            if (token.SourceStart != held.SourceStart)
            {
                continue;
            }

            var last = i;
            while (last + 1 < text.SequenceCount && text[last].SourceEnd < held.SourceEnd)
            {
                last++;
            }

            if (!ReadsAsEnglish(text, i, last, people))
            {
                into.Add(Signal.Sexual, held.Term, held.Level, held.SourceStart, held.SourceEnd, PromptField.Prompt);
            }

            return;
        }
    }

    private static bool ReadsAsEnglish(TokenizedText text, int first, int last, PeopleLexicon people)
    {
        var source = text.Source;
        if (first > 0 && char.IsUpper(source[text[first].SourceStart]))
        {
            return true; // a proper noun mid-prompt: the Naga (serpent), Nagi (a character)
        }

        // An English noun: "as a naga", "the naga's coils", "a giant naga" (a determiner, then at most one word).
        for (var j = first - 1; j >= Math.Max(0, first - 2); j--)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(source, text[j].SourceEnd, text[j + 1].SourceStart))
            {
                break;
            }

            if (text.TextOf(in text[j]) is "a" or "an" or "the" or "as" or "of" or "like" or "his" or "her" or "their" or "my" or "your" or "this")
            {
                return true;
            }
        }

        if (last + 1 >= text.SequenceCount)
        {
            return false;
        }

        ref var next = ref text[last + 1];
        return PersonDetector.OnlySpaceBetween(source, text[last].SourceEnd, next.SourceStart)
            && next.Length >= MinModifiedLetters
            && next.Languages == 0
            && (next.Tags & WordTags.PersonWord) == 0 // "nu portrait" depicts a person: no thing is modified
            && (next.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && people.IsCommonWord(text.TextOf(in next)); // "nu metal", "naga statue": the word names a kind of thing
    }
}
