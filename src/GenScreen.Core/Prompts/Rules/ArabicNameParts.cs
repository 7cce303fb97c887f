using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The parts of an Arabic name that give it away when the given name is unknown or an ordinary word (session 35,
/// i16-namesrtl43), for <see cref="ClauseSubjectNames"/>:
/// <list type="bullet">
/// <item>a family name of the nisba shape, the article and a relational ending (الشربيني, الداودية, الطنطاوي): after a word
/// that is no article-word itself it is a name's second part whatever the first (زينة "adornment", رضوى), since an
/// adjective agrees with its noun and takes the article only after a noun that has it;</item>
/// <item>a linker between two name words: بن / بنت / ابن / بو / أبو / آل (سهيلة بن لشهب, غادة بنت راشد), and عبد before an
/// article-word (مها عبد الناصر, هيا عبد السلام);</item>
/// <item>a compound given name, a head and an article-word (عبد الكريم, أبو بكر's kin نور الهدى, سيف الدين), before a
/// family name.</item>
/// </list>
/// Written for GenScreen from general knowledge of Arabic naming (MIT, this project; no third-party list).
/// </summary>
internal static class ArabicNameParts
{
    /// <summary>Words that join a given name to a father's or tribe's name.</summary>
    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal) { "بن", "بنت", "ابن", "بو", "أبو", "ابو", "آل", "عبد" };

    /// <summary>Heads of compound given names written as two words, the second with the article.</summary>
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.Ordinal)
    {
        "عبد", "أبو", "ابو", "نور", "سيف", "عز", "بدر", "شمس", "صلاح", "علاء", "نصر", "جمال", "فخر", "زين", "سعد", "تاج", "نجم", "شرف",
    };

    /// <summary>Particles and prepositions that open no name (في الحمام المغربي, على الشاطئ الرملي).</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "في", "على", "من", "مع", "عن", "إلى", "الى", "و", "أو", "او", "ثم", "لا", "ما", "هذه", "هذا", "ذات", "ذو", "مثل", "بدون", "بلا",
        "تحت", "فوق", "عند", "بين", "كل", "بعض", "قبل", "بعد", "حول", "داخل", "خارج", "أمام", "امام", "خلف", "جنب", "وسط", "غير", "عم",
        "بس", "شي", "اللي", "يلي", "وهي", "وهو", "هي", "هو", "انا", "أنا",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Linker = Linkers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundHead = CompoundHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particle = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A family name of the nisba shape that is no ordinary adjective (العربية, الداخلية are refused by the lists).</summary>
    public static bool IsNisba(ReadOnlySpan<char> word) =>
        word.Length >= 6 && word.StartsWith("ال", StringComparison.Ordinal) && (word[^1] == '\u064A' || word.EndsWith("ية", StringComparison.Ordinal))
        && word.IndexOfAnyInRange('\u0660', '\u0669') < 0 && !OrdinaryWords.ContainsInflected(word);

    /// <summary>
    /// The last token of a name that starts at <paramref name="i"/> and is read by its parts (see the class summary), or -1.
    /// The words are Arabic-script tokens separated by spaces only.
    /// </summary>
    public static int NameEnd(TokenizedText text, int i, PeopleLexicon people, ReadOnlySpan<char> first)
    {
        var n = text.SequenceCount;
        var second = Word(text, i + 1);
        if (i + 2 < n && Joined(text, i + 1))
        {
            var third = Word(text, i + 2);
            if (Linker.Contains(second) && (second is "عبد" ? third.StartsWith("ال", StringComparison.Ordinal) && third.Length >= 4 : FamilyWord(text, i + 2, people, third))
                && OpensName(text, i, first))
            {
                return i + 2;
            }

            if (CompoundHead.Contains(first) && second.StartsWith("ال", StringComparison.Ordinal) && second.Length >= 4
                && (text[i + 1].Tags & WordTags.Matched) == 0 && FamilyWord(text, i + 2, people, third))
            {
                return i + 2;
            }
        }

        // عبد / أبو and an article-word are a given name whatever follows (عبد الكريم الشهري: الشهري is also "monthly"); the
        // family word after it is any word that can open a name and carries the article.
        if (first is "عبد" or "أبو" or "ابو" && second.StartsWith("ال", StringComparison.Ordinal) && second.Length >= 4 && (text[i + 1].Tags & WordTags.Matched) == 0)
        {
            return i + 2 < n && Joined(text, i + 1) && Word(text, i + 2).StartsWith("ال", StringComparison.Ordinal) && Word(text, i + 2).Length >= 4
                && NoTermOrPerson(text, i + 2) ? i + 2 : i + 1;
        }

        return IsNisba(second) && (text[i + 1].Tags & WordTags.Matched) == 0 && OpensName(text, i, first) ? i + 1 : -1;
    }

    /// <summary>A word that may open a name: no article-word, particle, person, kin or term word, no digit.</summary>
    public static bool OpensName(TokenizedText text, int i, ReadOnlySpan<char> first)
    {
        ref var token = ref text[i];
        return first.Length >= 2 && !Particle.Contains(first) && !KinWords.Contains(first)
            && ((token.Tags & WordTags.GivenName) != 0 || !first.StartsWith("ال", StringComparison.Ordinal))
            && NoTermOrPerson(text, i);
    }

    private static bool NoTermOrPerson(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        return (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol)) == 0
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0;
    }

    /// <summary>A family word after a linker or a compound given name: a nisba, a family name by form, or a name word no list calls ordinary.</summary>
    private static bool FamilyWord(TokenizedText text, int j, PeopleLexicon people, ReadOnlySpan<char> word) =>
        (text[j].Tags & WordTags.Matched) == 0
        && (IsNisba(word) || ScriptFamilyNames.IsFamilyName(word)
            || (CaselessScriptNames.IsNameWordAt(text, j, 'A', people) && !OrdinaryWords.ContainsInflected(word)));

    private static bool Joined(TokenizedText text, int i) =>
        CaselessScriptNames.ScriptOfToken(text, in text[i + 1]) == 'A' && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart);

    private static ReadOnlySpan<char> Word(TokenizedText text, int i) =>
        text.Source.AsSpan(text[i].SourceStart, text[i].SourceEnd - text[i].SourceStart);
}
