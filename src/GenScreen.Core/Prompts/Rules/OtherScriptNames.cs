using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Protected names written in another script, matched by sound (<see cref="ScriptNameIndex"/>): each word is
/// written in Latin letters (<see cref="ScriptTransliterator"/>) and reduced to its <see cref="PhoneticKey"/>.
/// Words are the tokens of spaced scripts (Cyrillic, Greek, Arabic, Devanagari, Thai, Hangul: a Korean
/// particle glued to the last word is tried without it) and, inside runs of kana and Han, the pieces between
/// <c>・</c>/<c>·</c> and script changes. Chinese names are also read as pinyin, 2-4 characters at a time.
/// </summary>
internal static class OtherScriptNames
{
    private const int MaxWords = 3;
    private const int MaxLatin = 48;
    private const int MaxHanName = 4;
    private const int MaxHangulName = 4;

    /// <summary>How a word is read: as written, with a second reading of some letters, with an ending stripped.</summary>
    [Flags]
    private enum Reading
    {
        Plain = 0,
        Alternate = 1,
        Stripped = 2,
    }

    /// <param name="people">Its common words (ordinary words of each script: हल्की रोशनी "soft light") are never part of a name.</param>
    public static void Match(TokenizedText text, ScriptNameIndex names, SignalSummary into, PeopleLexicon? people = null)
    {
        Span<Piece> pieces = stackalloc Piece[64];
        var count = Split(text, pieces, people, into);
        Span<char> latin = stackalloc char[MaxLatin];
        Span<char> keys = stackalloc char[(MaxLatin + 1) * (MaxWords + 1)];
        for (var p = 0; p < count; p++)
        {
            WorkCounter.Add(1);
            if (pieces[p].IsHan)
            {
                MatchHan(text, pieces[p], names, into, latin);
            }

            if (MatchHangul(text, pieces[p], names, into, latin, keys, people))
            {
                return;
            }

            // Word by word: this piece and up to two that follow it, separated by a space or a name dot; read as
            // written, then (only where a word has such letters or endings) with second readings and endings stripped.
            for (var reading = Reading.Plain; reading <= (Reading.Alternate | Reading.Stripped); reading++)
            {
                WorkCounter.Add(1);
                if (reading != Reading.Plain && !Applies(text, pieces, p, count, reading))
                {
                    continue;
                }

                if (MatchWords(text, pieces, p, count, reading, names, into, latin, keys))
                {
                    return;
                }
            }

            // A name written without a space (Thai, kana): the piece alone, run together.
            var single = text.Buffer.Slice(pieces[p].Start, pieces[p].Length);
            if (pieces[p].BySound && !WrittenInHiragana(text, pieces[p]) && ScriptTransliterator.TryWrite(single, names.HanReadings, latin, out var n))
            {
                var key = PhoneticKey.Write(latin[..n], keys, keepR: ScriptTransliterator.WritesEveryR(single[0]));
                if ((names.TryMatchJoined(keys[..key], out var entry) || MatchAtLongVowel(single, names, latin, keys, out entry))
                    && ReadBySound(entry, IsHangul(single[0]), names)) // run together, a Korean name is matched natively (MatchHangul)
                {
                    Emit(text, pieces[p], pieces[p], entry, into);
                }
            }
        }
    }

    /// <summary>
    /// A katakana name written without its dot, read as two words cut after its first long vowel mark (ビリーアイリッシュ
    /// is ビリー・アイリッシュ, Billie Eilish): run together, its key is too short to tell it from other words.
    /// </summary>
    private static bool MatchAtLongVowel(ReadOnlySpan<char> run, ScriptNameIndex names, Span<char> latin, Span<char> keys, out LexiconEntry entry)
    {
        entry = null!;
        var cut = run.IndexOf('ー') + 1;
        if (cut < 2 || cut > run.Length - 2 || !ScriptTransliterator.TryWrite(run[..cut], names.HanReadings, latin, out var first))
        {
            return false;
        }

        var length = PhoneticKey.Write(latin[..first], keys);
        if (length == 0 || !ScriptTransliterator.TryWrite(run[cut..], names.HanReadings, latin, out var second))
        {
            return false;
        }

        keys[length++] = ' ';
        var rest = PhoneticKey.Write(latin[..second], keys[length..]);
        return rest > 0 && length - 1 + rest >= ScriptNameIndex.MinKeyLength && names.TryMatchWords(keys[..(length + rest)], out entry);
    }

    /// <summary>The window of words starting at piece <paramref name="p"/>, read one way; a patronymic between two words is skipped.</summary>
    private static bool MatchWords(TokenizedText text, Span<Piece> pieces, int p, int count, Reading reading, ScriptNameIndex names, SignalSummary into, Span<char> latin, Span<char> keys)
    {
        var length = 0;
        var words = 0;
        for (var w = 0; words < MaxWords && p + w < count && (w == 0 || pieces[p + w].FollowsPrevious); w++)
        {
            WorkCounter.Add(1);
            var piece = pieces[p + w];
            var word = text.Buffer.Slice(piece.Start, piece.Length);
            if (w > 0 && IsPatronymic(word) && p + w + 1 < count && pieces[p + w + 1].FollowsPrevious)
            {
                continue; // Владимир Владимирович Путин: the name is given name and surname
            }

            if (words > 0)
            {
                keys[length++] = ' ';
            }

            // Japanese writes foreign names in katakana; hiragana words are Japanese words, whose readings, keyed by
            // their consonants, spell Latin names by chance (two ordinary words once read as a listed actor's name).
            if (!piece.BySound || WrittenInHiragana(text, piece))
            {
                return false;
            }

            var key = WriteKey(word, reading, names, latin, keys[length..]);
            if (key == 0)
            {
                return false;
            }

            length += key;
            words++;
            var minimum = reading == Reading.Plain ? ScriptNameIndex.MinKeyLength : ScriptNameIndex.MinAlternateReadingKeyLength;
            if (words > 1 && length - words + 1 >= minimum && TryWords(keys[..length], word, text, pieces[p], piece, names, into))
            {
                return true;
            }

            // A Korean particle closes a noun phrase: 옷을 벗는 ("takes off clothes") is no name running on past 을.
            if (IsHangul(word[0]) && EndsPhrase(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether any word of the window starting at <paramref name="p"/> reads differently under <paramref name="reading"/>.</summary>
    private static bool Applies(TokenizedText text, Span<Piece> pieces, int p, int count, Reading reading)
    {
        for (var w = 0; w <= MaxWords && p + w < count && (w == 0 || pieces[p + w].FollowsPrevious); w++)
        {
            WorkCounter.Add(1);
            var word = text.Buffer.Slice(pieces[p + w].Start, pieces[p + w].Length);
            if (((reading & Reading.Alternate) != 0 && ScriptTransliterator.HasAlternateReading(word))
                || ((reading & Reading.Stripped) != 0 && Stripped(word).Length != word.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The phonetic key of one word read as <paramref name="reading"/> says; 0 when it has none.</summary>
    private static int WriteKey(ReadOnlySpan<char> word, Reading reading, ScriptNameIndex names, Span<char> latin, Span<char> key)
    {
        if ((reading & Reading.Stripped) != 0)
        {
            word = Stripped(word);
        }

        var surname = KoreanNames.Romanized(word);
        if (surname is not null)
        {
            return PhoneticKey.Write(surname, key);
        }

        return word.Length > 0 && ScriptTransliterator.TryWrite(word, names.HanReadings, latin, out var written, (reading & Reading.Alternate) != 0)
            ? PhoneticKey.Write(latin[..written], key, keepR: ScriptTransliterator.WritesEveryR(word[0]))
            : 0;
    }

    /// <summary>
    /// The word without what a name takes in a sentence: a Russian or Ukrainian case ending that adds a consonant
    /// (Путиным, Навального, Зеленському: the vowels of the others drop out of the key anyway) and the Arabic
    /// article (الأسد, السيسي).
    /// </summary>
    private static ReadOnlySpan<char> Stripped(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word[0] == 'ا' && word[1] == 'ل')
        {
            return word[2..];
        }

        if (word.Length > 5 && word[^1] == 'м' && word[^2] is 'ы' or 'и' or 'о' or 'е' or 'у' or 'ю')
        {
            return word[..^2];
        }

        if (word.Length > 5 && word[^1] is 'о' or 'у' && word[^2] is 'г' or 'м' && word[^3] is 'о' or 'е')
        {
            return word[..^3];
        }

        return word;
    }

    /// <summary>Whether the piece has hiragana as the user wrote it (the normalized text folds katakana to hiragana).</summary>
    private static bool WrittenInHiragana(TokenizedText text, Piece piece)
    {
        var start = text.SourceIndexAt(piece.Start);
        var end = text.SourceIndexAt(piece.Start + piece.Length - 1);
        for (var k = start; k <= end && k < text.Source.Length; k++)
        {
            if (text.Source[k] is >= '\u3041' and <= '\u3096')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An East Slavic patronymic (Владимирович, Сергеевна, Ильич), in any case.</summary>
    private static bool IsPatronymic(ReadOnlySpan<char> word)
    {
        if (word.Length < 6)
        {
            return false;
        }

        var stem = word[^1] is 'а' or 'у' or 'е' or 'ы' or 'и' or 'м' ? word[..^1] : word;
        if (stem.Length > 0 && stem[^1] is 'о' or 'е' or 'ы' or 'и')
        {
            stem = stem[..^1]; // -ичем, -вной
        }

        return stem.EndsWith("вич") || stem.EndsWith("вн") || stem.EndsWith("ичн") || stem.EndsWith("ьич");
    }

    /// <summary>
    /// A Korean name written as one word, family name first (손흥민, 송혜교의): family syllable(s) and given name,
    /// keyed with their vowels (<see cref="ScriptNameIndex.TryMatchKorean"/>), with a particle after it left out.
    /// Only names that start with a Korean family name: a consonant skeleton of a Hangul word is too short to
    /// stand for any other name (부드러운 "soft" spells Bob Dylan).
    /// </summary>
    private static bool MatchHangul(TokenizedText text, Piece piece, ScriptNameIndex names, SignalSummary into, Span<char> latin, Span<char> keys, PeopleLexicon? people)
    {
        var run = text.Buffer.Slice(piece.Start, piece.Length);
        if (run.Length < 2 || run.Length > MaxHangulName + 2 || !Scripts.IsHangulSyllable(run[0]))
        {
            return false;
        }

        // An ordinary word, with or without a particle, is no name however it starts (연인이 "lovers" read as 연 and a
        // given name once matched Yoon Eun-Hye).
        for (var end = run.Length; people is not null && end >= 2 && end > run.Length - 3; end--)
        {
            WorkCounter.Add(1);
            if ((end == run.Length || KoreanNames.IsParticle(run[end..])) && people.IsCommonWord(run[..end]))
            {
                return false;
            }
        }

        for (var end = run.Length; end >= 2 && end > run.Length - 3; end--)
        {
            WorkCounter.Add(1);
            var name = run[..end];
            if (end < run.Length && !KoreanNames.IsParticle(run[end..]))
            {
                continue;
            }

            var family = KoreanNames.FamilyLength(name);
            if (family == 0 || name.Length - family is < 1 or > 3)
            {
                continue;
            }

            if (TryKorean(name, family, names, latin, keys, out var korean))
            {
                var at = new Piece(piece.Start, end, false, false, true);
                Emit(text, at, at, korean, into);
                return true;
            }
        }

        return false;
    }

    /// <summary>The name keyed with its vowels, family and given name (see <see cref="ScriptNameIndex.TryMatchKorean"/>).</summary>
    private static bool TryKorean(ReadOnlySpan<char> name, int family, ScriptNameIndex names, Span<char> latin, Span<char> keys, out LexiconEntry entry)
    {
        entry = null!;
        var surname = KoreanNames.Romanized(name[..family]);
        int length;
        if (surname is not null)
        {
            length = PhoneticKey.WriteKoreanFamily(surname, keys);
        }
        else if (ScriptTransliterator.TryWrite(name[..family], names.HanReadings, latin, out var written))
        {
            length = PhoneticKey.WriteKoreanFamily(latin[..written], keys);
        }
        else
        {
            return false;
        }

        keys[length++] = ' ';
        if (!ScriptTransliterator.TryWrite(name[family..], names.HanReadings, latin, out var given))
        {
            return false;
        }

        length += PhoneticKey.Write(latin[..given], keys[length..], vowels: true);
        return names.TryMatchKorean(keys[..length], out entry);
    }

    /// <summary>
    /// Whether a name matched by sound may stand: never a Korean person's romanized name read back from Hangul, which is
    /// only ordinary words spelling it by chance (성인 연인이); Korean names are matched natively (<see cref="MatchHangul"/>).
    /// </summary>
    private static bool ReadBySound(LexiconEntry entry, bool fromHangul, ScriptNameIndex names) => !(fromHangul && names.IsKorean(entry));

    /// <summary>The words' keys, and for Hangul the last word without a one-syllable particle (의, 가, 는, 를…; never any other syllable: 란제리 is lingerie, not 란제 and a particle).</summary>
    private static bool TryWords(ReadOnlySpan<char> keys, ReadOnlySpan<char> lastWord, TokenizedText text, Piece first, Piece last, ScriptNameIndex names, SignalSummary into)
    {
        // A Korean person's romanized name read back from Hangul words is only ordinary words (성인 연인이), unless its
        // family name stands alone as the first word (손 흥민); Korean names are matched natively (MatchHangul).
        var hangul = IsHangul(text.Buffer[first.Start]) && first.Length > 1;
        if (names.TryMatchWords(keys, out var entry) && ReadBySound(entry, hangul, names))
        {
            Emit(text, first, last, entry, into);
            return true;
        }

        if (lastWord.Length >= 3 && KoreanNames.IsParticle(lastWord[^1..]))
        {
            Span<char> latin = stackalloc char[MaxLatin];
            Span<char> trimmed = stackalloc char[keys.Length];
            var space = keys.LastIndexOf(' ');
            keys[..(space + 1)].CopyTo(trimmed);
            if (ScriptTransliterator.TryWrite(lastWord[..^1], names.HanReadings, latin, out var written))
            {
                var key = PhoneticKey.Write(latin[..written], trimmed[(space + 1)..]);
                if (names.TryMatchWords(trimmed[..(space + 1 + key)], out entry) && ReadBySound(entry, hangul, names))
                {
                    Emit(text, first, last, entry, into);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Chinese names read as pinyin: every 2-4 character window of a Han run.</summary>
    private static void MatchHan(TokenizedText text, Piece piece, ScriptNameIndex names, SignalSummary into, Span<char> latin)
    {
        var run = text.Buffer.Slice(piece.Start, piece.Length);
        for (var start = 0; start + 2 <= run.Length; start++)
        {
            WorkCounter.Add(1);
            var written = 0;
            for (var length = 1; length <= MaxHanName && start + length <= run.Length; length++)
            {
                WorkCounter.Add(1);
                if (!names.HanReadings.TryGetValue(run[start + length - 1], out var reading) || written + reading.Length > latin.Length)
                {
                    break;
                }

                reading.CopyTo(latin[written..]);
                written += reading.Length;
                if (length >= 2 && names.TryMatchPinyin(latin[..written], start == 0 && length == run.Length, out var entry))
                {
                    var at = new Piece(piece.Start + start, length, true, false, true);
                    Emit(text, at, at, entry, into);
                    return;
                }
            }
        }
    }

    private static void Emit(TokenizedText text, Piece first, Piece last, LexiconEntry entry, SignalSummary into)
    {
        var start = text.SourceIndexAt(first.Start);
        var end = text.SourceIndexAt(last.Start + last.Length - 1) + 1;

        // Read by sound from a script without capitals, ordinary words spell listed names by chance (אווירה קולנועית, "cinematic
        // atmosphere", keyed as Ari Grande): in a tag of their own beside a named subject they are not the one the nudity is about.
        if (NameAttachment.IsCaselessScript(text.Buffer[first.Start]) && NameAttachment.IsDetached(text.Source, into, start))
        {
            return;
        }

        // Two or three ordinary words of a script without capitals, every one of them (चलता किसान "walking farmer", keyed as
        // Jared Kushner), spell a listed name only by chance: the ordinary-word list leaves out every word of the name lists.
        if (NameAttachment.IsCaselessScript(text.Buffer[first.Start]) && OrdinaryWords.AllOrdinary(text.Source.AsSpan(start, end - start)))
        {
            return;
        }

        // A first word that is an ordinary word with a case ending or a joined particle (হোটেলের ঘরে "in the hotel's room" keyed as
        // Drew Carey) starts no name the words only spell by sound: a name takes its case ending on its last word (session 21).
        if (NameAttachment.IsCaselessScript(text.Buffer[first.Start]) && last.Start != first.Start
            && OrdinaryWords.IsInflectedOrdinary(FirstWord(text.Source.AsSpan(start, end - start)))
            && !SpelledNames.SpellsClosely(text.Buffer.Slice(first.Start, last.Start + last.Length - first.Start), entry.Term))
        {
            return;
        }

        // The same with the frequent words of subtitles, the last one no name word (session 19): راننده اتوبوس "bus driver"
        // keyed as Martin Short, בשוק מחנה "in the Mahane market" as Porsche Macan; and a place noun with its name (میدان
        // آزادی, Azadi Square, keyed as Martin Short) is a place (Rules/OrdinaryPhrases).
        if (NameAttachment.IsCaselessScript(text.Buffer[first.Start])
            && (OrdinaryPhrases.AllFrequent(text.Source.AsSpan(start, end - start)) || OrdinaryPhrases.OpensWithPlaceNoun(text.Source.AsSpan(start, end - start))))
        {
            return;
        }

        // A kin or marital noun among the words themselves (नवविवाहित पति-पत्नी, "newly-wed husband and wife", keyed as Ned Beatty;
        // अधेड़ दंपत्ति): a relation word is never part of a personal name, wherever it stands in the span (session 30,
        // i16-precision36; KinNamedBefore and KinWordFollows read it only before or after the words).
        if (NameAttachment.IsCaselessScript(text.Buffer[first.Start]) && HoldsKinWord(text.Source.AsSpan(start, end - start)))
        {
            return;
        }

        // An Arabic noun with a preposition before it and "her" after it (بفستانها الأحمر, "in her red dress", keyed as Fiston
        // Mayele) is a thing someone has: a name takes no possessive ending (session 30, i16-precision36).
        if (HoldsPossessedNoun(text.Source.AsSpan(start, end - start)))
        {
            return;
        }

        // A Thai run that is a compound of dictionary words (ร้านนวดน้ำมัน, "oil massage parlour", keyed as Randy Newman) is those
        // words: a name transliterated into Thai does not split into Thai words of three letters and more (session 29).
        // Spelling the name closely does not save it: these words spell "Randy Newman" as closely as a Thai rendering of the name.
        if (Scripts.ContainsThai(text.Source.AsSpan(start, end - start)) && OrdinaryPhrases.HasThaiCompoundWord(text.Source.AsSpan(start, end - start)))
        {
            return;
        }

        // A skeleton is a lookup key that ordinary words share with names by chance (কালো লেসের "black lace" keys as Keri
        // Russell): in a script that writes vowels, the words must also spell the name with them to count as that person,
        // unless a cased script capitalises every word (Наталья Соколова: a name, if perhaps not this listed one).
        var words = text.Buffer.Slice(first.Start, last.Start + last.Length - first.Start);
        if (!first.IsHan && SpelledNames.Judges(words[0]) && !SpelledNames.Spells(words, entry.Term)
            && !SpelledNames.AllCapitalised(text.Source.AsSpan(start, end - start)))
        {
            return;
        }

        // A prompt that has already named its subject (a person word or adult term before the words: नर्स, γυναίκα, 남성)
        // goes on to describe it, and ordinary words there that spell a listed name only loosely (κάνει ορειβασία, "goes
        // climbing", as Keanu Reeves; 강의, "lecture", as Gong Yoo) are that description. Written as a name instead, in
        // capitals or with a name dot, or spelling the name closely, they still count (SubjectNamedBefore).
        // Session 25: in a cased script (Cyrillic, Greek) a name is written with capitals, so words all in lower case that
        // spell a listed name only loosely (кухонном столе "on the kitchen table" keyed as Ken Starr, зерно плівки "film
        // grain" as Slaven Bilic) are ordinary words; a lower-case name spelled closely (тейлор свифт) still counts.
        if (!first.IsHan && IsCased(text.Source[start]) && NoneCapitalised(text.Source.AsSpan(start, end - start))
            && !SpellsClosely(words, entry.Term))
        {
            return;
        }

        // Session 30 (i16-precision36): in a cased script, words not all capitalised must spell the name closely by BOTH
        // measures. Share alone is met by ordinary words that hold the name's letters among many others (этюд углём, "charcoal
        // study", as Heidi Klum; εβδομηντάρηδων, "septuagenarians", as Timothy Dalton), and a lower-case word before a
        // capitalised one is no part of a name (балерина Большого, "a Bolshoi ballerina", as Borna Barisic). A name written
        // in lower case (тейлор свифт) spells its name closely both ways. Only where the prompt depicts an adult by an adult
        // word (мужчина, ζευγάρι εβδομηντάρηδων): the nudity is then that adult's; without one, the match is read as before.
        if (!first.IsHan && into.Has(Signal.Adult) && IsCased(text.Source[start]) && !SpelledNames.AllCapitalised(text.Source.AsSpan(start, end - start))
            && !SpelledNames.SpellsCloselyBoth(words, entry.Term))
        {
            return;
        }

        // The subject may also be a kin or marital noun before the words (पचास की उम्र का दंपति, फाइन आर्ट "a couple in their
        // fifties, fine art", keyed as Bonnie Raitt), or the noun the words stand right before in a script that puts its
        // adjectives first (주름 깊은 할머니, "a deeply wrinkled grandmother", keyed as Jeremy Corbyn): session 25.
        if (!first.IsHan && (SubjectNamedBefore(text, into, start) || KinNamedBefore(text, start) || KinWordFollows(text, end))
            && !SpelledNames.AllCapitalised(text.Source.AsSpan(start, end - start))
            && text.Source.AsSpan(start, end - start).IndexOfAny('\u30FB', '\u00B7') < 0 && !SpelledNames.SpellsClosely(words, entry.Term))
        {
            return;
        }

        FictionalNames.AddScriptMatch(into, entry, start, end);
    }

    /// <summary>Is a word of <paramref name="span"/> (split at spaces and hyphens) a kin or marital noun (Rules/Data/kin-words.txt)?</summary>
    private static bool HoldsKinWord(ReadOnlySpan<char> span)
    {
        foreach (var range in span.SplitAny(" -\u00A0\u200C"))
        {
            WorkCounter.Add(1);
            var word = span[range];
            if (!word.IsEmpty && KinWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of the span that starts with the clitic ب or ل and ends with the possessive ها (بفستانها, لشعرها).</summary>
    private static bool HoldsPossessedNoun(ReadOnlySpan<char> span)
    {
        foreach (var range in span.SplitAny(" \u00A0"))
        {
            WorkCounter.Add(1);
            var word = span[range];
            if (word.Length >= 5 && word[0] is '\u0628' or '\u0644' && word[^2] == '\u0647' && word[^1] == '\u0627' && word[^3] != '\u200C')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCased(char c) => c is >= '\u0370' and < '\u0530';

    private static bool NoneCapitalised(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SpellsClosely(ReadOnlySpan<char> words, string term) => SpelledNames.SpellsClosely(words, term);

    /// <summary>Is the source word starting at token <paramref name="t"/> a kin or marital noun (Rules/Data/kin-words.txt), a Korean one perhaps with a particle?</summary>
    private static bool IsKinToken(TokenizedText text, int t)
    {
        var word = text.Source.AsSpan(text[t].SourceStart, text[t].SourceEnd - text[t].SourceStart);
        if (word.IsEmpty || !(NameAttachment.IsCaselessScript(word[0]) || IsHangul(word[0])))
        {
            return false;
        }

        if (KinWords.Contains(word))
        {
            return true;
        }

        for (var cut = 1; cut <= 2 && word.Length - cut >= 2; cut++)
        {
            if (IsHangul(word[0]) && KoreanNames.IsParticle(word[^cut..]) && KinWords.Contains(word[..^cut]))
            {
                return true;
            }
        }

        return false;
    }

    [ThreadStatic]
    private static string? t_kinSource;

    [ThreadStatic]
    private static int t_kinEnd;

    /// <summary>Does a kin or marital noun of a script without capitals end before source index <paramref name="start"/>?</summary>
    private static bool KinNamedBefore(TokenizedText text, int start)
    {
        // The end of the first kin noun, found once per prompt (a hostile prompt may hold many sound matches).
        if (!ReferenceEquals(t_kinSource, text.Source))
        {
            t_kinSource = text.Source;
            t_kinEnd = int.MaxValue;
            for (var t = 0; t < text.SequenceCount; t++)
            {
                WorkCounter.Add(1);
                if (IsKinToken(text, t))
                {
                    t_kinEnd = text[t].SourceEnd;
                    break;
                }
            }
        }

        return t_kinEnd <= start;
    }

    /// <summary>Is the word right after source index <paramref name="end"/> (past spaces only) a kin or marital noun?</summary>
    private static bool KinWordFollows(TokenizedText text, int end)
    {
        // Tokens are in source order: a binary search finds the first one starting at or after the end.
        int lo = 0, hi = text.SequenceCount;
        while (lo < hi)
        {
            WorkCounter.Add(1);
            var mid = (lo + hi) >>> 1;
            if (text[mid].SourceStart < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo >= text.SequenceCount)
        {
            return false;
        }

        var gap = text.Source.AsSpan(end, text[lo].SourceStart - end);
        return gap.Trim(' ').IsEmpty && IsKinToken(text, lo);
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> span)
    {
        var cut = span.IndexOfAny(' ', '\u00A0', '-');
        return cut < 0 ? span : span[..cut];
    }

    [ThreadStatic]
    private static string? t_subjectSource;

    [ThreadStatic]
    private static int t_subjectEnd;

    /// <summary>Does a person word, role, relation or adult term stand before source index <paramref name="start"/>?</summary>
    private static bool SubjectNamedBefore(TokenizedText text, SignalSummary into, int start)
    {
        if (into[Signal.Adult] is { IsPresent: true, Field: PromptField.Prompt } adult && adult.SourceEnd <= start)
        {
            return true;
        }

        // The end of the first person word, found once per prompt (a hostile prompt may hold many sound matches).
        if (!ReferenceEquals(t_subjectSource, text.Source))
        {
            t_subjectSource = text.Source;
            t_subjectEnd = int.MaxValue;
            for (var t = 0; t < text.SequenceCount; t++)
            {
                WorkCounter.Add(1);
                if ((text[t].Tags & (WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun)) != 0)
                {
                    t_subjectEnd = text[t].SourceEnd;
                    break;
                }
            }
        }

        return t_subjectEnd <= start;
    }

    /// <summary>
    /// The words of other scripts in sequence order: tokens of spaced scripts as they are, runs of kana, Han and
    /// Hangul cut at <c>・</c> and at changes of script. <see cref="Piece.FollowsPrevious"/> says the piece
    /// continues a name begun by the one before (a space, a joiner or a name dot between them). Words of spaced
    /// scripts that a lexicon term matched are left out.
    /// </summary>
    private static int Split(TokenizedText text, Span<Piece> pieces, PeopleLexicon? people, SignalSummary into)
    {
        var count = 0;
        var previousToken = -2;
        for (var i = 0; i < text.SequenceCount && count < pieces.Length; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            var word = text.TextOf(in token);
            if (!token.Has(TokenFlags.Cjk))
            {
                // A word a lexicon term consumed is a word of its language (Persian زن "woman", Hindi महिला), never part of a
                // name, and so is a stop word of a language (Greek στην "in the": Ελένη στην is no Elena Satine).
                if ((token.Tags & WordTags.Matched) == 0 && token.Languages == 0 && (token.Has(TokenFlags.NonLatin) || ScriptTransliterator.IsTransliterable(word[0]))
                    && people?.IsCommonWord(word) != true && !ScriptWordShapes.NeverName(text, i, soundMatch: true))
                {
                    pieces[count++] = new Piece(token.Start, token.Length, false, previousToken == i - 1 && OnlySpaceBetween(text, i), true);
                    previousToken = i;
                }

                continue;
            }

            // A Korean word that is a term's evidence (여성 "woman") is a word, as a consumed word of the spaced scripts above is:
            // 여성 창가에 once spelt a listed name. Korean is matched as runs, so the word carries no tag to say so.
            if (Scripts.IsHangulSyllable(word[0]) && IsEvidence(into, token.SourceStart, token.SourceEnd))
            {
                continue;
            }

            var follows = previousToken == i - 1 && OnlySpaceBetween(text, i);
            var start = 0;
            for (var k = 1; k <= word.Length && count < pieces.Length; k++)
            {
                WorkCounter.Add(1);
                if (k < word.Length && word[k] != '・' && ScriptOf(word[k]) == ScriptOf(word[start]))
                {
                    continue;
                }

                // An honorific after a name (さん, ちゃん) is no part of it: read as a word, さん spelt Sean.
                if (word[start] != '・' && !IsHonorific(word[start..k]))
                {
                    var isHan = ScriptOf(word[start]) == 2;
                    var bySound = !AfterDigit(text, token.Start + start) && BySound(text, token.Start + start, k - start, isHan, into)
                        && !(ScriptOf(word[start]) == 3 && (people?.IsCommonWord(word[start..k]) == true || HasVerbEnding(word[start..k])));
                    pieces[count++] = new Piece(token.Start + start, k - start, isHan, follows, bySound);
                }

                // Pieces go on a name only across a name dot; a script change (テイラーの) ends it.
                follows = k < word.Length && word[k] == '・' || (k < word.Length && word[start] == '・');
                start = k;
            }

            previousToken = i;
        }

        return count;
    }

    /// <summary>
    /// A piece glued right after a digit is the counter or unit of a number (28세 "aged 28", 40대 "in their forties", 30歳, 3人), never
    /// the start of a name written by sound: 28세 보디빌더 ("a 28-year-old bodybuilder") was keyed as Asa Butterfield (session 30,
    /// i16-precision36).
    /// </summary>
    private static bool AfterDigit(TokenizedText text, int bufferStart)
    {
        var at = text.SourceIndexAt(bufferStart);
        return at > 0 && at <= text.Source.Length && char.IsDigit(text.Source[at - 1]);
    }

    /// <summary>
    /// Whether only spaces and name dots stand between token <paramref name="i"/> and the one before it in the
    /// prompt: a name never runs across a comma or other punctuation (ساحل، نقاشی is "beach, painting").
    /// </summary>
    private static bool OnlySpaceBetween(TokenizedText text, int i)
    {
        ref var previous = ref text[i - 1];
        var from = text.SourceIndexAt(previous.Start + previous.Length - 1) + 1;
        var to = text.SourceIndexAt(text[i].Start);
        for (var k = from; k < to && k < text.Source.Length; k++)
        {
            WorkCounter.Add(1);
            if (text.Source[k] is not (' ' or '\u3000' or '・' or '·' or '\u00A0' or '-' or '\u200C' or '\u200D' or '\u200B' or '=' or '＝'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a piece of a kana, Han or Hangul run may be read as a name written by its sound. Not a word a lexicon
    /// term matched (ヌード "nude": ヌード ベッド, nuudo beddo, keyed as Ned Beatty), and for Han only a run of the
    /// characters Chinese spells foreign names with (<see cref="ForeignNameHan"/>): the readings of ordinary words
    /// spell Latin names by chance (熟女 全裸 was Sean Connery, 淋浴 裸体 Alan Alda). Chinese names written in Han are
    /// still read as pinyin (<see cref="MatchHan"/>), which this does not touch.
    /// </summary>
    private static bool BySound(TokenizedText text, int start, int length, bool isHan, SignalSummary into)
    {
        if (isHan && !ForeignNameHan.IsTransliteration(text.Buffer.Slice(start, length)))
        {
            return false;
        }

        return !IsEvidence(into, text.SourceIndexAt(start), text.SourceIndexAt(start + length - 1) + 1);
    }

    private static readonly Signal[] Signals = Enum.GetValues<Signal>();

    private static bool IsEvidence(SignalSummary into, int start, int end)
    {
        foreach (var signal in Signals)
        {
            WorkCounter.Add(1);
            ref readonly var evidence = ref into[signal];
            if (evidence.IsPresent && evidence.SourceStart == start && evidence.SourceEnd == end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHangul(char c) => Scripts.IsHangulSyllable(c);

    /// <summary>
    /// Endings of Korean verbs and adjectives and the longer case particles (하는 장면 "scene of doing" read as Hannah
    /// John-Kamen, 있는, 에서): a word carrying one is a word of the sentence, never a name written by its sound.
    /// </summary>
    private static readonly string[] VerbEndings =
        ["하는", "하고", "하다", "한다", "했다", "하며", "하면", "있는", "없는", "있다", "적인", "스러운", "에서", "에게", "으로", "처럼", "까지", "부터", "입니다", "습니다"];

    private static bool HasVerbEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in VerbEndings)
        {
            if (word.EndsWith(ending))
            {
                return true;
            }
        }

        return word.Length >= 2 && word[^1] == '는' && word[^2] is '벗' or '있' or '없' or '하' or '먹' or '걷' or '눕' or '앉' or '서' or '보';
    }

    /// <summary>A Hangul word of two or more syllables ending in a particle that closes a noun phrase (을/를 object, 은/는 topic, 의 of, 와/과 and).</summary>
    private static bool EndsPhrase(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word[^1] is '을' or '를' or '은' or '는' or '의' or '와' or '과';

    private static bool IsHonorific(ReadOnlySpan<char> piece) => piece is "さん" or "ちゃん" or "くん" or "さま" or "たん" or "サン" or "チャン";

    /// <summary>1 katakana, 2 Han, 3 Hangul, 4 hiragana (particles: テイラーの), 0 anything else.</summary>
    private static int ScriptOf(char c) => c switch
    {
        >= '\u3040' and <= '\u309F' => 4,
        >= '\u30A0' and <= '\u30FF' => c == '・' ? 0 : 1,
        >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uAC00' and <= '\uD7AF' => 3,
        _ => 0,
    };

    /// <param name="Start">Buffer index of the piece.</param>
    /// <param name="Length">Characters.</param>
    /// <param name="IsHan">A run of Han characters (also read as pinyin).</param>
    /// <param name="FollowsPrevious">Continues a name begun by the previous piece.</param>
    /// <param name="BySound">May be read as part of a name written by its sound (see <see cref="BySound(TokenizedText, int, int, bool, SignalSummary)"/>).</param>
    private readonly record struct Piece(int Start, int Length, bool IsHan, bool FollowsPrevious, bool BySound);
}
