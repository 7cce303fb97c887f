using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 44 (i16-caps52): the last-resort reading of a real person named by ONE word that the other last-resort readers refuse
/// by its writing. Two shapes:
/// <list type="bullet">
/// <item><b>A stage name in capitals</b> (Latin, Cyrillic or Greek letters, one script): every other reader refuses an
/// all-capitals word, since capitals also write acronyms, brands, tags, labels and shouting. A stage name is told from those
/// by its letters and its place: four to fourteen letters, at least two vowels making a third of them or more (NSFW, ASMR,
/// BDSM, HDR, UHD, POV, RAW are no word), no ordinary word of any language as written in lower case, no listed acronym, brand,
/// camera, magazine, film or game title (<see cref="NotStageNames"/>), no colon right after it (a label: VIDEO:, NEU:, ФОТО:),
/// and the prompt is not shouted (no other all-capitals word of the same shape, no capitals right after it).</item>
/// <item><b>A Latin handle in a prompt of another script</b> (Cyrillic, Greek, Arabic, Hebrew, Persian, Devanagari, Bengali,
/// Thai): a capitalised Latin word of four or more letters with lower case, no ordinary or common word, no brand, camera or
/// platform, among words that are all of another script: a product or style is named there too (снято на Nikon, إضاءة HDR),
/// so the slot decides.</item>
/// </list>
/// Slots, read by grammar (each needs the act, not a state: an act's term of level 5 or more or an undressing in the prompt,
/// except the leaked picture's owner): <b>the agent</b> — the word opens the prompt or a tag (a Greek article, Tagalog si/ni
/// allowed before it) and the act's term or the undressing verb stands within three words after it in the same tag, every word
/// between in lower case or of a caseless script; <b>the clause subject</b> — after a "how" word a request opens (покажи, как
/// X …; zeig mir, wie X …; show me how X …) with a word in lower case after it; <b>the request's object</b> — after a request
/// verb and its pronoun (show me X, покажи X, δείξε μου X) with the act within three words; <b>the owner</b> — before a
/// possessive 's, or after a sexual or picture noun (with an "of" word, an Arabic لـ or Hebrew של between, or in the Slavic
/// genitive right after it) when a sexual term stands earlier in its tag (слитые голые фото X, leaked nudes of X); <b>the
/// qualified noun</b> — right after the sexual term that opens its tag (a Latin handle: голая Xxx в душе) or after a verb-first clause's term and
/// the Tagalog personal article (naghubad si X).
/// Emits <see cref="Signal.RealPersonLikely"/> (review under <c>mature</c>, never a block alone) under the shared gate
/// (<see cref="SubjectlessGate.Refusal"/>: sexual, no one else in the prompt, no drawn frame), then the drops every likely
/// name gets. Costs one scan of the tokens' first letters on a prompt with no capitals word and no Latin word among another
/// script's words. Its word lists are Rules/Data/capital-stage-slots.tsv (written for GenScreen from general knowledge, MIT).
/// </summary>
internal static class CapitalStageNames
{
    private const int MinLetters = 4;
    private const int MaxLetters = 14;
    private const int ActLevel = 5;

    /// <summary>The slot words and the capitals words that are no stage name (Rules/Data/capital-stage-slots.tsv, folded), read with the class.</summary>
    private static readonly Dictionary<string, CompactWordSet> Slots = RuleDataFile.WordSets("capital-stage-slots.tsv", "reflexive",
        "after-preposition", "personal-article", "request", "object-pronoun", "how", "article-before", "owner-of", "picture-noun", "tool",
        "not-stage-name");

    /// <summary>Reads the prompt for a capitals stage name or a foreign-script handle when nothing else can be its subject.</summary>
    public static void Read(TokenizedText text, LexiconSet lexicons, SignalSummary into, bool afterClauses = false)
    {
        if (SubjectlessGate.Refusal(into) != GateRefusal.None)
        {
            return;
        }

        var n = text.SequenceCount;
        var foreign = ForeignScriptPrompt(text);
        var any = false;
        for (var i = 0; i < n && !any; i++)
        {
            WorkCounter.Add(1);
            any = CapitalsShape(text, i) != 0 || (foreign && IsLatinHandleShape(text, i));
        }

        if (!any || SubjectlessGate.HasFictionFrame(text))
        {
            return;
        }

        var people = lexicons.People;
        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            bool candidate;
            if (CapitalsShape(text, i) != 0)
            {
                candidate = IsCapitalsStageName(text, i, people) && !IsShouted(text, i);
            }
            else
            {
                candidate = foreign && IsLatinHandleShape(text, i) && IsForeignHandle(text, i, people);
            }

            if (!candidate || !InSlot(text, i, into) || SubjectlessGate.CreditBefore(text, i, SubjectlessGate.StyleWords))
            {
                continue;
            }

            if (!afterClauses && ChildStatements.FindTrigger(text.Source, 0) >= 0)
            {
                return; // the minors clause readers weigh the prompt first (as the other last-resort readers)
            }

            WorldNameShapes.Emit(text, i, i, into);
            OrdinaryPhrases.DropLikely(text, into);
            DescribedSubjects.DropLikely(text, into);
            FictionalNames.DropLikelyInFiction(text, into);
            return;
        }
    }

    /// <summary>
    /// The script of an all-capitals word of letters only (1 Latin, 2 Cyrillic, 3 Greek, one script throughout), 0 for any other
    /// token: a word with a lower-case letter, a digit or symbol, mixed scripts, fewer than four or more than fourteen letters.
    /// </summary>
    internal static int CapitalsShape(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var length = token.SourceEnd - token.SourceStart;
        if (length is < MinLetters or > MaxLetters || (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Cjk)) != 0)
        {
            return 0;
        }

        var source = text.Source.AsSpan(token.SourceStart, length);
        var script = ScriptOf(source[0]);
        if (script == 0)
        {
            return 0;
        }

        foreach (var c in source)
        {
            if (!char.IsLetter(c) || !char.IsUpper(c) || ScriptOf(c) != script)
            {
                return 0;
            }
        }

        return script;
    }

    private static int ScriptOf(char c) => c switch
    {
        (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u024F') => 1,
        >= '\u0400' and <= '\u04FF' => 2,
        (>= '\u0386' and <= '\u03AB') or (>= '\u1F08' and <= '\u1FFC') => 3,
        _ => 0,
    };

    /// <summary>
    /// An all-capitals word that can be a stage name: its vowels (two or more, a third of its letters or more: no consonant
    /// acronym), no term, person, role or title word, no ordinary word of any language as written in lower case, no listed
    /// acronym, brand, camera, magazine or title, no place noun, and no colon right after it (a label).
    /// </summary>
    internal static bool IsCapitalsStageName(TokenizedText text, int i, PeopleLexicon people)
    {
        ref var token = ref text[i];
        if ((token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) != 0)
        {
            return false;
        }

        var source = text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart);
        var vowels = 0;
        foreach (var c in source)
        {
            if (IsVowel(c))
            {
                vowels++;
            }
        }

        if (vowels < 2 || vowels * 3 < source.Length)
        {
            return false;
        }

        var word = text.TextOf(in token);
        if (NotStageNames.Contains(word) || CapitalisedSurnames.IsPlaceNoun(word) || PlaceCompounds.EndsWithPlaceNoun(word) || ColonAfter(text, i))
        {
            return false;
        }

        return token.Languages == 0 && !IsOrdinary(text, i, people);
    }

    /// <summary>An ordinary word of some language (the lists the other last-resort readers read), a frequent word included.</summary>
    private static bool IsOrdinary(TokenizedText text, int i, PeopleLexicon people)
    {
        var word = text.TextOf(in text[i]);
        return people.IsCommonWord(word) || OrdinaryPhrases.IsOrdinaryWord(word) || OrdinaryPhrases.IsFrequentWord(word)
            || OrdinaryWords.ContainsInflected(word) || (text[i].Tags & WordTags.GivenName) != 0;
    }

    /// <summary>Vowels of the three cased scripts as written in capitals (Y, Υ and the Cyrillic iotated letters counted).</summary>
    private static bool IsVowel(char c)
    {
        if (c < 128)
        {
            return c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';
        }

        return c is 'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' or 'Æ' or 'È' or 'É' or 'Ê' or 'Ë' or 'Ì' or 'Í' or 'Î' or 'Ï' or 'Ò' or 'Ó'
            or 'Ô' or 'Õ' or 'Ö' or 'Ø' or 'Ù' or 'Ú' or 'Û' or 'Ü' or 'Ý' or 'İ' or 'Ą' or 'Ę' or 'Ě' or 'Ů' or 'Ő' or 'Ű' or 'Ơ' or 'Ư' or 'Ă'
            or 'А' or 'Е' or 'Ё' or 'И' or 'О' or 'У' or 'Ы' or 'Э' or 'Ю' or 'Я' or 'І' or 'Ї' or 'Є'
            or 'Α' or 'Ε' or 'Η' or 'Ι' or 'Ο' or 'Υ' or 'Ω' or 'Ά' or 'Έ' or 'Ή' or 'Ί' or 'Ό' or 'Ύ' or 'Ώ' or 'Ϊ' or 'Ϋ';
    }

    /// <summary>
    /// The prompt shouts: another all-capitals word of four or more letters with two vowels, or a capitals word right before or
    /// after it (NAKED WOMAN ON A BED, KODAK PORTRA, CANON EOS): capitals there are the writer's voice or a product's name.
    /// </summary>
    private static bool IsShouted(TokenizedText text, int i)
    {
        var n = text.SequenceCount;
        for (var k = 0; k < n; k++)
        {
            WorkCounter.Add(1);
            if (k == i)
            {
                continue;
            }

            var neighbour = (k == i - 1 || k == i + 1) && PersonDetector.OnlySpaceBetween(text, Math.Min(i, k), Math.Max(i, k));
            if (neighbour ? AllCapitals(text, k) : CapitalsShape(text, k) != 0 && VowelCount(text, k) >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static int VowelCount(TokenizedText text, int k)
    {
        var count = 0;
        for (var p = text[k].SourceStart; p < text[k].SourceEnd; p++)
        {
            if (IsVowel(text.Source[p]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Two or more letters, all capitals (a short acronym too: EOS, HD, POV).</summary>
    private static bool AllCapitals(TokenizedText text, int k)
    {
        ref var token = ref text[k];
        var letters = 0;
        for (var p = token.SourceStart; p < token.SourceEnd; p++)
        {
            var c = text.Source[p];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool ColonAfter(TokenizedText text, int i)
    {
        var source = text.Source;
        var k = text[i].SourceEnd;
        while (k < source.Length && source[k] == ' ')
        {
            k++;
        }

        return k < source.Length && source[k] is ':' or '：';
    }

    /// <summary>
    /// The prompt is written in another script than Latin: two or more of its words are of a non-Latin script and they outnumber
    /// its Latin words (one scan of the tokens' flags).
    /// </summary>
    private static bool ForeignScriptPrompt(TokenizedText text)
    {
        if (text.IsAscii)
        {
            return false;
        }

        var other = 0;
        var latin = 0;
        for (var k = 0; k < text.SequenceCount; k++)
        {
            WorkCounter.Add(1);
            if ((text[k].Flags & TokenFlags.Letter) == 0)
            {
                continue;
            }

            var c = text.Source[text[k].SourceStart];
            if (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF')
            {
                latin++;
            }
            else
            {
                other++;
            }
        }

        return other >= 2 && other > latin;
    }

    /// <summary>A capitalised Latin word of four or more ASCII letters with lower case after the capital (Korvexa, Lunavexa).</summary>
    private static bool IsLatinHandleShape(TokenizedText text, int i)
    {
        ref var token = ref text[i];
        var length = token.SourceEnd - token.SourceStart;
        if (length is < MinLetters or > MaxLetters || (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) != 0)
        {
            return false;
        }

        var source = text.Source.AsSpan(token.SourceStart, length);
        if (!char.IsAsciiLetterUpper(source[0]))
        {
            return false;
        }

        for (var p = 1; p < source.Length; p++)
        {
            if (!char.IsAsciiLetterLower(source[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A Latin handle among another script's words: no term or person word, no ordinary word, brand, product or place.</summary>
    private static bool IsForeignHandle(TokenizedText text, int i, PeopleLexicon people)
    {
        ref var token = ref text[i];
        if ((token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) != 0)
        {
            return false;
        }

        var word = text.TextOf(in token);
        if (NotStageNames.Contains(word) || CapitalisedSurnames.IsPlaceNoun(word) || PlaceCompounds.EndsWithPlaceNoun(word) || ColonAfter(text, i))
        {
            return false;
        }

        return token.Languages == 0 && !IsOrdinary(text, i, people);
    }

    /// <summary>The word stands where only a person stands (the agent, a clause's subject, a request's object, a picture's owner).</summary>
    private static bool InSlot(TokenizedText text, int i, SignalSummary into)
    {
        // Not a thing after a preposition of place or an "on/with" tool word ("снято на X", "shot on X", "στη X").
        if (i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && ToolWords.Contains(text.TextOf(in text[i - 1])))
        {
            return false;
        }

        var act = into.LevelOf(Signal.Sexual) >= ActLevel || into.Has(Signal.Undress);
        return AgentSlot(text, i, into, act) || (act && ClauseSlot(text, i)) || RequestObject(text, i, into, act) || OwnerSlot(text, i, into)
            || AfterItsTerm(text, i, into);
    }

    /// <summary>Opens the prompt or a tag (a Greek article or Tagalog si/ni may stand before it), the act within three words after it.</summary>
    private static bool AgentSlot(TokenizedText text, int i, SignalSummary into, bool act)
    {
        var opens = SubjectNamePairs.OpensTag(text, i)
            || (i > 0 && PersonDetector.OnlySpaceBetween(text, i - 1, i) && ArticlesBefore.Contains(text.TextOf(in text[i - 1])) && SubjectNamePairs.OpensTag(text, i - 1));
        return opens && ActWithin(text, HandleEnd(text, i), into, 3, act);
    }

    /// <summary>The last token of a handle run into an underscore suffix (Xxx_x, Xxx_official): the suffix is the handle's.</summary>
    private static int HandleEnd(TokenizedText text, int i)
    {
        var source = text.Source;
        while (i + 1 < text.SequenceCount && text[i].SourceEnd < source.Length && source[text[i].SourceEnd] == '_' && text[i + 1].SourceStart == text[i].SourceEnd + 1)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The act within <paramref name="span"/> words after the word, in its tag, no capitalised or person word between: the act's
    /// term or the undressing verb when the prompt holds an act (<paramref name="act"/>), or at any level a sexual term that is a
    /// reflexive verb — a reflexive pronoun in the span (klär av sig, se quita, zieht sich aus, si spoglia, rozbiera się) or a
    /// sexual token with a reflexive or mediopassive ending (раздевается, роздягається, γδύνεται): a verb whose subject the word is.
    /// </summary>
    private static bool ActWithin(TokenizedText text, int i, SignalSummary into, int span, bool act)
    {
        var n = text.SequenceCount;
        var reflexive = false;
        var sexual = false;
        for (var k = i + 1; k < n && k <= i + span && PersonDetector.OnlySpaceBetween(text, k - 1, k); k++)
        {
            WorkCounter.Add(1);
            var c = text.Source[text[k].SourceStart];
            if (char.IsUpper(c) || (text[k].Tags & (WordTags.PersonWord | WordTags.RoleNoun)) != 0)
            {
                return false;
            }

            var word = text.TextOf(in text[k]);
            if (act && IsStrongActAt(text, k, into))
            {
                return true;
            }

            if (SubjectlessNames.IsActAt(text, k, into))
            {

                sexual = true;
                reflexive |= word.EndsWith("ся", StringComparison.Ordinal) || word.EndsWith("сь", StringComparison.Ordinal) || word.EndsWith("ται", StringComparison.Ordinal);
            }

            reflexive |= Reflexives.Contains(word);
            if (sexual && reflexive)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reflexive pronouns of the cased languages (folded): se, si, sich, sig, zich, się, s'.</summary>
    private static readonly CompactWordSet Reflexives = Slots["reflexive"];

    /// <summary>
    /// The token at <paramref name="k"/> lies in the prompt's undressing match or in its strongest sexual match of an act's level: a
    /// garment or nudity word after a brand ("Shein бельё", "GUCCI lingerie") is no act its word performs.
    /// </summary>
    private static bool IsStrongActAt(TokenizedText text, int k, SignalSummary into)
    {
        var start = text[k].SourceStart;
        ref readonly var sexual = ref into[Signal.Sexual];
        ref readonly var undress = ref into[Signal.Undress];
        return (undress.IsPresent && start >= undress.SourceStart && start < undress.SourceEnd)
            || (sexual.IsPresent && sexual.Level >= ActLevel && start >= sexual.SourceStart && start < sexual.SourceEnd);
    }

    /// <summary>
    /// What follows a picture's owner or a qualified noun: the end, a tag break, a preposition, a possessive or the act's term —
    /// not a noun it would modify ("nude photos of ARUBA beach", "topless IBIZA beach party", "leaked nudes of ICLOUD hack").
    /// </summary>
    private static bool EndsAsPerson(TokenizedText text, int i, SignalSummary into)
    {
        var last = HandleEnd(text, i);
        var k = last + 1;
        if (k >= text.SequenceCount || !PersonDetector.OnlySpaceBetween(text, last, k))
        {
            return true;
        }

        return ToolWords.Contains(text.TextOf(in text[k])) || AfterPrepositions.Contains(text.TextOf(in text[k])) || SubjectlessNames.IsActAt(text, k, into);
    }

    /// <summary>Prepositions after a person's word that ToolWords leaves out (folded): from, out of, under, behind, before.</summary>
    private static readonly CompactWordSet AfterPrepositions = Slots["after-preposition"];

    /// <summary>
    /// Right after the sexual term that opens its tag, the tag going on in lower case or ending: the noun an attributive nudity
    /// word qualifies ("голая X в душе", "naked X on a sofa", "γυμνή X"), or the subject after a verb-first clause's verb and its
    /// personal article (Tagalog "naghubad si X", "hubad ni X").
    /// </summary>
    private static bool AfterItsTerm(TokenizedText text, int i, SignalSummary into)
    {
        if (i < 1 || !PersonDetector.OnlySpaceBetween(text, i - 1, i))
        {
            return false;
        }

        var k = i - 1;
        if (PersonalArticles.Contains(text.TextOf(in text[k])) && k > 0 && PersonDetector.OnlySpaceBetween(text, k - 1, k))
        {
            k--;
        }
        else if (!SubjectNamePairs.OpensTag(text, k) || CapitalsShape(text, i) != 0)
        {
            // Without the personal article, only a Latin handle after the term opening its tag ("…, голая Xxx в душе"): a word in
            // capitals there is as often a place ("naked SANTORINI at dawn", "топлес СОЧИ на пляже").
            return false;
        }

        if (!SubjectlessNames.IsActAt(text, k, into))
        {
            return false;
        }

        return EndsAsPerson(text, i, into);
    }

    /// <summary>Tagalog personal articles before a name (folded): si, ni, kay.</summary>
    private static readonly CompactWordSet PersonalArticles = Slots["personal-article"];

    /// <summary>After a "how" word that a request or a picture noun opens (покажи, как X раздевается), a lower-case word after it.</summary>
    private static bool ClauseSlot(TokenizedText text, int i)
    {
        var c = i - 1;
        if (c < 1 || !PersonDetector.OnlySpaceBetween(text, c, i) || !HowWords.Contains(text.TextOf(in text[c])))
        {
            return false;
        }

        if (i + 1 >= text.SequenceCount || !PersonDetector.OnlySpaceBetween(text, i, i + 1) || char.IsUpper(text.Source[text[i + 1].SourceStart]))
        {
            return false;
        }

        // The request or picture noun right before the "how" word (its comma allowed between).
        var before = text.TextOf(in text[c - 1]);
        return RequestWords.Contains(before) || PictureNouns.Contains(before)
            || (c > 1 && (ObjectPronouns.Contains(before) || OwnerOfWords.Contains(before)) && (RequestWords.Contains(text.TextOf(in text[c - 2])) || PictureNouns.Contains(text.TextOf(in text[c - 2]))));
    }

    /// <summary>After a request verb (and its object pronoun): show me X, покажи X, δείξε μου X, with the act within three words.</summary>
    private static bool RequestObject(TokenizedText text, int i, SignalSummary into, bool act)
    {
        if (i < 1 || !PersonDetector.OnlySpaceBetween(text, i - 1, i))
        {
            return false;
        }

        var k = i - 1;
        if (ObjectPronouns.Contains(text.TextOf(in text[k])) && k > 0 && PersonDetector.OnlySpaceBetween(text, k - 1, k))
        {
            k--;
        }

        return (RequestWords.Contains(text.TextOf(in text[k])) || SubjectlessNames.RequestSlot(text, i)) && ActWithin(text, HandleEnd(text, i), into, 3, act);
    }

    /// <summary>
    /// The owner of a sexual picture: before a possessive 's, or after a sexual or picture noun (an "of" word, Arabic لـ or
    /// Hebrew של between, or right after it in the Slavic genitive), with a matched term earlier in the same tag (eight words back at most).
    /// </summary>
    private static bool OwnerSlot(TokenizedText text, int i, SignalSummary into)
    {
        var source = text.Source;
        var end = text[i].SourceEnd;
        if (end + 1 < source.Length && source[end] is '\'' or '’' && source[end + 1] is 's' or 'S'
            && (end + 2 >= source.Length || !char.IsLetter(source[end + 2])))
        {
            return ActWithin(text, i, into, 4, act: true);
        }

        if (i < 1)
        {
            return false;
        }

        var k = i - 1;
        if (!PersonDetector.OnlySpaceBetween(text, k, i) && !GluedOf(text, k, i))
        {
            return false;
        }

        if ((GluedOf(text, k, i) || OwnerOfWords.Contains(text.TextOf(in text[k]))) && k > 0 && PersonDetector.OnlySpaceBetween(text, k - 1, k))
        {
            k--;
        }
        else if (CapitalsShape(text, i) < 2 || !PictureNouns.Contains(text.TextOf(in text[k])))
        {
            // Without an "of" word, only the Cyrillic or Greek genitive right after a picture noun (фото X, селфі X): a Latin word
            // needs its "of", and after a nudity adjective a capitals word is as often a place ("топлес СОЧИ", "naked SANTORINI").
            return false;
        }

        // The noun, or one of the two adjectives after it ("صورة عارية مسربة لـX", "photo nue volée de X").
        var head = k;
        while (head > k - 3 && head >= 0 && (text[head].Tags & WordTags.Matched) == 0 && !PictureNouns.Contains(text.TextOf(in text[head]))
            && head > 0 && PersonDetector.OnlySpaceBetween(text, head - 1, head))
        {
            head--;
        }

        if (head < 0 || ((text[head].Tags & WordTags.Matched) == 0 && !PictureNouns.Contains(text.TextOf(in text[head]))))
        {
            return false;
        }

        if (!EndsAsPerson(text, i, into))
        {
            return false;
        }

        // A sexual term earlier in the same tag: "слитые голые фото X", "leaked nudes of X" (the noun itself may be the term).
        for (var p = k; p >= 0 && p > k - 8; p--)
        {
            WorkCounter.Add(1);
            if ((text[p].Tags & WordTags.Matched) != 0 || SubjectlessNames.IsActAt(text, p, into))
            {
                return true;
            }

            if (p > 0 && !PersonDetector.OnlySpaceBetween(text, p - 1, p) && !GluedOf(text, p - 1, p) && (text[p].Flags & TokenFlags.Joined) == 0)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>An Arabic "of/for" لـ run into the next word (لـX: the tatweel or nothing between).</summary>
    private static bool GluedOf(TokenizedText text, int k, int i)
    {
        var word = text.TextOf(in text[k]);
        return word is "ل" or "لـ" && text[i].SourceStart - text[k].SourceEnd <= 1;
    }

    /// <summary>Request verbs and picture nouns a "how" clause or an object follows (folded), of the cased languages and ru/uk/el/ar/fa/he/hi.</summary>
    private static readonly CompactWordSet RequestWords = Slots["request"];

    /// <summary>Object pronouns between a request verb and its object (folded).</summary>
    private static readonly CompactWordSet ObjectPronouns = Slots["object-pronoun"];

    /// <summary>"How/where/when" words that open the clause whose subject a picture shows (folded), Cyrillic and Greek ones too.</summary>
    private static readonly CompactWordSet HowWords = Slots["how"];

    /// <summary>Articles and particles before a one-word name opening its tag: Greek η/ο/την/τον, Tagalog si/ni.</summary>
    private static readonly CompactWordSet ArticlesBefore = Slots["article-before"];

    /// <summary>"Of" words between a picture noun and its owner (folded).</summary>
    private static readonly CompactWordSet OwnerOfWords = Slots["owner-of"];

    /// <summary>Picture nouns whose owner follows (folded), the matched sexual nouns aside.</summary>
    private static readonly CompactWordSet PictureNouns = Slots["picture-noun"];

    /// <summary>Words after which a capitalised word is a thing or a place: prepositions of place and tool words (folded).</summary>
    private static readonly CompactWordSet ToolWords = Slots["tool"];

    /// <summary>
    /// Acronyms, brands, cameras, magazines, organisations, film, game and style names written in capitals (folded) that pass the
    /// vowel test: a capitals word that is one of them is no stage name.
    /// </summary>
    private static readonly CompactWordSet NotStageNames = Slots["not-stage-name"];
}
