using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A name given as the face of a sexual figure (session 31, i16-people38): "La maja desnuda con la cara de Marga Prohens",
/// "Venere di Urbino con il volto di Eleonora Daniele, nuda", "a nude Venus with the face of Jacinta Allan", "голая Венера с
/// лицом Иды Галич". Asking for a figure to wear someone's face is the deepfake request itself: the capitalised name after a
/// "with the face of" phrase (or before "'s face") is a real person singled out, whatever the art frame around it (oil
/// painting, Goya, anime), which otherwise drops an unlisted name as a character. Only in a prompt with sexual content; the
/// phrases are the cased-script languages' (the caseless scripts have no capital to end the name).
/// </summary>
/// <remarks>
/// The name is one to four capitalised words (letters, hyphen and apostrophe inside), lower-case particles between them
/// (van, de, da, von, di, dos), written right after the phrase. One word alone is read only when it joins two capitalised
/// parts (Marie-Mai): a lone capitalised word there is as often a goddess or a painting's model (Venus, Medusa, Simonetta).
/// Refused: a first word that is a common or ordinary word of any language, a run a listed work or fictional name covers
/// (the Benign signal), a possessive of a painter's work. Cost: one lower-casing and a few IndexOf per sexual prompt.
/// </remarks>
internal static class FaceFrames
{
    /// <summary>"With the face of" phrases, lower case, ending where the name starts (source text, accents kept).</summary>
    private static readonly string[] Before =
    [
        // en
        "with the face of ", "wearing the face of ", "bearing the face of ", "with the features of ", "face swapped with ",
        // de, nl, sv
        "mit dem gesicht von ", "mit dem antlitz von ", "mit gesicht von ", "met het gezicht van ", "met gezicht van ", "met de kop van ",
        "med ansiktet av ", "med ansiktet från ", "med ansiktet på ",
        // fr, es, it, pt
        "avec le visage de ", "avec le visage d'", "au visage de ", "au visage d'", "avec les traits de ", "aux traits de ",
        "con la cara de ", "con el rostro de ", "con la carita de ", "con los rasgos de ",
        "con il volto di ", "col volto di ", "con la faccia di ", "con il viso di ", "dal volto di ", "con le sembianze di ",
        "com o rosto de ", "com o rosto da ", "com o rosto do ", "com a cara de ", "com a cara da ", "com a cara do ", "com as feições de ",
        // pl, cs
        "z twarzą ", "o twarzy ", "s tváří ", "s obličejem ", "s tvárou ",
        // ru, uk, el
        "с лицом ", "с лицом у ", "з обличчям ", "з лицем ", "με το πρόσωπο της ", "με το πρόσωπο του ", "με το πρόσωπο ",
        // tr (a phrase before the name is rare; the name's own suffix carries it: see After), vi, id, tl
        "với khuôn mặt của ", "với gương mặt của ", "mang khuôn mặt của ", "mang gương mặt của ", "có khuôn mặt của ", "có gương mặt của ",
        "với khuôn mặt ", "với gương mặt ", "mang gương mặt ", "mang khuôn mặt ",
        "dengan wajah ", "berwajah ", "pakai wajah ", "na may mukha ni ", "na mukha ni ", "mukha ni ",
    ];

    /// <summary>
    /// "The face of" as a tag of its own (session 34, i16-namescased42): "nudo accademico, donna distesa su un divano, volto di Teresa
    /// De Sio", "Aktzeichnung, nackte Frau auf dem Sofa, Gesicht von …". The tag gives the nude body of the tags before it a named
    /// face: the same request as "with the face of", said as a list. Read only where the phrase opens a tag (the prompt's start,
    /// or after a comma, colon, semicolon or full stop), so "a portrait of the face of …" mid-sentence is left to the other readers.
    /// </summary>
    private static readonly string[] TagBefore =
    [
        "face of ", "the face of ", "her face of ", "gesicht von ", "das gesicht von ", "gesicht: ", "gezicht van ", "het gezicht van ",
        "ansiktet av ", "ansikte av ", "ansiktet på ", "visage de ", "le visage de ", "visage d'", "le visage d'", "cara de ", "la cara de ",
        "rostro de ", "el rostro de ", "volto di ", "il volto di ", "viso di ", "il viso di ", "rosto de ", "o rosto de ", "rosto da ",
        "o rosto da ", "twarz ", "tvář ", "obličej ", "лицо ", "лице ", "обличчя ", "το πρόσωπο της ", "πρόσωπο της ", "το πρόσωπο του ",
    ];

    /// <summary>Words after a possessive name that say its face: "Jacinta Allan's face", "Anke Rehlingers Gesicht", "Carina Bergs ansikte".</summary>
    private static readonly string[] FaceAfter =
    [
        "face", "gesicht", "ansikte", "gezicht", "ansigt", "yüzüyle", "yüzlü", "yüzü", "yüzünü",
    ];

    /// <summary>
    /// A painting's sitter or a title, not a living person's face (Mona Lisa, La Gioconda, La Joconde), and articles that open a
    /// title (The, La, El, Il, Der, Die, Das, Het, Lo, Los, Las, Les, Le).
    /// </summary>
    private static readonly string[] Works =
    [
        "Mona Lisa", "Monna Lisa", "Gioconda", "Joconde", "Lisa Gherardini", "The ", "La ", "Le ", "Les ", "El ", "Il ", "Lo ", "Los ",
        "Las ", "Der ", "Die ", "Das ", "Het ", "De ", "Den ",
    ];

    private static readonly string[] Particles = ["van", "von", "de", "da", "das", "do", "dos", "del", "della", "di", "der", "den", "la", "le", "du", "ter", "ten", "al", "el", "bin", "binti"];

    /// <summary>Reads a name in a face frame as a real person singled out (a likely name and a hint at <see cref="PromptRules.SingledOut"/>).</summary>
    public static void Read(TokenizedText text, PeopleLexicon people, SignalSummary into)
    {
        if (!into.Has(Signal.Sexual) || into.LevelOf(Signal.RealPersonHint) >= PromptRules.SingledOut || into.Has(Signal.RealPerson))
        {
            return;
        }

        var source = text.Source;
        // By the invariant table, not ICU (the same result: InvariantLower): a non-ASCII prompt's ToLowerInvariant was an ICU
        // call over the prompt here, an eighth of the people stage on the bulk file's flagged lines (session 33).
        var lower = InvariantLower.Of(source);
        if (lower.Length != source.Length)
        {
            return;
        }

        foreach (var phrase in Before)
        {
            WorkCounter.Add(1);
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetter(lower[at - 1]))
                {
                    continue;
                }

                var start = at + phrase.Length;
                if (NameRun(text, start, people) is { } end && Take(source, start, end, into))
                {
                    return;
                }
            }
        }

        foreach (var phrase in TagBefore)
        {
            WorkCounter.Add(1);
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var start = at + phrase.Length;
                if (OpensTag(source, at) && NameRun(text, start, people) is { } end && Take(source, start, end, into))
                {
                    return;
                }
            }
        }

        // "Jacinta Allan's face", "Anke Rehlingers Gesicht", "Carina Bergs ansikte", "Canan Kaftancıoğlu'nun yüzüyle".
        foreach (var word in FaceAfter)
        {
            for (var at = lower.IndexOf(word, StringComparison.Ordinal); at > 2; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                WorkCounter.Add(1);
                var close = at + word.Length;
                if (source[at - 1] != ' ' || (close < lower.Length && char.IsLetter(lower[close])))
                {
                    continue;
                }

                var end = at - 1; // the possessive word ends here
                var wordStart = end;
                while (wordStart > 0 && !char.IsWhiteSpace(source[wordStart - 1]))
                {
                    wordStart--;
                }

                var possessive = source[wordStart..end];
                var cut = PossessiveCut(possessive);
                if (cut <= 0)
                {
                    continue;
                }

                // Walk back over the name words before the possessive one (up to three more).
                var nameStart = wordStart;
                for (var k = 0; k < 3; k++)
                {
                    var prevEnd = nameStart - 1;
                    if (prevEnd <= 0 || source[prevEnd] != ' ')
                    {
                        break;
                    }

                    var prevStart = prevEnd;
                    while (prevStart > 0 && !char.IsWhiteSpace(source[prevStart - 1]))
                    {
                        prevStart--;
                    }

                    var prev = source.AsSpan(prevStart, prevEnd - prevStart);
                    if (!IsNamePiece(prev) && !(k < 2 && IsParticle(prev)))
                    {
                        break;
                    }

                    nameStart = prevStart;
                }

                var nameEnd = wordStart + cut;
                if (nameStart < wordStart && IsNamePiece(source.AsSpan(nameStart, NextSpace(source, nameStart) - nameStart))
                    && FirstWordOk(text, nameStart, people) && Take(source, nameStart, nameEnd, into))
                {
                    return;
                }
            }
        }
    }

    /// <summary>Whether position <paramref name="at"/> opens a tag: the prompt's start, or only spaces back to a comma, colon, semicolon or full stop.</summary>
    private static bool OpensTag(string source, int at)
    {
        var k = at - 1;
        while (k >= 0 && source[k] == ' ')
        {
            k--;
        }

        return k < 0 || source[k] is ',' or ':' or ';' or '.' or '，' or '、';
    }

    /// <summary>The end of a name of one to four capitalised words (particles between) starting at <paramref name="start"/>, or null.</summary>
    private static int? NameRun(TokenizedText text, int start, PeopleLexicon people)
    {
        var source = text.Source;
        var pos = start;
        var words = 0;
        var end = -1;
        var hyphenated = false;
        while (pos < source.Length && words < 4)
        {
            var wordEnd = pos;
            while (wordEnd < source.Length && (char.IsLetter(source[wordEnd]) || source[wordEnd] is '-' or '\'' or '’' || char.GetUnicodeCategory(source[wordEnd]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                wordEnd++;
            }

            var word = source.AsSpan(pos, wordEnd - pos);
            if (word.Length == 0)
            {
                break;
            }

            if (IsNamePiece(word))
            {
                words++;
                end = wordEnd;
                hyphenated |= words == 1 && word.IndexOf('-') > 0 && word.Length > word.IndexOf('-') + 1 && char.IsUpper(word[word.IndexOf('-') + 1]);
            }
            else if (!(words > 0 && IsParticle(word)))
            {
                break;
            }

            if (wordEnd >= source.Length || source[wordEnd] != ' ')
            {
                break;
            }

            pos = wordEnd + 1;
        }

        if (words == 0 || (words == 1 && !hyphenated))
        {
            return null;
        }

        // A first word that is also an ordinary word (Amandine, Happy, Ginger) is a given name when the family name after it is
        // no ordinary word itself (Happy Asmara, not Snow White, Sleeping Beauty, Princess Peach).
        if (!FirstWordOk(text, start, people) && (words == 1 || !LastWordOk(source, end, people)))
        {
            return null;
        }

        return end;
    }

    /// <summary>
    /// The name's first word is no common or ordinary word of any language, unless a given-name list holds it (Amandine, Happy,
    /// Ginger): the frame already says a person's face is meant, and the run has a second capitalised word.
    /// </summary>
    private static bool FirstWordOk(TokenizedText text, int start, PeopleLexicon people)
    {
        var source = text.Source;
        var k = text.SequenceStartingAt(start);
        if (k >= 0 && (text[k].Tags & WordTags.GivenName) != 0)
        {
            return true;
        }

        var end = start;
        while (end < source.Length && char.IsLetter(source[end]))
        {
            end++;
        }

        var first = source.AsSpan(start, end - start);
        if (first.Length < 2)
        {
            return false;
        }

        Span<char> lower = stackalloc char[Math.Min(first.Length, 64)];
        var n = InvariantLower.Write(first[..lower.Length], lower);
        return n > 0 && !people.IsCommonWord(lower[..n]) && !OrdinaryPhrases.IsOrdinaryWord(lower[..n]);
    }

    private static bool LastWordOk(string source, int end, PeopleLexicon people)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(source[start - 1]))
        {
            start--;
        }

        var last = source.AsSpan(start, end - start);
        if (last.Length < 3 || last.Length > 64)
        {
            return false;
        }

        Span<char> lower = stackalloc char[last.Length];
        var n = InvariantLower.Write(last, lower);
        return n > 0 && !people.IsCommonWord(lower[..n]) && !OrdinaryPhrases.IsOrdinaryWord(lower[..n]);
    }

    /// <summary>A capitalised word with a small letter in it: letters, a hyphen or apostrophe inside (O'Callaghan, Marie-Mai).</summary>
    private static bool IsNamePiece(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 40 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var small = false;
        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                small = true;
            }
            else if (!char.IsLetter(c) && c is not ('-' or '\'' or '’') && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        return small;
    }

    private static bool IsParticle(ReadOnlySpan<char> word)
    {
        foreach (var p in Particles)
        {
            if (word.SequenceEqual(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Length of the name inside a possessive word ('s, ’s, :s, a German/Swedish -s, Turkish 'nun/'in/'ın/'un/'ün), or 0.</summary>
    private static int PossessiveCut(string word)
    {
        if (!IsNamePiece(word))
        {
            return 0;
        }

        var apostrophe = word.IndexOfAny(['\'', '’', ':']);
        if (apostrophe > 1)
        {
            var suffix = word[(apostrophe + 1)..];
            return suffix is "s" or "nin" or "nın" or "nun" or "nün" or "in" or "ın" or "un" or "ün" ? apostrophe : 0;
        }

        return word.Length > 3 && word[^1] == 's' ? word.Length - 1 : 0;
    }

    private static int NextSpace(string source, int from)
    {
        var i = from;
        while (i < source.Length && !char.IsWhiteSpace(source[i]))
        {
            i++;
        }

        return i;
    }

    private static bool Take(string source, int start, int end, SignalSummary into)
    {
        if (end <= start)
        {
            return false;
        }

        // A listed work or fictional name there (the Benign signal: Mona Lisa, Lara Croft) is no person.
        if (into[Signal.Benign] is { IsPresent: true } benign && benign.SourceStart < end && start < benign.SourceEnd)
        {
            return false;
        }

        var name = source[start..end];
        foreach (var work in Works)
        {
            if (name.StartsWith(work, StringComparison.Ordinal))
            {
                return false;
            }
        }

        into.Add(Signal.RealPersonLikely, name, 3, start, end, PromptField.Prompt);
        into.Add(Signal.RealPersonHint, name, PromptRules.SingledOut, start, end, PromptField.Prompt);
        return true;
    }
}
