namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Session 41 (i16-roles49): the speaker's own course, lecture or class, which singles out its teacher as the user's
/// surroundings single out a cashier ("the lecturer who teaches my organic chemistry module", "die Dozentin meiner
/// Statistikvorlesung", "преподавательница моего курса по матанализу", "wykładowczyni z moich zajęć z ekonometrii",
/// "istatistik dersimin hocası", "dosen mata kuliah statistika saya"). A course word is owned by the speaker when the
/// language's first-person possessive (the <c>mine</c> and <c>mine-after</c> rows of office-cues.tsv, already read as hits)
/// stands before it or after it with at most three words between in one clause ("my organic chemistry module": the
/// subject between), or when its own ending is the possessive (Turkish ders|im|in, kurs|um; Persian درس|م, کلاس|مون).
/// German, Dutch and Swedish courses are also the tail of a compound (Statistik|vorlesung, wiskunde|college).
/// <see cref="OfficeHolders"/> reads the owned course as a <c>local</c> cue: it singles out a service role (lecturer,
/// teacher, tutor) beside it, never after an indefinite article. "A teacher in her forties, nude art study" owns no course.
/// </summary>
/// <remarks>Course words written for GenScreen from general knowledge of the 26 languages (MIT, this project).</remarks>
internal static class SpeakersCourses
{
    /// <summary>The most characters between the possessive and the course word ("my organic chemistry ").</summary>
    internal const int MaxOwnerGap = 30;

    /// <summary>The most spaces between them (three words).</summary>
    internal const int MaxOwnerWords = 3;

    /// <summary>
    /// Course words of the spaced scripts, lower case: a word that starts with one and has at most
    /// <see cref="MaxEnding"/> letters more (a case or plural ending: курса, zajęć, lezioni, μαθήματος, كورسات).
    /// </summary>
    internal static readonly string[] Stems =
    [
        // en (whole words with a plural: "classic" and "classy" are two letters more, so English words take only s/es)
        "course", "module", "class", "lecture", "seminar", "tutorial", "lesson",
        // de, nl, sv (also compound tails)
        "kurs", "vorlesung", "seminar", "übung", "uebung", "modul", "unterricht", "cursus", "college", "werkcollege", "hoorcollege", "föreläsning", "lektion",
        // fr, es, it, pt
        "cours", "séminaire", "amphi", "curso", "clase", "asignatura", "materia", "corso", "lezion", "seminario", "disciplina", "cadeira", "matéria",
        // pl, cs
        "zajęć", "zajęcia", "zajęciach", "wykład", "kurs", "przedmiot", "ćwiczeń", "seminari", "kurz", "předmět", "přednášk", "seminář", "cvičení",
        // ru, uk, el
        "курс", "лекци", "семинар", "предмет", "лекці", "семінар", "μάθημ", "μαθήματ", "σεμινάρι", "διάλεξ",
        // he, ar, fa
        "קורס", "שיעור", "הרצא", "סמינר", "مقرر", "مادة", "محاضر", "كورس", "درس", "کلاس", "کورس",
        // hi, bn
        "कोर्स", "क्लास", "कक्षा", "लेक्चर", "কোর্স", "ক্লাস", "লেকচার",
        // vi, id, tl
        "môn", "lớp", "khóa học", "học phần", "mata kuliah", "matkul", "kuliah", "kelas", "kursus", "kurso", "klase", "asignatura",
    ];

    /// <summary>English course words take only a plural; other languages' stems any short ending.</summary>
    private static readonly string[] EnglishStems = ["course", "module", "class", "lecture", "seminar", "tutorial", "lesson"];

    /// <summary>Course words of the unspaced scripts, matched where they stand (Japanese, Chinese, Thai, Korean compounds).</summary>
    internal static readonly string[] Unspaced = ["授業", "講義", "ゼミ", "课程", "課程", "讲座", "講座", "的课", "的課", "วิชา", "คอร์ส", "คลาส", "수업", "강의", "강좌"];

    /// <summary>The most letters after a stem in its word.</summary>
    private const int MaxEnding = 4;

    /// <summary>The fewest letters before a compound's course tail (Statistik|vorlesung, wiskunde|college).</summary>
    private const int MinCompoundHead = 3;

    /// <summary>Turkish and Persian course stems that carry the possessive as their own ending.</summary>
    private static readonly string[] SuffixStems = ["ders", "kurs", "semine", "درس", "کلاس", "کورس"];

    /// <summary>The end of the course word that starts at <paramref name="p"/> of the lower-case text; 0 when none.</summary>
    internal static int CourseEndAt(ReadOnlySpan<char> lower, int p)
    {
        foreach (var stem in Stems)
        {
            WorkCounter.Add(1);
            if (!lower[p..].StartsWith(stem, StringComparison.Ordinal))
            {
                continue;
            }

            var end = p + stem.Length;
            var wordEnd = end;
            while (wordEnd < lower.Length && (char.IsLetter(lower[wordEnd]) || IsMark(lower[wordEnd])))
            {
                wordEnd++;
            }

            var english = Array.IndexOf(EnglishStems, stem) >= 0;
            var rest = lower[end..wordEnd];
            if (english ? rest is "" or "s" or "es" : rest.Length <= MaxEnding)
            {
                return wordEnd;
            }
        }

        foreach (var word in Unspaced)
        {
            if (lower[p..].StartsWith(word, StringComparison.Ordinal))
            {
                return p + word.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether the word at <paramref name="p"/> holds a course as a compound's tail (de, nl, sv): Statistik|vorlesung.</summary>
    internal static int CompoundCourseEnd(ReadOnlySpan<char> lower, int p)
    {
        var wordEnd = p;
        while (wordEnd < lower.Length && char.IsLetter(lower[wordEnd]))
        {
            wordEnd++;
        }

        foreach (var tail in (ReadOnlySpan<string>)["vorlesung", "seminar", "kurs", "übung", "unterricht", "college", "cursus", "föreläsning", "kursen"])
        {
            WorkCounter.Add(1);
            var at = lower[p..wordEnd].IndexOf(tail, StringComparison.Ordinal);
            if (at >= MinCompoundHead && wordEnd - (p + at + tail.Length) <= 3 && lower[p] is >= 'a' and <= 'z' or 'ä' or 'ö' or 'ü' or 'å')
            {
                return wordEnd;
            }
        }

        return 0;
    }

    /// <summary>A Turkish or Persian course word whose own ending is the speaker's possessive (dersimin, kursumdaki, درسم, کلاسمون): its end, or 0.</summary>
    internal static int PossessedCourseEnd(ReadOnlySpan<char> lower, int p)
    {
        foreach (var stem in SuffixStems)
        {
            if (!lower[p..].StartsWith(stem, StringComparison.Ordinal))
            {
                continue;
            }

            var end = p + stem.Length;
            var wordEnd = end;
            while (wordEnd < lower.Length && (char.IsLetter(lower[wordEnd]) || lower[wordEnd] == '\u200C'))
            {
                wordEnd++;
            }

            var rest = lower[end..wordEnd];
            if (stem[0] is >= '\u0600' and <= '\u06FF')
            {
                if (rest is "م" or "مون" or "مان" or "ام" or "‌ام" or "‌مون" or "\u200Cم")
                {
                    return wordEnd;
                }

                continue;
            }

            // ders|im, ders|imiz, ders|imin, ders|imdeki, kurs|um, kurs|umun, semine|rim
            var i = 0;
            if (stem == "semine")
            {
                if (rest.Length == 0 || rest[0] != 'r')
                {
                    continue;
                }

                i = 1;
            }

            if (i < rest.Length && rest[i] is 'i' or 'ı' or 'u' or 'ü')
            {
                i++;
            }

            if (i >= rest.Length || rest[i] != 'm')
            {
                continue;
            }

            i++;
            if (i + 1 < rest.Length && rest[i] is 'i' or 'ı' or 'u' or 'ü' && rest[i + 1] == 'z')
            {
                i += 2;
            }

            if (rest[i..] is "" or "in" or "ın" or "un" or "ün" or "de" or "da" or "deki" or "daki" or "den" or "dan" or "e" or "a")
            {
                return wordEnd;
            }
        }

        return 0;
    }

    /// <summary>Words that link a course to its subject ("the course of private law", "corso di diritto", "курс по матанализу").</summary>
    private static readonly HashSet<string> SubjectLinks = new(StringComparer.Ordinal)
    {
        "of", "on", "in", "about", "de", "du", "des", "di", "del", "della", "dello", "da", "do", "über", "zu", "zur", "zum", "van", "over",
        "z", "ze", "o", "om", "på", "i", "по", "о", "об", "з", "із", "про", "για", "στη", "στην", "του", "της", "של", "في", "عن", "sa", "ng", "en",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectLinkWords = SubjectLinks.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Small words before a course that say nothing of its subject (the, my, a, this, that course).</summary>
    private static readonly HashSet<string> NoSubject = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "our", "this", "that", "her", "his", "their", "your", "of", "in", "at", "from", "to", "for", "on", "same",
        "next", "last", "first", "whole", "entire", "online", "evening", "morning", "night", "weekly", "who", "teaches", "runs", "gives",
        "business", "economy", "world", "high", "middle", "working", "upper", "lower", "premium", "master", "art", "fitness", "dance", "cooking",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoSubjectWords = NoSubject.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Course words after which the subject follows with no link (Indonesian, Vietnamese, Tagalog, Thai word order).</summary>
    private static readonly string[] SubjectAfter = ["mata kuliah", "matkul", "kuliah", "kelas", "môn", "lớp", "học phần", "khóa học", "วิชา", "คอร์ส"];

    /// <summary>
    /// Session 41 (i16-roles49): a course named by its subject ("the professoressa del corso di diritto privato", "the lecturer of
    /// the organic chemistry module", "dosen mata kuliah statistika", "giảng viên môn kinh tế", "Statistik|vorlesung"): the
    /// course word at <paramref name="p"/> and a subject after its link word, a subject word before it (English), or a
    /// compound's head. Returns the end of what names the course, or 0.
    /// </summary>
    internal static int NamedCourseEnd(ReadOnlySpan<char> lower, int p, int lastWordStart)
    {
        var courseEnd = CourseEndAt(lower, p);
        if (courseEnd == 0)
        {
            return CompoundCourseEnd(lower, p);
        }

        // English only: a subject word right before it (the organic chemistry module, the yoga class). Other languages put
        // their subject after a link word; a word before a Hebrew, Persian or Korean course is a verb or a place
        // ("מורה שבודקת שיעורי בית", "بعد از کلاس", "강의실에서 강의": homework, after class, a lecture in the lecture hall).
        if (lastWordStart >= 0 && lastWordStart < p && lower[lastWordStart] is >= 'a' and <= 'z' && IsEnglishCourse(lower[p..courseEnd])
            && !NoSubjectWords.Contains(lower[lastWordStart..p].Trim()))
        {
            return courseEnd;
        }

        foreach (var word in SubjectAfter)
        {
            if (lower[p..].StartsWith(word, StringComparison.Ordinal) && courseEnd == p + word.Length || lower[p..courseEnd].SequenceEqual(word))
            {
                return NextWordEnd(lower, courseEnd, out _) is var subjectEnd and > 0 ? subjectEnd : 0;
            }
        }

        // A link word and a subject after it (corso di diritto, курс по матанализу, course of law).
        var linkEnd = NextWordEnd(lower, courseEnd, out var linkStart);
        if (linkEnd > 0 && SubjectLinkWords.Contains(lower[linkStart..linkEnd]) && NextWordEnd(lower, linkEnd, out _) is var end and > 0)
        {
            return end;
        }

        return 0;
    }

    private static bool IsEnglishCourse(ReadOnlySpan<char> word)
    {
        foreach (var stem in EnglishStems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the word after one space at <paramref name="from"/>; 0 when none (punctuation or the end).</summary>
    private static int NextWordEnd(ReadOnlySpan<char> lower, int from, out int start)
    {
        start = from + 1;
        if (from >= lower.Length - 1 || lower[from] != ' ' || !char.IsLetter(lower[from + 1]))
        {
            return 0;
        }

        var end = from + 1;
        while (end < lower.Length && (char.IsLetter(lower[end]) || IsMark(lower[end]) || lower[end] == '\''))
        {
            end++;
        }

        return end;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
