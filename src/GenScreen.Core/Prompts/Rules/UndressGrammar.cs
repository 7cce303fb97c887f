using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Undressing said without an undressing verb, read from word tags (all words are data: <c>garmentGone</c>,
/// <c>garmentSheer</c>, <c>changeVerbs</c>, <c>nudityStates</c>, <c>undressFillers</c>, <c>clothing</c>):
/// <list type="bullet">
/// <item>a garment that is gone: <c>her clothes gone</c>, <c>dress removed</c>, <c>take her shirt off</c> (<c>off</c> must
/// end its phrase: <c>a dress off the shoulder</c> is a cut); a change verb and a particle before one: <c>take off her
/// dress</c>, <c>peel off the bikini</c>. Undressing in every mode (nudity), as an undressing verb is.</item>
/// <item>a garment made to show the body: <c>make her dress transparent</c>, <c>see-through wet shirt</c>;</item>
/// <item>a change verb, a person and a state that is no nudity term alone: <c>make her bare</c>, <c>put her in
/// underwear</c>, <c>change her outfit to nothing</c> (<c>make the trees bare</c> has no person); a change verb and a
/// nudity term after it, or before it in verb-final languages: <c>make her naked</c>, <c>mach sie nackt</c>, <c>çıplak yap</c>.</item>
/// </list>
/// The last two describe clothing, not nudity, in a text-to-image prompt (a sheer dress is revealing): they raise
/// <see cref="Signal.Undress"/> alone, which decides only with an input image (a nudify request, <see cref="PromptRules"/>).
/// </summary>
internal static class UndressGrammar
{
    /// <summary>How far a change verb reaches for its person and state: <c>put the woman on the left in underwear</c>.</summary>
    private const int ChangeReach = 6;

    /// <summary>How far after a garment its state is read: <c>le maillot de bain par de la peau nue</c> (fillers only between).</summary>
    private const int GarmentReach = 6;

    /// <summary>Skin, the word a garment is replaced by in an inpainting edit (folded, as the tokenizer writes words).</summary>
    private static readonly string[] SkinWords =
    [
        "skin", "peau", "piel", "pelle", "pele", "skora", "skore", "huid", "hud", "haut", "kulit", "кожа", "кожу", "кожей", "шкіра", "шкіру", "deri",
    ];

    /// <summary>Parts of the body that are bare only when undressed: <c>replace shirt with bare chest</c> (not bare shoulders or a bare back, cuts of a dress).</summary>
    /// <summary>"Bare" said of skin where the nudity term is one language's only (peau nue, pele nua): folded forms.</summary>
    private static readonly string[] BareWords =
    [
        "nue", "nu", "desnuda", "desnudo", "nuda", "nudo", "nua", "naga", "nagiej", "голую", "голая", "голой", "naakte", "naakt", "nackte", "nackter", "nackt",
        "naken", "nakna", "bare", "naked", "nude", "ciplak", "telanjang",
    ];

    private static readonly string[] BareBodyParts = ["skin", "body", "naked", "nude", "chest", "breasts", "breast", "torso", "nipples", "boobs", "butt"];

    public static void Detect(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var tags = text[i].Tags;
        if ((tags & WordTags.Clothing) != 0)
        {
            GarmentState(text, i, index, into);
        }

        if ((tags & WordTags.ChangeVerb) != 0)
        {
            ChangeVerb(text, i, index, into);

            // "leave her only the necklace, the rest off": what is left is no garment of the grammar (session 29).
            GarmentLeftBare.TryFromVerb(text, i, into);
        }
    }

    private static void GarmentState(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var n = text.SequenceCount;
        if (UnderTheGarment(text, i))
        {
            Weak(text, i - 2, i, into);
            return;
        }

        // "outfit: nothing", "clothes = none", "change outfit to: nothing", "kıyafet: yok": a clothing field set to nothing
        // (session 16). Weak: with an input image its person is left unclothed; a new picture is no one's.
        if (FieldSetToNothing(text, i, out var noneAt))
        {
            Weak(text, i, noneAt, into);
            return;
        }

        // "effetto raggi X sul costume", "qu'on voie à travers sa robe": the garment x-rayed or seen through (session 24).
        if (SeeThroughGarment.TryAround(text, i, into))
        {
            return;
        }

        // "zeig alles unter den Klamotten", "kıyafetinin altını göster": what is under the garment asked to be shown (session 25).
        if (UnderGarment.TryAround(text, i, into))
        {
            return;
        }

        // "swap her sundress out for absolutely nothing", "lasciale solo le calze, il resto via": a garment swapped for
        // nothing by a swap verb, or left as the only thing worn (session 29).
        if (GarmentLeftBare.TryAround(text, i, into))
        {
            return;
        }

        // Session 40 (i16-nudify48): a garment that is only where another thing is ("retuschier den Fleck auf ihrem Kleid weg")
        // or clothes taken out of a place ("haal de kleren uit de kast") are no garment gone (GarmentVanish).
        if (GarmentVanish.IsErasePlace(text, i, index, wide: false) || GarmentVanish.TakenOutOf(text, i))
        {
            return;
        }

        // Four words reach "maillot de bain par de la peau": a garment of two words and the connector and articles after it.
        var skipped = false;
        for (var j = i + 1; j < n && j <= i + GarmentReach; j++)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart, allowMarks: true))
            {
                // "bikini → nothing", "lingerie -> skin": an arrow from the garment to no garment is the edit that removes it.
                if (j == i + 1 && IsArrow(text.Source, text[i].SourceEnd, text[j].SourceStart) && LeavesNothing(text, j, index))
                {
                    Weak(text, i, j, into);
                    return;
                }

                // "the masked area (her top) with bare skin": the garment named in brackets, the phrase goes on after them.
                if (!IsClosingBracket(text.Source, text[j - 1].SourceEnd, text[j].SourceStart))
                {
                    break;
                }
            }

            var tags = text[j].Tags;

            // Session 30 (i16-roles36): Persian "پاک کن" (wipe, erase) after the garment, fillers only between ("لباساشو از عکس
            // پاک کن"): weak, an edit of the input image's person ("پاک" alone is also "clean", so only with the verb کن).
            if (text.TextOf(in text[j]) is "پاك" && j + 1 < n && text.TextOf(in text[j + 1]) is "كن" or "كنيد" or "بكن" && !AfterPersianPreposition(text, i))
            {
                Weak(text, i, j + 1, into);
                return;
            }

            // "لباسای زنه رو از تو عکس پاک کن": Persian closes the object's noun phrase with را/رو, so one word between the
            // garment and the marker is the garment's possessor (ezafe written without its vowel), whatever word it is.
            if (j == i + 1 && j + 1 < n && text.TextOf(in text[j + 1]) is "رو" or "را" && !AfterPersianPreposition(text, i))
            {
                continue;
            }

            // "let her dress not be there", "her clothes should not be visible anymore" (session 16): the garment's
            // absence said with a negation of its presence. Weak, as a state of the input's person.
            if (text.TextOf(in text[j]) is "not" or "nicht" or "never" && NegatedPresence(text, j) is var present and >= 0)
            {
                Weak(text, i, present, into);
                return;
            }

            if ((tags & WordTags.GarmentGone) != 0)
            {
                // "her dress off", "the bikini off her", but "a dress off the shoulder" is a cut and "shirt off-white" a colour.
                if (text.TextOf(in text[j]) is "off" && !AgeText.EndsChunk(text, j) && !(j + 1 < n && AgeText.IsPerson(text, j + 1, index)))
                {
                    return;
                }

                Strong(text, i, j, into);
                return;
            }

            // "her dress transparent", "the dress see-through", "her clothes with bare skin", "the shirt into lingerie",
            // "le maillot de bain par de la peau nue", "the swimsuit into naked skin": the garment replaced by skin.
            if ((tags & WordTags.GarmentSheer) != 0 || IsStateOfTheBody(text, j) || IsBareSkin(text, j, index)
                || (j + 1 < n && text.TextOf(in text[j]) is "see" && text.TextOf(in text[j + 1]) is "through"))
            {
                Weak(text, i, j, into);
                return;
            }

            // "swap her dress for nothing", "zamień jej sukienkę na nic", "ersetze ihren Bikini durch nichts": the garment
            // replaced by nothing, a connector between (session 24). "nothing but a bikini" names what is worn.
            if (j > i + 1 && (tags & WordTags.NothingWord) != 0 && ClothingState.IsNothingProper(text, j))
            {
                Weak(text, i, j, into);
                return;
            }

            if (j + 1 < n && IsReplacedBy(text.TextOf(in text[j])) && (text[j + 1].Tags & WordTags.NothingWord) != 0
                && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart) && ClothingState.IsNothingProper(text, j + 1))
            {
                Weak(text, i, j + 1, into);
                return;
            }

            // "maillot de bain", "swim trunks": the other words of a garment term the matcher consumed (they keep no filler tag).
            var inGarmentTerm = j <= i + 2 && (tags & WordTags.Matched) != 0 && (text[i].Tags & WordTags.Matched) != 0 && (text[j - 1].Tags & WordTags.Matched) != 0;
            // "لباسای این دختر رو دربیار", "هدوم البنت": the garment's person after it (Persian ezafe, Arabic idafa) before the
            // removal word of a verb-final phrase (session 24); in Latin script a person word after a garment names a thing
            // (bikini model), so only other scripts.
            if ((tags & WordTags.PersonWord) != 0 && text[j].Has(TokenFlags.NonLatin))
            {
                continue;
            }

            if ((tags & WordTags.UndressFiller) == 0 && !inGarmentTerm)
            {
                // "החולצה הלבנה שלה לשקופה", "her shirt, the white one, transparent": one describing word (a colour) may
                // stand between the garment and its sheer word (session 24); nothing else is read past it.
                if (!skipped && (tags & (WordTags.Matched | WordTags.Clothing | WordTags.PersonWord)) == 0 && j + 1 < n
                    && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart) && SheerWithin(text, j + 1, 2))
                {
                    skipped = true;
                    continue;
                }

                // "la camiseta mojada y transparente", "her shirt wet and see-through", "платье мокрое и прозрачное": one
                // describing word and "and" before the sheer word (session 30, after batch 37).
                if (!skipped && (tags & (WordTags.Matched | WordTags.Clothing | WordTags.PersonWord)) == 0 && j + 2 < n
                    && IsAnd(text.TextOf(in text[j + 1])) && (text[j + 2].Tags & WordTags.GarmentSheer) != 0
                    && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart)
                    && PersonDetector.OnlySpaceBetween(text.Source, text[j + 1].SourceEnd, text[j + 2].SourceStart))
                {
                    Weak(text, i, j + 2, into);
                    return;
                }

                break;
            }
        }

        // "transparent dress", "see-through wet shirt": a sheer word up to two words before the garment; three when the
        // two between are fillers ("rendi trasparente la sua camicetta", session 14).
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart))
            {
                return;
            }

            if (k == i - 3 && ((text[i - 1].Tags & text[i - 2].Tags & WordTags.UndressFiller) == 0))
            {
                return;
            }

            if ((text[k].Tags & WordTags.GarmentSheer) != 0 || IsSeeThrough(text, k))
            {
                Weak(text, IsSeeThrough(text, k) ? k - 1 : k, i, into);
                return;
            }
        }
    }

    /// <summary>
    /// The connectors of "replace X with/by/into nothing" that are no undressing fillers of their own (they join any two
    /// things): read only right before a nothing word, after a garment (session 24).
    /// </summary>
    private static bool IsReplacedBy(ReadOnlySpan<char> word) =>
        word is "with" or "into" or "by" or "mit" or "gegen" or "met" or "voor" or "mot" or "med" or "till" or "avec" or "en" or "con" or "com" or "in"
            or "z" or "za" or "s" or "с" or "со" or "з" or "на" or "за" or "в" or "у" or "με" or "σε" or "ile" or "ya" or "با" or "به" or "ب" or "إلى"
            or "dengan" or "jadi" or "menjadi" or "ng" or "thanh" or "bằng" or "bang";

    /// <summary>
    /// The garment at <paramref name="i"/> stands after a Persian preposition ("لکه روی پیراهنش رو پاک کن": the stain on her
    /// shirt is what is wiped), so it is no object of the verb after it (session 30).
    /// </summary>
    private static bool AfterPersianPreposition(TokenizedText text, int i) =>
        i > 0 && text.TextOf(in text[i - 1]) is "روي" or "رو" or "از" or "توي" or "تو" or "در" or "زير" or "بالاي" or "با" or "به";

    /// <summary>"and" of the spaced languages, between a describing word and a sheer word (session 30).</summary>
    private static bool IsAnd(ReadOnlySpan<char> word) =>
        word is "and" or "y" or "e" or "und" or "et" or "en" or "och" or "og" or "i" or "a" or "и" or "і" or "та" or "ve" or "και" or "و" or "और" or "আর" or "và" or "dan" or "at";

    /// <summary>A sheer word at <paramref name="j"/> or within <paramref name="count"/> words after it, fillers only between.</summary>
    private static bool SheerWithin(TokenizedText text, int j, int count)
    {
        for (var k = j; k < text.SequenceCount && k < j + count; k++)
        {
            WorkCounter.Add(1);
            if ((text[k].Tags & WordTags.GarmentSheer) != 0)
            {
                return true;
            }

            if ((text[k].Tags & WordTags.UndressFiller) == 0 || (k + 1 < text.SequenceCount && !PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart)))
            {
                return false;
            }
        }

        return false;
    }

    private static void ChangeVerb(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        var n = text.SequenceCount;
        // "take off her dress", "peel off the bikini", Swedish "ta av henne klänningen": the particle makes the verb an
        // undressing verb ("av" alone is "of", so it is read only after "ta").
        if (i + 1 < n && ((text[i + 1].Tags & WordTags.GarmentGone) != 0 || (text.TextOf(in text[i]) is "ta" && text.TextOf(in text[i + 1]) is "av"))
            && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[i + 1].SourceStart))
        {
            PersonDetector.TryUndress(text, i, i + 2, into);
            return;
        }

        // "çıplak yap", "nude, make it": a nudity term right before the verb (verb-final languages).
        for (var k = i - 1; k >= 0 && k >= i - 2 && !AgeText.IsChunkBreak(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            if (IsNudityTerm(text, k, index))
            {
                Weak(text, k, i, into);
                return;
            }
        }

        var person = false;
        for (var j = i + 1; j < n && j <= i + ChangeReach; j++)
        {
            WorkCounter.Add(1);
            if (AgeText.IsChunkBreak(text, j - 1, j))
            {
                return;
            }

            // "get her out of her clothes": out of, then the garment as after an undressing verb.
            if (text.TextOf(in text[j]) is "out" && j + 1 < n && text.TextOf(in text[j + 1]) is "of")
            {
                PersonDetector.TryUndress(text, i, j + 1, into);
                return;
            }

            // "make her naked", "mach sie nackt", "déjala sin ropa": a change that leaves a nude result.
            if (IsNudityTerm(text, j, index))
            {
                Weak(text, i, j, into);
                return;
            }

            if ((text[j].Tags & WordTags.NudityState) != 0)
            {
                if (person && IsStateOfTheBody(text, j))
                {
                    Weak(text, i, j, into);
                }

                return;
            }

            person |= (text[j].Tags & WordTags.PersonWord) != 0 || AgeText.IsPerson(text, j, index);
        }
    }

    /// <summary>
    /// A nudity state that is said of the whole body: <c>bare</c> ending its phrase or before skin/body (<c>her clothes with
    /// bare skin</c>, <c>make her bare</c>), not <c>a dress with bare shoulders</c> or <c>bare concrete</c>.
    /// </summary>
    private static bool IsStateOfTheBody(TokenizedText text, int j)
    {
        if ((text[j].Tags & WordTags.NudityState) == 0)
        {
            return false;
        }

        if (text.TextOf(in text[j]) is not "bare" || AgeText.EndsChunk(text, j))
        {
            return true;
        }

        return Contains(BareBodyParts, text.TextOf(in text[j + 1]));
    }

    /// <summary>
    /// Skin said to be bare, in either word order: <c>peau nue</c>, <c>piel desnuda</c>, <c>pelle nuda</c>, <c>naked skin</c>,
    /// <c>nackte Haut</c>, <c>nagą skórę</c>, <c>голую кожу</c> (a skin word beside a nudity term or state), or <c>bare chest</c>.
    /// A skin word alone (<c>smoother skin</c>) or a bare thing that is no skin (<c>pierre nue</c>, bare concrete) is not.
    /// </summary>
    private static bool IsBareSkin(TokenizedText text, int j, TermIndex index)
    {
        var n = text.SequenceCount;
        if (IsSkin(text, j))
        {
            return j + 1 < n && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart)
                && IsBare(text, j + 1, index);
        }

        return IsBare(text, j, index)
            && j + 1 < n && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart)
            && IsSkin(text, j + 1);
    }

    /// <summary>
    /// A skin word at <paramref name="j"/> with a bare word right after it (<c>piel desnuda</c>, <c>peau nue</c>, <c>голую кожу</c>
    /// reads the other way: a bare word before it) — <see cref="GarmentLeftBare"/>'s swap read with bare skin as what is left
    /// (session 39). Only this class's bare words and nudity states, no term lookup.
    /// </summary>
    internal static bool IsSkinMadeBare(TokenizedText text, int j)
    {
        var n = text.SequenceCount;
        if (!IsSkin(text, j))
        {
            return false;
        }

        return (j + 1 < n && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart) && IsBareWord(text, j + 1))
            || (j > 0 && PersonDetector.OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart) && IsBareWord(text, j - 1));
    }

    private static bool IsBareWord(TokenizedText text, int k) =>
        (text[k].Tags & WordTags.NudityState) != 0 || Contains(BareWords, text.TextOf(in text[k]));

    /// <summary>A skin word: this class's folded list, or the skin words of every language the lexicon tags (<c>skinWords</c>:
    /// <c>skórę</c>, <c>kůží</c>, <c>кожей</c>, <c>δέρμα</c>, <c>جلد</c>, <c>त्वचा</c>; session 22, i16-sexual24).</summary>
    private static bool IsSkin(TokenizedText text, int j) =>
        (text[j].Tags & WordTags.Skin) != 0 || Contains(SkinWords, text.TextOf(in text[j]));

    /// <summary>A bare word beside a skin word: a nudity state or term, this class's bare words, or ClothingState's longer list of
    /// 26 languages (<c>gołą</c> folded to <c>gola</c>, <c>γυμνή</c>, <c>عارية</c>; session 22, i16-sexual24).</summary>
    private static bool IsBare(TokenizedText text, int j, TermIndex index) =>
        (text[j].Tags & WordTags.NudityState) != 0 || Contains(BareWords, text.TextOf(in text[j])) || IsNudityTerm(text, j, index)
        || ClothingState.IsBare(text, j, index);

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

    /// <summary>
    /// "what she'd look like under the towel", "show what's under her dress": the body under a garment asked for, with
    /// "like", "what", "see" or "show" at most four words before "under" in the same phrase. Of an input image, the
    /// person exposed; "a cat under the towel" asks for no one's body.
    /// </summary>
    private static bool UnderTheGarment(TokenizedText text, int i)
    {
        if (i < 3 || text.TextOf(in text[i - 1]) is not ("the" or "her" or "his" or "their" or "your" or "that" or "those" or "this" or "these" or "my")
            || text.TextOf(in text[i - 2]) is not ("under" or "underneath" or "beneath"))
        {
            return false;
        }

        for (var k = i - 1; k >= i - 2; k--)
        {
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart))
            {
                return false;
            }
        }

        for (var k = i - 3; k >= 0 && k >= i - 6; k--)
        {
            WorkCounter.Add(1);
            if (text.TextOf(in text[k]) is "like" or "what" or "whats" or "see" or "show" or "reveal")
            {
                return true;
            }

            if (!PersonDetector.OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart, allowApostrophe: true))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>After a negation, a word of presence within three joined words: <c>not be there</c>, <c>nicht mehr da</c>, <c>not visible</c>.</summary>
    private static int NegatedPresence(TokenizedText text, int j)
    {
        for (var k = j + 1; k < text.SequenceCount && k <= j + 3; k++)
        {
            WorkCounter.Add(1);
            if (!PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart))
            {
                return -1;
            }

            if (text.TextOf(in text[k]) is "there" or "visible" or "present" or "anymore" or "da" or "sichtbar" or "mehr")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Garments of scripts without spaces that name a clothing field (<c>服装：なし</c>, <c>의상: 없음</c>, <c>เสื้อผ้า: ไม่มี</c>).</summary>
    private static readonly string[] CjkFieldGarments = ["服装", "衣服", "服", "衣装", "着装", "衣着", "穿着", "의상", "옷", "복장", "เสื้อผ้า", "ชุด"];

    /// <summary>
    /// A clothing field of a script without spaces set to nothing (session 16): the run ends in a garment, a field separator
    /// follows, then a none word (<c>服装：なし</c>, <c>服装：无</c>, <c>의상: 없음</c>). The separator is compared first (one character).
    /// </summary>
    public static void TryCjkField(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        var end = text[i].SourceEnd;
        if (i + 1 >= n || end >= text.Source.Length || text.Source[end] is not (':' or '：' or '=')
            || !IsFieldSeparator(text.Source, end, text[i + 1].SourceStart))
        {
            return;
        }

        var word = text.TextOf(in text[i]);
        foreach (var garment in CjkFieldGarments)
        {
            if (word.EndsWith(garment, StringComparison.Ordinal))
            {
                if (NoneWords.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.TextOf(in text[i + 1])))
                {
                    Weak(text, i, i + 1, into);
                }

                return;
            }
        }
    }

    /// <summary>The words a clothing field is set to when it is empty (<c>Rules/Data/field-none.tsv</c>): one word or two.</summary>
    private static readonly Lazy<System.Collections.Frozen.FrozenSet<string>> NoneWords = new(LoadNoneWords);

    /// <summary>
    /// A garment noun, a field separator (<c>:</c>, <c>=</c>, an arrow; <c>to</c> may stand before it: <c>outfit to: nothing</c>)
    /// and a none word after it (<c>none</c>, <c>nothing</c>, <c>empty</c>, <c>yok</c>, <c>لا شيء</c>, <c>N/A</c>).
    /// </summary>
    private static bool FieldSetToNothing(TokenizedText text, int i, out int last)
    {
        last = -1;
        var n = text.SequenceCount;
        var j = i + 1;
        if (j >= n)
        {
            return false;
        }

        if (text.TextOf(in text[j]) is "to" or "a" or "zu" or "en" or "in" && j + 1 < n
            && PersonDetector.OnlySpaceBetween(text.Source, text[i].SourceEnd, text[j].SourceStart))
        {
            j++;
        }

        if (!IsFieldSeparator(text.Source, text[j - 1].SourceEnd, text[j].SourceStart))
        {
            return false;
        }

        var lookup = NoneWords.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(text.TextOf(in text[j])))
        {
            last = j;
            return true;
        }

        if (j + 1 < n && PersonDetector.OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart)
            && lookup.Contains(text.TextOf(j, 2)))
        {
            last = j + 1;
            return true;
        }

        // "clothing: N/A": the slash splits the abbreviation into two words.
        var start = text[j].SourceStart;
        if (text.Source.AsSpan(start).StartsWith("n/a", StringComparison.OrdinalIgnoreCase))
        {
            last = j;
            return true;
        }

        return false;
    }

    /// <summary>Spaces and exactly one field separator between two words: <c>:</c>, <c>：</c>, <c>=</c>, or an arrow.</summary>
    private static bool IsFieldSeparator(string source, int start, int end)
    {
        var separators = 0;
        for (var k = start; k < end; k++)
        {
            var c = source[k];
            if (c is ':' or '：' or '=')
            {
                separators++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return IsArrow(source, start, end);
            }
        }

        return separators == 1;
    }

    private static System.Collections.Frozen.FrozenSet<string> LoadNoneWords()
    {
        using var reader = RuleDataFile.Open("field-none.tsv");
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && line.Trim() is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }

        return System.Collections.Frozen.FrozenSet.ToFrozenSet(words, StringComparer.Ordinal);
    }

    /// <summary>Only one closing bracket and spaces between two words: "(her top) with".</summary>
    private static bool IsClosingBracket(string source, int start, int end)
    {
        var brackets = 0;
        for (var k = start; k < end; k++)
        {
            if (source[k] is ')' or ']')
            {
                brackets++;
            }
            else if (!char.IsWhiteSpace(source[k]))
            {
                return false;
            }
        }

        return brackets == 1;
    }

    /// <summary>Only an arrow (→, ->, =>, ⇒, ➡) and spaces between two words.</summary>
    private static bool IsArrow(string source, int start, int end)
    {
        var arrow = false;
        for (var k = start; k < end; k++)
        {
            var c = source[k];
            if (c is '→' or '⇒' or '➡' or '⟶')
            {
                arrow = true;
            }
            else if (c is '>' && k > start && source[k - 1] is '-' or '=')
            {
                arrow = true;
            }
            else if (!(char.IsWhiteSpace(c) || c is '-' or '='))
            {
                return false;
            }
        }

        return arrow;
    }

    /// <summary>What an arrow turns a garment into that leaves the body bare: nothing, skin, bare, naked, nude.</summary>
    private static bool LeavesNothing(TokenizedText text, int j, TermIndex index) =>
        text.TextOf(in text[j]) is "nothing" or "skin" or "none" or "nada" or "rien" or "nichts" or "niente" || IsStateOfTheBody(text, j) || IsNudityTerm(text, j, index);

    /// <summary>A nudity or explicit term (Sexual 4 or more) of one word or two at <paramref name="j"/>: naked, nackt, oben ohne.</summary>
    private static bool IsNudityTerm(TokenizedText text, int j, TermIndex index)
    {
        if ((text[j].Tags & WordTags.Matched) == 0 || text[j].Has(TokenFlags.Cjk))
        {
            return false;
        }

        if (index.TryGet(text.TextOf(in text[j]), out var word) && IsNudity(word))
        {
            return true;
        }

        return j + 1 < text.SequenceCount && index.TryGet(text.TextOf(j, 2), out var phrase) && IsNudity(phrase);
    }

    /// <summary>A term of nudity or undressing at level 4 or more that holds in every language (also <see cref="ClothingState"/>'s).</summary>
    internal static bool IsNudity(TermInfo info) =>
        info.Entry is { Signal: Signal.Sexual or Signal.Undress, Level: >= 4 } entry && entry.OnlyInLanguages == 0;

    private static bool IsSeeThrough(TokenizedText text, int k) =>
        k > 0 && text.TextOf(in text[k]) is "through" && text.TextOf(in text[k - 1]) is "see";

    /// <summary>Undressing: nudity in every mode, a nudify request with an input image (also <see cref="ClothingState"/>'s).</summary>
    internal static void Strong(TokenizedText text, int first, int last, SignalSummary into)
    {
        var start = text[first].SourceStart;
        var end = text[last].SourceEnd;
        var term = text.Source[start..end];
        into.Add(Signal.Undress, term, 4, start, end, PromptField.Prompt);
        into.Add(Signal.Sexual, term, 4, start, end, PromptField.Prompt);
    }

    /// <summary>Exposing the body of the person in an input image; in a text-to-image prompt only clothing.</summary>
    internal static void Weak(TokenizedText text, int first, int last, SignalSummary into)
    {
        var start = text[first].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(Signal.Undress, text.Source[start..end], 1, start, end, PromptField.Prompt);
    }
}
