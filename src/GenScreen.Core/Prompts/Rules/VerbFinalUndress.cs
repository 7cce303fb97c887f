using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Undressing in the verb-final languages read as a clause, not as a fixed phrase (session 39, i16-nudify47): a garment,
/// any words of its clause (the garment's person, "in the photo", an adverb: <c>لباس‌های این خانم توی عکس رو کامل
/// دربیار</c>, <c>इस फोटो में लड़की की साड़ी को धीरे से उतार दो</c>, <c>ছবির মেয়েটার শাড়িটা আস্তে আস্তে খুলে দাও</c>,
/// <c>kadının elbisesini yavaşça çıkar</c>) and a removal verb of the garment's language closing the clause. Each language's
/// grammar decides what may stand between:
/// <list type="bullet">
/// <item>Persian: the object marker <c>را/رو</c> (or its clitic on the garment, <c>لباساشو</c>) must close the object
/// before the verb; <c>از</c> + a place that is no body (<c>از چمدون</c>, <c>از کمد</c>) makes it "take out of", and only
/// <c>از تنش</c> (from her body) keeps the undressing; <c>بکن</c> (pull off; also "put on" with <c>تن</c>) only after
/// <c>از</c> + body, and <c>بردار</c> (also "pick up") only when the garment has its person (a clitic or a person word).</item>
/// <item>Hindi and Bengali: <c>से</c>/<c>থেকে</c> (from) after a place that is no body, or a picture word right before the
/// verb (<c>फोटो उतारो</c> takes a photo), make it no undressing; a garment followed by a genitive (<c>साड़ी का रंग</c>)
/// owns the object, it is none.</item>
/// <item>Turkish: an ablative word between (<c>dolaptan</c>) makes it "take out of", unless it is the body or "from on her"
/// (<c>üstünden</c>, <c>vücudundan</c>).</item>
/// </list>
/// Read from the verb (<see cref="WordTags.VerbFinalRemoval"/>, data: Lexicons/Data/nudify47/nudify47.json, written by
/// tools/nudify47/lexicon.py) back to the nearest garment of its clause (clothing tag, also inflected: XRayLook.HasTag).
/// Weak undressing (<see cref="UndressGrammar.Weak"/>): a nudify request with an input image; clothing in a new picture.
/// Linear: at most 2 × <see cref="Reach"/> words read at a tagged verb.
/// </summary>
internal static class VerbFinalUndress
{
    /// <summary>How many words after the garment its verb may stand (<c>لباس‌های این خانم توی عکس رو کامل دربیار</c> is seven).</summary>
    private const int Reach = 9;

    private enum Lang { None, Persian, Hindi, Bengali, Turkish }

    /// <summary>
    /// Whether the removal verb at <paramref name="v"/> (tagged <see cref="WordTags.VerbFinalRemoval"/>) closes a clause whose
    /// object is a garment; adds weak undressing when it does. The garment nearest the verb, within <see cref="Reach"/> words
    /// of its clause, is the one read; the words between must keep it the verb's object.
    /// </summary>
    public static bool TryAtVerb(TokenizedText text, int v, TermIndex index, SignalSummary into)
    {
        var verb = text.TextOf(in text[v]);
        var lang = LanguageOf(verb);
        if (lang == Lang.None)
        {
            return false;
        }

        for (var k = v - 1; k >= 0 && k >= v - Reach && !AgeText.IsChunkBreak(text, k, k + 1); k--)
        {
            WorkCounter.Add(1);
            if (XRayLook.HasTag(text, k, index, WordTags.Clothing))
            {
                if (!IsObjectOf(text, k, v, lang))
                {
                    return false;
                }

                UndressGrammar.Weak(text, k, v, into);
                return true;
            }
        }

        return false;
    }

    /// <summary>The garment at <paramref name="g"/> is the object of the verb at <paramref name="v"/> by its language's grammar.</summary>
    private static bool IsObjectOf(TokenizedText text, int g, int v, Lang lang)
    {
        var garment = text.TextOf(in text[g]);
        var verb = text.TextOf(in text[v]);

        // The garment owns what follows (साड़ी का रंग, the sari's colour): the object is another thing.
        if (lang is Lang.Hindi && g + 1 < v && text.TextOf(in text[g + 1]) is "का" or "की" or "के")
        {
            return false;
        }

        // Session 40 (i16-nudify48): a Bengali garment in the genitive (জামার দাগটা, the shirt's stain) owns the object.
        if (lang is Lang.Bengali && garment.Length > 2 && garment[^1] == 'র' && g + 1 < v)
        {
            return false;
        }

        // A Persian garment after a preposition is no object ("لکه روی پیراهنش رو پاک کن").
        if (lang is Lang.Persian && g > 0 && IsPersianPreposition(text.TextOf(in text[g - 1])))
        {
            return false;
        }

        // "valizden elbiseleri çıkar", "از کمد پیراهن رو دربیار", "अलमारी से कपड़े उतार": a place of origin before the garment in
        // its clause makes the verb "take out of" (the body, "from on her", keeps the undressing).
        for (var p = g - 1; p >= 0 && p >= g - 3 && !AgeText.IsChunkBreak(text, p, p + 1); p--)
        {
            WorkCounter.Add(1);
            var before = text.TextOf(in text[p]);
            if ((lang is Lang.Turkish && IsTurkishAblative(before) && !IsTurkishBody(before))
                || (lang is Lang.Persian && before is "از" && !(p + 1 < g && IsPersianBody(text.TextOf(in text[p + 1]))))
                || (lang is Lang.Hindi && before is "से" && p > 0 && !IsHindiBody(text.TextOf(in text[p - 1])) && !IsHindiManner(text.TextOf(in text[p - 1])))
                || (lang is Lang.Bengali && before is "থেকে" && p > 0 && !IsBengaliBody(text.TextOf(in text[p - 1]))))
            {
                return false;
            }
        }

        // "elbisesindeki lekeyi sil" (the stain on the dress), "elbisesinin rengini değiştir" (the dress's colour): a Turkish
        // garment in the locative-adjective or the genitive names where or whose the object is; it is not the object.
        if (lang is Lang.Turkish && IsTurkishPlaceOrOwner(garment))
        {
            return false;
        }

        var marker = lang is not Lang.Persian || EndsWithMarkerClitic(garment);
        var person = (lang is Lang.Persian && HasPersianPossessive(garment)) || (g > 0 && (text[g - 1].Tags & WordTags.PersonWord) != 0);
        var fromBody = false;
        for (var j = g + 1; j < v; j++)
        {
            WorkCounter.Add(1);
            var word = text.TextOf(in text[j]);
            person |= (text[j].Tags & WordTags.PersonWord) != 0;
            switch (lang)
            {
                case Lang.Persian:
                    if (word is "را" or "رو")
                    {
                        marker = true;
                    }
                    else if (word is "از")
                    {
                        // "از تنش", "از بدنش": from her body keeps the undressing; any other place is "take out of".
                        if (j + 1 < v && IsPersianBody(text.TextOf(in text[j + 1])))
                        {
                            fromBody = true;
                            j++;
                        }
                        else
                        {
                            return false;
                        }
                    }

                    break;
                case Lang.Hindi:
                    if (word is "से" && !IsHindiBody(text.TextOf(in text[j - 1])) && !IsHindiManner(text.TextOf(in text[j - 1])))
                    {
                        return false;
                    }

                    break;
                case Lang.Bengali:
                    if (word is "থেকে" && !IsBengaliBody(text.TextOf(in text[j - 1])))
                    {
                        return false;
                    }

                    break;
                case Lang.Turkish:
                    if (IsTurkishAblative(word) && !IsTurkishBody(word))
                    {
                        return false;
                    }

                    break;
            }
        }

        // A Hindi picture word right before the verb takes a photo (फोटो उतारो).
        if (lang is Lang.Hindi && IsPictureWord(text.TextOf(in text[v - 1])))
        {
            return false;
        }

        if (lang is not Lang.Persian)
        {
            return true;
        }

        // Persian: the object closed by its marker; بکن (pull off, also "put on" with تن) only from the body; بردار (also
        // "pick up") only of a garment that has its person; بیار only after در (در بیار written apart).
        if (!marker)
        {
            return false;
        }

        if (verb is "بكن" or "بكنيد" or "بكنين")
        {
            return fromBody;
        }

        if (verb is "بردار" or "برداريد" or "بردارين")
        {
            return person;
        }

        if (verb is "بيار" or "بياور" or "بياريد" or "بياوريد" or "بيارين")
        {
            return v > 0 && text.TextOf(in text[v - 1]) is "در";
        }

        return true;
    }

    /// <summary>
    /// Session 40 (i16-precision48): a listed undressing phrase that starts at <paramref name="garmentStart"/> of
    /// <paramref name="source"/> (the Hindi <c>कपड़े निकाल</c>, take the clothes off / out) after a place of origin in its clause
    /// takes the clothes out of that place: <c>अलमारी से कपड़े निकाल</c> (out of the wardrobe), <c>আলমারি থেকে জামা বের কর</c>,
    /// <c>dolaptan elbiseleri çıkar</c>, <c>از کمد لباس رو دربیار</c>. The same grammar as <see cref="IsObjectOf"/> reads for the
    /// verb-final clause, over the at most three words before the phrase (the body, "from on her", and Hindi adverbs of
    /// manner keep the undressing). Read on the prompt as written: no allocation, at most three words looked at.
    /// The word order mirrors <see cref="GarmentVanish.TakenOutOf"/>, which reads a place written after the clothes.
    /// </summary>
    internal static bool TakenOutOfPlace(string source, int garmentStart)
    {
        if (garmentStart <= 0 || garmentStart > source.Length)
        {
            return false;
        }

        var end = garmentStart;
        var turkish = TurkishSuffixes.LooksTurkish(source); // an English or German -den/-ten word (maiden, Garten) is no ablative
        var later = ReadOnlySpan<char>.Empty; // the word after the one read (nearer the phrase)
        for (var n = 0; n < 3; n++)
        {
            // Spaces back to the word before; a clause break (comma, full stop, dandas) ends the clause.
            var i = end;
            while (i > 0 && source[i - 1] == ' ')
            {
                i--;
            }

            if (i == 0 || ClausePunctuation.EndsClause(source[i - 1]))
            {
                return false;
            }

            var start = i;
            while (start > 0 && source[start - 1] != ' ' && !ClausePunctuation.EndsClause(source[start - 1]))
            {
                start--;
            }

            var word = source.AsSpan(start, i - start);
            var before = PreviousWord(source, start);
            // The picture is no place of origin: "इस फोटो से कपड़े हटा दो", "از این عکس لباس‌ها رو دربیار" undress its person.
            if (word is "से" && !before.IsEmpty && !IsHindiBody(before) && !IsHindiManner(before) && !IsPictureWord(before))
            {
                return true;
            }

            if (word is "থেকে" && !before.IsEmpty && !IsBengaliBody(before) && !before.StartsWith("ছবি", StringComparison.Ordinal)
                && !before.StartsWith("ফটো", StringComparison.Ordinal))
            {
                return true;
            }

            if (word is "از" && !later.IsEmpty && !IsPersianBody(later) && !IsPersianPictureOrThis(later))
            {
                return true;
            }

            if (word.Length > 4 && word[0] < '\u0250' && turkish && IsTurkishAblative(word) && !IsTurkishBody(word) && !IsTurkishPicture(word))
            {
                return true;
            }

            later = word;
            end = start;
        }

        return false;
    }

    private static bool IsPersianPictureOrThis(ReadOnlySpan<char> w) =>
        w is "این" or "اين" or "اون" or "آن" or "عکس" or "عکسه" or "عكس" or "تصویر" or "تصوير" or "فوتو" or "ویدیو";

    private static bool IsTurkishPicture(ReadOnlySpan<char> w) =>
        w.StartsWith("fotoğraf", StringComparison.Ordinal) || w.StartsWith("foto", StringComparison.Ordinal) || w.StartsWith("resim", StringComparison.Ordinal)
        || w.StartsWith("görüntü", StringComparison.Ordinal) || w.StartsWith("video", StringComparison.Ordinal);

    private static ReadOnlySpan<char> PreviousWord(string source, int start)
    {
        var i = start;
        while (i > 0 && source[i - 1] == ' ')
        {
            i--;
        }

        var s = i;
        while (s > 0 && source[s - 1] != ' ' && !ClausePunctuation.EndsClause(source[s - 1]))
        {
            s--;
        }

        return i > 0 && !ClausePunctuation.EndsClause(source[i - 1]) ? source.AsSpan(s, i - s) : [];
    }

    /// <summary>The verb's language by its script: Arabic script is Persian, Devanagari Hindi, Bengali Bengali; the Latin removal verbs of the tag are Turkish.</summary>
    private static Lang LanguageOf(ReadOnlySpan<char> word)
    {
        var c = word[0];
        return c switch
        {
            >= '\u0600' and <= '\u06FF' => Lang.Persian,
            >= '\u0900' and <= '\u097F' => Lang.Hindi,
            >= '\u0980' and <= '\u09FF' => Lang.Bengali,
            < '\u0250' => Lang.Turkish,
            _ => Lang.None,
        };
    }

    private static bool IsPersianPreposition(ReadOnlySpan<char> w) =>
        w is "روي" or "از" or "توي" or "تو" or "در" or "زير" or "بالاي" or "با" or "به" or "كنار" or "داخل";

    /// <summary>The object marker joined to the garment's possessive clitic: لباساشو, لباسشو, مانتوشو, پیرهنمو (not تو, which ends مانتو and پالتو).</summary>
    private static bool EndsWithMarkerClitic(ReadOnlySpan<char> w) =>
        w.Length > 3 && (w.EndsWith("شو", StringComparison.Ordinal) || w.EndsWith("شونو", StringComparison.Ordinal) || (w.EndsWith("مو", StringComparison.Ordinal) && w.Length > 4));

    /// <summary>A possessive clitic on the garment (لباسش, لباساشو, مانتوش): the garment has its person.</summary>
    private static bool HasPersianPossessive(ReadOnlySpan<char> w) =>
        w.Length > 3 && (w.EndsWith("ش", StringComparison.Ordinal) || w.EndsWith("شو", StringComparison.Ordinal) || w.EndsWith("شان", StringComparison.Ordinal)
            || w.EndsWith("شون", StringComparison.Ordinal) || w.EndsWith("شونو", StringComparison.Ordinal));

    private static bool IsPersianBody(ReadOnlySpan<char> w) =>
        w is "تن" or "تنش" or "تنت" or "تنم" or "تنشون" or "تنشان" or "بدن" or "بدنش" or "بدنت" or "بدنشون" or "تناش" or "بدناش";

    private static bool IsHindiBody(ReadOnlySpan<char> w) => w is "शरीर" or "बदन" or "तन" or "जिस्म" or "देह";

    /// <summary>Adverbs of manner written with से (धीरे से, आराम से, प्यार से): no place of origin.</summary>
    private static bool IsHindiManner(ReadOnlySpan<char> w) =>
        w is "धीरे" or "आराम" or "प्यार" or "ध्यान" or "जल्दी" or "आहिस्ता" or "हल्के" or "अच्छे" or "तरीके" or "सावधानी" or "धीमे" or "सफाई";

    private static bool IsPictureWord(ReadOnlySpan<char> w) => w is "फोटो" or "फ़ोटो" or "तस्वीर" or "तस्वीरें" or "चित्र" or "वीडियो" or "सेल्फी";

    private static bool IsBengaliBody(ReadOnlySpan<char> w) => w is "গা" or "শরীর" or "গায়ের" or "শরীরের" or "দেহ";

    /// <summary>A Turkish word in the locative-adjective (-deki, -daki, -teki, -taki) or the genitive (-nin, -nın, -nun, -nün).</summary>
    private static bool IsTurkishPlaceOrOwner(ReadOnlySpan<char> w) =>
        w.EndsWith("deki", StringComparison.Ordinal) || w.EndsWith("daki", StringComparison.Ordinal) || w.EndsWith("teki", StringComparison.Ordinal)
        || w.EndsWith("taki", StringComparison.Ordinal) || w.EndsWith("nin", StringComparison.Ordinal) || w.EndsWith("nın", StringComparison.Ordinal)
        || w.EndsWith("nun", StringComparison.Ordinal) || w.EndsWith("nün", StringComparison.Ordinal);

    /// <summary>A Turkish ablative (-dan/-den/-tan/-ten): "take out of" a place.</summary>
    private static bool IsTurkishAblative(ReadOnlySpan<char> w) =>
        w.Length > 4 && (w.EndsWith("dan", StringComparison.Ordinal) || w.EndsWith("den", StringComparison.Ordinal)
            || w.EndsWith("tan", StringComparison.Ordinal) || w.EndsWith("ten", StringComparison.Ordinal));

    /// <summary>"üstünden", "üzerinden", "vücudundan", "bedeninden", "sırtından": from the body, from on her.</summary>
    private static bool IsTurkishBody(ReadOnlySpan<char> w) =>
        w.StartsWith("üst", StringComparison.Ordinal) || w.StartsWith("ust", StringComparison.Ordinal) || w.StartsWith("üzer", StringComparison.Ordinal)
            || w.StartsWith("uzer", StringComparison.Ordinal) || w.StartsWith("vücud", StringComparison.Ordinal) || w.StartsWith("vucud", StringComparison.Ordinal)
            || w.StartsWith("beden", StringComparison.Ordinal) || w.StartsWith("sirt", StringComparison.Ordinal) || w.StartsWith("sırt", StringComparison.Ordinal);
}
