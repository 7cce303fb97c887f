using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 38 (i16-namesrtl46): a listed given name opening a clause (or read as an object, after لـ/از/של/עם/برای) whose family part
/// no test admits, read as a name because a nudity or sex term follows it directly: "עדי ביטי עירומה בחוף", "نجمه خدمتی لخت کنار
/// ساحل", "ارسم ماغي بو غصن عارية". Arabic, Persian and Hebrew put the predicate adjective right after its
/// subject, and writers put the nudity there; the family part is then often an ordinary word too (ביטי, خدمتی "of service",
/// זק; not a lone frequent word: see NameEnd), which <see cref="ClauseSubjectNames"/>' pair test refuses everywhere else, and rightly: mid-sentence two
/// such words are a phrase. Two signals stand together here: a given name first (of the script's own lists, an ordinary-word
/// given name, or one read by sound that is no ordinary word; after the last kind no family part may be an ordinary word), and
/// the term's place right after the name, in the clause the name opens. The words between are name parts: one or
/// two words of the same script, none a term, a person, role, relation or kin word, a picture or request word, or a form no
/// name takes. A youth term anywhere in the prompt leaves it to the child rules. Hindi and Bengali put the adjective
/// before its noun, so there two words before a nudity term are a description ("पुरानी हवेली नग्न", "আস্তে আস্তে প্যান্টি খুলছে":
/// the labelled set refused a first build that read them); Thai writes no spaces. Arabic-script and Hebrew only.
/// </summary>
internal static class NameBeforeNudity
{
    /// <summary>
    /// The index of the name's last word, or -1: see the class summary. <paramref name="given"/>: word i is a given name, of the
    /// lists or read by sound; <paramref name="listed"/>: of the script's own lists (or an ordinary-word given name), the only
    /// kind after which the family part may be an ordinary word ("موديل روسية عارية", a Russian model, reads موديل by sound).
    /// </summary>
    public static int NameEnd(TokenizedText text, int i, char script, bool given, bool listed, SignalSummary into)
    {
        if (!given || script is not ('A' or 'H') || into.Has(Signal.Minor))
        {
            return -1;
        }

        for (var last = i + 1; last <= i + 2 && last + 1 < text.SequenceCount; last++)
        {
            WorkCounter.Add(1);
            if (!IsNamePart(text, last, script, listed))
            {
                return -1;
            }

            // A lone part that is a frequent ordinary word and no name word is the clause's own predicate, not a family name:
            // "נועה יפה ערומה" (Noa, pretty, naked) describes someone by a given name only (Scripts36Tests' look-alike; the
            // stop's CI refused a build that read it). Two parts, or a rarer word (ביטי, خدمتی), stay a name.
            if (last == i + 1 && OrdinaryPhrases.IsOrdinaryWord(WordAt(text, last)))
            {
                continue;
            }

            ref readonly var next = ref text[last + 1];
            if (PersonDetector.OnlySpaceBetween(text.Source, text[last].SourceEnd, next.SourceStart)
                && (next.Tags & WordTags.Matched) != 0 && into.Places.SexualWithin(next.SourceStart, next.SourceEnd, 4))
            {
                return last;
            }

            // Session 41 (i16-scriptnames49): the subject, its verb of posture or of the act, then the nudity or the act ("ישי לוי שוכב
            // עירום", "דני רופ מקיים יחסי מין", "خالد المنصوري يستلقي عاريا"): the present-tense verb agrees with the name and the
            // term is its predicate or object, so the term's place is still right after the name's clause.
            if (last + 2 < text.SequenceCount && IsSubjectVerb(text, last + 1, script))
            {
                ref readonly var after = ref text[last + 2];
                if (PersonDetector.OnlySpaceBetween(text.Source, next.SourceEnd, after.SourceStart)
                    && (after.Tags & WordTags.Matched) != 0 && into.Places.SexualWithin(after.SourceStart, after.SourceEnd, 4))
                {
                    return last;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Session 41 (i16-scriptnames49): present-tense verbs of posture and of the act that stand between a subject and its nudity or act
    /// term: Hebrew participles, masculine and feminine, singular and plural (lies, sits, stands, holds [relations], dances, showers,
    /// poses, undresses, runs, walks, appears, kisses), Arabic imperfect verbs and participles (lies, sits, stands, sleeps, dances,
    /// swims, appears, practises, walks). A word class written for GenScreen from general knowledge of the languages (MIT, this project).
    /// </summary>
    private static readonly HashSet<string> SubjectVerbs = new(StringComparer.Ordinal)
    {
        "שוכב", "שוכבת", "שוכבים", "שוכבות", "יושב", "יושבת", "יושבים", "יושבות", "עומד", "עומדת", "עומדים", "עומדות", "מקיים", "מקיימת",
        "מקיימים", "מקיימות", "רוקד", "רוקדת", "רוקדים", "רוקדות", "מתקלח", "מתקלחת", "מתקלחים", "מצטלם", "מצטלמת", "מצטלמים", "מתפשט",
        "מתפשטת", "רץ", "רצה", "הולך", "הולכת", "מופיע", "מופיעה", "מתנשק", "מתנשקת", "מתנשקים", "שוחה", "שוחים", "נח", "נחה", "ישן", "ישנה",
        "يستلقي", "تستلقي", "مستلق", "مستلقي", "مستلقية", "يجلس", "تجلس", "جالس", "جالسة", "يقف", "تقف", "واقف", "واقفة", "ينام", "تنام",
        "نائم", "نائمة", "يرقص", "ترقص", "يسبح", "تسبح", "يظهر", "تظهر", "يمارس", "تمارس", "يمارسان", "يمشي", "تمشي", "يتمدد", "تتمدد",
        "ممدد", "ممددة",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectVerb = SubjectVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool IsSubjectVerb(TokenizedText text, int k, char script) =>
        CaselessScriptNames.ScriptOfToken(text, in text[k]) == script && (text[k].Tags & WordTags.Matched) == 0 && SubjectVerb.Contains(WordAt(text, k));

    private static ReadOnlySpan<char> WordAt(TokenizedText text, int k) =>
        text.Source.AsSpan(text[k].SourceStart, text[k].SourceEnd - text[k].SourceStart);

    private static bool IsNamePart(TokenizedText text, int k, char script, bool afterListed)
    {
        ref readonly var token = ref text[k];
        if (CaselessScriptNames.ScriptOfToken(text, in token) != script || token.SourceEnd - token.SourceStart < 2
            || !PersonDetector.OnlySpaceBetween(text.Source, text[k - 1].SourceEnd, token.SourceStart)
            || (token.Tags & (WordTags.Matched | WordTags.PersonWord | WordTags.RoleNoun | WordTags.RelationNoun)) != 0)
        {
            return false;
        }

        var word = WordAt(text, k);
        return !KinWords.Contains(word) && !ClauseSubjectNames.IsFrameWord(word) && !ScriptWordShapes.NeverName(text, k)
            && (afterListed || !OrdinaryWords.ContainsInflected(word));
    }
}
