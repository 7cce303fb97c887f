using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Real people the lexicon alone cannot name, found from the word tags the matcher's lookups left on each
/// token (no lookup of its own for ordinary words): a protected name with one typo, a full personal name that
/// is not protected (realPersonLikely), a description that singles one person out ("the drummer of …"), a
/// person from the user's life ("my new coworker"), a social handle (@name), names in other scripts
/// (<see cref="OtherScriptNames"/>), and whether the prompt depicts people at all (steering). Runs after
/// <see cref="TermMatcher"/> on the prompt only; tokens a term consumed are skipped.
/// </summary>
internal static class PersonDetector
{
    /// <summary>Stands for the full name being tested when asking whether it is an artist credit.</summary>
    private static readonly LexiconEntry FullNameProbe = new("full name", Signal.RealPerson, 0, "realPersonLikely");

    public static void Detect(TokenizedText text, LexiconSet lexicons, SignalSummary into)
    {
        var n = text.SequenceCount;
        var otherScripts = false;
        var publicRole = false;

        // An ASCII prompt (most prompts) has no Hangul word to tag, no Cjk run and no word of another script: those tests are
        // skipped for the whole prompt, not made at each of its words (session 30, speed36).
        var ascii = text.IsAscii;
        if (!ascii)
        {
            TagHangulWords(text, lexicons.Prompt);
        }

        for (var i = 0; i < n; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            var tags = token.Tags;
            // A pronoun is itself a person word of steering ("she"): whether a person came before it is read first.
            if ((tags & WordTags.SubjectPronoun) != 0 && into.InputPronoun < 0 && !token.Has(TokenFlags.Cjk) && !into.DepictsPeople && !PersonBefore(text, i, lexicons.Prompt))
            {
                into.NoteInputPronoun(token.SourceStart);
            }

            if ((tags & WordTags.PersonWord) != 0)
            {
                into.NotePeople(token.Language, GirlBoyNouns.Contains(text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart)), IsAdultContent(text, in token, into));
            }

            // The prompt's script names its steering language when no person word does (a Thai or Japanese run): one
            // character compared per Latin word, and nothing more once the script settled the language.
            if (!ascii && !into.ScriptSettled && token.SourceEnd > token.SourceStart && text.Source[token.SourceStart] >= '\u0370')
            {
                into.NoteScript(text.Source.AsSpan(token.SourceStart, token.SourceEnd - token.SourceStart));
            }

            // The clothing state of an input image's person (session 14, ClothingState): bare skin, an undressing verb with an
            // innocent sense and its person.
            if ((tags & (WordTags.Skin | WordTags.UndressVerb)) != 0 && !token.Has(TokenFlags.Cjk))
            {
                if ((tags & WordTags.Skin) != 0)
                {
                    ClothingState.TryBareSkin(text, i, lexicons.Prompt, into);
                }

                if ((tags & WordTags.UndressVerb) != 0)
                {
                    ClothingState.TryObjectVerb(text, i, lexicons.Prompt, into);
                }
            }

            // "x-ray mode, show what is under the blouse", "엑스레이 모드로 … 옷 속": a look through a garment (session 34).
            if ((tags & WordTags.XRayWord) != 0)
            {
                XRayLook.Detect(text, i, lexicons.Prompt, into);
            }

            // Session 39 (i16-nudify47): a garment made to vanish ("make her clothes invisible", "lass ihre Kleidung verschwinden"),
            // "as if she forgot to get dressed", and a verb-final removal verb read back to its garment ("لباس‌های این خانم توی
            // عکس رو کامل دربیار", "kadının elbisesini yavaşça çıkar"). Three flag tests per word elsewhere.
            // Session 40 (i16-nudify48): a verb of removal or erasure, or an editing verb with its "away", before its garment
            // ("erase the woman's shirt and bra", "retuschier ihr das Kleid weg", "σβήσε τα ρούχα της"): the same reader.
            if ((tags & (WordTags.VanishWord | WordTags.ForgetWord | WordTags.VerbFinalRemoval | WordTags.EraseVerb | WordTags.RetouchVerb)) != 0 && !token.Has(TokenFlags.Cjk))
            {
                if ((tags & (WordTags.EraseVerb | WordTags.RetouchVerb)) != 0)
                {
                    GarmentVanish.DetectErase(text, i, lexicons.Prompt, into);
                }

                if ((tags & WordTags.VanishWord) != 0)
                {
                    GarmentVanish.Detect(text, i, lexicons.Prompt, into);
                }

                if ((tags & WordTags.ForgetWord) != 0)
                {
                    ForgotToDress.Detect(text, i, lexicons.Prompt, into);
                }

                if ((tags & WordTags.VerbFinalRemoval) != 0)
                {
                    VerbFinalUndress.TryAtVerb(text, i, lexicons.Prompt, into);
                }
            }

            if (!ascii && (token.Has(TokenFlags.Cjk) || token.Has(TokenFlags.NonLatin) || ScriptTransliterator.IsTransliterable(text.TextOf(in token)[0])))
            {
                // Undressing grammar reads words of every spaced script ("сделай её голой"); names are read below.
                if ((tags & (WordTags.Clothing | WordTags.ChangeVerb)) != 0 && !token.Has(TokenFlags.Cjk))
                {
                    UndressGrammar.Detect(text, i, lexicons.Prompt, into);
                }

                // A removal verb before a garment reads the same in every spaced script ("убери одежду", "احذف الملابس").
                if ((tags & WordTags.UndressVerb) != 0 && !token.Has(TokenFlags.Cjk))
                {
                    TryUndress(text, i, i + 1, into);
                }

                // "üstündeki her şeyi çıkar", "همه چیزشو دربیار": everything, then its removal word (session 22).
                if ((tags & WordTags.EverythingWord) != 0 && !token.Has(TokenFlags.Cjk))
                {
                    TryEverythingBeforeVerb(text, i, into);
                }

                // "чтобы на ней ничего не было", "χωρίς τίποτα πάνω της", "בלי כלום עליה": nothing worn (session 15).
                if ((tags & WordTags.NothingWord) != 0 && !token.Has(TokenFlags.Cjk))
                {
                    ClothingState.TryNothingOn(text, i, lexicons.Prompt, into);
                }

                otherScripts = true;

                // A role in another script (актриса, ηθοποιός, अभिनेत्री) corroborates a full name of that script as a Latin one does;
                // Cyrillic and Greek write names with capitals, so a capitalised pair beside the role is a public figure.
                if ((tags & WordTags.PublicRole) != 0 && !token.Has(TokenFlags.Cjk))
                {
                    publicRole = true;
                    TryRoleApposition(text, i, lexicons.People, into);
                    PlatformRoles.TryAfterRole(text, i, lexicons.People, into);
                }

                // 유튜버 쯔양, 主播 小美, コスプレイヤーのえなこ: a platform role in Han, kana or Hangul and the name after it.
                if (token.Has(TokenFlags.Cjk))
                {
                    ClothingState.TryCjkSheer(text, i, into); // 让她的裙子变得透明: a garment made sheer (session 14)
                    UndressGrammar.TryCjkField(text, i, into); // 服装：なし, 의상: 없음: a clothing field set to nothing (session 16)

                    PlatformRoles.TryCjk(text, i, into);

                    // 직장 동료, 옷 지워줘, 수영복 없이: two spaced Korean words no joined term holds; BJ 감스트, a streamer.
                    if (Scripts.IsHangulSyllable(text.TextOf(in token)[0]))
                    {
                        KoreanPairs.TryAt(text, i, into);
                        PlatformRoles.TryLatinRoleBeforeHangul(text, i, into);
                    }
                }

                // An office and a capitalised word after it, Cyrillic or Greek (президент России, πρόεδρος Παπαδόπουλος).
                if ((tags & WordTags.Title) != 0 && i + 1 < n && IsNameShaped(text, in text[i + 1], lexicons.People)
                    && OnlySpaceBetween(text.Source, token.SourceEnd, text[i + 1].SourceStart))
                {
                    Emit(text, i, i + 1, into);
                }

                // Spaced scripts (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul…) describe people with words too: "моя коллега", "η συνάδελφός μου".
                if (!token.Has(TokenFlags.Cjk) || Scripts.IsHangulSyllable(text.TextOf(in token)[0]))
                {
                    TryDescriptions(text, i, tags, into);
                }

                // "победительница «Фабрики звёзд» 2004": a winner word and a year.
                if (!token.Has(TokenFlags.Cjk))
                {
                    EventWinners.TryAt(text, i, into);
                }

                // "одногруппница Катя": a relation of a cased script and a capitalised given name after it.
                if ((tags & WordTags.RelationNoun) != 0 && !token.Has(TokenFlags.Cjk))
                {
                    RelationNames.TryAt(text, i, lexicons.People, lexicons.Prompt, into);
                }

                continue;
            }

            // Roles and verbs count even when a term consumed them (wife is an adult term; strip a sexual one).
            if ((tags & WordTags.RoleNoun) != 0)
            {
                TryRole(text, i, into);
                PlatformRoles.TryWorkClause(text, i, into);
            }

            if ((tags & WordTags.UndressVerb) != 0 || IsSeeThrough(text, i))
            {
                TryUndress(text, i, i + 1, into);
            }

            if ((tags & (WordTags.Clothing | WordTags.ChangeVerb)) != 0)
            {
                UndressGrammar.Detect(text, i, lexicons.Prompt, into);
            }

            if ((tags & WordTags.NudityState) != 0)
            {
                ClothingState.TryNothingBut(text, i, into); // "wearing nothing but a smile" (session 14)
            }

            if ((tags & WordTags.NothingWord) != 0)
            {
                ClothingState.TryNothingOn(text, i, lexicons.Prompt, into); // "чтобы на ней ничего не было", "pod spodem nic" (session 15)
            }

            if ((tags & WordTags.EverythingWord) != 0)
            {
                TryEverythingBeforeVerb(text, i, into); // "take everything off him", "her şeyi çıkar" (session 22)
            }

            // The memo's class bit: most words ending in -s or -z are known to hold no garment before a suffix of lack.
            if (token.MayBe(WordShape.GarmentLess))
            {
                if (text.TextOf(in token) is [.., 'z'])
                {
                    ClothingState.TryGarmentLess(text, i, lexicons.Prompt, into); // Turkish sütyensiz: "without a bra"
                }
                else if (text.TextOf(in token) is [.., 's'])
                {
                    ClothingState.TryLessSuffix(text, i, lexicons.Prompt, into); // shirtless, broekloos, hosenlos (session 16)
                }
            }

            if (token.MayBe(WordShape.SeparableVerb)) // the memo's class bits: most words are known to start neither shape
            {
                SeparableUndress.TryAt(text, i, into);
            }

            if ((tags & WordTags.PublicRole) != 0)
            {
                publicRole = true;
                TryRoleApposition(text, i, lexicons.People, into);
                PlatformRoles.TryAfterRole(text, i, lexicons.People, into);
                PlatformRoles.TryWorkClause(text, i, into);
            }

            if ((tags & WordTags.Title) != 0)
            {
                TryDefiniteOffice(text, i, into);
            }

            if (token.MayBe(WordShape.TwoWordRole))
            {
                TwoWordRoles.TryAt(text, i, into);
            }

            // Both read only beside a sexual signal (EventWinners.TryAt, VietnameseGivenNames.TryAt test it first): tested here, no
            // call at each word of a benign prompt (session 27).
            var sexual = into.Has(Signal.Sexual);
            if (sexual)
            {
                EventWinners.TryAt(text, i, into);
            }

            if ((tags & WordTags.Matched) != 0)
            {
                continue;
            }

            // A Tagalog personal article before a two-word name: "hubad na si Maricel Dimaculangan" (session 31).
            if (sexual && PersonalArticles.MayBeArticle(in token))
            {
                PersonalArticles.TryAt(text, i, lexicons.People, into);
            }

            if ((tags & WordTags.Title) != 0)
            {
                TryTitledSurname(text, i, lexicons.People, into);
            }

            if ((tags & WordTags.NameAnchor) == 0 || !TryTypedName(text, i, lexicons.People, into))
            {
                TryDoublyTypedName(text, i, lexicons.People, into);
            }

            // A Polish pet form no list holds (Kasia, Gosia, Zosia) stands for a given name before a capitalised surname (session 25).
            // Its -ia ending is tested here, before the call (session 27): most words do not end so.
            var petForm = (tags & WordTags.GivenName) == 0 && text.TextOf(in token) is [_, _, .., 'i', 'a'] && IsPolishPetForm(text, i, lexicons.People);
            if (!(((tags & WordTags.GivenName) != 0 || petForm) && (TryFullName(text, i, lexicons.People, lexicons.Prompt.EnglishLanguage, into) || (!petForm && ParticleNames.TryAt(text, i, lexicons.People, into)))))
            {
                // WorldNameShapes.TryAt reads a pair of capitalised words from here: a word not written with a capital starts none
                // (MayStartAt, its own first test, inlined), so most words cost no call (session 30, speed36).
                if (!(WorldNameShapes.MayStartAt(text, in token) && WorldNameShapes.TryAt(text, i, lexicons.People, into)) && sexual
                    && !VietnameseFullNames.TryAt(text, i, into) // "Quách Thị Lan làm tình", "Kiều Mỹ Duyên cởi trần" (session 35)
                    && !VietnameseGivenNames.TryAt(text, i, into)) // "Thu Trang khỏa thân"
                {
                    _ = WorldNameShapes.TryUnlistedGivenPair(text, i, lexicons.People, into) // "naked Suranne Jones", "Rebecka Hemse onanerar" (session 30)
                        || WorldNameShapes.TryUnlistedParticleName(text, i, lexicons.People, into) // "het model is Jette van der Meij" (session 33)
                        || NameShapeSubjects.TryAt(text, i, lexicons.People, into) // "nude photo of Corisande Marsh", "Bryony Frost, …" (session 33, namesshape41s)
                        || ParticipantNames.TryAt(text, i, lexicons.People, into) // "an erotic scene between … and a stranger" (session 41, latnames49)
                        || ParticipantNames.TryRecipient(text, i, lexicons.People, into); // "en kvinna ger … en avsugning"
                }
            }

            if ((tags & WordTags.Possessive) != 0)
            {
                TryRelation(text, i, into);
            }

            if ((tags & WordTags.RelationNoun) != 0)
            {
                TryPossessiveAfter(text, i, into);
                RelationNames.TryAt(text, i, lexicons.People, lexicons.Prompt, into);
            }

            // "bạn cùng lớp tên Linh": a friend named by "tên" (named).
            if (token.Length == 3 && text.TextOf(in token) is "ten")
            {
                RelationNames.TryVietnameseNamed(text, i, lexicons.People, into);
            }

            if (text.TextOf(in token)[0] == '@')
            {
                TryHandle(text, i, lexicons.Prompt, into);
            }
        }

        PlatformRoles.TryHandles(text, lexicons.People, into);

        // "Chris from Coldplay", "juliana do bbb", "Coldplay's Chris": a given name beside a listed group (session 16), and a
        // one-edit typo of a one-word stage name ("zendya"); both only beside a sexual or undressing signal.
        if (PlatformRoles.Matters(into))
        {
            GroupNames.Detect(text, lexicons.People, into);
            StageNameTypos.Detect(text, lexicons.People, into);
            SeatCouples.Detect(text, lexicons, into); // "Joe and Jill naked in the White House"
            InflectedNames.Detect(text, lexicons.Prompt, lexicons.People, into); // "Julii Wieniawy", "Reid, Susanna", "Anna K." (session 21)
            ArticlelessRoles.Detect(text, into); // "trummisen i Ghost", "İzmir belediye başkanı" (session 21)
            StageNames.Detect(text, lexicons.Prompt, into); // "Elodie nuda" in Italian, "설현 알몸" (session 22)
            OneWordNames.Detect(text, lexicons.People, into); // "Kotenok666", "Bà Hạnh Vlog", "탁튜브", "阿柚" by shape and place (session 41)
            FramedNames.ReadPair(text, lexicons.People, into); // "Chiara Bonfadini su OnlyFans, nuda" (session 31)
        }

        if (otherScripts)
        {
            OtherScriptNames.Match(text, lexicons.People.ScriptNames, into, lexicons.People);
            HanNameBoundary.Check(text.Source, lexicons.People, into);
            ScriptFullNames.Match(text, lexicons.Prompt, lexicons.People, into);
            CaselessScriptNames.Match(text, lexicons.Prompt, lexicons.People, into);
            ClauseSubjectNames.Match(text, lexicons.People, into); // a name where the clause's subject stands (session 32)
            GreekArticleNames.Match(text, into); // "τόπλες η Γλυκερία", "της Ράνια Τζίμα" (session 35, namesrtl43)
            CjkPersonNames.Match(text, lexicons.People, publicRole, into);
        }

        FictionalNames.DropLikelyOverlapping(into);

        // A likely name that is a phrase of ordinary words or a place (mata ditutup, คุณยายขายพวงมาลัยหน้าวัด, bên Hồ Gươm).
        OrdinaryPhrases.DropLikely(text, into);

        // A caseless-script pair no list vouches for, in a prompt whose subject a noun names: the scene or a description (session 38).
        DescribedSubjects.DropLikely(text, into);

        // A likely name among drawn people (cartoon, anime, Pixar) is a character, unless a public role says it is someone.
        if (!publicRole)
        {
            FictionalNames.DropLikelyInFiction(text, into);
        }

        // A full personal name in a prompt that also names a public role ("…, Turkish actress, nude", "актриса …") is a
        // public figure, not an invented character: it becomes a real-person hint (docs/categories.md, the likely-person rule).
        if (publicRole && into[Signal.RealPersonLikely] is { IsPresent: true, Field: PromptField.Prompt } likely)
        {
            into.Add(Signal.RealPersonHint, likely.Term, 2, likely.SourceStart, likely.SourceEnd, PromptField.Prompt);
        }

        // A platform role given to an invented person (an influencer, influencer, 28) singles no one out (session 20).
        InventedRoles.DropInvented(text, into);

        // A likely name in a public frame (a broadcast, a stage, a premiere, a sex tape, a fan platform) is singled out by it
        // (session 31, i16-frames38); only beside sexual content, after the drops above.
        if (PlatformRoles.Matters(into))
        {
            FramedNames.SingleOut(into);
            FaceFrames.Read(text, lexicons.People, into); // "la maja desnuda con la cara de Marga Prohens" (session 31, i16-people38)
        }

        // The last resort (session 41, i16-subjectless49): a sexual prompt with no one else in it is about the capitalised name no
        // reader took; likely only (review under mature), after every name reader and its drops.
        SubjectlessNames.Read(text, lexicons, into);
        CasedSubjectlessNames.Read(text, lexicons, into); // the same for Cyrillic and Greek capitals, Latin handles in their prompts (session 42, i16-cyrgreek50)

        // Its counterpart in Chinese, Japanese and Korean (session 42, i16-cjk50): a name-slot piece no reader took, or the named
        // partner's other in a with-frame (和男人, 男と, 남자와); likely only.
        if (otherScripts)
        {
            CjkSubjectlessNames.Read(text, lexicons, into);
        }

        // Its twin for the caseless scripts other than CJK (session 42, i16-caseless50): a run of two or three words of Arabic,
        // Persian, Hebrew, Devanagari, Bengali or Thai that no list knows, where the subject stands, in a prompt with no one else.
        CaselessSubjectlessNames.Read(text, lexicons, into);

        // One word the last-resort readers refuse by its writing (session 44, i16-caps52): a stage name in capitals (Latin, Cyrillic,
        // Greek) or a Latin handle among another script's words, where only a person stands; likely only.
        CapitalStageNames.Read(text, lexicons, into);

        // One Latin word as the bearer of a nudity state, opening the prompt or a tag (session 45, i16-oneword53): "X topless in …".
        StateAgentNames.Read(text, lexicons, into);

        // Offices singled out by a place or by current/former in every language's word order (現在の日本の首相).
        OfficeHolders.Detect(text.Source, lexicons, into);

        // A person of the user's home singled out by where they live (the woman upstairs, соседка сверху, 楼上的女人; session 43).
        DwellingNeighbours.Detect(text.Source, into);
        FalseFriends.BesidePerson(text, lexicons.People, into);
    }

    /// <summary>
    /// "the German chancellor", "the new Spanish prime minister", "der Bundeskanzler", "la presidenta": an office with a
    /// definite article before it, at most three words between, has one holder, a real person.
    /// </summary>
    private static void TryDefiniteOffice(TokenizedText text, int i, SignalSummary into)
    {
        // "the chancellor's garden": the office names whose thing it is; "the chancellor's naked body" still names the person.
        if (i + 2 < text.SequenceCount && text.TextOf(in text[i + 1]) is "s" && text[i + 1].Has(TokenFlags.Joined) && (text[i + 2].Tags & WordTags.Matched) == 0)
        {
            return;
        }

        var article = DeterminerBefore(text, i, reach: 4, stopAtTermOrDigit: true);
        if (article >= 0)
        {
            Emit(text, article, i, into);
        }
    }

    /// <summary>
    /// The nearest "the" or other determiner at most <paramref name="reach"/> words before token <paramref name="i"/>,
    /// with only spaces between the words walked; -1 when punctuation comes first, or (with
    /// <paramref name="stopAtTermOrDigit"/>) a digit, leet symbol, CJK word or matched term.
    /// </summary>
    private static int DeterminerBefore(TokenizedText text, int i, int reach, bool stopAtTermOrDigit)
    {
        for (var j = i - 1; j >= Math.Max(0, i - reach); j--)
        {
            WorkCounter.Add(1);
            if (!OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart))
            {
                return -1;
            }

            if (text.TextOf(in text[j]) is "the" || (text[j].Tags & WordTags.Determiner) != 0)
            {
                return j;
            }

            if (stopAtTermOrDigit && ((text[j].Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Cjk)) != 0 || (text[j].Tags & WordTags.Matched) != 0))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A capitalised two-word name written right beside a public role, before it ("Hande Ercel, the Turkish actress")
    /// or after it ("K-pop idol Kim Jisoo"), with at most two (after) or three (before) other words between: a public figure even when its
    /// given name is in no list. Both words letters only, 2+ letters, no common word, no term, written with capitals.
    /// </summary>
    private static void TryRoleApposition(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var n = text.SequenceCount;
        for (var j = i + 1; j < n && j <= i + 3; j++)
        {
            WorkCounter.Add(1);
            if (NamePairEnd(text, j, people) is var end and > 0)
            {
                // A coast or shore after the role is where it stands ("Schwimmerin, 32, am Ufer des Starnberger Sees",
                // "nadadora … en la Costa Brava"), not who it is (session 31).
                if (OrdinaryPhrases.OpensWithLatinPlaceNoun(text.Source.AsSpan(text[j].SourceStart, text[end].SourceEnd - text[j].SourceStart)))
                {
                    return;
                }

                Emit(text, j, end, into);
                return;
            }

            if (IsSingleName(text, j, people, rightAfterRole: j == i + 1))
            {
                Emit(text, j, j, into);
                return;
            }

            if (!IsFiller(text, j))
            {
                break;
            }
        }

        for (var j = i - 2; j >= 0 && j >= i - 5; j--)
        {
            WorkCounter.Add(1);
            if (NamePairEnd(text, j, people) is var end and > 0 && end < i)
            {
                Emit(text, j, end, into);
                return;
            }

            if (IsNameInApposition(text, j, people))
            {
                Emit(text, j, j, into);
                return;
            }

            if (!IsFiller(text, j + 1))
            {
                break;
            }
        }
    }

    /// <summary>
    /// "Sinner, the italian tennis player": one capitalised name of four letters or more opening its phrase, a comma, then
    /// a definite article that opens the role's phrase. The apposition says who the name is; without the article ("Rome,
    /// tennis player") it is a list.
    /// </summary>
    private static bool IsNameInApposition(TokenizedText text, int j, PeopleLexicon people)
    {
        if (j + 1 >= text.SequenceCount || text[j].Length < 4 || !IsNameShaped(text, in text[j], people)
            || (j > 0 && OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart))
            || (text.TextOf(in text[j + 1]) is not "the" && (text[j + 1].Tags & WordTags.Determiner) == 0))
        {
            return false;
        }

        var commas = 0;
        for (var k = text[j].SourceEnd; k < text[j + 1].SourceStart; k++)
        {
            if (text.Source[k] == ',')
            {
                commas++;
            }
            else if (!char.IsWhiteSpace(text.Source[k]))
            {
                return false;
            }
        }

        return commas == 1;
    }

    /// <summary>A word that may stand between a name and its role ("the", "famous", "Turkish"): any word no term consumed.</summary>
    private static bool IsFiller(TokenizedText text, int j) => (text[j].Tags & WordTags.Matched) == 0;

    /// <summary>
    /// The last word of a capitalised name starting at <paramref name="j"/>: two name-shaped words, or two with a
    /// lower-case surname particle between (Camila da Rocha, Femke de Wit, Marisa dos Anjos); -1 when none.
    /// </summary>
    private static int NamePairEnd(TokenizedText text, int j, PeopleLexicon people)
    {
        var n = text.SequenceCount;
        if (j + 1 >= n || !IsNameShaped(text, in text[j], people) || !OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart))
        {
            return -1;
        }

        if (IsNameShaped(text, in text[j + 1], people))
        {
            return j + 1;
        }

        // "Karol G", "Cardi B": a stage name ending in one capital letter, then a term, punctuation or the end.
        if (IsInitialEndingName(text, j + 1))
        {
            return j + 1;
        }

        return j + 2 < n && IsSurnameParticle(text, j + 1) && IsNameShaped(text, in text[j + 2], people, afterParticle: true)
            && OnlySpaceBetween(text.Source, text[j + 1].SourceEnd, text[j + 2].SourceStart) ? j + 2 : -1;
    }

    private static bool IsInitialEndingName(TokenizedText text, int j)
    {
        ref var token = ref text[j];
        return token.Length == 1 && char.IsAsciiLetterUpper(text.Source[token.SourceStart])
            && (j + 1 >= text.SequenceCount || (text[j + 1].Tags & WordTags.Matched) != 0 || !OnlySpaceBetween(text.Source, token.SourceEnd, text[j + 1].SourceStart));
    }

    /// <summary>A particle inside a family name, written in lower case (da, de, dos, van, von, di, del, bin, binti).</summary>
    private static bool IsSurnameParticle(TokenizedText text, int j) =>
        !char.IsUpper(text.Source[text[j].SourceStart])
        && ((text[j].Tags & WordTags.RoleConnector) != 0 || text.TextOf(in text[j]) is "de" or "da" or "dos" or "das" or "do" or "van" or "von" or "di" or "del" or "bin" or "binti" or "ter" or "ten");

    /// <summary>
    /// One capitalised name of five letters or more right after a role, then nothing or a term or punctuation
    /// ("Indonesian singer Ayuningtyas naked", "penyanyi Rossalinda bugil"): many people go by one name.
    /// </summary>
    /// <param name="rightAfterRole">
    /// Written right after the role, a capital says name even for a word of the common-word list ("il tennista Sinner nudo",
    /// "the singer Rose"): a common noun there would be written in lower case.
    /// </param>
    private static bool IsSingleName(TokenizedText text, int j, PeopleLexicon people, bool rightAfterRole = false)
    {
        ref var token = ref text[j];
        // Five letters or more (shorter words are too often ordinary ones), four right after the role (die Sängerin Lena).
        if (token.Length < (rightAfterRole ? 4 : 5) || !IsNameShaped(text, in token, people, afterParticle: rightAfterRole && token.Languages == 0))
        {
            return false;
        }

        // Right after a role, a capitalised word and then a word in lower case ("tenistka Plíšková ve sprše", "singer
        // Ayuningtyas in the shower"): the capital ends there, so the name is that one word (session 20), unless it is a noun
        // German capitalises (IsOneWordNameAfterRole). Caseless scripts have no lower case and never count.
        return j + 1 >= text.SequenceCount || (text[j + 1].Tags & WordTags.Matched) != 0
            || !OnlySpaceBetween(text.Source, token.SourceEnd, text[j + 1].SourceStart)
            || (rightAfterRole && StartsLowerCase(text, j + 1) && IsOneWordNameAfterRole(text, j, people, minLength: 4, afterParticle: token.Languages == 0));
    }

    /// <summary>
    /// Whether the word <paramref name="j"/>, right after a role (word <paramref name="j"/> - 1), can be a one-word name by its
    /// shape (<see cref="PlatformRoles"/>' accounts and the single names of <see cref="TryRoleApposition"/>): <paramref name="minLength"/>
    /// letters or more, name-shaped (<see cref="IsNameShaped"/>), and not a noun that German capitalises: a capitalised role
    /// and then a capitalised frequent ordinary word ("eine Streamerin Mitte zwanzig", in her mid-twenties) says noun, not
    /// name. A role in lower case before a capital keeps the name reading even for an ordinary word ("la chanteuse Pomme nue").
    /// </summary>
    /// <param name="afterParticle">A common word counts as a name too (<see cref="IsNameShaped"/>).</param>
    internal static bool IsOneWordNameAfterRole(TokenizedText text, int j, PeopleLexicon people, int minLength, bool afterParticle = false) =>
        text[j].Length >= minLength && IsNameShaped(text, in text[j], people, afterParticle)
        && !(j > 0 && char.IsUpper(text.Source[text[j - 1].SourceStart]) && OrdinaryPhrases.IsOrdinaryWord(text.TextOf(in text[j])));

    private static bool StartsLowerCase(TokenizedText text, int j) =>
        !text[j].Has(TokenFlags.Cjk) && char.IsLower(text.Source[text[j].SourceStart]);

    /// <summary>
    /// Letters only, 2+, capitalised, no term, role or common word: Latin, or the other cased scripts (Cyrillic,
    /// Greek) when the word is no stop word of a language.
    /// </summary>
    /// <param name="afterParticle">Capitalised after a lower-case particle, a common word is a family name too (de Wit, dos Santos).</param>
    internal static bool IsNameShaped(TokenizedText text, in Token token, PeopleLexicon people, bool afterParticle = false)
    {
        var word = text.TextOf(in token);
        var otherCased = token.Has(TokenFlags.NonLatin) && word[0] is >= '\u0370' and <= '\u03FF' or >= '\u0400' and <= '\u052F' && token.Languages == 0;
        return token.Length >= 2
            && (token.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.Cjk)) == 0
            && (!token.Has(TokenFlags.NonLatin) || otherCased)
            && (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) == 0
            && char.IsUpper(text.Source[token.SourceStart])
            && (afterParticle || !people.IsCommonWord(word));
    }

    /// <summary>
    /// "President Macron", "Chancellor Scholz", "prime minister Modi": a title and a surname-shaped word right after it
    /// (letters only, 3+ letters, no common word, given name or term) single out one officeholder.
    /// </summary>
    private static void TryTitledSurname(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        if (i + 1 >= text.SequenceCount)
        {
            return;
        }

        ref var next = ref text[i + 1];
        if (next.Length < 3 || (next.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) != 0
            || (next.Tags & (WordTags.Matched | WordTags.GivenName | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun | WordTags.PublicRole | WordTags.Title)) != 0
            || !OnlySpaceBetween(text.Source, text[i].SourceEnd, next.SourceStart)
            || people.IsCommonWord(text.TextOf(in next)))
        {
            return;
        }

        Emit(text, i, i + 1, into);
    }

    /// <summary>A protected name with a typo or two (rule: <see cref="NameFuzzyIndex"/>), tried from its exact first or last word.</summary>
    private static bool TryTypedName(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        var names = people.FuzzyNames;
        var anchor = text.TextOf(in text[i]);
        if (i + 1 < text.SequenceCount && names.Candidates(anchor, '>', text.TextOf(in text[i + 1])[0], text[i].Known) is { } after)
        {
            foreach (var name in after)
            {
                WorkCounter.Add(1);
                if (TryAlign(text, i, name, people, into))
                {
                    return true;
                }
            }
        }

        if (i > 0 && names.Candidates(anchor, '<', text.TextOf(in text[i - 1])[0], text[i].Known) is { } before)
        {
            foreach (var name in before)
            {
                WorkCounter.Add(1);
                if (i - name.Words.Length + 1 >= 0 && TryAlign(text, i - name.Words.Length + 1, name, people, into))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryAlign(TokenizedText text, int first, FuzzyName name, PeopleLexicon people, SignalSummary into)
    {
        if (first + name.Words.Length > text.SequenceCount)
        {
            return false;
        }

        var letters = 0;
        foreach (var w in name.Words)
        {
            letters += w.Length;
        }

        var budget = letters >= NameFuzzyIndex.MinTwoEditNameLetters ? 2 : 1;
        var edits = 0;
        var editedWords = 0;
        var commonTypo = false;
        var distinctiveExact = false;
        var distinctiveTyped = false;
        for (var k = 0; k < name.Words.Length; k++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[first + k];
            var typed = text.TextOf(in token);
            var word = name.Words[k];
            if (typed.SequenceEqual(word))
            {
                distinctiveExact |= word.Length >= NameFuzzyIndex.MinDistinctiveLetters && !people.IsCommonWord(typed);
                continue;
            }

            if ((token.Tags & WordTags.Matched) != 0 || typed.IsEmpty || typed[0] != word[0]
                || (k > 0 && !OnlySpaceBetween(text.Source, text[first + k - 1].SourceEnd, token.SourceStart)))
            {
                return false;
            }

            // A doubled or undoubled letter (Foxx, Bhat, Kaiff) is one edit at any length; any other typo needs a long
            // enough word and name (session 14: short names were not indexed at all before).
            int distance;
            if (NameFuzzyIndex.IsDoubling(typed, word))
            {
                distance = 1;
                if (budget - edits < 1)
                {
                    return false;
                }
            }
            else
            {
                if (word.Length < NameFuzzyIndex.MinEditedLetters || letters < NameFuzzyIndex.MinNameLetters)
                {
                    return false;
                }

                var wordBudget = Math.Min(budget - edits, word.Length >= NameFuzzyIndex.MinTwoEditWordLetters ? 2 : 1);
                distance = wordBudget <= 0 ? 1 : NameFuzzyIndex.EditDistance(typed, word, wordBudget);
                if (distance > wordBudget)
                {
                    return false;
                }
            }

            edits += distance;
            editedWords++;
            var common = people.IsCommonWord(typed);
            commonTypo |= common;
            distinctiveTyped |= !common && typed.Length >= NameFuzzyIndex.MinDistinctiveLetters;
        }

        // Written exactly, the matcher had its chance (a term consumed it). A typo that spells a common word
        // (Scarlet, Grandee) counts only beside a distinctive word (Johansson, or with a typo of its own Johanson:
        // 6+ letters, no common word), never beside Emma (Emma Stoned).
        if (edits == 0 || (commonTypo && !distinctiveExact && !(editedWords > 1 && distinctiveTyped)))
        {
            return false;
        }

        into.Add(Signal.RealPerson, name.Entry.Term, name.Entry.Level, text[first].SourceStart, text[first + name.Words.Length - 1].SourceEnd, PromptField.Prompt);
        return true;
    }

    /// <summary>
    /// A protected name with a typo in each of its first two words ("Scarlet Johanson"): no word is written exactly,
    /// so it is looked up by the first two letters of both (<see cref="NameFuzzyIndex.CandidatesByInitials"/>).
    /// </summary>
    /// <remarks>
    /// Asked of nearly every unmatched word: the tests of the two words' shapes and the remembered pair are inlined into the
    /// people loop, so a pair already known to fit no name costs no call (session 16).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool TryDoublyTypedName(TokenizedText text, int i, PeopleLexicon people, SignalSummary into)
    {
        if (i + 1 >= text.SequenceCount)
        {
            return false;
        }

        ref var token = ref text[i];
        ref var next = ref text[i + 1];
        const TokenFlags NotWords = TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk;
        if (token.Length < NameFuzzyIndex.MinEditedLetters - 1 || next.Length < NameFuzzyIndex.MinEditedLetters - 1
            || ((token.Flags | next.Flags) & NotWords) != 0 || (next.Tags & WordTags.Matched) != 0)
        {
            return false;
        }

        // A pair of words met before and found to fit no name by the two words alone (the matcher's memo keeps the last such
        // next word of each word): one comparison instead of the initials table and the group's masks.
        var (known, nextKnown) = (token.Known, next.Known);
        WorkCounter.Add(1);
        if (known is not null && nextKnown is not null && known.IsNoTypedNameBefore(nextKnown))
        {
            return false;
        }

        return TryDoublyTypedNameByInitials(text, i, people, into, known, nextKnown);
    }

    /// <summary>The rest of <see cref="TryDoublyTypedName"/>: the names sharing the pair's initials, turned away by their letters or aligned.</summary>
    private static bool TryDoublyTypedNameByInitials(TokenizedText text, int i, PeopleLexicon people, SignalSummary into, KnownWord? known, KnownWord? nextKnown)
    {
        ref var token = ref text[i];
        ref var next = ref text[i + 1];
        if (people.FuzzyNames.CandidatesByInitials(text.TextOf(in token), text.TextOf(in next)) is not { } names
            || !names.MayAlignAny(token.Length, next.Length))
        {
            NoteNoTypedName(known, nextKnown);
            return false;
        }

        // Most pairs are ordinary words: the letter masks turn their candidates away before any alignment (InitialsGroup).
        var first = text.TextOf(in token);
        var second = text.TextOf(in next);
        var (firstMask, secondMask) = (NameFuzzyIndex.LetterMask(first), NameFuzzyIndex.LetterMask(second));
        var candidate = false;
        for (var k = 0; k < names.Names.Length; k++)
        {
            WorkCounter.Add(1);
            if (names.MayAlign(k, first, firstMask, second, secondMask))
            {
                candidate = true;
                if (TryAlign(text, i, names.Names[k], people, into))
                {
                    return true;
                }
            }
        }

        // Only a pair no name fits by its words is remembered: an alignment that failed may have read the context.
        if (!candidate)
        {
            NoteNoTypedName(known, nextKnown);
        }

        return false;
    }

    /// <summary>Remembers a pair of words that fits no doubly typed name by the words alone (both kept by the memo).</summary>
    private static void NoteNoTypedName(KnownWord? known, KnownWord? nextKnown)
    {
        if (known is not null && nextKnown is not null)
        {
            known.NoteNoTypedNameBefore(nextKnown);
        }
    }

    /// <summary>
    /// A given name followed by a surname-shaped word: letters only, three or more, neither a common word nor a
    /// given name nor part of a term, written right after the given name (a space, no comma). A given name that
    /// is also a common word (Rose, Grace, Will) only counts when both words are capitalised.
    /// </summary>
    [ThreadStatic]
    private static LanguageEvidence.LanguageMemo? t_pairLanguages;

    /// <param name="english">The English language bit (<see cref="TermIndex.EnglishLanguage"/>).</param>
    /// <summary>
    /// A Polish pet form of a given name (Kasia, Basia, Gosia, Zosia, Hania: a soft -sia, -zia, -cia or -nia ending), capitalised,
    /// four to seven ASCII letters, no term, stop word or common word (Russia, Asia are common words), and the next word
    /// capitalised too: read as a given name by <see cref="TryFullName"/>, which checks the surname (session 25).
    /// </summary>
    private static bool IsPolishPetForm(TokenizedText text, int i, PeopleLexicon people)
    {
        ref var token = ref text[i];
        var word = text.TextOf(in token);

        // The ending first (session 27, i16-speed31): most words do not end in -ia, and those three characters are the cheapest
        // of the tests below (the same tests, reordered: a pure condition; -sia, -zia, -cia and -nia are compared again below).
        if (word.Length is < 4 or > 7 || word[^1] != 'a' || word[^2] != 'i' || token.Languages != 0 || (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun)) != 0
            || !char.IsUpper(text.Source[token.SourceStart]) || i + 1 >= text.SequenceCount || !char.IsUpper(text.Source[text[i + 1].SourceStart])
            || !(word.EndsWith("sia", StringComparison.Ordinal) || word.EndsWith("zia", StringComparison.Ordinal) || word.EndsWith("cia", StringComparison.Ordinal) || word.EndsWith("nia", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return !people.IsCommonWord(word) && !OrdinaryPhrases.IsOrdinaryWord(word) && !OrdinaryWords.ContainsInflected(word);
    }

    private static bool TryFullName(TokenizedText text, int i, PeopleLexicon people, ulong english, SignalSummary into)
    {
        if (i + 1 >= text.SequenceCount)
        {
            return false;
        }

        ref var given = ref text[i];
        if (TermMatcher.IsArtistCredit(text, i, 2, FullNameProbe))
        {
            return false; // an artist credit ("by Greg Rutkowski"), not the person depicted
        }

        ref var next = ref text[i + 1];

        // A given name of the cultures read only in Latin letters (latinGivenNames: Toyin, Iyabo, Shabnam), capitalised, may
        // be followed by a surname that is also a given name elsewhere (Toyin Abraham): Nigerian, Egyptian and Indonesian
        // family names often are. English pairs of given names (Mary Jane) still need a surname, and so does a first word
        // that is also in the transliterated lists (Mai Omar).
        // A word that is also a common family name (Kelly, Thomas, Morgan) is a surname after any capitalised given name
        // (Chloe Kelly), both capitalised: batch 28 allowed such names with nudity (session 24).
        var bothCapitals = char.IsUpper(text.Source[given.SourceStart]) && char.IsUpper(text.Source[next.SourceStart]);
        // Session 31 (i16-namescased38): so may any given name when the pair is a sexual prompt's only subject beside its term or
        // a whole tag (Hilary Barry topless, Ulrike Frank komplett nackt, "Jacinta Allan, black lace lingerie"): Mary Jane and
        // Santa Monica stand among other words there (a person word, a place preposition) or are read as what they are later.
        var surnameMayBeGiven = bothCapitals
            && ((given.Tags & (WordTags.GivenName | WordTags.TransliteratedGivenName)) == WordTags.GivenName || GivenFamilyNames.Contains(text.TextOf(in next))
                || SubjectNamePairs.IsSoleSubjectBesideTerm(text, i, into));
        // Session 41: an occupational family name that is also a role or relation noun (Emma King, Sarah Bishop, Laura Judge, Ana
        // Pastor), capitalised right after a listed capitalised given name that is no ordinary word, not in Title Case, in a
        // sexual prompt naming no one else (no person word, no adult term): the pair is the only one the sexual content can be
        // about, and a writer who means the role writes it before the name or with an article ("the pastor", "Pastorin Anna").
        // Such pairs had been refused outright by the role and relation tags (sealed batch 49, read after its figures).
        // The pair is a sexual prompt's only subject, written as a name: both capitalised, not in Title Case, a listed given name
        // that is no ordinary word, no person word or adult term beside it, the second word no place noun (shared by the role and
        // ordinary-word family names below).
        var soleSexualPair = bothCapitals && next.Length >= 4 && into.Has(Signal.Sexual) && !into.DepictsPeople && !into.Has(Signal.Adult)
            && (given.Tags & WordTags.GivenName) != 0 && !people.IsCommonWord(text.TextOf(in given)) && !OrdinaryPhrases.IsOrdinaryWord(text.TextOf(in given))
            && CapitalisedMidSentence(text, i) && !CapitalisedSurnames.IsPlaceNoun(text.TextOf(in next));
        var roleFamily = soleSexualPair && (next.Tags & (WordTags.RoleNoun | WordTags.RelationNoun)) != 0
            && (next.Tags & (WordTags.Matched | WordTags.PersonWord)) == 0 && next.Languages == 0;
        var notSurname = WordTags.Matched | WordTags.PersonWord | (roleFamily ? WordTags.None : WordTags.RoleNoun | WordTags.RelationNoun)
            | (surnameMayBeGiven ? WordTags.None : WordTags.GivenName);

        // A family name that is also an ordinary word (Berg, Strand, Stone, Wolf, Fontana) after a capitalised given name that
        // is itself no ordinary word, both capitalised: a surname (Carina Berg, Gemma Stone; session 27). Read only for a listed
        // given name and only when the ordinary-word check would refuse the pair: no cost on other words.
        var familyWord = bothCapitals && (given.Tags & WordTags.GivenName) != 0 && next.Length >= 4
            && people.IsCommonWord(text.TextOf(in next)) && !people.IsCommonWord(text.TextOf(in given))
            && FamilyNameWords.Contains(text.TextOf(in next));

        // Any other ordinary word capitalised mid-sentence right after such a given name, in a prompt with sexual content
        // (Beth Mead, Millie Bright, Lucy Bronze: family names faker does not list), is a surname too: a writer capitalises a
        // common word there only as a name. Not in Title Case (a capitalised word on either side of the pair: a heading, a
        // brand or a place written so), not a place or landscape noun (Victoria Park, Diana Temple), and the given name no
        // ordinary word itself (Rose Garden, Summer Beach, Eve Online stay words; session 29, i16-names33).
        // The pair must be the prompt's only subject (no person word or adult term: "topless woman at the Wallace Collection",
        // "nude woman near Jackson Hole" name a place), and no -ly adjective (Miranda Priestly, a character) is a surname here.
        familyWord = familyWord || (soleSexualPair && !text.TextOf(in next).EndsWith("ly", StringComparison.Ordinal)
            && (next.Tags & notSurname) == 0 && next.Languages == 0 && people.IsCommonWord(text.TextOf(in next)));

        // Session 41 (i16-latnames49): a family name written with letters its folded twin lacks (Kronér, not kroner; Háma) is no
        // word of the language that writes the twin; and a number word capitalised mid-sentence right after a listed given name
        // (Federico Quaranta, Ludovica Cento, Bronagh Seven), in a sexual prompt, is a family name: a writer capitalises a number
        // there only as a name, and an age is written in lower case or with its unit ("Anna, Forty years" is refused).
        var apartNext = bothCapitals && WorldNameShapes.WrittenApart(text, i + 1);
        var numberFamily = bothCapitals && next.Length >= 4 && (next.NumberWord >= 0 || next.OrdinalWord >= 0) && into.Has(Signal.Sexual)
            && (given.Tags & WordTags.GivenName) != 0 && !people.IsCommonWord(text.TextOf(in given)) && !OrdinaryPhrases.IsOrdinaryWord(text.TextOf(in given))
            && (next.Tags & WordTags.Matched) == 0 && CapitalisedMidSentence(text, i) && !YearsUnitAfter(text, i + 1);

        // A stop word of a language is no surname (Costa del Sol, Maria da …: the particle is read by the role rule).
        if (next.Length < 3 || (next.Languages != 0 && !apartNext && !numberFamily) || (next.Flags & (TokenFlags.Digit | TokenFlags.LeetSymbol | TokenFlags.NonLatin | TokenFlags.Cjk)) != 0
            || (next.Tags & notSurname) != 0
            || !OnlySpaceBetween(text.Source, given.SourceEnd, next.SourceStart)
            || (!familyWord && !apartNext && !numberFamily && !roleFamily && people.IsCommonWord(text.TextOf(in next)))
            || PlaceCompounds.EndsWithPlaceNoun(text.TextOf(in next))) // Albert Cuypmarkt, Jan Steenstraat: a place
        {
            return false;
        }

        // A given name that is also a function word or number of a lexicon language (Spanish su, Italian nel and
        // della, Spanish quinta) is that word in "su cuarto", "nel bosco", "quinta avenida": like a common word,
        // it counts only when both words are capitalised.
        var source = text.Source;
        var wordOfALanguage = given.Languages != 0 || given.OrdinalWord >= 0 || given.NumberWord >= 0;
        // Written in lower case with letters English does not write (Turkish "nehir kenarında", by the river), the pair is a
        // phrase of a language that marks its letters, not a name typed in haste: like a common word, it needs capitals.
        var bothCapitalised = char.IsUpper(source[given.SourceStart]) && char.IsUpper(source[next.SourceStart]);
        if ((wordOfALanguage || people.IsCommonWord(text.TextOf(in given)) || !IsAscii(source, given.SourceStart, next.SourceEnd)) && !bothCapitalised)
        {
            return false;
        }

        // Not both capitalised, inside a tag of a prompt written in another language (more of its words claimed by other
        // languages only than by English only: loanwords such as BDSM or shirt do not make it English), the pair is a phrase of that language that begins with a word some list holds as a given
        // name: German "auf allen vieren", Polish "kierowca tira odpoczywa", Dutch "een nat doorschijnend shirt". A name
        // typed in lower case opens its tag as the prompt's subject ("miriam koller nackt im bett") and is still read.
        if (!bothCapitalised && !AgeText.StartsChunk(text, i) && (t_pairLanguages ??= new LanguageEvidence.LanguageMemo()).MostlyOther(text, english))
        {
            return false;
        }

        into.Add(Signal.RealPersonLikely, source[given.SourceStart..next.SourceEnd], 3, given.SourceStart, next.SourceEnd, PromptField.Prompt);
        return true;
    }

    /// <summary>The word after token <paramref name="j"/> (spaces only between) is a unit of years (years, anni, Jahre, лет …): an age.</summary>
    private static bool YearsUnitAfter(TokenizedText text, int j) =>
        j + 1 < text.SequenceCount && OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart) && YearsUnits.Contains(text.TextOf(in text[j + 1]));

    /// <summary>Units of age of the cased-script languages, folded (written for GenScreen, MIT).</summary>
    private static readonly CompactWordSet YearsUnits = new(["years", "year", "yrs", "yo", "anni", "anno", "anos", "ano", "ans", "an", "jahre",
        "jahren", "jaar", "ar", "aar", "lat", "let", "lata", "roku", "rokov", "yas", "yasinda", "yil", "tahun", "taon", "лет", "года", "год",
        "років", "роки", "рік", "ετων", "χρονων", "χρονια"]);

    /// <summary>
    /// The pair at <paramref name="i"/>, <paramref name="i"/> + 1 stands among words that are not capitalised: the word
    /// right before it (same clause, only a space between) and right after it are lower case or absent, so its capitals
    /// mark a name, not a Title Case heading, brand or place (session 29).
    /// </summary>
    internal static bool CapitalisedMidSentence(TokenizedText text, int i)
    {
        var source = text.Source;
        if (i > 0 && OnlySpaceBetween(source, text[i - 1].SourceEnd, text[i].SourceStart) && !char.IsLower(source[text[i - 1].SourceStart]))
        {
            return false;
        }

        return i + 2 >= text.SequenceCount || !OnlySpaceBetween(source, text[i + 1].SourceEnd, text[i + 2].SourceStart)
            || char.IsLower(source[text[i + 2].SourceStart]);
    }

    private static bool IsAscii(string source, int start, int end) => System.Text.Ascii.IsValid(source.AsSpan(start, end - start));

    /// <summary>
    /// Korean is written with spaces but matched as runs, so the matcher leaves no word tags on Hangul words: look each
    /// one up once (내 동료, "my coworker", needs the possessive and the relation tags).
    /// </summary>
    private static void TagHangulWords(TokenizedText text, TermIndex index)
    {
        for (var i = 0; i < text.SequenceCount; i++)
        {
            WorkCounter.Add(1);
            ref var token = ref text[i];
            if (token.Has(TokenFlags.Cjk) && Scripts.IsHangulSyllable(text.TextOf(in token)[0]) && index.TryGet(text.TextOf(in token), out var info))
            {
                token.Tags |= info.Tags & (WordTags.Possessive | WordTags.RelationNoun | WordTags.PossessiveAfter);
            }
        }
    }

    /// <summary>Roles and relations read from the words of a spaced non-Latin script (a term may have consumed the word).</summary>
    private static void TryDescriptions(TokenizedText text, int i, WordTags tags, SignalSummary into)
    {
        if ((tags & WordTags.RoleNoun) != 0)
        {
            TryRole(text, i, into);
        }

        if ((tags & WordTags.Possessive) != 0)
        {
            TryRelation(text, i, into);
        }

        if ((tags & WordTags.RelationNoun) != 0)
        {
            TryPossessiveAfter(text, i, into);
        }
    }

    /// <summary>
    /// A relation with its possessive after it, at most two words later ("rekan kerja saya", "kapitbahay ko", "đồng nghiệp
    /// của tôi", "η συνάδελφός μου", "הבוס שלי"): the languages that write "my" after the noun.
    /// </summary>
    private static void TryPossessiveAfter(TokenizedText text, int i, SignalSummary into)
    {
        for (var j = i + 1; j <= Math.Min(i + 3, text.SequenceCount - 1); j++)
        {
            WorkCounter.Add(1);
            if (!OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart))
            {
                return;
            }

            if ((text[j].Tags & WordTags.PossessiveAfter) != 0)
            {
                Emit(text, i, j, into);
                return;
            }
        }
    }

    /// <summary>"the (current) chancellor of …", "the news anchor on …", "Metallica's drummer".</summary>
    private static void TryRole(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        var level = SinglesOut(text.TextOf(in text[i])) ? PromptRules.SingledOut : 2;
        if (i >= 2 && text.TextOf(in text[i - 1]) is "s" && text[i - 1].Has(TokenFlags.Joined) && !text[i - 2].Has(TokenFlags.Cjk))
        {
            Emit(text, i - 2, i, into, level);
            return;
        }

        if (i + 2 >= n || (text.TextOf(in text[i + 1]) is not ("of" or "on" or "at" or "for" or "from" or "in") && (text[i + 1].Tags & WordTags.RoleConnector) == 0))
        {
            return;
        }

        // A crown of a fairy tale (the queen of the elves, the king of the jungle) is nobody: a royal title counts here only
        // before a proper name (the queen of Denmark); a country written in lower case is read by OfficeHolders.
        if (IsRoyalTitle(text.TextOf(in text[i])) && !IsProperNameAt(text, text.TextOf(in text[i + 2]) is "the" && i + 3 < n ? i + 3 : i + 2))
        {
            return;
        }

        // "the", then at most two words before the role (current, former, news, lead…).
        var article = DeterminerBefore(text, i, reach: 3, stopAtTermOrDigit: false);
        if (article >= 0 && !IsBracketedTitle(text, article, i))
        {
            Emit(text, article, i + 2, into, level);
        }
    }

    /// <summary>
    /// "Mai Shiranui (The King of Fighters)", "Kerrigan (Queen of Blades)": a title-cased "The X of Y" opening a bracket is the
    /// work or epithet a character is tagged with (the booru "name (series)" convention), not a description of a real
    /// office holder, which is written in lower case ("the current king of Spain"). Session 24 (batch 28).
    /// </summary>
    private static bool IsBracketedTitle(TokenizedText text, int article, int role)
    {
        var source = text.Source;
        if (!char.IsUpper(source[text[role].SourceStart]))
        {
            return false;
        }

        for (var k = text[article].SourceStart - 1; k >= 0; k--)
        {
            WorkCounter.Add(1);
            if (!char.IsWhiteSpace(source[k]))
            {
                return source[k] is '(' or '[' or '\uFF08';
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "the X of Y" with this role names one person as surely as a name does (the weather presenter on BBC
    /// Breakfast, the drummer of Metallica): offices, on-screen and band roles. Family and generic roles (the mother of
    /// the bride, the star of the show, the winner of the contest) describe someone in a scene and stay a looser hint.
    /// </summary>
    private static bool SinglesOut(ReadOnlySpan<char> role) =>
        role is not ("wife" or "husband" or "girlfriend" or "boyfriend" or "widow" or "daughter" or "son" or "sister" or "mother"
            or "star" or "lead" or "winner" or "champion" or "model" or "daughters" or "wives" or "sisters" or "mistress" or "secretary"
            or "owner" or "captain" or "coach" or "host" or "hostess" or "judge" or "principal");

    private static bool IsRoyalTitle(ReadOnlySpan<char> word) =>
        word is "queen" or "king" or "princess" or "prince" or "emperor" or "empress" or "duchess" or "duke"
            or "reina" or "rey" or "reine" or "roi" or "regina" or "königin" or "könig" or "konigin" or "konig" or "koningin" or "koning" or "princesa" or "principessa" or "prinzessin";

    private static bool IsProperNameAt(TokenizedText text, int j) => char.IsUpper(text.Source[text[j].SourceStart]);

    /// <summary>
    /// "remove her clothes", "erase Taylor Swift's dress", "strip the bikini": an undressing verb and a garment with
    /// nothing between them but a determiner or pronoun (her, the, all), a name (a term, or a given name) and its 's, so
    /// "remove the stain from her dress" or "remove the logo from the shirt" (inpainting chores) are not undressing.
    /// Undressing in every mode; a nudify request with an image.
    /// </summary>
    /// <param name="from">The first token after the verb (after its particle: <c>take off</c>).</param>
    internal static void TryUndress(TokenizedText text, int i, int from, SignalSummary into)
    {
        for (var j = from; j <= Math.Min(from + 4, text.SequenceCount - 1); j++)
        {
            WorkCounter.Add(1);
            if (!OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart, allowApostrophe: true)
                && !(j == i + 1 && IsHyphenatedClitic(text, i, j)))
            {
                return;
            }

            if ((text[j].Tags & WordTags.Clothing) == 0)
            {
                // "toglile tutto", "сними с неё всё", "תוריד לה הכל": everything the person wears, not "all the clothes" (read on).
                if ((text[j].Tags & WordTags.EverythingWord) != 0 && !BeforeGarment(text, j))
                {
                    TryEverythingOff(text, i, j, into);
                    return;
                }

                // "enlève ce qu'elle porte", "quítale lo que lleva puesto", "take off whatever she has on": what the person wears
                // (session 23). Weak: with an input image its person is undressed; "remove the hat he is wearing" names its thing.
                if (WornThing.TryAt(text, j) is var worn and >= 0)
                {
                    UndressGrammar.Weak(text, i, worn, into);
                    return;
                }

                // "zieh dem Mann die Kleider aus", "sundej mu oblečení", "ta av killen kläderna": the person the garment is taken
                // off, a pronoun or a person word, between the verb and the garment (session 23).
                if ((text[j].Tags & (WordTags.Matched | WordTags.GivenName | WordTags.UndressFiller | WordTags.SubjectPronoun | WordTags.PersonWord)) == 0 && text.TextOf(in text[j]) is not ("her" or "his" or "their" or "its" or "the" or "a" or "an" or "all" or "of" or "off" or "s" or "this" or "that" or "your" or "my"))
                {
                    return;
                }
            }
            else
            {
                if (IsCompoundHead(text, j))
                {
                    return; // "get rid of the clothes rack", "remove the shirt stain": the garment names another thing
                }

                if (IsWithout(text, i) && text.TextOf(in text[j]) is "uniform" or "costume" or "outfit")
                {
                    return; // "a girl without a uniform" wears other clothes; "without a top" does not
                }

                if (GarmentVanish.TakenOutOf(text, j))
                {
                    return; // "saca la ropa de la lavadora", "take the clothes out of the wardrobe" (session 40)
                }

                var start = text[i].SourceStart;
                var end = text[j].SourceEnd;
                var term = text.Source[start..end];
                if (text.TextOf(in text[i]) is "no" or "kein" or "keine" or "keinen" or "geen" or "inga" or "ingen" && !UnderAnother(text, j))
                {
                    // "no bra, no panties, same pose": with an input image its person's garments gone; in a new picture "man,
                    // no shirt" is a shirtless man and "no jeans" a clothing choice, so English "no" alone is weak (session 14).
                    // "no panties under the skirt", "kein Höschen unter dem Rock" say the body under it is bare (session 22).
                    into.Add(Signal.Undress, term, 1, start, end, PromptField.Prompt);
                    return;
                }

                into.Add(Signal.Undress, term, 4, start, end, PromptField.Prompt);
                into.Add(Signal.Sexual, term, 4, start, end, PromptField.Prompt);
                return;
            }
        }
    }

    /// <summary>
    /// Everything taken off a person (session 22): an undressing verb at <paramref name="verb"/>, an "everything" word at
    /// <paramref name="everything"/> (<see cref="WordTags.EverythingWord"/>) that ends its phrase, alone or with "off" and a
    /// pronoun after it, and the person as a pronoun in the phrase or a clitic joined to the verb: <c>toglile tutto</c>,
    /// <c>quítale todo</c>, <c>enlève-lui tout</c>, <c>сними с неё всё</c>, <c>zdejmij z niej wszystko</c>, <c>βγάλ' της τα
    /// πάντα</c>, <c>תוריד לה הכל</c>, <c>take everything off him</c>. Weak: with an input image its person is undressed; a
    /// new picture has nobody to undress, and "remove everything in the background" goes on past the word.
    /// </summary>
    internal static void TryEverythingOff(TokenizedText text, int verb, int everything, SignalSummary into)
    {
        var last = everything;
        var n = text.SequenceCount;
        if (last + 1 < n && (text[last + 1].Tags & WordTags.GarmentGone) != 0 && OnlySpaceBetween(text.Source, text[last].SourceEnd, text[last + 1].SourceStart))
        {
            last++; // "everything off him"
        }

        if (last + 1 < n && (text[last + 1].Tags & WordTags.SubjectPronoun) != 0 && OnlySpaceBetween(text.Source, text[last].SourceEnd, text[last + 1].SourceStart))
        {
            last++; // "tira tudo dele"
        }

        if (!AgeText.EndsChunk(text, last))
        {
            return;
        }

        var person = CarriesClitic(text.TextOf(in text[verb])) || IsHyphenatedClitic(text, verb, verb + 1);
        for (var k = Math.Max(0, verb - 1); k <= last && !person; k++)
        {
            WorkCounter.Add(1);
            person = k != everything && (text[k].Tags & WordTags.SubjectPronoun) != 0;
        }

        if (person)
        {
            var start = Math.Min(text[verb].SourceStart, text[everything].SourceStart);
            var end = text[last].SourceEnd;
            into.Add(Signal.Undress, text.Source[start..end], 1, start, end, PromptField.Prompt);
        }
    }

    /// <summary>
    /// "her şeyi çıkar", "take everything off him": an "everything" word before its removal word (verb-final languages,
    /// or English "take … off"); the person as a pronoun before it or after "off" (session 22).
    /// </summary>
    internal static void TryEverythingBeforeVerb(TokenizedText text, int i, SignalSummary into)
    {
        var n = text.SequenceCount;
        for (var v = i + 1; v < n && v <= i + 2; v++)
        {
            WorkCounter.Add(1);
            if (!OnlySpaceBetween(text.Source, text[v - 1].SourceEnd, text[v].SourceStart, allowApostrophe: true))
            {
                return;
            }

            if ((text[v].Tags & WordTags.GarmentGone) != 0 && i > 0 && (text[i - 1].Tags & WordTags.ChangeVerb) != 0
                && OnlySpaceBetween(text.Source, text[i - 1].SourceEnd, text[i].SourceStart))
            {
                TryEverythingOff(text, i - 1, i, into); // "take everything off him"
                return;
            }

            if ((text[v].Tags & (WordTags.UndressVerb | WordTags.GarmentGone)) != 0)
            {
                if (!AgeText.EndsChunk(text, v))
                {
                    return;
                }

                for (var k = Math.Max(0, i - 2); k < i; k++)
                {
                    if ((text[k].Tags & WordTags.SubjectPronoun) != 0)
                    {
                        var start = text[k].SourceStart;
                        var end = text[v].SourceEnd;
                        into.Add(Signal.Undress, text.Source[start..end], 1, start, end, PromptField.Prompt);
                        return;
                    }
                }

                return;
            }

            if ((text[v].Tags & (WordTags.UndressFiller | WordTags.EverythingWord)) == 0)
            {
                return;
            }
        }
    }

    /// <summary>An "everything" word that is only a quantifier of what follows it: "todo el vestido", "всю одежду", "όλα τα ρούχα".</summary>
    private static bool BeforeGarment(TokenizedText text, int j)
    {
        for (var k = j + 1; k < text.SequenceCount && k <= j + 3; k++)
        {
            WorkCounter.Add(1);
            if (!OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, text[k].SourceStart, allowApostrophe: true))
            {
                return false;
            }

            if ((text[k].Tags & WordTags.Clothing) != 0)
            {
                return true;
            }

            if ((text[k].Tags & WordTags.UndressFiller) == 0 || (text[k].Tags & WordTags.SubjectPronoun) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Italian and Spanish imperatives with the person's pronoun joined at the end: <c>toglile</c>, <c>quítale</c>, <c>spogliala</c>.</summary>
    private static bool CarriesClitic(ReadOnlySpan<char> verb) =>
        verb.Length >= 6 && (verb.EndsWith("le", StringComparison.Ordinal) || verb.EndsWith("la", StringComparison.Ordinal)
            || verb.EndsWith("lo", StringComparison.Ordinal) || verb.EndsWith("li", StringComparison.Ordinal));

    /// <summary>French imperatives with their clitic joined by a hyphen: <c>enlève-lui</c>, <c>retire-lui</c>, <c>ôte-leur</c> (session 16).</summary>
    private static bool IsHyphenatedClitic(TokenizedText text, int i, int j) =>
        text[j].SourceStart - text[i].SourceEnd == 1 && text.Source[text[i].SourceEnd] == '-'
        && text.TextOf(in text[j]) is "lui" or "leur" or "la" or "le" or "les" or "moi";

    /// <summary>
    /// A garment followed in the same phrase by a word that is no garment, filler, removal word, "and", "from" or
    /// adverb (-ly) modifies that word (<c>clothes rack</c>, <c>shirt stain</c>, <c>dress form</c>): the thing removed is not the garment.
    /// </summary>
    internal static bool IsCompoundHead(TokenizedText text, int j)
    {
        if (j + 1 >= text.SequenceCount || !OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart))
        {
            return false;
        }

        // "copot baju cowok itu", "لباس‌های مرد", "quítale la ropa al chico": the garment's person after it (a possessor in the
        // languages that put it after its noun, or the person it is taken off) makes no compound (session 23).
        var next = text.TextOf(in text[j + 1]);
        if ((text[j + 1].Tags & (WordTags.PersonWord | WordTags.SubjectPronoun)) != 0 && PossessorAfter(text, j + 1))
        {
            return false;
        }

        // "hapus bajunya cewek di foto ini", "copot bajunya mbak itu": Indonesian -nya (her/the) closes the garment's noun
        // phrase; a compound's second word follows the bare noun (baju renang, baju tidur), so the word after is its person
        // or the rest of the sentence (session 30).
        if (text.TextOf(in text[j]) is { Length: > 5 } garment && garment.EndsWith("nya", StringComparison.Ordinal))
        {
            return false;
        }

        return (text[j + 1].Tags & (WordTags.Clothing | WordTags.UndressFiller | WordTags.GarmentGone | WordTags.Matched)) == 0
            && next is not ("al" or "alla" or "allo" or "ai" or "agli" or "alle" or "au" or "aux" or "ao" or "aos" or "à" or "yang" or "của")
            && next is not ("and" or "from" or "to" or "please" or "too" or "for" or "in" or "on" or "so" or "until" or "while" or "but")
            && !IsCoordinator(next)
            && !IsBut(next)
            && !(next.Length > 2 && next[0] is 'ו' or 'و') // Hebrew and Arabic write "and" joined: ובלי חולצה, وقميص
            && !IsFromInOtherLanguages(next)
            && !IsPlacePreposition(next)
            && !(next.Length > 3 && next[0] == 'ב') // Hebrew writes "in" joined: הבגדים בתמונה
            && !(next.Length > 4 && next.StartsWith("بال", StringComparison.Ordinal)) // Arabic joined "in the": بالصورة
            && !IsUnder(next)
            && !next.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>
    /// A person word after a garment that is its possessor, not a compound's second word (<c>top model</c>, <c>bikini model</c>):
    /// in a script other than Latin (<c>لباس‌های مرد</c>), or followed by a demonstrative or relative of the Latin-script
    /// languages that put the possessor after its noun (<c>baju cowok itu</c>, <c>baju cowok yang di foto</c>, <c>damit ng lalaki
    /// na</c>) or ending its phrase after a pronoun (session 23).
    /// </summary>
    private static bool PossessorAfter(TokenizedText text, int p)
    {
        if (text[p].Has(TokenFlags.NonLatin) || (text[p].Tags & WordTags.SubjectPronoun) != 0)
        {
            return true;
        }

        return p + 1 < text.SequenceCount && OnlySpaceBetween(text.Source, text[p].SourceEnd, text[p + 1].SourceStart)
            && text.TextOf(in text[p + 1]) is "itu" or "ini" or "yang" or "tersebut" or "na" or "sa" or "trong" or "do" or "kia" or "ay";
    }

    /// <summary>The garment at <paramref name="j"/> is said to be missing under another: "no panties under the skirt" (session 22).</summary>
    private static bool UnderAnother(TokenizedText text, int j) =>
        j + 1 < text.SequenceCount && OnlySpaceBetween(text.Source, text[j].SourceEnd, text[j + 1].SourceStart) && IsUnder(text.TextOf(in text[j + 1]));

    /// <summary>
    /// "under" of the 26 languages (session 22): "sin bragas debajo de la falda", "без трусиков под юбкой", "בלי תחתונים מתחת
    /// לחצאית" say what is not worn under another garment; the garment is no compound's first word.
    /// </summary>
    private static bool IsUnder(ReadOnlySpan<char> word) =>
        word is "under" or "underneath" or "beneath" or "below" or "unter" or "drunter" or "darunter" or "sous" or "dessous" or "debajo" or "bajo"
            or "sotto" or "debaixo" or "sob" or "onder" or "eronder" or "pod" or "spodem" or "под" or "під" or "κάτω" or "κατω" or "altinda" or "altında"
            or "تحت" or "زیر" or "מתחת" or "नीचे" or "নিচে" or "duoi" or "dưới" or "balik" or "bawah" or "ilalim";

    /// <summary>
    /// "from"/"of" (the photo, the picture) in the other languages: "remova a roupa da foto", "usuń bikini ze zdjęcia",
    /// "hapus bajunya dari foto", "убери одежду с фото", "احذف الملابس من الصورة" take the garment out of the image, as
    /// "remove the dress from the photo" does; the garment is still the thing removed.
    /// </summary>
    private static bool IsFromInOtherLanguages(ReadOnlySpan<char> word) =>
        word is "da" or "do" or "das" or "dos" or "ze" or "dari" or "fran" or "von" or "aus" or "du" or "des" or "dal" or "dalla" or "dallo" or "della"
            or "di" or "uit" or "van" or "vom" or "ve" or "с" or "со" or "з" or "із" or "من" or "از";

    /// <summary>
    /// "in", "on", "at" of the other languages (English's are in <see cref="IsCompoundHead"/>'s own list): "enlève tous ses
    /// vêtements sur cette photo", "βγάλε της τα ρούχα σε αυτή τη φωτογραφία", "zdejmij z niej ubrania na tym zdjęciu" say
    /// where the garment is, so it is still the thing removed (session 24: the photo phrase had made it a compound's first word).
    /// </summary>
    private static bool IsPlacePreposition(ReadOnlySpan<char> word) =>
        word is "sur" or "dans" or "auf" or "im" or "am" or "an" or "bei" or "sobre" or "en" or "su" or "sul" or "sulla" or "nel" or "nella" or "nello"
            or "em" or "no" or "na" or "nos" or "nas" or "nesta" or "neste" or "nessa" or "op" or "w" or "we" or "v" or "ve" or "på" or "pa" or "i"
            or "в" or "во" or "на" or "у" or "σε" or "στη" or "στην" or "στο" or "στις" or "στα" or "في" or "فى" or "در" or "تو" or "توی"
            or "dalam" or "pada" or "sa" or "trong" or "tren" or "trên";

    /// <summary>"and", "nor", "or" of the 26 languages: "sin blusa ni sujetador", "bez bluzki i stanika" list garments, no compound.</summary>
    /// <summary>
    /// "but" of the 26 languages (session 25): "enlève-lui tous ses vêtements mais garde son visage" goes on to what is kept;
    /// the garment before it is no compound's first word (English "but" was already read).
    /// </summary>
    private static bool IsBut(ReadOnlySpan<char> word) =>
        word is "mais" or "aber" or "pero" or "ma" or "mas" or "maar" or "ale" or "ale" or "men" or "но" or "але" or "ama" or "fakat" or "αλλα"
            or "αλλά" or "אבל" or "لكن" or "بس" or "ولي" or "اما" or "लेकिन" or "কিন্তু" or "nhung" or "nhưng" or "tapi" or "pero" or "namun";

    private static bool IsCoordinator(ReadOnlySpan<char> word) =>
        word is "nor" or "or" or "y" or "ni" or "ne" or "nè" or "né" or "e" or "et" or "ou" or "und" or "oder" or "noch" or "i" or "oraz" or "ani" or "a" or "och" or "eller"
            or "en" or "of" or "ve" or "ya" or "dan" or "at" or "và" or "va" or "и" or "ни" or "или" or "і" or "та" or "й" or "και" or "ούτε" or "و" or "او"
            or "ו" or "और" or "আর" or "ও";

    private static bool IsWithout(TokenizedText text, int i) =>
        text.TextOf(in text[i]) is "without" or "ohne" or "sans" or "senza" or "zonder" or "utan" or "bez" or "tanpa"
            or "no" or "sin" or "sem" or "без" or "χωρίς" or "δίχως" or "بدون" or "بلا" or "בלי" or "ללא" or "बिना" or "walang";

    /// <summary>
    /// A person word that is the prompt's adult marker said of content ("adult" in "adult film", người in "phim người lớn"; session
    /// 43, <see cref="AdultContent"/>): it names no person for the last-resort readers' gate (<see cref="SignalSummary.PeopleAreContentOnly"/>).
    /// Tested only for a person word inside the strongest adult marker's span.
    /// </summary>
    private static bool IsAdultContent(TokenizedText text, in Token token, SignalSummary into)
    {
        ref readonly var adult = ref into[Signal.Adult];
        return adult.IsPresent && adult.Field == PromptField.Prompt && token.SourceStart >= adult.SourceStart && token.SourceEnd <= adult.SourceEnd
            && AdultContent.IsContentQualifier(text.Source, adult.SourceStart, adult.SourceEnd);
    }

    /// <summary>
    /// A person word or a person term (woman, kadın, девушка) before <paramref name="i"/>: a pronoun after it refers to that
    /// person, not to the person of an input image.
    /// </summary>
    private static bool PersonBefore(TokenizedText text, int i, TermIndex index)
    {
        for (var k = 0; k < i; k++)
        {
            WorkCounter.Add(1);
            if ((text[k].Tags & WordTags.PersonWord) != 0 || ((text[k].Tags & WordTags.Matched) != 0 && AgeText.IsPerson(text, k, index)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"see through" (her shirt): the one two-word undressing verb; "through" alone is no verb.</summary>
    private static bool IsSeeThrough(TokenizedText text, int i) =>
        i > 0 && text.TextOf(in text[i]) is "through" && text.TextOf(in text[i - 1]) is "see";

    /// <summary>
    /// "my coworker", "my new boss", "our hot neighbour": a possessive, at most two words, a relation. Session 40
    /// (i16-nudify48): also a relation before the possessive, joined to it by one or two short words of "from/of/at"
    /// ("the barista from my café", "die Kassiererin aus meinem Supermarkt", "kelnerka z mojej ulubionej kawiarni",
    /// "продавчиня з нашого магазину"): the role singled out by the speaker's own place.
    /// </summary>
    private static void TryRelation(TokenizedText text, int i, SignalSummary into)
    {
        for (var j = i + 1; j <= Math.Min(i + 3, text.SequenceCount - 1); j++)
        {
            WorkCounter.Add(1);
            if (!OnlySpaceBetween(text.Source, text[j - 1].SourceEnd, text[j].SourceStart))
            {
                break;
            }

            if ((text[j].Tags & WordTags.RelationNoun) != 0)
            {
                Emit(text, i, j, into);
                return;
            }
        }

        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            WorkCounter.Add(1);
            if (!OnlySpaceBetween(text.Source, text[k].SourceEnd, text[k + 1].SourceStart))
            {
                return;
            }

            if ((text[k].Tags & WordTags.RelationNoun) != 0)
            {
                // At least one linking word between ("from", "aus", "z", "de la"): "my barista" is read forward.
                if (k < i - 1)
                {
                    Emit(text, k, i, into);
                }

                return;
            }

            // Only the short linking words of a prepositional phrase (from, at, of, aus, de, la, z, из, з, sa) stand between.
            if (text.TextOf(in text[k]).Length > 4 || (text[k].Tags & (WordTags.PersonWord | WordTags.Matched)) != 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// <c>@name</c> at the start of a word (an e-mail address has a letter before its @): a social handle names a
    /// real account. When the handle is a protected name run together (<c>@taylorswift</c>), that name.
    /// </summary>
    private static void TryHandle(TokenizedText text, int i, TermIndex index, SignalSummary into)
    {
        ref var token = ref text[i];
        var source = text.Source;
        if (token.Length < 4 || (token.SourceStart > 0 && PlatformRoles.IsEmailLocalPart(source[token.SourceStart - 1])))
        {
            return;
        }

        var handle = text.TextOf(in token)[1..].TrimEnd("0123456789");
        if (index.TryGet(handle, out var info) && info.Entry is { Signal: Signal.RealPerson } name)
        {
            into.Add(Signal.RealPerson, name.Term, name.Level, token.SourceStart, token.SourceEnd, PromptField.Prompt);
            return;
        }

        Emit(text, i, i, into);
    }

    internal static void Emit(TokenizedText text, int first, int last, SignalSummary into, int level = 2)
    {
        var start = text[first].SourceStart;
        var end = text[last].SourceEnd;
        into.Add(Signal.RealPersonHint, text.Source[start..end], level, start, end, PromptField.Prompt);
    }

    /// <summary>Only spaces between words <paramref name="a"/> and <paramref name="b"/> as the prompt wrote them: the name readers'
    /// test that two words stand joined in one phrase (once a private one-liner in each of six readers).</summary>
    internal static bool OnlySpaceBetween(TokenizedText text, int a, int b) => OnlySpaceBetween(text.Source, text[a].SourceEnd, text[b].SourceStart);

    /// <summary>Only spaces (and, if allowed, an apostrophe: Taylor's) between two words of the original text: a phrase, not a list.</summary>
    internal static bool OnlySpaceBetween(string source, int end, int start, bool allowApostrophe = false, bool allowMarks = false)
    {
        for (var k = end; k < start; k++)
        {
            WorkCounter.Add(1);
            // allowMarks: a combining mark the folding drops (the Bengali and Devanagari nukta of জামাকাপড়, Hebrew points,
            // Arabic harakat) ends the word before it, outside its token; the undressing grammar reads it as no punctuation
            // (session 24). Other readers keep it a break (a full name read across it joined two ordinary Bengali words).
            if (!char.IsWhiteSpace(source[k]) && !(allowApostrophe && source[k] is '\'' or '\u2019')
                && !(allowMarks && char.GetUnicodeCategory(source[k]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                return false;
            }
        }

        return true;
    }
}
