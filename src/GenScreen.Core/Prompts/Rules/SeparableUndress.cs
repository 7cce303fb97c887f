using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Undressing said with a separable verb, whose particle closes the phrase: German "zieh sie aus", "zieh ihr das Kleid
/// aus", Dutch "trek haar kleren uit", Swedish "klä av henne" is read by the verb lists. Between the verb and its particle
/// only a person (a pronoun or a person word), a garment of the clothing list, or fillers (articles, "komplett") may
/// stand, and at least one person or garment must: "zieh ihm die Jacke aus" takes off a jacket (no garment of the list,
/// an outer layer), "zieh sie aus dem Auto" pulls someone out of a car (the particle does not end the phrase), and "zieh
/// ihr einen Mantel an" dresses her. Undressing in every mode, a nudify request with an input image, as an undressing
/// verb is. Linear: each verb looks at most <see cref="Reach"/> words ahead.
/// Session 25 (i16-sexual29): a place phrase may also stand before the person or garment ("zieht am Pool ihr
/// Bikinioberteil aus", "zieht sich vor dem Spiegel im Hotelzimmer aus"), a hyphenated noun in it is one noun
/// ("im Backstage-Bereich"), the past "zog … aus" and Dutch "doet … uit" undress, and German "bläst … einen" with a person
/// between (the oral-sex idiom: "bläst einem Typen im Backstage-Bereich einen") is explicit (6). "bläst einen Luftballon
/// auf", "bläst die Kerzen aus" are not: the particle must close the phrase and a person must stand between.
/// </summary>
internal static class SeparableUndress
{
    private const int Reach = 8;

    /// <summary>Verb forms (folded, lower case) and the particle that makes them "undress".</summary>
    private static readonly (string Verb, string Particle)[] Verbs =
    [
        ("zieh", "aus"), ("ziehe", "aus"), ("zieht", "aus"), ("ziehen", "aus"), ("ziehst", "aus"),
        ("trek", "uit"), ("trekt", "uit"), ("trekken", "uit"),
        ("zog", "aus"), ("zogen", "aus"), ("doet", "uit"),
        ("blast", "einen"), ("bläst", "einen"), ("blies", "einen"), ("blasen", "einen"),
        ("kleed", "uit"), ("kleedt", "uit"), ("kleden", "uit"),
    ];

    /// <summary>The particle of the oral-sex idiom "jemandem einen blasen": explicit, not undressing.</summary>
    private const string BlowParticle = "einen";

    /// <summary>Dative articles and possessives before the partner of "bläst … einen" ("einem Typen", "ihrem Freund").</summary>
    private static readonly string[] Datives = ["einem", "ihrem", "seinem", "dem", "diesem"];

    /// <summary>Partner nouns of "bläst … einen" a person list may not hold: a guy, a man, her boyfriend, the boss.</summary>
    private static readonly string[] Partners = ["typen", "typ", "kerl", "mann", "freund", "chef", "fremden", "lover", "liebhaber", "ehemann", "nachbarn"];

    /// <summary>Object pronouns of German and Dutch: the person undressed.</summary>
    private static readonly string[] Pronouns = ["sie", "ihn", "ihr", "ihm", "sich", "dich", "mich", "euch", "haar", "hem", "zich", "je", "jou"];

    /// <summary>Prepositions that open a place phrase after the person ("die Frau auf dem Bild", "de man op de foto").</summary>
    private static readonly string[] Prepositions = ["auf", "im", "in", "am", "op", "aan", "vom", "vor", "beim", "hinter", "neben", "unter", "voor", "bij", "achter"];

    /// <summary>Articles of a place phrase: "auf dem Bild", "op de foto".</summary>
    private static readonly string[] Articles = ["dem", "der", "den", "de", "het", "diesem", "dieser", "diesen", "deze", "dit",
        // Session 44 (i16-verbs52): possessive and indefinite determiners of a place or a witness ("vor ihrem Freund", "in einer
        // Umkleide", "voor haar vriend", "in een kleedhokje").
        "ihrem", "ihrer", "seinem", "seiner", "einem", "einer", "meinem", "meiner", "unserem", "unserer", "een", "zijn", "hun", "mijn"];

    /// <summary>Session 44 (i16-verbs52): a genitive or "of" link that goes on naming the place ("in der Umkleide des Fitnessstudios",
    /// "in de kleedkamer van het zwembad"): it and its noun are skipped as a place phrase's words are.</summary>
    private static readonly string[] PlaceLinks = ["des", "eines", "van"];

    /// <summary>Session 44 (i16-verbs52): prepositions that may follow the particle and open a place phrase after the undressing
    /// ("kleedt zich uit in de kleedkamer", "zieht sich aus im Bad"); "aus dem Auto", "uit het water" (out of) have an article
    /// right after the particle instead and stay unread.</summary>
    private static readonly string[] PlaceAfterParticle = ["in", "im", "op", "auf", "am", "an", "aan", "vor", "voor", "bij", "beim", "hinter", "achter", "neben", "naast", "unter", "onder", "tijdens", "während"];

    /// <summary>Session 33 (i16-acts41): the dative articles of a feminine person ("zieh der Frau … aus", "einer Kollegin"); the
    /// filler list holds the accusative ones (die, das, den) and "dem". Read only before the particle, as the fillers are.</summary>
    private static readonly string[] DativeArticles = ["der", "einer", "dieser", "meiner", "deiner"];

    /// <summary>Session 33 (i16-acts41): the words for "clothes" as a whole, which the garment list does not hold because alone
    /// they are no garment shown ("Klamotten", "Sachen", "kleren"): between the verb and its particle, after the person, they are
    /// what is taken off ("Zieh der Frau auf dem Foto die Klamotten aus").</summary>
    private static readonly string[] ClothesAsAWhole = ["klamotten", "kleider", "kleidung", "sachen", "kleren", "kleding", "spullen"];

    /// <summary>Words that only say how much: "zieh sie komplett aus", "trek alles uit".</summary>
    private static readonly string[] Degree = ["komplett", "ganz", "vollstandig", "vollig", "langsam", "alles", "helemaal", "volledig", "alle", "einfach", "bitte"];

    /// <summary>Is <paramref name="word"/> one of the verb forms? (The word-only test of <see cref="TryAt"/>, for <see cref="WordShapes"/>.)</summary>
    public static bool IsVerb(ReadOnlySpan<char> word) => ParticleOf(word) is not null;

    public static void TryAt(TokenizedText text, int i, SignalSummary into)
    {
        var verb = text.TextOf(in text[i]);

        // Every Latin word passes here: one character test keeps the others at a single comparison.
        if (verb.Length < 3 || verb[0] is not ('z' or 't' or 'b' or 'd' or 'k'))
        {
            return;
        }

        var particle = ParticleOf(verb);
        if (particle is null)
        {
            return;
        }

        var blow = particle == BlowParticle;
        var undressed = false;
        for (var j = i + 1; j < text.SequenceCount && j <= i + Reach; j++)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart))
            {
                return;
            }

            ref var token = ref text[j];
            var word = text.TextOf(in token);
            if (word.Equals(particle, StringComparison.Ordinal))
            {
                // "bläst ihrem Freund einen im Hotelzimmer": a place phrase may follow the idiom's particle, never a noun
                // ("bläst einen Luftballon auf" has no person before "einen" anyway); a conjunction ends the phrase as a comma does.
                if (undressed && j > i + 1 && (AgeText.EndsChunk(text, j) || NextIsConjunction(text, j)
                    || (!blow && NextIs(text, j, PlaceAfterParticle))
                    || (blow && j + 1 < text.SequenceCount && Contains(Prepositions, text.TextOf(in text[j + 1]))
                        && PersonDetector.OnlySpaceBetween(text.Source, token.SourceEnd, text[j + 1].SourceStart))))
                {
                    var start = text[i].SourceStart;
                    var end = token.SourceEnd;
                    var term = text.Source[start..end];
                    if (blow)
                    {
                        into.Add(Signal.Sexual, term, 6, start, end, PromptField.Prompt);
                        return;
                    }

                    into.Add(Signal.Undress, term, 4, start, end, PromptField.Prompt);
                    into.Add(Signal.Sexual, term, 4, start, end, PromptField.Prompt);
                }

                return;
            }

            if ((token.Tags & WordTags.PersonWord) != 0 || Contains(Pronouns, word)
                || (blow ? Contains(Partners, word) : (token.Tags & WordTags.Clothing) != 0 || Contains(ClothesAsAWhole, word)))
            {
                undressed = true;
            }
            else if (blow && Contains(Datives, word))
            {
                // "einem Typen", "ihrem Freund": the partner's article
            }
            else if ((Contains(Prepositions, word) || (j > i + 2 && Contains(PlaceLinks, word))) && j + 2 < text.SequenceCount && !text.TextOf(in text[j + 1]).Equals(particle, StringComparison.Ordinal))
            {
                // "zieh die Frau auf dem Bild aus", "die Frau im Bild": a place phrase after the person says which one; its
                // article and noun are skipped (never the particle itself).
                var skip = (text[j + 1].Tags & WordTags.UndressFiller) != 0 || Contains(Articles, text.TextOf(in text[j + 1])) ? 2 : 1;
                if (skip == 2 && text.TextOf(in text[j + 2]).Equals(particle, StringComparison.Ordinal))
                {
                    skip = 1;
                }

                // "auf dem hochgeladenen Foto", "op de geüploade foto" (session 25): one describing word between the article
                // and the noun; never past the particle or a degree word.
                if (skip == 2 && j + 3 < text.SequenceCount && !text.TextOf(in text[j + 3]).Equals(particle, StringComparison.Ordinal)
                    && !Contains(Degree, text.TextOf(in text[j + 3]))
                    && !Contains(Prepositions, text.TextOf(in text[j + 3])) && !Contains(PlaceLinks, text.TextOf(in text[j + 3])) // session 44: "in der Umkleide vom Fitnessstudio": Umkleide is the noun && (text[j + 2].Tags & (WordTags.Clothing | WordTags.PersonWord)) == 0
                    && PersonDetector.OnlySpaceBetween(text.Source, text[j + 2].SourceEnd, text[j + 3].SourceStart)
                    && IsAdjectiveEnding(text.TextOf(in text[j + 2])))
                {
                    skip = 3;
                }

                j += skip;

                // A hyphenated noun is one noun: "im Backstage-Bereich" (session 25).
                while (j + 1 < text.SequenceCount && j + 1 <= i + Reach && HyphenOnlyBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart))
                {
                    j++;
                }
            }
            else if ((token.Tags & WordTags.UndressFiller) == 0 && !Contains(Degree, word) && !Contains(DativeArticles, word))
            {
                return; // another object (die Jacke, den Stuhl): not the person or a garment of theirs
            }
        }
    }

    /// <summary>The word after <paramref name="j"/>, joined by spaces only, is one of <paramref name="words"/>.</summary>
    private static bool NextIs(TokenizedText text, int j, string[] words) =>
        j + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart)
            && Contains(words, text.TextOf(in text[j + 1]));

    private static bool HyphenOnlyBetween(string source, int end, int start) =>
        start == end + 1 && source[end] is '-' or '\u2010' or '\u2011';

    /// <summary>"kleed haar uit maar hou het gezicht", "zieh sie aus und lass das Gesicht" (session 25): a conjunction after the
    /// particle ends its phrase as a comma does ("zieh sie aus dem Auto" goes on to a place).</summary>
    private static bool NextIsConjunction(TokenizedText text, int j) =>
        j + 1 < text.SequenceCount && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart)
            && text.TextOf(in text[j + 1]) is "maar" or "aber" or "und" or "en" or "doch" or "sondern";

    /// <summary>A German or Dutch adjective after an article ends in -e, -en, -em, -er (hochgeladenen, geüploade, neuen).</summary>
    private static bool IsAdjectiveEnding(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("en", StringComparison.Ordinal) || word.EndsWith("em", StringComparison.Ordinal)
            || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith('e'));

    private static string? ParticleOf(ReadOnlySpan<char> verb)
    {
        foreach (var (form, particle) in Verbs)
        {
            if (verb.Equals(form, StringComparison.Ordinal))
            {
                return particle;
            }
        }

        return null;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
