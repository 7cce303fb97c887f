using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A given name and a family name with a particle inside it, with no role beside it (Sylvie van der Vaart, Paz de la
/// Huerta, Rania Al Abdullah, Siti binti Ahmad, Ali bin Hassan): the Latin "given name + surname" rule stops at the
/// particle, a stop word of a language. One or two particles (van der, de la, de los), written in lower case or, for
/// the Arabic article, capitalised or joined by a hyphen (Al Abdullah, al-Assad), then a capitalised family name of
/// 3+ letters that is no term, role or person word. The given name must be capitalised too: "rosa de la tarde" is a
/// phrase. A likely real person (review under <c>mature</c>, block under <c>strict</c> with sexual content).
/// </summary>
internal static class ParticleNames
{
    private const int MaxParticles = 2;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "la", "le", "las", "los", "del", "della", "di", "da", "dos", "das", "do", "du",
        "bin", "binti", "ibn", "bint", "al", "el", "ter", "ten", "zu", "af",
        // Session 31 (i16-namescased38): Irish Ní/Nic (a woman's Ó/Mac: Siobhan Ní Riordáin, folded to ni), Italian Lo, Li
        // (Gianmarco Lo Iacono) and the elided Dall', Dell', D' before a vowel (Ginevra Dall'Olmo): the particles of Wikipedia's
        // "Irish name" and "Italian name" articles (facts). Dei, Degli, Dalla, Des were tried and read a fantasy epithet
        // ("Morgana dei Boschi, strega elfica del mio gioco di ruolo") in the labelled set: "of the woods" is no family name.
        "ni", "nic", "lo", "li", "dall", "dell", "d",
        // Session 32 (i16-namescased40): Irish Ó written O' (Miriam O'Callaghan, batch 38; Wikipedia "Irish name": the
        // patronymic prefix Ó, anglicised O', facts). Only elided by its apostrophe (IsElidedOnly): a spaced "o" is the
        // article or "or" of Portuguese, Italian and Spanish.
        "o",
        // Session 41 (i16-latnames49): French L' elided onto a capitalised family name (L'Écuyer, L'Heureux, L'Hermitte;
        // Wikipedia "French name", facts), only as written so: a capital L and an apostrophe (the article l' opens phrases).
        "l",
    };

    /// <summary>Particles elided before a vowel, written with an apostrophe and no space before the family name (Dall'Olmo, d'Amico).</summary>
    private static readonly CompactWordSet Elided = new(["dall", "dell", "d", "o", "l"]);

    /// <summary>Particles read only when elided by an apostrophe onto the family name (O'Callaghan), never spaced.</summary>
    private static bool IsElidedOnly(ReadOnlySpan<char> particle) => particle is "o" or "l";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Token <paramref name="i"/> is a given name no term consumed; emits realPersonLikely when a particle name follows.</summary>
    public static bool TryAt(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        var source = text.Source;
        if (!char.IsUpper(source[text[i].SourceStart]) || TermMatcher.IsArtistCredit(text, i, 3, ArtistProbe))
        {
            return false;
        }

        var j = i + 1;
        var particles = 0;
        while (j < n && particles < MaxParticles && IsParticle(text, j) && Joined(text, j - 1, j, allowHyphen: false))
        {
            particles++;
            j++;
        }

        if (particles == 0 || j >= n || !(Joined(text, j - 1, j, allowHyphen: true) || ElidedBefore(text, j - 1, j))
            || (IsElidedOnly(text.TextOf(in text[j - 1])) && !ElidedBefore(text, j - 1, j))
            || (text.TextOf(in text[j - 1]) is "l" && source[text[j - 1].SourceStart] != 'L'))
        {
            return false;
        }

        if (!IsFamilyName(text, j, people) && !(into.Has(Signal.Sexual) && IsWrittenParticleFamily(text, i, j, people)))
        {
            return false;
        }

        into.Add(Signal.RealPersonLikely, source[text[i].SourceStart..text[j].SourceEnd], 3, text[i].SourceStart, text[j].SourceEnd, PromptField.Prompt);
        return true;
    }

    /// <summary>
    /// Session 33 (i16-namescased41): the particles that open a family name and nothing else in the cased-script languages —
    /// Dutch van (van der, van den), ter, ten, German von, Irish Ní, Nic, Mac and Ó written spaced and capitalised (Síofra Ní
    /// Bhraonáin, Bláithín Mac Conmara, Fionnuala Ó Dubhghaill; Wikipedia "Irish name", "Dutch name", facts). The Romance
    /// de, del, da, di, do open places as often as names (Costa del Sol, Lago di Como, Rio de Janeiro) and are left out.
    /// </summary>
    private static readonly CompactWordSet FamilyOnly = new(["van", "von", "ter", "ten", "ni", "nic", "mac", "o"]);

    /// <summary>
    /// For a capitalised word <paramref name="i"/> that no list holds as a given name: the index of the family name after a
    /// particle that opens family names only (van der Meij, Ní Bhraonáin, Ó Dubhghaill), or -1. Irish Mac, Ní, Nic and Ó must be
    /// capitalised, and Ó keep its accent (a spaced lower-case "o" is the article or "or" of Portuguese, Italian and Spanish).
    /// </summary>
    internal static int FamilyAfterStrongParticle(TokenizedText text, int i, PeopleLexicon people)
    {
        var n = text.SequenceCount;
        var j = i + 1;
        if (j >= n || (!IsParticle(text, j) && text.TextOf(in text[j]) is not "mac") || !FamilyOnly.Contains(text.TextOf(in text[j]))
            || !Joined(text, i, j, allowHyphen: false))
        {
            return -1;
        }

        var first = text.Source[text[j].SourceStart];
        var particle = text.TextOf(in text[j]);
        if ((particle is "mac" or "ni" or "nic" && !char.IsUpper(first)) || (particle is "o" && first != 'Ó'))
        {
            return -1;
        }

        j++;
        if (particle is "van" && j < n && IsParticle(text, j) && text.TextOf(in text[j]) is "der" or "den" or "de" && Joined(text, j - 1, j, allowHyphen: false))
        {
            j++;
        }

        return j < n && Joined(text, j - 1, j, allowHyphen: true) && IsFamilyName(text, j, people) ? j : -1;
    }

    /// <summary>
    /// Session 41 (i16-latnames49): for a capitalised word <paramref name="i"/> that no list holds as a given name (or one a
    /// place list claims: Giulia, Ginevra), the index of the family name after a Romance or Arabic particle WRITTEN as a name
    /// writes it — capitalised (Di Marco, De Luca, Del Rio, El Idrissi) or elided by an apostrophe onto a capitalised family
    /// name (Dall'Olmo, D'Amico, L'Écuyer) — or -1. <paramref name="elided"/> tells whether the particle was elided (a family
    /// name that is an ordinary word is then still a name: Dell'Acqua). The caller demands the sexual prompt's subject slot and
    /// refuses place heads, place nouns and place prepositions before the pair (Lago Di Como, Costa Del Sol).
    /// </summary>
    internal static int FamilyAfterWrittenParticle(TokenizedText text, int i, PeopleLexicon people, out bool elided)
    {
        elided = false;
        var n = text.SequenceCount;
        var j = i + 1;
        if (j + 1 >= n || !IsParticle(text, j) || !WrittenParticles.Contains(text.TextOf(in text[j])) || !Joined(text, i, j, allowHyphen: false))
        {
            return -1;
        }

        var capital = char.IsUpper(text.Source[text[j].SourceStart]);
        elided = ElidedBefore(text, j, j + 1);
        if (!capital && !elided)
        {
            return -1;
        }

        // One more lower- or upper-case particle after a spaced one (De la Fuente, Della Valle is one).
        if (!elided && j + 2 < n && IsParticle(text, j + 1) && text.TextOf(in text[j + 1]) is "la" or "los" or "las" && Joined(text, j, j + 1, allowHyphen: false))
        {
            j++;
        }

        var family = j + 1;
        if (!(elided || Joined(text, j, family, allowHyphen: true)))
        {
            return -1;
        }

        ref var token = ref text[family];
        var ok = token.Length >= 3
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0
            && char.IsUpper(text.Source[token.SourceStart])
            && !ParticleLookup.Contains(text.TextOf(in token))
            && (elided || !people.IsCommonWord(text.TextOf(in token)));
        return ok ? family : -1;
    }

    /// <summary>Romance and Arabic particles read by <see cref="FamilyAfterWrittenParticle"/>, folded.</summary>
    private static readonly CompactWordSet WrittenParticles = new(["de", "del", "della", "di", "da", "do", "dos", "das", "du", "dall", "dell",
        "d", "l", "le", "la", "el", "al", "lo", "li"]);

    /// <summary>Stands for the name being tested when asking whether it is an artist credit ("by Georges de La Tour").</summary>
    private static readonly LexiconEntry ArtistProbe = new("particle name", Signal.RealPerson, 0, "realPersonLikely");

    /// <summary>
    /// A particle, in lower case; the Arabic article and the Dutch, German and Spanish ones may also be capitalised
    /// (Al Abdullah, Van der Vaart, De la Huerta): they then stand before the family name, not as the next word of a phrase.
    /// </summary>
    private static bool IsParticle(TokenizedText text, int j)
    {
        ref var token = ref text[j];
        return (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && (token.Tags & WordTags.Matched) == 0
            && ParticleLookup.Contains(text.TextOf(in token));
    }

    private static bool IsFamilyName(TokenizedText text, int j, PeopleLexicon people)
    {
        ref var token = ref text[j];
        return token.Length >= 3
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) == 0
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0
            && char.IsUpper(text.Source[token.SourceStart])
            && !ParticleLookup.Contains(text.TextOf(in token))
            && !people.IsCommonWord(text.TextOf(in token));
    }

    /// <summary>
    /// Session 41 (i16-latnames49): a family name that is an ordinary word (Haïry, Backer, Acqua, Écuyer, Fuente) after a particle
    /// WRITTEN as a name writes it — capitalised mid-name (Sarah El Haïry, Stijn De Backer) or elided onto the family name
    /// (Giulia Dell'Acqua, Patrice L'Écuyer) — after a capitalised given name <paramref name="i"/>, in a sexual prompt. A
    /// phrase writes its particle in lower case ("rosa de la tarde", "Marina di Pisa" is a place by its noun); so it is read
    /// only when the pair stands among lower-case words (no Title Case run: Costa Del Sol Beach), no place preposition or
    /// article before the given name, the given name no saint's prefix or place head, and the family word no place noun.
    /// </summary>
    private static bool IsWrittenParticleFamily(TokenizedText text, int i, int j, PeopleLexicon people)
    {
        ref var token = ref text[j];
        var particle = j - 1;
        var written = char.IsUpper(text.Source[text[particle].SourceStart]) || ElidedBefore(text, particle, j);
        if (!written || token.Length < 3 || (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) != 0
            || (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) != 0
            || !char.IsUpper(text.Source[token.SourceStart]) || ParticleLookup.Contains(text.TextOf(in token)))
        {
            return false;
        }

        var family = text.TextOf(in token);
        var given = text.TextOf(in text[i]);
        if (CapitalisedSurnames.IsPlaceNoun(family) || PlaceCompounds.EndsWithPlaceNoun(family) || WorldNameShapes.OpensNoName(given)
            || WorldNameShapes.PlacePrepositionBefore(text, i) || (text[i].Tags & WordTags.GivenName) == 0 && people.IsCommonWord(given))
        {
            return false;
        }

        var n = text.SequenceCount;
        var source = text.Source;
        if (i > 0 && PersonDetector.OnlySpaceBetween(source, text[i - 1].SourceEnd, text[i].SourceStart) && !char.IsLower(source[text[i - 1].SourceStart]))
        {
            return false;
        }

        return j + 1 >= n || !PersonDetector.OnlySpaceBetween(source, text[j].SourceEnd, text[j + 1].SourceStart) || char.IsLower(source[text[j + 1].SourceStart]);
    }

    /// <summary>An elided particle and the family name joined by one apostrophe (Dall'Olmo, D’Amico).</summary>
    private static bool ElidedBefore(TokenizedText text, int a, int b)
    {
        var end = text[a].SourceEnd;
        return text[b].SourceStart == end + 1 && text.Source[end] is '\'' or '\u2019' && Elided.Contains(text.TextOf(in text[a]));
    }

    /// <summary>Only spaces between the two words (or, before the family name, one hyphen: al-Assad).</summary>
    private static bool Joined(TokenizedText text, int a, int b, bool allowHyphen)
    {
        var end = text[a].SourceEnd;
        var start = text[b].SourceStart;
        if (allowHyphen && start == end + 1 && text.Source[end] == '-')
        {
            return true;
        }

        return start > end && PersonDetector.OnlySpaceBetween(text.Source, end, start);
    }
}
