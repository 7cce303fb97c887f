using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The clothing state of the person in an input image, said without an undressing verb (issue 16, session 14,
/// i16-nudify12). Every word is data (<c>people/nudify12.json</c>: <c>skinWords</c>, <c>subjectPronouns</c>, garments,
/// absence words); what this class adds is the grammar around them:
/// <list type="bullet">
/// <item><b>Bare skin</b>: a skin word beside a bare word (<c>bare skin</c>, <c>peau nue</c>, <c>nackte Haut</c>, <c>голая кожа</c>,
/// <c>çıplak teni</c>, <c>kulit telanjang</c>, <c>da trần</c>, <c>بشرة عارية</c>) is the body a garment is replaced by. Followed by a
/// garment through connectors (<c>peau nue à la place du maillot</c>, <c>nackte Haut statt des Kleides</c>, <c>naked skin where the
/// shirt was</c>) it is the garment gone: weak undressing. Alone it is noted (<see cref="SignalSummary.BareSkin"/>) and decides
/// for an inpainted area (<c>fill the masked area with bare skin</c>), see <see cref="PromptRules"/>.</item>
/// <item><b>A garment with a suffix of absence</b>: Turkish <c>sütyensiz</c>, <c>tişörtsüz</c> (the garment and -siz/-sız/-suz/-süz),
/// as "without a bra".</item>
/// <item><b>An undressing verb that takes its person</b>: Italian <c>spoglia</c> is also an adjective (<c>una stanza spoglia</c>),
/// Turkish <c>soy</c> also a noun (lineage, soy sauce) and Spanish "I am", Portuguese <c>despe</c> a verb of other objects; each
/// undresses only with a person as its object, after it (<c>spoglia la ragazza</c>, <c>despe ela</c>) or, in Turkish, before it in the
/// accusative and ending the phrase (<c>kızı soy</c>, <c>kadını tamamen soyun</c>).</item>
/// </list>
/// Each look is a few words around a tagged word (no regex, no allocation but the evidence string on a hit).
/// </summary>
internal static class ClothingState
{
    /// <summary>How far after bare skin its garment is read: <c>peau nue à la place du maillot</c>.</summary>
    private const int SkinReach = 6;

    /// <summary>Bare words that are no sexual term of the lexicon (folded as the tokenizer writes them).</summary>
    private static readonly string[] BareWords =
    [
        "bare", "naked", "nude", "nue", "nu", "nues", "desnuda", "desnudo", "nuda", "nudo", "nua", "naga", "nagiej",
        "gola", "golej", "naha", "nahou", "nahe", "naakte", "naakt", "blote", "bloot", "nackte", "nackter", "nackten", "nackt", "naken", "nakna",
        "ciplak", "telanjang", "hubad", "tran", "голая", "голое", "голой", "голую", "голым", "гола", "голу", "голою", "γυμνό", "γυμνή",
        "γυμνο", "γυμνη", "عارية", "عاري", "برهنه", "لخت", "नंगी", "नंगा", "नग्न", "খোলা", "নগ্ন", "חשוף", "חשופה", "ערום", "עירום",
    ];

    /// <summary>Undressing verbs that also have an innocent sense, and on which side their person object stands.</summary>
    private static readonly (string Verb, bool ObjectBefore)[] ObjectVerbs =
    [
        ("spoglia", false), ("despe", false), ("despir", false), ("soy", true), ("soyun", true), ("soyunuz", true),
    ];

    /// <summary>A skin word at <paramref name="i"/>: bare skin, followed by its garment or noted for an inpainted area.</summary>
    public static void TryBareSkin(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var n = text.SequenceCount;
        int first, last;
        if (i + 1 < n && Joined(text, i, i + 1) && IsBare(text, i + 1, index))
        {
            first = i;
            last = i + 1;
        }
        else if (i > 0 && Joined(text, i - 1, i) && IsBare(text, i - 1, index))
        {
            first = i - 1;
            last = i;
        }
        else
        {
            // "skin instead of the bikini", "кожа вместо купальника": skin alone replacing a garment, said with an "instead" word.
            TrySkinInstead(text, i, into);
            return;
        }

        into.NoteBareSkin(text[first].SourceStart, text[last].SourceEnd);

        // "peau nue à la place du maillot", "nackte Haut statt des Kleides", "naked skin where the shirt was": the garment
        // after, through connectors and articles only.
        for (var j = last + 1; j < n && j <= last + SkinReach; j++)
        {
            WorkCounter.Add(1);
            if (!Joined(text, j - 1, j))
            {
                return;
            }

            var tags = text[j].Tags;
            if ((tags & WordTags.Clothing) != 0)
            {
                UndressGrammar.Weak(text, first, j, into);
                return;
            }

            if ((tags & (WordTags.UndressFiller | WordTags.Determiner | WordTags.RoleConnector)) == 0
                && text.TextOf(in text[j]) is not ("the" or "a" or "her" or "his" or "of" or "in"))
            {
                return;
            }
        }
    }

    /// <summary>Skin, an "instead" word at most three words on, then a garment: <c>skin instead of the bikini</c>.</summary>
    private static void TrySkinInstead(TokenizedText text, int i, SignalSummary into)
    {
        var instead = false;
        for (var j = i + 1; j < text.SequenceCount && j <= i + SkinReach; j++)
        {
            WorkCounter.Add(1);
            if (!Joined(text, j - 1, j))
            {
                return;
            }

            var tags = text[j].Tags;
            if ((tags & WordTags.Clothing) != 0)
            {
                if (instead)
                {
                    UndressGrammar.Weak(text, i, j, into);
                }

                return;
            }

            if ((tags & (WordTags.UndressFiller | WordTags.Determiner | WordTags.RoleConnector)) == 0
                && text.TextOf(in text[j]) is not ("the" or "a" or "her" or "his" or "of" or "in"))
            {
                return;
            }

            instead |= IsInstead(text.TextOf(in text[j]));
        }
    }

    /// <summary>"instead (of)", "in place of", "en lugar de", "statt", "zamiast", "вместо", "yerine", "αντί", "بدلا", "במקום" (folded).</summary>
    private static bool IsInstead(ReadOnlySpan<char> word) =>
        word is "instead" or "place" or "lugar" or "posto" or "statt" or "anstelle" or "plaats" or "istallet" or "istället" or "zamiast" or "misto"
            or "místo" or "вместо" or "замість" or "yerine" or "αντί" or "αντι" or "بدلا" or "بدل" or "جای" or "जगह" or "জায়গায়" or "במקום" or "halip";

    /// <summary>
    /// "wearing nothing but a smile", "in nothing but her heels", "with nothing on under the sheet": nothing worn but a thing
    /// that is no garment is nudity (a smile, a necklace, heels); "nothing but a bikini" is the bikini's, "nothing but blue
    /// sky" has no wearing word, "nothing on the table" puts nothing on a thing.
    /// </summary>
    public static void TryNothingBut(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (text.TextOf(in text[i]) is not "nothing" || i + 1 >= n || !Joined(text, i, i + 1))
        {
            return;
        }

        var next = text.TextOf(in text[i + 1]);
        var worn = i > 0 && Joined(text, i - 1, i)
            && text.TextOf(in text[i - 1]) is "wearing" or "wears" or "wore" or "worn" or "in" or "with" or "clad" or "dressed" or "has" or "had" or "having";
        if (next is "on")
        {
            // "nothing on", "nothing on but…", "nothing on under the sheet", "nothing on underneath": the phrase ends or goes on
            // with but/under, never with the thing something lies on.
            if (AgeText.EndsChunk(text, i + 1)
                || (i + 2 < n && Joined(text, i + 1, i + 2) && text.TextOf(in text[i + 2]) is "but" or "except" or "under" or "underneath" or "beneath"))
            {
                Nude(text, i, i + 1, into);
            }

            return;
        }

        if (!worn || next is not ("but" or "except"))
        {
            return;
        }

        for (var j = i + 2; j < n && j <= i + 4; j++)
        {
            WorkCounter.Add(1);
            if (!Joined(text, j - 1, j))
            {
                return;
            }

            var word = text.TextOf(in text[j]);
            if (word is "a" or "an" or "her" or "his" or "their" or "the" or "some" or "pair" or "of")
            {
                continue;
            }

            if ((text[j].Tags & WordTags.Clothing) == 0 && (text[j].Tags & WordTags.Matched) == 0)
            {
                Nude(text, i - 1, j, into);
            }

            return;
        }
    }

    /// <summary>How far (in words, either side) a nothing word looks for the word that puts it on the body or under a garment.</summary>
    private const int NothingReach = 3;

    /// <summary>
    /// Nothing worn, said without an undressing verb or a garment term (session 15): a nothing word (<see
    /// cref="WordTags.NothingWord"/>, data <c>nothingWords</c>) within three joined words of a word that puts the nothing on
    /// the body (<c>nichts an</c>, <c>sin nada puesto</c>, <c>senza niente addosso</c>, <c>на ней ничего</c>, <c>nic na sobě</c>,
    /// <c>τίποτα πάνω της</c>, <c>üzerinde hiçbir şey</c>, <c>بدون أي شيء عليها</c>, <c>בלי כלום עליה</c>, <c>هیچ چیزی تنش</c>,
    /// <c>बिना कुछ पहने</c>, <c>কিছু না পরা</c>) or under a garment the prompt names before it (<c>elbisesini sil, altında
    /// hiçbir şey</c>, <c>usuń sukienkę, pod spodem nic</c>, <c>enlève la robe, rien en dessous</c>). Weak undressing: it
    /// decides only with an input image, since "nichts an der Wand", "nothing under the bed" and a text-to-image prompt are no
    /// one's photo. Prepositions that also place things (German <c>an</c>, French <c>sur</c>, Greek <c>πάνω</c>, Slavic
    /// <c>на</c>/<c>na</c>, Swedish <c>på</c>) count only with a person pronoun after them or at the end of their phrase; a
    /// Turkish "on" after a genitive noun (<c>masanın üzerinde</c>, on the table) puts the nothing on a thing.
    /// An any-word (<c>anything</c>, <c>iets</c>, <c>något</c>, <c>etwas</c>) counts only right after a without-word.
    /// </summary>
    public static void TryNothingOn(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var n = text.SequenceCount;
        var word = text.TextOf(in text[i]);
        if (IsAnyWord(word) && !(i > 0 && Joined(text, i - 1, i) && IsWithout(text.TextOf(in text[i - 1]))))
        {
            return;
        }

        // "nothing but a red dress", "nothing else", "nichts außer dem Bikini": what is worn is named, so it is clothing
        // (session 14's rule reads "nothing but a smile"); "change nothing on her", "ne change rien": an edit that keeps.
        if ((i + 1 < n && Joined(text, i, i + 1) && IsExcept(text.TextOf(in text[i + 1])))
            || (i > 0 && IsKeepVerb(text.TextOf(in text[i - 1])))
            || (i > 1 && Joined(text, i - 2, i - 1) && IsKeepVerb(text.TextOf(in text[i - 2]))))
        {
            return;
        }

        // Rightwards, then leftwards, while the words stay in one phrase (spaces only between them).
        for (var j = i + 1; j < n && j <= i + NothingReach && Joined(text, j - 1, j); j++)
        {
            WorkCounter.Add(1);
            if (IsWorn(text, j) || (IsUnder(text.TextOf(in text[j])) && GarmentBefore(text, i, index)))
            {
                UndressGrammar.Weak(text, i, j, into);
                return;
            }
        }

        for (var j = i - 1; j >= 0 && j >= i - NothingReach && Joined(text, j, j + 1); j--)
        {
            WorkCounter.Add(1);
            if (IsWorn(text, j) || (IsUnder(text.TextOf(in text[j])) && GarmentBefore(text, j, index)))
            {
                UndressGrammar.Weak(text, j, i, into);
                return;
            }
        }
    }

    /// <summary>But, except, else, more (after a nothing word): nothing but the thing named.</summary>
    private static bool IsExcept(ReadOnlySpan<char> word) =>
        word is "but" or "except" or "else" or "other" or "außer" or "ausser" or "sonst" or "anderes" or "sauf" or "dautre" or "más" or "mas" or "salvo"
            or "excepto" or "tranne" or "altro" or "além" or "alem" or "exceto" or "кроме" or "крім" or "другого" or "іншого" or "oprócz" or "poza"
            or "innego" or "kromě" or "krome" or "jiného" or "behalve" or "anders" or "förutom" or "annat" or "εκτός" or "άλλο" or "dışında" or "başka"
            or "سوى" or "غير" or "ماعدا" or "חוץ" or "מלבד" or "جز" or "دیگری" or "अलावा" or "सिवा" or "ছাড়া";

    /// <summary>Edit verbs before a nothing word that keep the picture ("change nothing", "ändere nichts", "ne change rien", "не меняй ничего").</summary>
    private static bool IsKeepVerb(ReadOnlySpan<char> word) =>
        word is "change" or "changes" or "alter" or "modify" or "touch" or "ändere" or "ändern" or "verändere" or "changer" or "modifie"
            or "touche" or "cambies" or "cambiar" or "cambia" or "modifiques" or "toques" or "cambiare" or "modificare" or "toccare" or "mude" or "mudar"
            or "altere" or "меняй" or "менять" or "изменяй" or "міняй" or "змінюй" or "zmieniaj" or "zmieniać" or "neměň" or "měnit"
            or "verander" or "veranderen" or "ändra" or "αλλάξεις" or "αλλάζεις" or "değiştirme" or "degistirme" or "تغير" or "تغيّر" or "שנה"
            or "תשנה" or "تغییر" or "بدلو" or "बदलो" or "बदलें" or "বদলাবে" or "বদলাও";

    /// <summary>
    /// A word for "nothing" that means nothing (not "anything", not "nothing but the bikini"): a garment replaced by it
    /// (<c>swap her dress for nothing</c>) is taken away (session 24, <see cref="UndressGrammar"/>).
    /// </summary>
    internal static bool IsNothingProper(TokenizedText text, int j) =>
        !IsAnyWord(text.TextOf(in text[j]))
        && !(j + 1 < text.SequenceCount && Joined(text, j, j + 1) && IsExcept(text.TextOf(in text[j + 1])));

    /// <summary>"anything", "iets", "något", "etwas", "algo": nothing only after a without-word ("zonder iets aan").</summary>
    private static bool IsAnyWord(ReadOnlySpan<char> word) =>
        word is "anything" or "iets" or "något" or "nagot" or "etwas" or "algo" or "qualcosa" or "nicio";

    private static bool IsWithout(ReadOnlySpan<char> word) =>
        word is "without" or "zonder" or "utan" or "ohne" or "sin" or "senza" or "sem" or "sans" or "not" or "niet" or "inte" or "nicht" or "no";

    /// <summary>
    /// A word that puts what is (not) worn on the body: worn participles and "on oneself" words, or a preposition of place
    /// with a person pronoun after it (<c>на ней</c>, <c>na sobě</c>, <c>πάνω της</c>, <c>sur elle</c>, <c>på sig</c>) or
    /// ending its phrase (<c>dieselbe Frau, nichts an</c>, <c>with nothing on</c>).
    /// </summary>
    private static bool IsWorn(TokenizedText text, int j)
    {
        var word = text.TextOf(in text[j]);
        if (word is "encima")
        {
            // "nada encima de la mesa": on top of a thing.
            return !(j + 1 < text.SequenceCount && Joined(text, j, j + 1) && text.TextOf(in text[j + 1]) is "de" or "del");
        }

        if (word is "puesto" or "puesta" or "puestos" or "puestas" or "addosso" or "indosso" or "sobě" or "sobe" or "sobie" or "себе"
            or "собі" or "aan" or "aanhebben" or "corpo" or "تنش" or "تنشه" or "بتنش" or "तन" or "पहने" or "पहनी" or "पहना" or "पहन" or "পরা" or "পরে"
            or "পরনে" or "suot" or "nakasuot" or "memakai" or "pakai" or "mengenakan" or "wearing" or "worn" or "عليها" or "عليه" or "عليك"
            or "עליה" or "עליו" or "לגופה" or "לגופו")
        {
            return true;
        }

        if (word is "üzerinde" or "uzerinde" or "üstünde" or "ustunde" or "üzerine" or "uzerine")
        {
            // "masanın üzerinde": the genitive of a thing before "on" puts the nothing on that thing.
            return !(j > 0 && Joined(text, j - 1, j) && text.TextOf(in text[j - 1]) is [_, _, _, .., 'ı' or 'i' or 'u' or 'ü', 'n']);
        }

        var hasNext = j + 1 < text.SequenceCount && Joined(text, j, j + 1);
        var next = hasNext ? text.TextOf(in text[j + 1]) : default;
        if (word is "an" or "on" or "aan" or "auf")
        {
            return AgeText.EndsChunk(text, j) || next is "sich" or "ihr" or "ihm" or "her" or "him";
        }

        // Short Cyrillic and Greek words may reach the matcher as their Latin look-alikes (на as "ha"), so the two words
        // are compared as written.
        var raw = Raw(text, j);
        if (!hasNext || !(word is "na" or "på" or "pa" or "sur" || raw is "на" or "На" or "πάνω" or "πανω" or "Πάνω"))
        {
            return false;
        }

        var rawNext = Raw(text, j + 1);
        return next is "nej" or "niej" or "sobě" or "sobe" or "sobie" or "sig" or "henne" or "honom" or "elle" or "lui" or "soi"
            || rawNext is "ней" or "нем" or "нём" or "ній" or "ньому" or "себе" or "собі" or "них" or "της" or "του" or "τους";
    }

    /// <summary>A token as the prompt wrote it (for short words of scripts with Latin look-alikes).</summary>
    private static ReadOnlySpan<char> Raw(TokenizedText text, int j) =>
        text.Source.AsSpan(text[j].SourceStart, text[j].SourceEnd - text[j].SourceStart);

    /// <summary>Under, below, beneath in the spaced scripts (darunter, dessous, debajo, sotto, под, pod, altında, κάτω, تحت, מתחת, زیر, नीचे).</summary>
    private static bool IsUnder(ReadOnlySpan<char> word) =>
        word is "underneath" or "beneath" or "under" or "darunter" or "drunter" or "dessous" or "debajo" or "abajo" or "sotto" or "baixo" or "под"
            or "нею" or "під" or "pod" or "spodem" or "spodu" or "altında" or "altinda" or "eronder" or "onder" or "κάτω" or "κατω" or "تحتها"
            or "تحته" or "تحت" or "מתחת" or "מתחתיה" or "زیرش" or "زیر" or "नीचे" or "নিচে" or "নীচে" or "bawah" or "ilalim" or "dưới" or "duoi";

    /// <summary>A garment among the ten words before <paramref name="before"/>: a clothing word, or a Turkish one with its suffixes (<c>elbisesini</c>).</summary>
    private static bool GarmentBefore(TokenizedText text, int before, TermIndex index)
    {
        for (var k = before - 1; k >= 0 && k >= before - 10; k--)
        {
            WorkCounter.Add(1);
            if ((text[k].Tags & WordTags.Clothing) != 0)
            {
                return true;
            }

            // Turkish possessive and case endings after a garment (elbise-si-ni, gömleğ-i): a buffer-free lookup of the stem.
            var word = text.TextOf(in text[k]);
            foreach (var ending in TurkishGarmentEndings)
            {
                if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal)
                    && index.TryGet(word[..^ending.Length], out var stem) && (stem.Tags & WordTags.Clothing) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] TurkishGarmentEndings = ["sini", "sını", "ini", "ını", "si", "sı", "yi", "yı", "i", "ı"];

    private static void Nude(TokenizedText text, int first, int last, SignalSummary into)
    {
        var start = text[first].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(Signal.Sexual, text.Source[start..end], 4, start, end, PromptField.Prompt);
    }

    /// <summary>How far apart a garment and a sheer word may stand in one run of a script without spaces.</summary>
    private const int CjkSheerReach = 6;

    /// <summary>Possessor phrases of the unspaced scripts ("of her", "her"), left out of a garment's distance to its sheer word (session 30).</summary>
    private static readonly string[] CjkPossessors = ["ของเธอ", "ของเขา", "ของหล่อน", "ของผู้หญิง", "ของสาว", "她的", "他的", "彼女の", "그녀의"];

    /// <summary>The length of the first possessor phrase in <paramref name="gap"/>; 0 when none.</summary>
    private static int PossessorIn(ReadOnlySpan<char> gap)
    {
        foreach (var p in CjkPossessors)
        {
            if (gap.IndexOf(p.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return p.Length;
            }
        }

        return 0;
    }

    /// <summary>"and" and list marks between two things (透明なグラスと赤いドレス: the glass is transparent, not the dress).</summary>
    private static readonly System.Buffers.SearchValues<char> CjkListWords = System.Buffers.SearchValues.Create("と和及跟与與、，,과와및");

    private static readonly Lazy<(string[] Garments, string[] Sheer, System.Buffers.SearchValues<char> Firsts, HashSet<string> Under, string[] Ask)> CjkSheerWords = new(LoadCjkSheer);

    /// <summary>How far, in characters either side of the run, an asking word of an "under" hit may stand (session 25).</summary>
    private const int CjkAskReach = 24;

    /// <summary>
    /// A garment and a sheer word in one run of Han, kana, Hangul or Thai (<c>让她的裙子变得透明</c>, <c>ทำให้เสื้อของเธอโปร่งใส</c>):
    /// weak undressing. Words in Rules/Data/cjk-sheer.tsv; one ordinal search per sheer word over the run, the garments
    /// only where one is found.
    /// </summary>
    public static void TryCjkSheer(TokenizedText text, int i, SignalSummary into)
    {
        var run = text.Source.AsSpan(text[i].SourceStart, HangulSpan(text, i));
        var (garments, sheerWords, firsts, under, ask) = CjkSheerWords.Value;
        if (run.IndexOfAny(firsts) < 0)
        {
            return; // one vectorised pass: no sheer word starts anywhere in the run
        }

        foreach (var sheer in sheerWords)
        {
            WorkCounter.Add(1);
            var at = run.IndexOf(sheer.AsSpan(), StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var from = Math.Max(0, at - CjkSheerReach - 12); // room for the longest garment word before
            var to = Math.Min(run.Length, at + sheer.Length + CjkSheerReach + 12);
            var window = run[from..to];
            foreach (var garment in garments)
            {
                var g = window.IndexOf(garment.AsSpan(), StringComparison.Ordinal);
                if (g < 0)
                {
                    continue;
                }

                // The gap between the two words, in either order, is at most CjkSheerReach characters.
                var gStart = from + g;
                var gap = gStart < at ? at - (gStart + garment.Length) : gStart - (at + sheer.Length);
                var gapStart = gStart < at ? gStart + garment.Length : at + sheer.Length;
                // Session 30 (i16-roles36): the garment's possessor between them is no distance ("ชุดทำงานของเธอซีทรู",
                // "ชุดเดรสของเธอให้เป็นไม่มีอะไรเลย", "她的", "彼女の"): one possessor phrase is left out of the gap.
                if (gap > CjkSheerReach && PossessorIn(run.Slice(gapStart, gap)) is var possessor and > 0)
                {
                    gap -= possessor;
                }

                // Two words may share a character (服の and の下 in 服の下, session 25): no gap, and nothing between them.
                if (gap <= CjkSheerReach && (gap <= 0 || run.Slice(gapStart, gap).IndexOfAny(CjkListWords) < 0)
                    && (!under.Contains(sheer) || AsksToSee(text, i, run.Length, ask)))
                {
                    var start = text[i].SourceStart + Math.Min(at, gStart);
                    var end = text[i].SourceStart + Math.Max(at + sheer.Length, gStart + garment.Length);
                    into.Add(Signal.Undress, text.Source[start..end], 1, start, end, PromptField.Prompt);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The length read from the run at <paramref name="i"/>: the run itself, or for Hangul, which spaces its words, the run and
    /// the spaced Hangul words after it up to the reach (<c>원피스를 투시처럼</c>, <c>옷을 다 벗겨줘</c>; session 24), stopping at
    /// any other character (a comma, a Latin word), so a garment and a sheer or removal word of two clauses stay apart.
    /// </summary>
    private static int HangulSpan(TokenizedText text, int i)
    {
        var start = text[i].SourceStart;
        var end = text[i].SourceEnd;
        if (!IsHangul(text.Source[start]))
        {
            return end - start;
        }

        var limit = Math.Min(text.Source.Length, end + CjkSheerReach + 12);
        var k = end;
        while (k < limit && (IsHangul(text.Source[k]) || text.Source[k] == ' '))
        {
            k++;
        }

        return k - start;
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>
    /// "衣服下面有什么", "ใต้เสื้อผ้ามีอะไร", "옷 속에 뭐 있는지 보여줘" (session 25): an "under" word beside a garment asks for the
    /// body only with an asking word (what, show, see, x-ray) near the run; "把衣服下面的地板换成木地板" changes the floor.
    /// </summary>
    private static bool AsksToSee(TokenizedText text, int i, int runLength, string[] ask)
    {
        var from = Math.Max(0, text[i].SourceStart - CjkAskReach);
        var to = Math.Min(text.Source.Length, text[i].SourceStart + runLength + CjkAskReach);
        var window = text.Source.AsSpan(from, to - from);
        foreach (var word in ask)
        {
            WorkCounter.Add(1);
            if (window.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static (string[] Garments, string[] Sheer, System.Buffers.SearchValues<char> Firsts, HashSet<string> Under, string[] Ask) LoadCjkSheer()
    {
        using var reader = RuleDataFile.Open("cjk-sheer.tsv");
        List<string> garments = [], sheer = [], under = [], ask = [];
        foreach (var line in RuleDataFile.Rows(reader))
        {
            var tab = line.IndexOf('\t');
            var word = tab < 0 ? string.Empty : line[(tab + 1)..].Trim();
            var kind = tab < 0 ? string.Empty : line[..tab];
            (kind switch
            {
                "garment" => garments,
                "sheer" or "gone" => sheer, // a garment made sheer or taken off: the same weak undressing (gone: session 24)
                "under" => under, // "under" beside a garment, read only with an asking word near (session 25)
                "ask" => ask,
                _ => throw new InvalidDataException($"cjk-sheer.tsv: a row needs a kind (garment, sheer or gone) and a word: '{line}'."),
            }).Add(word.Length > 0 ? word : throw new InvalidDataException($"cjk-sheer.tsv: empty word: '{line}'."));
        }

        string[] sheerWords = [.. sheer.Concat(under).Distinct()];
        return ([.. garments], sheerWords, System.Buffers.SearchValues.Create([.. sheerWords.Select(w => w[0]).Distinct()]),
            new HashSet<string>(under.Except(sheer), StringComparer.Ordinal), [.. ask.Distinct()]);
    }

    /// <summary>Turkish <c>sütyensiz</c>: a garment with the suffix of absence (folded: -siz, -suz), "without a bra".</summary>
    public static void TryGarmentLess(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        if (IsGarmentSiz(text.TextOf(in text[i]), index))
        {
            UndressGrammar.Strong(text, i, i, into);
        }
    }

    /// <summary>The word-only test of <see cref="TryGarmentLess"/>: a garment stem and -siz or -suz.</summary>
    private static bool IsGarmentSiz(ReadOnlySpan<char> word, TermIndex index) =>
        word.Length >= 6 && word[^1] == 'z' && (word.EndsWith("siz", StringComparison.Ordinal) || word.EndsWith("suz", StringComparison.Ordinal))
        // Softened stems are not reread (gömleksiz keeps its k); a buffer-free lookup of the stem.
        && index.TryGet(word[..^3], out var stem) && (stem.Tags & WordTags.Clothing) != 0;

    /// <summary>
    /// Could <see cref="TryGarmentLess"/> or <see cref="TryLessSuffix"/> find a garment without its suffix in this word? Their
    /// word-only tests, asked once per distinct word by the matcher's memo (<see cref="WordShape.GarmentLess"/>, session 16):
    /// a word that ends in -s or -z and names no garment costs a bit test instead of the call and its stem lookups.
    /// </summary>
    public static bool IsGarmentWithoutSuffix(ReadOnlySpan<char> word, TermIndex index) =>
        word is [.., 'z'] ? IsGarmentSiz(word, index) : word is [.., 's'] && IsGarmentLess(word, index);

    /// <summary>
    /// A garment with a suffix of lack (session 16): English <c>shirtless</c>, <c>pantless</c>, <c>braless</c>, Dutch
    /// <c>shirtloos</c>, <c>broekloos</c>, German <c>hosenlos</c>, <c>kleiderlos</c>; the stem is looked up (and its plural in
    /// <c>-s</c>: pant → pants). Weak undressing: with an input image its person is undressed, while "a shirtless man at the
    /// beach" in a new picture is no one's photo. <c>sleeveless</c>, <c>strapless</c>, <c>backless</c>, <c>hatless</c> name no garment.
    /// </summary>
    public static void TryLessSuffix(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        if (IsGarmentLess(text.TextOf(in text[i]), index))
        {
            UndressGrammar.Weak(text, i, i, into);
        }
    }

    /// <summary>The word-only test of <see cref="TryLessSuffix"/>: a garment stem (or its plural in -s) and -less, -loos or -los.</summary>
    private static bool IsGarmentLess(ReadOnlySpan<char> word, TermIndex index)
    {
        var cut = word.EndsWith("less", StringComparison.Ordinal) || word.EndsWith("loos", StringComparison.Ordinal) ? 4
            : word.EndsWith("los", StringComparison.Ordinal) ? 3 : 0;
        // "topless" is a nudity term of its own, read by the normal rules (a drawn "topless elf" inpainted is the image side's).
        if (cut == 0 || word.Length < cut + 2 || word is "topless")
        {
            return false;
        }

        var stem = word[..^cut];
        if (IsGarment(stem, index))
        {
            return true;
        }

        if (stem.Length < 32)
        {
            Span<char> plural = stackalloc char[stem.Length + 1];
            stem.CopyTo(plural);
            plural[^1] = 's';
            return IsGarment(plural, index);
        }

        return false;
    }

    private static bool IsGarment(ReadOnlySpan<char> word, TermIndex index) =>
        index.TryGet(word, out var info) && (info.Tags & WordTags.Clothing) != 0;

    /// <summary>An undressing verb with an innocent sense (<see cref="ObjectVerbs"/>) and its person object.</summary>
    public static void TryObjectVerb(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var word = text.TextOf(in text[i]);
        foreach (var (verb, before) in ObjectVerbs)
        {
            if (!word.Equals(verb, StringComparison.Ordinal))
            {
                continue;
            }

            if (before)
            {
                // "kızı soy", "kadını tamamen soyun": an accusative person at most two words before, the verb ending its phrase.
                if (!AgeText.EndsChunk(text, i))
                {
                    return;
                }

                for (var k = i - 1; k >= 0 && k >= i - 2; k--)
                {
                    WorkCounter.Add(1);
                    if (!Joined(text, k, k + 1))
                    {
                        return;
                    }

                    if (IsAccusativePerson(text, k, index))
                    {
                        UndressGrammar.Strong(text, k, i, into);
                        return;
                    }
                }

                return;
            }

            // "ragazza spoglia sul letto": after its person, Italian spoglia is the adjective, the person undressed (nudity).
            if (verb is "spoglia" && i > 0 && Joined(text, i - 1, i) && IsPerson(text, i - 1, index))
            {
                var start = text[i - 1].SourceStart;
                var end = text[i].SourceEnd;
                into.Add(Signal.Sexual, text.Source[start..end], 4, start, end, PromptField.Prompt);
                return;
            }

            // "spoglia la ragazza", "spoglia lei", "despe ela": the person after, articles and fillers between.
            for (var j = i + 1; j < text.SequenceCount && j <= i + 3; j++)
            {
                WorkCounter.Add(1);
                if (!Joined(text, j - 1, j))
                {
                    return;
                }

                if (IsPerson(text, j, index))
                {
                    UndressGrammar.Strong(text, i, j, into);
                    return;
                }

                if ((text[j].Tags & (WordTags.UndressFiller | WordTags.Determiner)) == 0)
                {
                    return;
                }
            }

            return;
        }
    }

    private static bool IsPerson(TokenizedText text, int j, TermIndex index) =>
        (text[j].Tags & (WordTags.PersonWord | WordTags.SubjectPronoun)) != 0 || AgeText.IsPerson(text, j, index);

    /// <summary>A Turkish person in the accusative: <c>onu</c>, <c>kızı</c>, <c>kadını</c>, <c>Ayşe'yi</c> (folded: -i, -u, -yi, -ni).</summary>
    private static bool IsAccusativePerson(TokenizedText text, int k, TermIndex index)
    {
        var word = text.TextOf(in text[k]);
        if (word.Length < 3 || word[^1] is not ('i' or 'u' or 'ı' or 'ü'))
        {
            return false;
        }

        if (IsPerson(text, k, index))
        {
            return true;
        }

        // kız+ı, kadın+ı, anne+yi: the stem is the person.
        var stem = word[..^1];
        if (stem.Length >= 3 && stem[^1] is 'y' or 'n' && index.TryGet(stem[..^1], out var buffered) && IsPersonInfo(buffered))
        {
            return true;
        }

        return index.TryGet(stem, out var info) && IsPersonInfo(info);
    }

    private static bool IsPersonInfo(TermInfo info) =>
        (info.Tags & WordTags.PersonWord) != 0 || (info.Roles & WordRole.Person) != 0
        || info.Entry is { Signal: Signal.Minor or Signal.Adult or Signal.RealPerson, OnlyInLanguages: 0 };

    /// <summary>A bare word: <c>bare</c>, this class's bare words, or a nudity term of the lexicon.</summary>
    internal static bool IsBare(TokenizedText text, int j, TermIndex index)
    {
        if ((text[j].Tags & WordTags.NudityState) != 0 && text.TextOf(in text[j]) is "bare")
        {
            return true;
        }

        var word = text.TextOf(in text[j]);
        foreach (var w in BareWords)
        {
            if (word.Equals(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if ((text[j].Tags & WordTags.Matched) == 0 || !index.TryGet(word, out var info))
        {
            return false;
        }

        return UndressGrammar.IsNudity(info);
    }

    private static bool Joined(TokenizedText text, int a, int b) =>
        PersonDetector.OnlySpaceBetween(text.Source, text[a].SourceEnd, text[b].SourceStart);
}
