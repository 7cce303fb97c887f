using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A role noun that introduces a name in a scene (session 33, i16-namescased41): "starring Síofra Ní Bhraonáin", "the model is
/// Jette van der Meij", "con protagonista Cristiana Girelli", "Hauptdarstellerin Emily Bölk", "w roli głównej …", "в главной роли
/// …", "başrolde …", "bida si …", and after the name "… in der Hauptrolle", "… i huvudrollen", "… in the lead role". Sealed batch
/// 40 allowed three such prompts under <c>mature</c>: the role noun is a person word, and a pair beside a person word was read as
/// a caption of someone else. Here the role noun is the slot the name fills: whoever is named there is the person shown.
/// Read by <see cref="SubjectNamePairs"/> only for a capitalised name already shaped as one, in a sexual prompt with no adult
/// term. Words: the lead-role, star, model and actress nouns of the cased-script languages, written for GenScreen from general
/// knowledge of those languages (MIT); folded as the tokenizer folds (lower case, no diacritics).
/// </summary>
internal static class RoleIntroducers
{
    /// <summary>
    /// Longest lower-case word allowed between the role noun and the name ("the model is", "pemeran utama", "bida si"): a longer
    /// one is a verb or noun of its own ("nude model wearing Mary Jane shoes" is no introduction).
    /// </summary>
    private const int MaxFiller = 5;

    /// <summary>Role nouns written before the name.</summary>
    private static readonly CompactWordSet Before = Folded([
        // English
        "starring", "star", "model", "actress", "protagonist", "lead", "pornstar", "performer", "heroine",
        // German, Dutch, Swedish
        "hauptdarstellerin", "hauptdarsteller", "darstellerin", "schauspielerin", "pornodarstellerin", "hauptrolle",
        "hoofdrol", "hoofdrolspeelster", "actrice", "huvudrollen", "skådespelerskan", "modellen",
        // French, Spanish, Italian, Portuguese
        "vedette", "héroïne", "mannequin", "modèle", "protagonista", "actriz", "modelo", "attrice", "modella", "interprete",
        "atriz", "estrela", "estrella",
        // Polish, Czech ("w roli głównej", "v hlavní roli"), Russian and Ukrainian ("в главной роли", "у головній ролі")
        "głównej", "główna", "aktorka", "modelka", "roli", "herečka", "роли", "ролі", "актриса", "акторка", "модель",
        // Greek, Turkish, Indonesian, Tagalog
        "πρωταγωνίστρια", "ηθοποιός", "μοντέλο", "başrolde", "oyuncu", "pemeran", "bintang", "bida",
    ]);

    /// <summary>Lead-role nouns written after the name ("… in der Hauptrolle", "… i huvudrollen", "… in the lead role").</summary>
    private static readonly CompactWordSet After = Folded(["hauptrolle", "titelrolle", "huvudrollen", "hovedrollen", "hoofdrol", "lead", "protagonista", "başrolde", "главной", "головній"]);

    /// <summary>
    /// Request verbs that open a prompt and take the depicted person as their object (session 35, i16-nameslatin43): "Generate
    /// Jenny-May Clarkson doing a striptease", "erstell mir Ulrike Frank …", "bikinin gambar Desi Ratnasari …", "maak Karen Damen
    /// …". The verb is the prompt's (or its tag's) first word, so the pair after it is what the picture shows, not a caption; a
    /// capitalised verb there is no Title Case heading. Imperatives of the cased-script languages, written for GenScreen from
    /// general knowledge of those languages (MIT); folded as the tokenizer folds.
    /// </summary>
    private static readonly CompactWordSet Requests = Folded([
        "generate", "create", "draw", "make", "render", "paint", "show", "imagine", "depict",
        "generiere", "erstelle", "erstell", "zeichne", "zeig", "zeige", "mach",
        "maak", "genereer", "teken", "génère", "genere", "dessine", "crée", "montre", "fais",
        "genera", "crea", "dibuja", "haz", "muestra", "pinta", "disegna", "mostra", "fai", "gera", "gere", "cria", "crie",
        "desenha", "desenhe", "mostre", "wygeneruj", "stwórz", "narysuj", "pokaż", "zrób", "vygeneruj", "vytvoř", "nakresli",
        "ukaž", "skapa", "generera", "bikinin", "buatin", "buatkan", "buat", "gambarkan", "tampilkan",
        "gumawa", "iguhit", "ipakita",
    ]);

    /// <summary>The short words a request puts between its verb and the person: "me", "mir", "gambar" (a picture), "foto".</summary>
    private static readonly CompactWordSet RequestFillers = Folded(["me", "mir", "mij", "moi", "mi", "mnie", "mně", "mig", "ako", "gambar", "foto", "fotonya"]);

    /// <summary>
    /// Whether the word before the name at <paramref name="i"/> is a request verb that opens the prompt or a tag (one filler of
    /// <see cref="RequestFillers"/> may stand between): the name is the request's object.
    /// </summary>
    public static bool IsRequestedObject(TokenizedText text, int i)
    {
        var k = i - 1;
        if (k >= 1 && PersonDetector.OnlySpaceBetween(text, k, i) && RequestFillers.Contains(text.TextOf(in text[k])))
        {
            k--;
        }

        return k >= 0 && PersonDetector.OnlySpaceBetween(text, k, k + 1) && Requests.Contains(text.TextOf(in text[k])) && SubjectNamePairs.OpensTag(text, k);
    }

    /// <summary>Whether a role noun stands right before the name (two short lower-case words may stand between) or a lead-role noun within the three words after it.</summary>
    public static bool Introduces(TokenizedText text, int i, int last)
    {
        // Before: the word right before, or one or two lower-case fillers between ("the model is", "pemeran utama", "bida si").
        for (int k = i - 1, fillers = 0; k >= 0 && fillers <= 2 && PersonDetector.OnlySpaceBetween(text, k, k + 1); k--, fillers++)
        {
            WorkCounter.Add(1);
            if (Before.Contains(text.TextOf(in text[k])))
            {
                return true;
            }

            if (!IsFiller(text, k))
            {
                break;
            }
        }

        var n = text.SequenceCount;
        for (int k = last + 1, fillers = 0; k < n && fillers <= 2 && PersonDetector.OnlySpaceBetween(text, k - 1, k); k++, fillers++)
        {
            WorkCounter.Add(1);
            if (After.Contains(text.TextOf(in text[k])))
            {
                return true;
            }

            if (!IsFiller(text, k) || text[k].Length > 4)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether a role noun stands right before the name, spaces only between ("Hauptdarstellerin Almut …").</summary>
    public static bool IsRightBefore(TokenizedText text, int i) =>
        i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && Before.Contains(text.TextOf(in text[i - 1]));

    private static bool IsFiller(TokenizedText text, int k)
    {
        ref var token = ref text[k];
        return token.Length <= MaxFiller && (token.Tags & WordTags.Matched) == 0 && char.IsLower(text.Source[token.SourceStart])
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Cjk)) == 0;
    }

    private static CompactWordSet Folded(string[] words) =>
        new(words.Select(w => string.Concat(w.Select(c => CharFolding.FoldSlow(c.ToString())))));
}
