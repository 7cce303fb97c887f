using System.Collections.Frozen;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Youth sport age groups: a player of the <c>under-12</c> team is under 12. Written <c>under-12</c>, <c>under 12</c>,
/// <c>U-12</c>, <c>U12</c>, <c>U12s</c>, <c>the under-14s</c>, <c>under-twelve</c>, <c>sub-13</c> (Spanish, Portuguese),
/// <c>onder-13</c>, <c>JO12</c>/<c>MO13</c> (Dutch boys'/girls' groups). The number is the bound: the age read is one
/// less (under-18 is 17; under-19 and above are adults' or mixed groups and are not read).
/// <para>
/// A group is an age only with its context, since <c>U2</c>, <c>under 12 euros</c> and <c>sub 13</c> are other things:
/// the plural of the group (<c>the under-14s</c>), or a team word or a person in the same tag (<c>under-12 team</c>,
/// <c>U-13 girl</c>, <c>girls of the under-11 league</c>). The team words are a closed class of grammar-like nouns,
/// kept here beside the rule, as the Turkish tens are in <see cref="BareAges"/>.
/// </para>
/// Every look is a fixed number of tokens around the number, so the work stays linear.
/// </summary>
internal static class AgeGroups
{
    private const int YoungestBound = 5;
    private const int AdultBound = 18;

    /// <summary>Tokens looked at on each side of the group, within its tag, for a team word or a person.</summary>
    private const int ContextReach = 4;

    /// <summary>Words that open an age group written apart from its number.</summary>
    private static readonly FrozenSet<string> Prefixes = FrozenSet.ToFrozenSet(["u", "under", "sub", "onder"], StringComparer.Ordinal);

    /// <summary>Letters glued before the number of a group (<c>u12</c>, <c>jo12</c>, <c>sub13</c>).</summary>
    private static readonly FrozenSet<string> GluedPrefixes = FrozenSet.ToFrozenSet(["u", "jo", "mo", "sub", "under", "onder"], StringComparer.Ordinal);

    /// <summary>Team and competition words of the supported languages (singular and plural, as written).</summary>
    private static readonly FrozenSet<string> TeamWords = FrozenSet.ToFrozenSet(
    [
        "team", "teams", "squad", "squads", "side", "sides", "league", "leagues", "division", "club", "academy", "cup",
        "tournament", "football", "soccer", "rugby", "hockey", "basketball", "volleyball", "netball", "cricket", "player", "players",
        "striker", "goalkeeper", "keeper", "captain", "cheerleader", "cheerleaders", "swimmer", "swimmers", "gymnast", "gymnasts",
        "mannschaft", "jugend", "juniorinnen", "junioren", "spieler", "spielerin", "spielerinnen", "verein",
        "équipe", "equipe", "joueur", "joueuse", "joueuses", "catégorie", "categorie",
        "equipo", "jugador", "jugadora", "jugadoras", "categoría", "categoria", "selección", "seleccion",
        "squadra", "giocatore", "giocatrice", "giocatrici", "time", "jogador", "jogadora", "jogadoras", "seleção", "selecao",
        "elftal", "speelster", "speler", "drużyna", "druzyna", "zawodniczka", "команда", "команды", "lag", "laget",
        "takım", "takim", "tim", "pemain", "チーム",

        // Other groups a youth age group names (session 10): troupes, choirs, classes, camps, sections.
        "group", "groups", "troupe", "troop", "choir", "class", "classes", "crew", "camp", "section", "category", "ensemble",
        "cohort", "program", "programme", "groupe", "grupo", "gruppo", "gruppe", "groep", "grupa", "группа", "група",
        "ploeg", "klub", "klubu", "kulüp", "kulübü", "sekcja", "oddíl", "секция", "секція", "clube", "categorías", "catégories",
    ], StringComparer.Ordinal);

    /// <summary>Endings of compound group nouns (<c>Schwimmgruppe</c>, <c>Fußballmannschaft</c>, <c>zwemploeg</c>, <c>simlaget</c>).</summary>
    private static readonly string[] TeamEndings = ["gruppe", "mannschaft", "team", "verein", "klub", "groep", "ploeg", "laget", "squad"];

    /// <summary>Words of the phrase looked at after the group for its group noun (<c>under-13 swim squad</c>, <c>sub-12 de natación</c>).</summary>
    private const int NounReach = 3;

    /// <summary>A group written apart: <c>under-12</c>, <c>U 13</c>, <c>under-14s</c>, <c>under-twelve</c>.</summary>
    public static bool TryDetect(TokenizedText text, int i, int last, int bound, ReadOnlySpan<char> suffix, TermIndex index, SignalSummary into)
    {
        if (i == 0 || bound is < YoungestBound or > AdultBound || suffix is not ("" or "s")
            || !Prefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.TextOf(in text[i - 1])) || !AgeText.InPhrase(text, i - 1, i))
        {
            return false;
        }

        // "under-14s": the plural glued to the number, or split from it by the tokenizer with nothing between.
        var plural = suffix is "s" || (last + 1 < text.SequenceCount && text.TextOf(in text[last + 1]) is "s" && AgeText.Gap(text, last, last + 1).IsEmpty);
        if (!plural && (!HasContext(text, i - 1, last, index) || GoesOnWithAnotherWord(text, last, index)))
        {
            return false;
        }

        last = plural && suffix is not "s" ? last + 1 : last;

        AgeDetector.Emit(into, bound - 1, text[i - 1].SourceStart, text[last].SourceEnd, text.Source);
        return true;
    }

    /// <summary>A group glued to its prefix: <c>u12</c>, <c>u9s</c>, <c>jo12</c>, <c>mo13</c>, <c>sub13</c>.</summary>
    public static bool TryGlued(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var word = text.TextOf(in text[i]);
        var firstDigit = 0;
        while (firstDigit < word.Length && char.IsAsciiLetter(word[firstDigit]))
        {
            firstDigit++;
        }

        var end = firstDigit;
        while (end < word.Length && char.IsAsciiDigit(word[end]))
        {
            end++;
        }

        var rest = word[end..];
        if (firstDigit == 0)
        {
            return TryPluralApart(text, i, end, rest, into);
        }

        if (end - firstDigit is < 1 or > 2 || word[firstDigit] == '0' || rest is not ("" or "s")
            || !GluedPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..firstDigit]))
        {
            return false;
        }

        var bound = int.Parse(word[firstDigit..end], provider: System.Globalization.CultureInfo.InvariantCulture);
        if (bound is < YoungestBound or > AdultBound || (rest is not "s" && (!HasContext(text, i, i, index) || GoesOnWithAnotherWord(text, i, index))))
        {
            return false;
        }

        AgeDetector.Emit(into, bound - 1, text[i].SourceStart, text[i].SourceEnd, text.Source);
        return true;
    }

    /// <summary>
    /// <c>the under-14s</c>, <c>under 9s</c>: the plural glued to the number makes a token of digits and letters, which the
    /// number readers leave alone (it may be leetspeak); with an age-group word right before it, it is the group.
    /// </summary>
    private static bool TryPluralApart(TokenizedText text, int i, int digits, ReadOnlySpan<char> rest, SignalSummary into)
    {
        var word = text.TextOf(in text[i]);
        if (i == 0 || rest is not "s" || digits is < 1 or > 2 || word[0] == '0' || !AgeText.InPhrase(text, i - 1, i)
            || !Prefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.TextOf(in text[i - 1])))
        {
            return false;
        }

        var bound = int.Parse(word[..digits], provider: System.Globalization.CultureInfo.InvariantCulture);
        if (bound is < YoungestBound or > AdultBound)
        {
            return false;
        }

        AgeDetector.Emit(into, bound - 1, text[i - 1].SourceStart, text[i].SourceEnd, text.Source);
        return true;
    }

    /// <summary>
    /// The phrase goes on after the number with a word that is no team word nor person: <c>under 5 feet tall</c>,
    /// <c>under 12 euros</c> are measures, while <c>under-12 team</c> and <c>U-13 girl</c> name the group.
    /// </summary>
    private static bool GoesOnWithAnotherWord(TokenizedText text, int last, TermIndex index)
    {
        var next = last + 1;
        if (next >= text.SequenceCount || !AgeText.InPhrase(text, last, next) || IsTeamWord(text, next) || AgeText.IsPerson(text, next, index))
        {
            return false;
        }

        // "under-13 swim squad", "under-11 gymnastics club", "sub-12 de natación": the group noun a few words on, in the
        // phrase (a person there is not enough: "under 12 euros for girls" is a price).
        for (var j = next + 1; j < Math.Min(text.SequenceCount, next + NounReach) && AgeText.InPhrase(text, j - 1, j); j++)
        {
            if (IsTeamWord(text, j))
            {
                return false;
            }
        }

        // "squadra under 12 di nuoto", "equipo sub-12 de natación": a joining word after the number, the team word before it.
        return !(text[next].Length <= 3 && !text[next].Has(TokenFlags.Digit) && TeamWordBefore(text, last));
    }

    private static bool TeamWordBefore(TokenizedText text, int last)
    {
        for (var j = last - 1; j >= Math.Max(0, last - ContextReach - 1) && !AgeText.IsChunkBreak(text, j, j + 1); j--)
        {
            if (IsTeamWord(text, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A team or group word, or a compound ending in one (<c>Schwimmgruppe</c>).</summary>
    private static bool IsTeamWord(TokenizedText text, int j)
    {
        var word = text.TextOf(in text[j]);
        if (TeamWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        foreach (var ending in TeamEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A team word or a person within <see cref="ContextReach"/> tokens of the group, in its tag.</summary>
    private static bool HasContext(TokenizedText text, int first, int last, TermIndex index)
    {
        for (var j = first - 1; j >= Math.Max(0, first - ContextReach) && !AgeText.IsChunkBreak(text, j, j + 1); j--)
        {
            if (IsTeamWord(text, j) || AgeText.IsPerson(text, j, index))
            {
                return true;
            }
        }

        for (var j = last + 1; j < Math.Min(text.SequenceCount, last + 1 + ContextReach) && !AgeText.IsChunkBreak(text, j - 1, j); j++)
        {
            if (IsTeamWord(text, j) || AgeText.IsPerson(text, j, index))
            {
                return true;
            }
        }

        return false;
    }
}
