using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// An office that has one holder, singled out by a place or by "current/former", in any of the 26 languages and in
/// each one's word order: "the current prime minister of Japan", 現在の日本の首相, นายกรัฐมนตรีคนปัจจุบันของไทย,
/// ראש הממשלה הנוכחי של ישראל, رئيس وزراء اليابان الحالي, "Sveriges nuvarande statsminister", "元アメリカ大統領", "the news anchor of
/// channel 12" (ערוץ 12). The office word alone is not enough (the queen of the elves, the chess club's president, a
/// fantasy queen): a country name, a broadcaster or company word, a capitalised acronym (CNN, TF1) or a current/former
/// word must stand within a few characters of it in the same clause. The result is a real-person hint that singles out one
/// person (<see cref="PromptRules.SingledOut"/>: suggestive content blocks, as with a name), as for the
/// Latin "the X of Y" rule of <see cref="PersonDetector"/>, which reads English-like articles and so misses the
/// languages without them.
/// </summary>
/// <remarks>
/// The words are data (Rules/Data/office-cues.tsv: country names from npm i18n-iso-countries, offices and modifiers
/// written for GenScreen). A hint changes a verdict only beside sexual content, so the scan runs only when the prompt
/// has a sexual signal: an ordinary prompt pays one flag test; a sexual prompt without an office word pays one scan of
/// the office words (per word start, one lookup per length an office starting with that character has). The scans are
/// linear: at each position, at most one lookup per term length.
/// </remarks>
internal static class OfficeHolders
{
    /// <summary>The most characters between an office and what singles it out ("הנוכחי של ", "คนปัจจุบันของ").</summary>
    private const int MaxGap = 16;

    /// <summary>The most characters between a kin word and its office: a connector and a case ending (" del ", "ın ", " của ").</summary>
    private const int MaxKinGap = 8;

    /// <summary>
    /// The most characters between a role and the user's own surroundings that single it out (kind <c>local</c>, session 24):
    /// the shop or office between them is written out ("la cassiera del supermercato sotto casa mia", "kasir minimarket
    /// dekat rumah saya").
    /// </summary>
    private const int MaxLocalGap = 28;

    /// <summary>The shortest office read as the tail of a compound (minister, kanzlerin): shorter ones (kung, vd, prins) are parts of other words.</summary>
    private const int MinTailLength = 7;

    /// <summary>The fewest letters of a compound's head before its office tail (finans-, helse-, Bundestags-).</summary>
    private const int MinHeadLength = 3;

    /// <summary>The most letters after an office tail: a case ending or definite suffix (-n, -en, -et, -s).</summary>
    private const int MaxTailSuffix = 2;

    /// <summary>Compound offices with a definite suffix are this long at least (finansministern): "ministern" alone is any minister of a story.</summary>
    private const int MinDefiniteCompound = 12;

    /// <summary>Hits looked at on each side of an office word.</summary>
    private const int Neighbours = 3;

    /// <summary>Acronyms that are prompt jargon, not a broadcaster or company.</summary>
    private static readonly HashSet<string> JargonAcronyms = new(StringComparer.Ordinal)
    {
        "NSFW", "SFW", "HD", "UHD", "FHD", "HDR", "RAW", "DSLR", "CGI", "AI", "BREAK", "POV", "OC", "XXX", "NSFL", "AND", "OR", "RTX", "UE5", "SD", "SDXL", "LORA",

        // Genre and kink acronyms name what is shown, not an organisation ("BDSM queen", "Nữ hoàng BDSM": a dominatrix; session 26).
        "BDSM", "MILF", "BBW", "ASMR", "JOI", "CFNM", "CMNF", "ENF", "LGBT", "LGBTQ", "POC",
    };

    /// <param name="source">The prompt as written.</param>
    /// <param name="lexicons">Holds the cue table (<see cref="LexiconSet.OfficeCues"/>, read only when a sexual signal is present).</param>
    /// <param name="into">The signals so far; a hint is added to them.</param>
    public static void Detect(string source, LexiconSet lexicons, SignalSummary into)
    {
        // A real-person hint matters beside sexual content only (it blocks with nudity, reviews with revealing attire).
        if (!into.Has(Signal.Sexual) && !into.Has(Signal.Undress))
        {
            return;
        }

        // Most sexual prompts name no office: a scan of the office words alone (a small table) decides whether to read the rest.
        var table = lexicons.OfficeCues;
        if (!HasOffice(source, table))
        {
            return;
        }

        var hits = FindHits(source, table);
        AddOwnedCourses(source, hits);
        AddOwnedPlaces(source, hits);
        for (var h = 0; h < hits.Count; h++)
        {
            WorkCounter.Add(1);
            // "our mayor", "unsere Bürgermeisterin", "η δήμαρχός μας", "ראש המועצה שלנו", "muhtarımız", "شهردارمون", "우리 구청장"
            // (session 26): the user's own possessive on a role, a word before or after it or an ending of the role word, singles
            // out the holder the user lives with; on a service role or a relation ("my hairdresser", "şefim", "המפקדת שלי") it is a
            // person of the user's life, as "my coworker" is (level 2). Crowns and titles of play (my queen, my princess) are not.
            if (hits[h].Kind == CueKind.Role && !hits[h].NoMine && (hits[h].Possessed || FindMine(source, hits, h) >= 0))
            {
                var mineLevel = hits[h].Service || hits[h].Relation ? 2 : PromptRules.SingledOut;

                // Session 28 (i16-roles32): "spor salonundaki fitness hocam", "my trainer at my gym": the user's own service role
                // at a place of the user's life is the one person there, singled out as "the masseuse of my gym" is.
                if (mineLevel == 2 && hits[h].Service && FindSingler(source, hits, h) >= 0)
                {
                    mineLevel = PromptRules.SingledOut;
                }

                var m = hits[h].Possessed ? h : FindMine(source, hits, h);
                var mineStart = Math.Min(hits[h].Start, hits[m].Start);
                var mineEnd = Math.Max(hits[h].End, hits[m].End);
                into.Add(Signal.RealPersonHint, source[mineStart..mineEnd], mineLevel, mineStart, mineEnd, PromptField.Prompt);
                if (mineLevel == PromptRules.SingledOut)
                {
                    return;
                }

                continue;
            }

            // Session 28 (i16-roles32): a relation of the user's own street or neighbourhood ("पड़ोस वाली भाभी", "मोहल्ले वाली आंटी",
            // "পাড়ার বৌদি") is one person of the user's life, as "my landlady" is (level 2): nudity blocks, lingerie reviews
            // unless the picture is to look real. Only a `local` word singles a relation out (FindSingler with localOnly).
            if (hits[h].Kind == CueKind.Role && hits[h].Relation && !hits[h].NoMine && !AfterIndefinite(source, hits[h].Start)
                && FindSingler(source, hits, h, localOnly: true) is var street and >= 0)
            {
                var streetStart = Math.Min(hits[h].Start, hits[street].Start);
                var streetEnd = Math.Max(hits[h].End, hits[street].End);
                into.Add(Signal.RealPersonHint, source[streetStart..streetEnd], 2, streetStart, streetEnd, PromptField.Prompt);
                continue;
            }

            // A relation (boss, neighbour, соседа) is no office: it is read only beside a kin word (TryKin).
            if (hits[h].Kind != CueKind.Role || hits[h].Relation)
            {
                continue;
            }

            // Session 28 (i16-roles32): a town office whose town is written in the office's own grammar: the city's name
            // compounded before 市長/市长 (横浜市長, 杭州市长), a construct state after it (ראש עיריית חיפה, رئيسة بلدية طرابلس), a
            // genitive postposition before it (इंदौर की मेयर, চট্টগ্রামের মেয়র): one holder, as "the mayor of Bristol".
            if (hits[h].Town && TownWritten(source, hits[h]))
            {
                into.Add(Signal.RealPersonHint, source[hits[h].Start..hits[h].End], PromptRules.SingledOut, hits[h].Start, hits[h].End, PromptField.Prompt);
                return;
            }

            // Session 34 (i16-roles42): an office addressed by a title ("belediye başkanı hanımefendi", "bu camat", "市長さん",
            // "구청장님", "Frau Bürgermeisterin"): the one holder the speaker knows. Not a service role: a title before a job
            // word is also how Persian and Turkish say "a woman teacher" (خانم معلم, a labelled adult look-alike).
            if (!hits[h].Service && !hits[h].NoMine && !AfterIndefinite(source, hits[h].Start) && Addressed(source, hits[h]))
            {
                into.Add(Signal.RealPersonHint, source[hits[h].Start..hits[h].End], PromptRules.SingledOut, hits[h].Start, hits[h].End, PromptField.Prompt);
                return;
            }

            // Session 34 (i16-roles42): a town or council office in a script without capitals, its town written after it by the
            // language's own link ("ראש העירייה של נתניה", "عضو زن شورای شهر مشهد", "رئيسة بلدية مدينة طنطا"): one holder.
            if (CaselessTowns.TownAfter(source, hits[h].Start, hits[h].End, hits[h].Town || hits[h].Service))
            {
                into.Add(Signal.RealPersonHint, source[hits[h].Start..hits[h].End], PromptRules.SingledOut, hits[h].Start, hits[h].End, PromptField.Prompt);
                return;
            }

            if (hits[h].SinglesOut)
            {
                into.Add(Signal.RealPersonHint, source[hits[h].Start..hits[h].End], PromptRules.SingledOut, hits[h].Start, hits[h].End, PromptField.Prompt);
                return;
            }

            if (FindSingler(source, hits, h) is var other and >= 0)
            {
                var start = Math.Min(hits[h].Start, hits[other].Start);
                var end = Math.Max(hits[h].End, hits[other].End);
                into.Add(Signal.RealPersonHint, source[start..end], PromptRules.SingledOut, start, end, PromptField.Prompt);

                // Session 43 (i16-roles51): a role singled out by the user's own place ("the lecturer at my university", "o
                // instrutor da minha academia", "die Dozentin meiner Universität") whose hint the place's institution noun set
                // aside as an institution's name (InstitutionNames, read when a real-person signal is added) is recorded over the
                // role alone: the user's own place (a `local` row or a possessive and the noun it owns) is no part of a name.
                if (hits[other].Local && !into.Has(Signal.RealPersonHint))
                {
                    into.Add(Signal.RealPersonHint, source[hits[h].Start..hits[h].End], PromptRules.SingledOut, hits[h].Start, hits[h].End, PromptField.Prompt);
                }

                return;
            }

            // Session 32 (i16-roles40): a broadcast role on a programme or station written by its own capitalised name ("the
            // weather girl on Good Morning Wessex", "vädertjejen i Östnytt"): the presenter of one named programme.
            if (hits[h].Media && !AfterIndefinite(source, hits[h].Start) && ProgrammeNames.NameEndAfter(source, hits[h].End) is var programmeEnd and > 0)
            {
                into.Add(Signal.RealPersonHint, source[hits[h].Start..programmeEnd], PromptRules.SingledOut, hits[h].Start, programmeEnd, PromptField.Prompt);
                return;
            }

            // "der Bürgermeister von Bielefeld", "wali kota Bandung", "мэр Казани": a town office and the town's name (session 22).
            // Written right after the office, a capitalised word may be the holder's surname as well ("Governor Hochul",
            // "мэр Собянин"): a title and a surname stay the looser hint they are elsewhere (nudity blocks, lingerie reviews).
            // Session 27: a councillor or clerk of a named town's council ("депутатка міськради Львова", "секретарка міськради
            // Тернополя", "депутатка городской думы Казани", "radna rady miasta Krakowa", "la concejala del ayuntamiento de
            // Sevilla"): the council word links role and town, so the town's capitalised name is no surname, and a member of one
            // named council is a public person of that town, singled out as its mayor is.
            if ((hits[h].Town || hits[h].Service) && PlaceNameAfter(source, hits[h].End, out var linked, out var council) is var placeEnd and > 0
                && (council || (hits[h].Town && !hits[h].Service)))
            {
                into.Add(Signal.RealPersonHint, source[hits[h].Start..placeEnd], linked ? PromptRules.SingledOut : 2, hits[h].Start, placeEnd, PromptField.Prompt);
                return;
            }
        }

        if (TrySeat(source, hits, into))
        {
            return;
        }

        TryKin(source, hits, into);
        if (!into.Has(Signal.RealPersonHint))
        {
            TryInUsersPhoto(source, hits, into);
        }
    }

    /// <summary>
    /// A service role or a relation of the user's photo (session 27): "a enfermeira que me atendeu no posto, a da foto", "la
    /// profesora de yoga, la de la foto que te mandé", "жена соседа, фото прикрепил". The photo the user has is of one person of
    /// the user's life: a looser hint (level 2, as "my coworker"), which suggestive content makes a block only beside that photo
    /// (<see cref="PromptRules"/>). Not after an indefinite article ("a nurse costume like in the photo") nor a title of play.
    /// Read only when no other hint was found, beside a sexual signal and a role word.
    /// </summary>
    private static void TryInUsersPhoto(string source, List<CueHit> hits, SignalSummary into)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            WorkCounter.Add(1);
            var role = hits[h];
            if (role.Kind != CueKind.Role || !(role.Service || role.Relation) || role.NoMine
                || (AfterIndefinite(source, role.Start) && !PortugueseDefinite(source, role)))
            {
                continue;
            }

            if (InputKept.IsUploaded(source) || PhotoSubject.IsPhotoSubject(source))
            {
                into.Add(Signal.RealPersonHint, source[role.Start..role.End], 2, role.Start, role.End, PromptField.Prompt);
            }

            return;
        }
    }

    /// <summary>
    /// The first seat of an office the prompt writes as one (capitalised, not "Kremlin-style", not another place's "Casa
    /// Blanca de Mykonos"): its span, or (-1, -1). For <see cref="SeatCouples"/>: two given names at a seat are its holder
    /// and spouse.
    /// </summary>
    internal static (int Start, int End) FindSeat(string source, LexiconSet lexicons)
    {
        var table = lexicons.OfficeCues;
        if (!HasOffice(source, table))
        {
            return (-1, -1);
        }

        foreach (var hit in FindHits(source, table))
        {
            if (hit.Kind == CueKind.Seat && SeatWritten(source, hit) && !SeatElsewhere(source, hit.End))
            {
                return (hit.Start, hit.End);
            }
        }

        return (-1, -1);
    }

    /// <summary>Small lower-case words between a town office and the town's name: of, the, city ("the mayor of the city of Leeds").</summary>
    private static readonly HashSet<string> PlaceLinks = new(StringComparer.Ordinal)
    {
        "of", "the", "city", "town", "von", "vom", "der", "stadt", "de", "la", "le", "du", "di", "da", "do", "del", "della", "des", "ciudad", "città", "cidade",
        "van", "i", "w", "z", "ze", "miasta", "v", "ve", "města", "ng", "lungsod", "sa", "của", "thành", "phố", "kota", "города", "міста", "της", "του", "πόλης",
    };

    /// <summary>
    /// Council words in a genitive chain between a councillor and the town's name (session 27): "депутатка міськради Львова",
    /// "депутатка городской думы Казани", "radna rady miasta Krakowa", "concejala del ayuntamiento de Sevilla", "assessora del
    /// comune di Bari". Any length (the place links are small words); written for GenScreen (MIT, this project).
    /// </summary>
    private static readonly HashSet<string> CouncilLinks = new(StringComparer.Ordinal)
    {
        "міськради", "міської", "обласної", "облради", "сільради", "селищної", "ради", "районної", "райради",
        "городской", "думы", "горсовета", "городского", "совета", "областной", "заксобрания", "муниципального",
        "rady", "gminy", "sejmiku", "powiatu", "zastupitelstva", "obce", "městského", "mestskeho", "kraje",
        "ayuntamiento", "cabildo", "concello", "comune", "consiglio", "comunale", "regione", "câmara", "camara", "junta", "prefeitura",
        "conseil", "municipal", "mairie", "gemeenteraad", "gemeente", "provincie", "stadtrats", "gemeinderats", "kreistags", "landtags",
        "kommunfullmäktige", "kommunstyrelsen", "council", "belediyesi", "belediye", "meclisi", "δήμου", "δημοτικού", "συμβουλίου", "περιφέρειας",
    };

    /// <summary>Slavic town offices (stems, lower case) after which a town is written in the genitive (primátorka Brna, мэр Казани).</summary>
    private static readonly string[] SlavicTownOffices =
    [
        "primátor", "primator", "starost", "hejtman", "prezydent", "burmistrz", "wójt", "wojt", "мэр", "мер", "глава", "голова", "градоначальни",
    ];

    /// <summary>Nominative endings of women's surnames (Nováková, Černá, Kowalska, Иванова, Пушкина, Шевченко stays a surname).</summary>
    private static readonly string[] SurnameEndings =
    [
        "ová", "ova", "á", "ska", "cka", "dzka", "ова", "ева", "ёва", "ина", "ына", "ая", "яя", "ька", "ська", "цька",
    ];

    /// <summary>
    /// Session 28 (i16-roles32): a capitalised word right after a Slavic town office is the town in the genitive, not the holder's
    /// surname, when it ends in a vowel (the genitive of Brno, Plzeň, Gdańsk, Kraków, Казань, Житомир: Brna, Plzně, Gdańska,
    /// Krakowa, Казани, Житомира) that is no nominative surname ending (a title's surname: primátor Svoboda reads a town too,
    /// which changes only how a lingerie prompt about that real mayor is held). "мэр Собянин", "prezydent Nowak" stay surnames.
    /// </summary>
    private static bool SlavicTownGenitive(string source, int roleEnd, ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        var roleStart = roleEnd;
        while (roleStart > 0 && (char.IsLetter(source[roleStart - 1]) || source[roleStart - 1] == ' ') && roleEnd - roleStart < 24)
        {
            roleStart--;
        }

        var role = source.AsSpan(roleStart, roleEnd - roleStart).Trim();
        var at = role.LastIndexOf(' ');
        var last = at >= 0 ? role[(at + 1)..] : role;
        var office = false;
        foreach (var stem in SlavicTownOffices)
        {
            WorkCounter.Add(1);
            if (last.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                office = true;
                break;
            }
        }

        var final = InvariantLower.Of(word[^1]);
        if (!office || final is not ('a' or 'e' or 'i' or 'y' or 'u' or 'ě' or 'а' or 'и' or 'ы' or 'і' or 'ї' or 'я' or 'у'))
        {
            return false;
        }

        foreach (var ending in SurnameEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two Han characters before 市長 that say who the mayor is, not where (女性市長, 美人市長: a woman, a beauty).</summary>
    private static readonly HashSet<string> PersonBeforeOffice = new(StringComparer.Ordinal) { "女性", "男性", "美人", "美女", "熟女", "女子", "架空", "人妻", "巨乳" };

    /// <summary>Characters before 市長 that make no city name of it: vice, former, current, new, old, woman, man, a genitive particle.</summary>
    private const string NoCityBefore = "副元前現现新旧舊女男老的之の";

    /// <summary>
    /// Session 28 (i16-roles32): a town office whose town is written in its own grammar: two Han characters compounded before
    /// 市長/市长/区長/区长/县长/縣長 (横浜市長, 杭州市长); a Hebrew or Arabic construct state followed by a word (ראש עיריית חיפה,
    /// رئيسة بلدية طرابلس); a Hindi or Bengali genitive before the office (इंदौर की मेयर, চট্টগ্রামের মেয়র), not the city word itself.
    /// </summary>
    private static bool TownWritten(string source, CueHit hit)
    {
        var role = source.AsSpan(hit.Start, hit.End - hit.Start);

        // Session 41 (i16-roles49): the city's own word and a genitive particle before the office (旭川市の副市長, 港区の区長): a
        // Han or katakana character before 市/区/町/村/県 and の. "うちの市の", "架空の市の" have no name before the city word.
        if (role.Length >= 2 && Scripts.IsHan(role[0]) && hit.Start >= 3 && source[hit.Start - 1] == 'の' && "市区區町村県都府道".Contains(source[hit.Start - 2])
            && (Scripts.IsHan(source[hit.Start - 3]) || source[hit.Start - 3] is >= '\u30A1' and <= '\u30FA') && !NoCityBefore.Contains(source[hit.Start - 3]))
        {
            return true;
        }

        // Session 41 (i16-roles49): a deputy's office is the town office after 副 (南京市副市长, 浦东新区副区长): the city before it as before 市长.
        if (role.Length >= 3 && role[0] == '副' && role[1] is '市' or '区' or '區' or '县' or '縣')
        {
            return hit.Start >= 2 && Scripts.IsHan(source[hit.Start - 1]) && Scripts.IsHan(source[hit.Start - 2]) && !NoCityBefore.Contains(source[hit.Start - 1])
                && !PersonBeforeOffice.Contains(source.Substring(hit.Start - 2, 2));
        }

        // Session 41 (i16-roles49): a Korean town office after its city written as a word of its own (수원시 부시장, 강남구 구청장, 해남군
        // 군수): a Hangul word of two syllables or more ending in 시, 군, 구 or 도 (not 도시 "a city").
        if (role.Length >= 2 && CjkAges.IsHangul(role[0]) && hit.Start >= 4 && source[hit.Start - 1] == ' ')
        {
            var cityEnd = hit.Start - 1;
            var cityStart = cityEnd;
            while (cityStart > 0 && CjkAges.IsHangul(source[cityStart - 1]))
            {
                cityStart--;
            }

            var city = source.AsSpan(cityStart, cityEnd - cityStart);
            if (city.Length >= 2 && city[^1] is '시' or '군' or '구' or '도' && city is not ("도시" or "우리시" or "우리구" or "이도" or "그도"))
            {
                return true;
            }
        }

        // Session 41 (i16-roles49): a Thai town office and its town glued after it, by the town's own kind word (นายกเทศมนตรีเมืองพิษณุโลก,
        // รองนายกเทศมนตรีนครขอนแก่น) or right after an office that ends with its kind word (ผู้ว่าราชการจังหวัดเชียงใหม่).
        if (role.Length >= 2 && Scripts.IsThai(role[0]))
        {
            var q = hit.End;
            if (source.AsSpan(q).StartsWith("คนปัจจุบัน", StringComparison.Ordinal))
            {
                q += "คนปัจจุบัน".Length;
            }

            var kindEnded = role.EndsWith("จังหวัด", StringComparison.Ordinal) || role.EndsWith("เมือง", StringComparison.Ordinal);
            if (!kindEnded)
            {
                foreach (var kind in (ReadOnlySpan<string>)["เมือง", "นคร", "จังหวัด", "ตำบล", "เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "อำเภอ"])
                {
                    if (source.AsSpan(q).StartsWith(kind, StringComparison.Ordinal))
                    {
                        q += kind.Length;
                        kindEnded = true;
                        break;
                    }
                }
            }

            return kindEnded && q + 2 <= source.Length && Scripts.IsThai(source[q]) && Scripts.IsThai(source[q + 1]);
        }

        if (role.Length >= 2 && Scripts.IsHan(role[0]) && role[0] is '市' or '区' or '區' or '县' or '縣')
        {
            return hit.Start >= 2 && Scripts.IsHan(source[hit.Start - 1]) && Scripts.IsHan(source[hit.Start - 2]) && !NoCityBefore.Contains(source[hit.Start - 1])
                && !PersonBeforeOffice.Contains(source.Substring(hit.Start - 2, 2));
        }

        // 부산시장, 대구시장, 경기도지사: a Hangul town row of four syllables or more holds its city (the rows list them).
        if (role.Length >= 4 && CjkAges.IsHangul(role[0]) && (role.EndsWith("시장", StringComparison.Ordinal) || role.EndsWith("도지사", StringComparison.Ordinal)))
        {
            return true;
        }

        if (role.EndsWith("עיריית", StringComparison.Ordinal) || role.EndsWith("بلدية", StringComparison.Ordinal) || role.EndsWith("عمدة", StringComparison.Ordinal))
        {
            return hit.End + 2 < source.Length && source[hit.End] == ' ' && char.IsLetter(source[hit.End + 1]) && source[hit.End + 1] != 'ה' && source[hit.End + 1] != 'ا';
        }

        // "इंदौर की मेयर", "চট্টগ্রামের মেয়র": the word before is a name in the genitive (not शहर/নগর, "the city's").
        var p = hit.Start;
        if (p < 2 || source[p - 1] != ' ')
        {
            return false;
        }

        var wordEnd = p - 1;
        var wordStart = wordEnd;
        while (wordStart > 0 && source[wordStart - 1] != ' ')
        {
            wordStart--;
        }

        var before = source.AsSpan(wordStart, wordEnd - wordStart);
        if (before is "की" or "के" or "का")
        {
            var nameEnd = wordStart - 1;
            var nameStart = nameEnd;
            while (nameStart > 0 && source[nameStart - 1] != ' ')
            {
                nameStart--;
            }

            var name = nameEnd > nameStart ? source.AsSpan(nameStart, nameEnd - nameStart) : [];
            return name.Length >= 2 && name[0] is >= 'ऀ' and <= 'ॿ' && name is not ("शहर" or "नगर" or "गांव" or "गाँव" or "हमारे" or "मेरे" or "हमारी" or "मेरी");
        }

        // Session 41 (i16-roles49): after a vowel the Bengali genitive is -র alone (রাজশাহীর, কুমিল্লার, খুলনার ডেপুটি মেয়র).
        return before.Length >= 4 && before[0] is >= 'ঀ' and <= '৿'
            && (before.EndsWith("ের", StringComparison.Ordinal) || (before[^1] == 'র' && before[^2] is 'া' or 'ি' or 'ী' or 'ু' or 'ূ' or 'ো' or 'ৌ' or 'ৈ'))
            && before is not ("শহরের" or "নগরের" or "আমাদের" or "গ্রামের" or "পাড়ার" or "এলাকার" or "আমার" or "তোমার" or "তার" or "ওনার" or "উনার" or "তাহার" or "কার" or "এলাকার" or "পাড়ার");
    }

    /// <summary>
    /// The end of a capitalised place name written after a town office: at most three small lower-case words (of, the, city,
    /// von, de, thành phố) and then a word with a capital (three letters or more; two after a link word: Vietnamese "Đà
    /// Nẵng"), in Latin, Cyrillic or Greek letters, no punctuation between; -1 when none. Caseless scripts have no such sign
    /// of a name and are not read.
    /// </summary>
    /// <param name="linked">Whether a link word stood between (a place for sure, not the holder's surname).</param>
    /// <param name="council">Whether one of the words between was a council word (<see cref="CouncilLinks"/>, session 27; then
    /// four words may stand between: "del consiglio comunale di Bari").</param>
    private static int PlaceNameAfter(string source, int end, out bool linked, out bool council)
    {
        linked = false;
        council = false;
        var p = end;

        // A stem row ("депутатк") ends inside its word: the place is read after the word's ending ("депутатка міськради Львова").
        while (p < source.Length && char.IsLetter(source[p]))
        {
            p++;
        }

        for (var word = 0; word < (council ? 5 : 4); word++)
        {
            WorkCounter.Add(1);
            if (p >= source.Length || source[p] != ' ')
            {
                return -1;
            }

            while (p < source.Length && source[p] == ' ')
            {
                p++;
            }

            var start = p;
            while (p < source.Length && char.IsLetter(source[p]))
            {
                p++;
            }

            if (p - start < 1 || source[start] >= '\u0530')
            {
                return -1;
            }

            if (char.IsUpper(source[start]))
            {
                linked = word > 0 || SlavicTownGenitive(source, end, source.AsSpan(start, p - start));
                return p - start >= (linked ? 2 : 3) ? p : -1;
            }

            if (IsSmallWordOf(PlaceLinks, source.AsSpan(start, p - start)))
            {
                continue;
            }

            if (p - start > 24 || !IsCouncilWord(source.AsSpan(start, p - start)))
            {
                return -1;
            }

            council = true;
        }

        return -1;
    }

    /// <summary>Indefinite articles of the spaced languages: "a man in the Kremlin" is anyone who happens to be there.</summary>
    private static readonly HashSet<string> IndefiniteArticles = new(StringComparer.Ordinal)
    {
        "a", "an", "un", "une", "una", "uno", "um", "uma", "ein", "eine", "einen", "einer", "een", "en", "ett", "bir", "ένας", "μια", "μία", "ένα",
        "some", "any", "another", "quelque", "alguna", "alguien", "someone",
        "seorang", "sebuah", "isang", "một", "یک", "একজন", "एक", "jakaś", "jakiś", "nějaká", "nějaký", "какая-то", "якась", "一位", "一个", "一名",
    };

    /// <summary>
    /// A person singled out by the residence or seat of an office (kind <c>seat</c>: the Élysée, 10 Downing Street, the
    /// Kremlin, 청와대, 中南海, Palazzo Chigi, Casa Rosada): an occupant word (kind <c>occupant</c>: occupant, resident, man,
    /// woman, inquilino, Hausherrin, хозяин, ένοικος, 主人, 안주인, penghuni) within a few characters of it, in either order,
    /// no clause break between ("the man in 10 Downing Street", "the Kremlin's occupant", "хозяин Кремля", "白宫主人"). A
    /// seat has one occupant, so this is a name in all but the name (level 3). An indefinite article in the two words
    /// before the occupant ("a woman at the Élysée") makes a visitor, not the holder; a Latin seat counts only capitalised
    /// ("a white house by the sea" is a house). An office beside a seat ("la première dame … à l'Élysée", "the princess of
    /// Kensington Palace") is read by <see cref="FindSingler"/>, where a seat singles out an office as a country does.
    /// </summary>
    private static bool TrySeat(string source, List<CueHit> hits, SignalSummary into)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            WorkCounter.Add(1);
            if (hits[h].Kind != CueKind.Occupant || AfterIndefinite(source, hits[h].Start))
            {
                continue;
            }

            for (var k = Math.Max(0, h - Neighbours); k <= Math.Min(hits.Count - 1, h + Neighbours); k++)
            {
                WorkCounter.Add(1);
                if (hits[k].Kind != CueKind.Seat || !SeatWritten(source, hits[k]) || SeatElsewhere(source, hits[k].End))
                {
                    continue;
                }

                var (gapStart, gapEnd) = hits[k].Start >= hits[h].End ? (hits[h].End, hits[k].Start) : (hits[k].End, hits[h].Start);
                if (gapEnd < gapStart || gapEnd - gapStart > MaxGap || HasClauseBreak(source, gapStart, gapEnd))
                {
                    continue;
                }

                // One-character occupant words of Han and kana (主) are parts of other words: only against the seat or after の/的.
                if (hits[h].End - hits[h].Start == 1 && !(gapEnd == gapStart || (gapEnd - gapStart == 1 && source[gapStart] is 'の' or '的')))
                {
                    continue;
                }

                var start = Math.Min(hits[h].Start, hits[k].Start);
                var end = Math.Max(hits[h].End, hits[k].End);
                into.Add(Signal.RealPersonHint, source[start..end], PromptRules.SingledOut, start, end, PromptField.Prompt);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A seat in Latin letters counts with a capital in it only (the White House, het Torentje, palais de l'Élysée; not a
    /// white house); other scripts have no case.
    /// </summary>
    private static bool SeatWritten(string source, CueHit seat)
    {
        var latin = false;
        for (var i = seat.Start; i < seat.End; i++)
        {
            if (char.IsUpper(source[i]))
            {
                return true;
            }

            latin |= char.IsLetter(source[i]) && IsLatinLetter(InvariantLower.Of(source[i]));
        }

        return !latin;
    }

    /// <summary>Connectives after which a capitalised word places a seat's name elsewhere ("la Casa Blanca de Mykonos").</summary>
    private static readonly HashSet<string> PlaceConnectives = new(StringComparer.Ordinal) { "de", "of", "di", "do", "da", "del", "in", "en", "von", "im", "w", "в", "на", "σε", "στη", "στο" };

    /// <summary>
    /// A seat's words that name something else: the head of a compound or style ("Kanzleramt-Stil", "Kremlin-style"), or a
    /// house of that name in another place ("la Casa Blanca de Mykonos", "the White House of Cape Cod"): a connective and a
    /// capitalised word right after the seat.
    /// </summary>
    private static bool SeatElsewhere(string source, int end)
    {
        if (end + 1 < source.Length && source[end] == '-' && char.IsLetter(source[end + 1]))
        {
            return true;
        }

        var p = end;
        while (p < source.Length && source[p] == ' ')
        {
            p++;
        }

        var wordStart = p;
        while (p < source.Length && char.IsLetter(source[p]))
        {
            p++;
        }

        if (p == wordStart || p - wordStart > 3 || p >= source.Length || source[p] != ' ' || p + 1 >= source.Length || !char.IsUpper(source[p + 1]))
        {
            return false;
        }

        return IsSmallWordOf(PlaceConnectives, source.AsSpan(wordStart, p - wordStart));
    }

    /// <summary>Whether <paramref name="word"/> (24 letters at most), lower-cased, is a council word (<see cref="CouncilLinks"/>).</summary>
    private static bool IsCouncilWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        InvariantLower.Write(word, lower);
        return CouncilLinks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    /// <summary>Whether <paramref name="word"/>, lower-cased, is one of <paramref name="words"/> (small words: 8 letters at most).</summary>
    private static bool IsSmallWordOf(HashSet<string> words, ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[8];
        return word.Length <= lower.Length && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..InvariantLower.Write(word, lower)]);
    }

    /// <summary>
    /// Portuguese "a"/"o" before a role and de/da/do after it ("a apresentadora do jornal"): the definite article, not English
    /// "a" (as <see cref="ArticlelessRoles"/> reads it).
    /// </summary>
    private static bool PortugueseDefinite(string source, CueHit role)
    {
        if (role.Start < 2 || source[role.Start - 1] != ' ' || InvariantLower.Of(source[role.Start - 2]) is not ('a' or 'o')
            || (role.Start > 2 && char.IsLetter(source[role.Start - 3])))
        {
            return false;
        }

        var rest = source.AsSpan(role.End).TrimStart(' ');
        return rest.StartsWith("de ", StringComparison.Ordinal) || rest.StartsWith("da ", StringComparison.Ordinal) || rest.StartsWith("do ", StringComparison.Ordinal)
            || rest.StartsWith("das ", StringComparison.Ordinal) || rest.StartsWith("dos ", StringComparison.Ordinal)
            || rest.StartsWith("que ", StringComparison.Ordinal);
    }

    /// <summary>Whether a word of <paramref name="source"/> between <paramref name="start"/> and <paramref name="end"/> is an indefinite article.</summary>
    private static bool HasIndefiniteWord(string source, int start, int end)
    {
        var p = start;
        while (p < end)
        {
            WorkCounter.Add(1);
            while (p < end && !char.IsLetter(source[p]))
            {
                p++;
            }

            var wordStart = p;
            while (p < end && char.IsLetter(source[p]))
            {
                p++;
            }

            if (p > wordStart && IsSmallWordOf(IndefiniteArticles, source.AsSpan(wordStart, p - wordStart)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the two words before <paramref name="start"/> is an indefinite article.</summary>
    private static bool AfterIndefinite(string source, int start)
    {
        var end = start;
        for (var word = 0; word < 2; word++)
        {
            while (end > 0 && !char.IsLetter(source[end - 1]))
            {
                if (source[end - 1] is ',' or '.' or ';' or '|' or '\n')
                {
                    return false;
                }

                end--;
            }

            var begin = end;
            while (begin > 0 && char.IsLetter(source[begin - 1]))
            {
                begin--;
            }

            if (begin == end || end - begin > 8)
            {
                return false;
            }

            if (IsSmallWordOf(IndefiniteArticles, source.AsSpan(begin, end - begin)))
            {
                return true;
            }

            end = begin;
        }

        return false;
    }

    /// <summary>
    /// The spouse or child of an office holder ("la esposa del presidente", "die Frau des Bundeskanzlers", "başbakanın
    /// karısı", "vợ của thủ tướng", "زوجة الرئيس", "首相の妻"): a kin word written against an office, only a genitive
    /// connector or case ending between, in either order. The office has one holder, so the spouse is one real person; a
    /// family role stays a looser hint (level 2, as "the president's wife" in English: nudity blocks, suggestive reviews).
    /// </summary>
    private static void TryKin(string source, List<CueHit> hits, SignalSummary into)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            WorkCounter.Add(1);
            if (hits[h].Kind != CueKind.Kin)
            {
                continue;
            }

            for (var k = Math.Max(0, h - 1); k <= Math.Min(hits.Count - 1, h + 1); k++)
            {
                WorkCounter.Add(1);
                // "the baker's wife" is anyone's: a service role has no kin. A relation has ("my boss's wife", "жена соседа",
                // "komşunun karısı", session 24): one person of the user's life, level 2 as "my coworker" is.
                if (hits[k].Kind != CueKind.Role || hits[k].Service)
                {
                    continue;
                }

                var (gapStart, gapEnd) = hits[k].Start >= hits[h].End ? (hits[h].End, hits[k].Start) : (hits[k].End, hits[h].Start);
                if (gapEnd < gapStart || gapEnd - gapStart > MaxKinGap || HasClauseBreak(source, gapStart, gapEnd))
                {
                    continue;
                }

                // "сестра и подруга", "the wife and friend": two people side by side, not one owning the other (session 24).
                if (hits[k].Relation && HasCoordinator(source, gapStart, gapEnd))
                {
                    continue;
                }

                // One-character kin words of Han and kana (妻, 娘) are parts of other words: only against the office or after の/的.
                if (hits[h].End - hits[h].Start == 1 && !(gapEnd == gapStart || (gapEnd - gapStart == 1 && source[gapStart] is 'の' or '的')))
                {
                    continue;
                }

                var start = Math.Min(hits[h].Start, hits[k].Start);
                var end = Math.Max(hits[h].End, hits[k].End);
                into.Add(Signal.RealPersonHint, source[start..end], 2, start, end, PromptField.Prompt);
                return;
            }
        }
    }

    /// <summary>Words that join two people ("and", "or") in the spaced languages, which a kin word and a relation must not have between them.</summary>
    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal)
    {
        "and", "or", "y", "e", "et", "und", "oder", "en", "och", "eller", "и", "или", "і", "та", "й", "a", "i", "ve", "veya", "και", "ή", "và", "dan", "atau", "at", "o", "u", "plus", "&", "+",
    };

    /// <summary>Whether a coordinating word stands between <paramref name="start"/> and <paramref name="end"/> ("wife and friend").</summary>
    private static bool HasCoordinator(string source, int start, int end)
    {
        var p = start;
        while (p < end)
        {
            WorkCounter.Add(1);
            while (p < end && char.IsWhiteSpace(source[p]))
            {
                p++;
            }

            var wordStart = p;
            while (p < end && !char.IsWhiteSpace(source[p]))
            {
                p++;
            }

            // The gap is at most MaxKinGap characters: one short string per word.
            if (p > wordStart && Coordinators.Contains(InvariantLower.Of(source[wordStart..p])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most characters between a role and the user's possessive word ("nasza pani wójt", "η βουλευτίνα της περιφέρειάς μας").</summary>
    private const int MaxMineGap = 20;

    /// <summary>
    /// The index of the user's possessive word (kind <c>mine</c>: "our", "unsere", "bizim", "हमारी", "우리" before the role; kind
    /// <c>mine-after</c>: "μας", "שלנו", "ของเรา", "kami", "namin" after it) that owns the role at <paramref name="h"/>, in its
    /// clause and within <see cref="MaxMineGap"/> characters; -1 when none (session 26).
    /// </summary>
    private static int FindMine(string source, List<CueHit> hits, int h)
    {
        var role = hits[h];
        for (var k = Math.Max(0, h - Neighbours); k <= Math.Min(hits.Count - 1, h + Neighbours); k++)
        {
            WorkCounter.Add(1);
            var other = hits[k];
            if (other.Kind != CueKind.Mine || (other.After ? other.Start < role.End : other.End > role.Start))
            {
                continue;
            }

            // At most one word between ("nasza pani wójt", "наша міська голова", "chủ tịch xã chúng tôi"): "mi piace la presentatrice"
            // (Italian "mi" is "me") and "MC … một mình" ("alone") own nobody.
            var (gapStart, gapEnd) = other.After ? (role.End, other.Start) : (other.End, role.Start);
            if (gapEnd - gapStart <= MaxMineGap && !HasClauseBreak(source, gapStart, gapEnd) && source.AsSpan(gapStart, gapEnd - gapStart).Trim().Count(' ') == 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Session 41 (i16-roles49): the speaker's own course ("my organic chemistry module", "meiner Statistikvorlesung", "моего
    /// курса", "mata kuliah statistika saya", "dersimin") added as a <c>local</c> hit (<see cref="SpeakersCourses"/>), so that
    /// <see cref="FindSingler"/> reads it as it reads "my gym": it singles out the service role (lecturer, teacher) beside it.
    /// The possessive is a <c>mine</c> hit before the course or a <c>mine-after</c> hit after it, at most three words away in
    /// one clause, or the course word's own possessive ending. Read only when the prompt has a sexual signal and a role word.
    /// </summary>
    private static void AddOwnedCourses(string source, List<CueHit> hits)
    {
        var hasRole = false;
        foreach (var hit in hits)
        {
            hasRole |= hit.Kind == CueKind.Role && (hit.Service || hit.Relation);
        }

        if (!hasRole)
        {
            return;
        }

        var n = source.Length;
        Span<char> lower = n <= 1024 ? stackalloc char[n] : new char[n];
        InvariantLower.Write(source.AsSpan(), lower);
        Span<(int Start, int End)> found = stackalloc (int, int)[8];
        var count = 0;
        for (var k = 0; k < hits.Count && count < found.Length; k++)
        {
            WorkCounter.Add(1);
            var mine = hits[k];
            if (mine.Kind != CueKind.Mine)
            {
                continue;
            }

            if (!mine.After)
            {
                // Forward from the possessive: the course word within three words (its own start, or a compound's tail).
                var spaces = 0;
                for (var p = mine.End; p < n && p - mine.End <= SpeakersCourses.MaxOwnerGap; p++)
                {
                    WorkCounter.Add(1);
                    if (source[p] == ' ' && ++spaces > SpeakersCourses.MaxOwnerWords + 1)
                    {
                        break;
                    }

                    if (HasClauseBreak(source, p, p + 1))
                    {
                        break;
                    }

                    var wordStart = p == mine.End || !char.IsLetter(lower[p - 1]);
                    var end = (wordStart || IsUnspaced(lower[p])) ? SpeakersCourses.CourseEndAt(lower, p) : 0;
                    if (end == 0 && wordStart)
                    {
                        end = SpeakersCourses.CompoundCourseEnd(lower, p);
                    }

                    if (end > 0 && (wordStart || IsUnspaced(lower[p])))
                    {
                        found[count++] = (mine.Start, end);
                        break;
                    }
                }

                continue;
            }

            // Back from a possessive written after its noun ("mata kuliah statistika saya", "ang klase ko", "lớp học của tôi").
            var back = 0;
            for (var p = mine.Start - 1; p >= 0 && mine.Start - p <= SpeakersCourses.MaxOwnerGap; p--)
            {
                WorkCounter.Add(1);
                if (HasClauseBreak(source, p, p + 1) || (source[p] == ' ' && ++back > SpeakersCourses.MaxOwnerWords + 1))
                {
                    break;
                }

                if ((p == 0 || !char.IsLetter(lower[p - 1]) || IsUnspaced(lower[p])) && SpeakersCourses.CourseEndAt(lower, p) > 0)
                {
                    found[count++] = (p, mine.End);
                    break;
                }
            }
        }

        // A course named by its subject within three words after a service role ("la professoressa del corso di diritto privato",
        // "the lecturer of the organic chemistry module", "dosen mata kuliah statistika"), or a Turkish course in the genitive
        // right before its teacher ("istatistik dersinin hocası"): one course's teacher.
        for (var k = 0; k < hits.Count && count < found.Length; k++)
        {
            WorkCounter.Add(1);
            var role = hits[k];
            if (role.Kind != CueKind.Role || !role.Service)
            {
                continue;
            }

            var words = 0;
            var lastWordStart = -1;
            for (var p = role.End; p < n && p - role.End <= MaxLocalGap; p++)
            {
                WorkCounter.Add(1);
                if (HasClauseBreak(source, p, p + 1))
                {
                    break;
                }

                if (source[p] == ' ')
                {
                    if (++words > SpeakersCourses.MaxOwnerWords + 1)
                    {
                        break;
                    }

                    continue;
                }

                if ((p == 0 || lower[p - 1] == ' ' || lower[p - 1] == '\'') && SpeakersCourses.NamedCourseEnd(lower, p, lastWordStart) is var named and > 0)
                {
                    found[count++] = (p, named);
                    break;
                }

                if (p > 0 && lower[p - 1] == ' ')
                {
                    lastWordStart = p;
                }
            }

            if (count < found.Length && role.Start >= 8 && lower[..role.Start].TrimEnd() is var before && before.Length > 5
                && (before.EndsWith("dersinin", StringComparison.Ordinal) || before.EndsWith("dersi", StringComparison.Ordinal)
                    || before.EndsWith("kursunun", StringComparison.Ordinal) || before.EndsWith("kursu", StringComparison.Ordinal)))
            {
                var courseStart = before.LastIndexOf(' ') + 1;
                if (courseStart > 1)
                {
                    found[count++] = (courseStart, before.Length);
                }
            }
        }

        // Turkish and Persian: the possessive is the course word's own ending (istatistik dersimin hocası, کلاس‌مون).
        for (var p = 0; p < n && count < found.Length; p++)
        {
            WorkCounter.Add(1);
            if ((p == 0 || !char.IsLetter(lower[p - 1])) && SpeakersCourses.PossessedCourseEnd(lower, p) is var end and > 0)
            {
                found[count++] = (p, end);
                p = end;
            }
        }

        for (var i = 0; i < count; i++)
        {
            InsertLocal(hits, found[i].Start, found[i].End);
        }
    }

    /// <summary>The most words between a service role and the possessive of the place that owns it ("aus der Apotheke an unserer").</summary>
    private const int MaxOwnedPlaceWords = 4;

    /// <summary>
    /// Session 43 (i16-roles51): a service role followed, in its clause, by the speaker's possessive and the word it owns ("die
    /// Apothekerin an unserer Ecke", "a fisioterapeuta da minha clínica", "rektorn på min sons skola", "the barista of my
    /// café"): whatever noun the possessive owns (a shop, a corner, a gym, a son's school), the role is the one person there,
    /// as with the listed places of the <c>local</c> rows ("my gym", "unsere Stadt"). The possessive and the word after it are
    /// added as a <c>local</c> hit, so <see cref="FindSingler"/> reads it (never after an indefinite role: "a nurse of my
    /// dreams" is no one). The possessive is a <c>mine</c> hit written before its noun, at most
    /// <see cref="MaxOwnedPlaceWords"/> words and <see cref="MaxLocalGap"/> characters after the role. Linear: one pass over
    /// the hits per service role, bounded by the gap.
    /// </summary>
    private static void AddOwnedPlaces(string source, List<CueHit> hits)
    {
        Span<(int Start, int End)> found = stackalloc (int, int)[4];
        var count = 0;
        for (var k = 0; k < hits.Count && count < found.Length; k++)
        {
            WorkCounter.Add(1);
            var role = hits[k];
            if (role.Kind != CueKind.Role || !role.Service || role.NoMine)
            {
                continue;
            }

            for (var m = k + 1; m < hits.Count; m++)
            {
                WorkCounter.Add(1);
                var mine = hits[m];
                if (mine.Start - role.End > MaxLocalGap)
                {
                    break;
                }

                if (mine.Kind != CueKind.Mine || mine.After || mine.Start < role.End || IsPrepositionElsewhere(source, mine)
                    || HasClauseBreak(source, role.End, mine.Start) || WordCount(source, role.End, mine.Start) > MaxOwnedPlaceWords)
                {
                    continue;
                }

                // The word the possessive owns: the next run of letters after one space (unserer Ecke, minha clínica).
                var p = mine.End;
                if (p >= source.Length || source[p] != ' ')
                {
                    break;
                }

                p++;
                var end = p;
                while (end < source.Length && (char.IsLetter(source[end]) || char.GetUnicodeCategory(source[end]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
                {
                    end++;
                }

                if (end - p >= 2)
                {
                    found[count++] = (mine.Start, end);
                }

                break;
            }
        }

        for (var i = 0; i < count; i++)
        {
            InsertLocal(hits, found[i].Start, found[i].End);
        }
    }

    /// <summary>
    /// A possessive row whose letters are another language's preposition or ordinary word (cs nas "our" = pt nas "in the", fr/pt
    /// nos, sv var/vart, es mes "month", it mie): not read as the owner of a place after a role (AddOwnedPlaces).
    /// </summary>
    private static bool IsPrepositionElsewhere(string source, CueHit mine) =>
        source.AsSpan(mine.Start, mine.End - mine.Start) is var w
        && (w.Equals("nas", StringComparison.OrdinalIgnoreCase) || w.Equals("nos", StringComparison.OrdinalIgnoreCase)
            || w.Equals("var", StringComparison.OrdinalIgnoreCase) || w.Equals("vart", StringComparison.OrdinalIgnoreCase)
            || w.Equals("mes", StringComparison.OrdinalIgnoreCase) || w.Equals("mie", StringComparison.OrdinalIgnoreCase));

    /// <summary>How many words (runs of letters) stand in [start, end).</summary>
    private static int WordCount(string source, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsLetter(source[k]) && (k == start || !char.IsLetter(source[k - 1])))
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>Adds a <c>local</c> hit over [start, end) in order of start.</summary>
    private static void InsertLocal(List<CueHit> hits, int start, int end)
    {
        var at = 0;
        while (at < hits.Count && hits[at].Start <= start)
        {
            at++;
        }

        hits.Insert(at, new CueHit(CueKind.Org, start, end, Local: true));
    }

    /// <summary>
    /// Whether the letters after a role inside its word are the user's possessive ending (session 26): Turkish "my/our" with a
    /// case ending (başkan|ımız, muhtar|ımızın, patron|um, vali|miz), Arabic "my/our" (مدير|ي, رئيس|تنا, نائب|تنا) and Persian
    /// "my/our" (شهردار|مون, رئیس|م, نماینده|‌ام). The role's own script decides which endings count.
    /// </summary>
    private static bool IsPossessiveRest(ReadOnlySpan<char> lower, int end)
    {
        var p = end;
        if (p < lower.Length && lower[p] == '\u200C')
        {
            p++;
        }

        var wordEnd = p;
        while (wordEnd < lower.Length && char.IsLetter(lower[wordEnd]))
        {
            wordEnd++;
        }

        var rest = lower[p..wordEnd];
        if (rest.Length == 0 || rest.Length > 9 || end == 0)
        {
            return false;
        }

        var last = lower[end - 1];
        if (last is >= '\u0600' and <= '\u06FF')
        {
            return rest is "ي" or "نا" or "تي" or "تنا" or "م" or "ام" or "مان" or "مون" or "مونو" or "مو" or "یم";
        }

        if (!IsLatinLetter(last))
        {
            return false;
        }

        // Turkish: an optional linking vowel, m, an optional "our" (ız/iz/uz/üz), an optional case ending.
        var i = 0;
        if (rest[i] is 'ı' or 'i' or 'u' or 'ü')
        {
            i++;
        }

        if (i >= rest.Length || rest[i] != 'm')
        {
            return false;
        }

        i++;
        if (i + 1 < rest.Length && rest[i] is 'ı' or 'i' or 'u' or 'ü' && rest[i + 1] == 'z')
        {
            i += 2;
        }

        return rest[i..] is "" or "ı" or "i" or "u" or "ü" or "a" or "e" or "da" or "de" or "dan" or "den" or "ın" or "in" or "un" or "ün" or "la" or "le" or "dır" or "dir";
    }

    /// <summary>The index of a place, organisation or modifier hit that singles out the office at <paramref name="h"/>; -1 when none.</summary>
    private static int FindSingler(string source, List<CueHit> hits, int h, bool localOnly = false)
    {
        var role = hits[h];
        for (var k = Math.Max(0, h - Neighbours); k <= Math.Min(hits.Count - 1, h + Neighbours); k++)
        {
            WorkCounter.Add(1);
            var other = hits[k];
            if (k == h || other.Kind is CueKind.Role or CueKind.Kin or CueKind.Occupant or CueKind.Mine || (other.Kind == CueKind.Seat && (!SeatWritten(source, other) || SeatElsewhere(source, other.End))))
            {
                continue;
            }

            // A service role (cashier, pharmacist, councillor) is singled out by the user's own surroundings only ("the cashier
            // at my local supermarket"), and nothing singles out one after an indefinite article ("a cashier in my town",
            // session 24). The shop or office may stand between role and surroundings, so their gap is longer.
            // Portuguese "a" is the definite article before "a prefeita da minha cidade" (session 25).
            if (((role.Service || localOnly) && !other.Local) || ((other.Local || other.When) && AfterIndefinite(source, role.Start) && !PortugueseDefinite(source, role)))
            {
                continue;
            }

            // An outlet (local, a station, the morning news) singles out a broadcast role only; "a presenter of a local
            // station" with an indefinite article is anyone who works there (session 22).
            if ((other.Outlet && !role.Media) || (role.Media && other.Kind == CueKind.Org && AfterIndefinite(source, role.Start) && !PortugueseDefinite(source, role)))
            {
                continue;
            }

            var (gapStart, gapEnd) = other.Start >= role.End ? (role.End, other.Start) : (other.End, role.Start);
            // Session 28 (i16-roles32): the user's own surroundings may follow the role after a comma ("die Kassiererin im Lidl,
            // wo ich immer einkaufe"): German and the Slavic languages set every relative clause off so.
            // Session 39 (i16-nudify47): a word of a day ("the MP who spoke in the Knesset yesterday", "posłanka, która wczoraj
            // przemawiała") stands as far from its role as the user's surroundings do, in the role's relative clause.
            if (gapEnd < gapStart || gapEnd - gapStart > (other.Local || other.When || (role.Media && other.Kind == CueKind.Org) ? MaxLocalGap : MaxGap)
                || ((other.Local || other.When) && other.Start >= role.End ? HasClauseBreakButComma(source, gapStart, gapEnd) : HasClauseBreak(source, gapStart, gapEnd)))
            {
                continue;
            }

            // A broadcast role may have its programme written between it and the outlet ("המגישה של תחזית מזג האוויר בחדשות 12",
            // session 26): an outlet or broadcaster singles it out as far as the user's own surroundings do a role.
            // "a DJ at an EDM festival": an organisation after an indefinite article is any one of its kind (session 22).
            if (role.Media && other.Kind == CueKind.Org && HasIndefiniteWord(source, gapStart, gapEnd))
            {
                continue;
            }

            // One-character modifiers (元, 前, 전) are also parts of other words: only written right against the office.
            if (other.Kind == CueKind.Modifier && other.End - other.Start == 1 && !IsBlank(source, gapStart, gapEnd))
            {
                continue;
            }

            return k;
        }

        return -1;
    }

    private static bool Addressed(string source, CueHit hit)
    {
        Span<char> lower = source.Length <= 1024 ? stackalloc char[source.Length] : new char[source.Length];
        InvariantLower.Write(source.AsSpan(), lower);
        return OfficeHonorifics.Addressed(lower, hit.Start, hit.End);
    }

    /// <summary>Whether an office word starts anywhere in the prompt (the roles alone, looked up at word starts).</summary>
    private static bool HasOffice(string source, CueTable table)
    {
        var n = source.Length;
        Span<char> lower = n <= 1024 ? stackalloc char[n] : new char[n];
        InvariantLower.Write(source.AsSpan(), lower);
        for (var p = 0; p < n; p++)
        {
            WorkCounter.Add(1);
            // Where a term can start is a test of two characters; the table is read only there (a word start in a
            // spaced script): most sexual prompts are Latin text, whose other positions this skips.
            if (!CanStartAt(lower, p))
            {
                // Bundestags|präsidentin, finans|minister|n: an office as the tail of a compound word.
                if (TailOfficeAt(lower, p, table).Length > 0)
                {
                    return true;
                }

                continue;
            }

            var lengths = table.RoleLengthsFrom(lower[p]);
            if (lengths == 0)
            {
                continue;
            }

            // Each length an office starting with this character has, and then only when an office also has these
            // first two and last characters at that length (a bit per first, second and last character and length):
            // a word start costs a bit test per length instead of a hash lookup per length.
            // Only the lengths whose bit is set, shortest first (session 37: the loop over all 63 lengths tested a bit per length
            // at every word start of a sexual prompt; the same lengths in the same order).
            for (var bits = lengths & ~1UL; bits != 0; bits &= bits - 1)
            {
                var length = System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (length > n - p)
                {
                    break;
                }

                if (!table.MayBe(lower.Slice(p, length), roleOnly: true))
                {
                    continue;
                }

                WorkCounter.Add(1);
                if (table.TryGet(lower.Slice(p, length), out var cue) && cue.Kind is CueKind.Role or CueKind.Seat)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<CueHit> FindHits(string source, CueTable table)
    {
        var hits = new List<CueHit>();
        var n = source.Length;
        Span<char> lower = n <= 1024 ? stackalloc char[n] : new char[n];
        InvariantLower.Write(source.AsSpan(), lower);
        var p = 0;
        while (p < n)
        {
            WorkCounter.Add(1);
            var maxLength = table.MaxLengthFrom(lower[p]);
            var matched = 0;
            if (maxLength > 0 && CanStartAt(lower, p))
            {
                for (var length = Math.Min(maxLength, n - p); length >= 1 && matched == 0; length--)
                {
                    // The same bit filter as for offices, over every cue: most lengths are turned away without a lookup.
                    if (!table.MayBe(lower.Slice(p, length), roleOnly: false))
                    {
                        continue;
                    }

                    WorkCounter.Add(1);
                    if (table.TryGet(lower.Slice(p, length), out var cue))
                    {
                        // "muhtarımız", "شهردارمون", "مديرتي": the user's possessive ending on a role (session 26); in the languages whose
                        // offices take no other ending it is the one ending read.
                        var endsWell = EndsWell(lower, p + length, length, cue);
                        var possessed = cue.Kind == CueKind.Role && p + length < n && (char.IsLetter(lower[p + length]) || lower[p + length] == '\u200C')
                            && IsPossessiveRest(lower, p + length);
                        if (!endsWell && !possessed)
                        {
                            continue;
                        }

                        var end = endsWell ? p + length : WordEnd(lower, p + length);

                        // "우리 구|청장", "我们市|长", "наша місь|ка голова", "bà chủ| tịch": a longer surroundings or occupant word that
                        // ends inside a role (session 26) is cut where the role starts, so both are read ("우리 " is then the user's own
                        // surroundings right before the role).
                        if (cue.Kind != CueKind.Role && RoleStartInside(lower, p, end, table) is var cut and > 0)
                        {
                            end = cut;
                        }
                        hits.Add(new CueHit(cue.Kind, p, end, IsDefiniteCompound(lower, p, p + length, WordEnd(lower, p + length), cue), cue.Media, cue.Outlet, cue.Town,
                            cue.Local, cue.Service, cue.Relation, possessed, cue.After, cue.Kind == CueKind.Role && table.IsNoMine(lower.Slice(p, length)), cue.When));
                        matched = end - p;
                    }
                }
            }
            else
            {
                // Inside a word: an office as the tail of a compound (Bundestags|präsidentin).
                var (length, cue) = TailOfficeAt(lower, p, table);
                if (length > 0)
                {
                    var wordStart = p;
                    while (wordStart > 0 && char.IsLetter(lower[wordStart - 1]))
                    {
                        wordStart--;
                    }

                    var wordEnd = WordEnd(lower, p + length);
                    hits.Add(new CueHit(CueKind.Role, wordStart, wordEnd, IsDefiniteCompound(lower, wordStart, p + length, wordEnd, cue), cue.Media,
                        Service: cue.Service, Relation: cue.Relation));
                    matched = wordEnd - p;
                }
            }

            // No listed word (CEO is an office, not a broadcaster): a capitalised acronym or a channel's name and number.
            if (matched == 0 && (char.IsUpper(source[p]) || table.IsChannelWordAt(lower, p)) && IsWordStart(lower, p))
            {
                var organisationEnd = Math.Max(AcronymEnd(source, p), ChannelEnd(source, p));
                if (organisationEnd > 0)
                {
                    hits.Add(new CueHit(CueKind.Org, p, organisationEnd));
                    matched = organisationEnd - p;
                }
            }

            p += matched > 0 ? matched : 1;
        }

        return hits;
    }

    /// <summary>The first position after <paramref name="start"/> and before <paramref name="end"/> where a role word starts and ends well; 0 when none.</summary>
    private static int RoleStartInside(ReadOnlySpan<char> lower, int start, int end, CueTable table)
    {
        for (var q = start + 1; q < end; q++)
        {
            WorkCounter.Add(1);
            var lengths = table.RoleLengthsFrom(lower[q]);
            if (lengths == 0 || !CanStartAt(lower, q))
            {
                continue;
            }

            for (var length = Math.Max(1, end - q + 1); length <= 63 && length <= lower.Length - q; length++)
            {
                if ((lengths & (1UL << length)) != 0 && table.MayBe(lower.Slice(q, length), roleOnly: true)
                    && table.TryGet(lower.Slice(q, length), out var cue) && cue.Kind == CueKind.Role && EndsWell(lower, q + length, length, cue))
                {
                    return q;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// Unspaced scripts (Han, kana, Hangul compounds, Thai) take a term anywhere; the others at a word start, or after one
    /// or two clitic letters of Hebrew (ו ה ב ל מ ש כ) or Arabic and Persian (و ب ل ف ك ال).
    /// </summary>
    private static bool CanStartAt(ReadOnlySpan<char> text, int p)
    {
        if (IsUnspaced(text[p]) || IsWordStart(text, p))
        {
            return true;
        }

        for (var clitics = 1; clitics <= 2 && p - clitics >= 0; clitics++)
        {
            if (!IsClitic(text[p - clitics]))
            {
                return false;
            }

            if (IsWordStart(text, p - clitics))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a term may end: anywhere in an unspaced script; in a spaced one at a word end, or inside a word when the term
    /// takes endings (a country stem, an office of an inflecting language: Polski, Казахстана, প্রধানমন্ত্রী, Sveriges)
    /// and has four or more characters.
    /// </summary>
    private static bool EndsWell(ReadOnlySpan<char> text, int end, int length, Cue cue) =>
        end >= text.Length || (IsUnspaced(text[end - 1]) && !IsThaiFanCompound(text, end)) || (!char.IsLetter(text[end]) && !IsMark(text[end])) || char.IsPunctuation(text[end])
        || (cue.TakesEndings && length >= 4);

    /// <summary>
    /// Session 39 (i16-precision47): Thai แฟน (a partner, from English "fan") that opens a longer loanword is no kin word: แฟนตาซี
    /// (fantasy), แฟนซี (fancy), แฟนคลับ, แฟนเพจ, แฟนอาร์ต, แฟนฟิค, แฟนมีต, แฟนบอล, แฟนด้อม. Thai writes no space, so "the queen in a
    /// fantasy novel" (ราชินีในนิยายแฟนตาซี) read as "the queen's partner", one real person, and blocked adult fantasy art.
    /// </summary>
    private static bool IsThaiFanCompound(ReadOnlySpan<char> text, int end)
    {
        if (end < FanWord.Length || !text[..end].EndsWith(FanWord, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[end..];
        foreach (var tail in FanTails)
        {
            if (rest.StartsWith(tail, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private const string FanWord = "แฟน";

    /// <summary>The English loanwords Thai writes as แฟน + a tail (written for GenScreen from Thai usage, MIT).</summary>
    private static readonly string[] FanTails = ["ตาซี", "ตาซ", "ซี", "คลับ", "เพจ", "อาร์ต", "อาต", "ฟิค", "ฟิก", "มีต", "บอล", "ด้อม", "ไซต์", "เซอร์วิส"];

    /// <summary>
    /// An office of a compounding language as the tail of a longer Latin word at <paramref name="p"/>: at least
    /// <see cref="MinHeadLength"/> letters before it, and at most <see cref="MaxTailSuffix"/> letters after it (a case ending
    /// or definite suffix). Returns its length (0 when none) and cue. Only offices of <see cref="MinTailLength"/> letters or
    /// more are tails, so "kung" in "Dankung" or "prins" in a longer word are not read.
    /// </summary>
    private static (int Length, Cue Cue) TailOfficeAt(ReadOnlySpan<char> lower, int p, CueTable table)
    {
        if (p < MinHeadLength || !IsLatinLetter(lower[p]) || !IsLatinLetter(lower[p - 1]) || !IsLatinLetter(lower[p - 2]) || !IsLatinLetter(lower[p - 3]))
        {
            return (0, default);
        }

        var lengths = table.RoleLengthsFrom(lower[p]);
        if (lengths == 0)
        {
            return (0, default);
        }

        var wordEnd = WordEnd(lower, p);
        for (var length = Math.Max(MinTailLength, wordEnd - p - MaxTailSuffix); length <= wordEnd - p && length <= 63; length++)
        {
            WorkCounter.Add(1);
            if ((lengths & (1UL << length)) != 0 && table.MayBe(lower.Slice(p, length), roleOnly: true)
                && table.TryGet(lower.Slice(p, length), out var cue) && cue is { Kind: CueKind.Role, Compounds: true })
            {
                return (length, cue);
            }
        }

        return (0, default);
    }

    /// <summary>
    /// A Scandinavian office with its definite suffix in a compound of <see cref="MinDefiniteCompound"/> letters or more
    /// (finansministern, statsministern, helseministeren): the holder of that one portfolio.
    /// </summary>
    private static bool IsDefiniteCompound(ReadOnlySpan<char> lower, int wordStart, int officeEnd, int wordEnd, Cue cue)
    {
        if (!cue.Definite || wordEnd - wordStart < MinDefiniteCompound)
        {
            return false;
        }

        var suffix = lower[officeEnd..wordEnd];
        return suffix is "n" or "en" or "et";
    }

    private static int WordEnd(ReadOnlySpan<char> lower, int p)
    {
        var end = p;
        while (end < lower.Length && char.IsLetter(lower[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= '\u00DF' and <= '\u024F';

    /// <remarks>
    /// A vowel sign or other combining mark before <paramref name="p"/> belongs to the word it follows (session 30, i16-precision36):
    /// Hindi पुरानी भारतीय ("old Indian") holds रानी (queen) after the vowel sign ु and भारत (India) before ी, and was read as
    /// "the queen of India".
    /// </remarks>
    private static bool IsWordStart(ReadOnlySpan<char> text, int p) => p == 0 || !char.IsLetterOrDigit(text[p - 1]) && text[p - 1] is not ('\u200C' or '\u200D') && !IsMark(text[p - 1]);

    /// <summary>A combining mark (an Indic vowel sign, virama or nukta, a Thai vowel above): part of the word it stands in.</summary>
    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsClitic(char c) => c is 'ו' or 'ה' or 'ב' or 'ל' or 'מ' or 'ש' or 'כ' or 'و' or 'ب' or 'ل' or 'ف' or 'ك' or 'ا';

    /// <summary>Han, kana, Hangul and Thai write words without spaces between (Hangul compounds: 미국대통령).</summary>
    private static bool IsUnspaced(char c) =>
        Scripts.IsKana(c) || c is >= '\u3400' and <= '\u9FFF' || c is >= '\uF900' and <= '\uFAFF' || Scripts.IsHangulSyllable(c) || Scripts.IsThai(c); // Han with the Yijing symbols between its blocks

    /// <summary>
    /// The end of a capitalised acronym starting at <paramref name="p"/> (CNN, TF1, VTV, ČT): 2-5 capitals and digits, two
    /// capitals at least, a whole word, no prompt jargon (NSFW, HDR); 0 when the word is none.
    /// </summary>
    private static int AcronymEnd(string source, int p)
    {
        var end = p;
        var capitals = 0;
        while (end < source.Length && end - p <= 5 && (char.IsUpper(source[end]) || char.IsAsciiDigit(source[end])))
        {
            capitals += char.IsUpper(source[end]) ? 1 : 0;
            end++;
        }

        var length = end - p;
        // A Latin letter after it makes a longer word; kana or Han after it is the next word (NHKの天気予報, CCTV新闻).
        if (length is < 2 or > 5 || capitals < 2 || (end < source.Length && char.IsLetter(source[end]) && !IsUnspaced(source[end]))
            || JargonAcronyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(source.AsSpan(p, length)))
        {
            return 0;
        }

        return end;
    }

    /// <summary>
    /// The end of a channel's name and number starting at <paramref name="p"/> ("Rai 1", "Canal 5", "Kanal D" is not one):
    /// a capitalised word of letters, one space, then digits as a whole word; 0 when the words are none.
    /// </summary>
    private static int ChannelEnd(string source, int p)
    {
        var end = p;
        while (end < source.Length && end - p <= 12 && char.IsLetter(source[end]))
        {
            end++;
        }

        if (end - p < 2 || end + 1 >= source.Length || source[end] != ' ' || !char.IsAsciiDigit(source[end + 1]))
        {
            return 0;
        }

        end++;
        while (end < source.Length && char.IsAsciiDigit(source[end]))
        {
            end++;
        }

        return end < source.Length && char.IsLetter(source[end]) ? 0 : end;
    }

    /// <summary>As <see cref="HasClauseBreak"/>, with one comma allowed (a relative clause set off after the role).</summary>
    private static bool HasClauseBreakButComma(string source, int start, int end)
    {
        var comma = source.AsSpan(start, end - start).IndexOf(',');
        return comma < 0 ? HasClauseBreak(source, start, end)
            : HasClauseBreak(source, start, start + comma) || HasClauseBreak(source, start + comma + 1, end);
    }

    internal static bool HasClauseBreak(string source, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            // Thai ends no sentence with a full stop: a dot after a Thai letter closes an abbreviation (กทม., ผบ.ตร.; session 24).
            if (source[k] is ',' or ';' or ':' or '!' or '?' or '|' or '\n' or '\r' or '(' or ')' or '[' or ']' or '、' or '。' or '，' or '！' or '？' or '；' or '：' or '،' or '؛'
                || (source[k] == '.' && (k == 0 || !Scripts.IsThai(source[k - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlank(string source, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsWhiteSpace(source[k]))
            {
                return false;
            }
        }

        return true;
    }

    internal enum CueKind : byte
    {
        Role,
        Modifier,
        Place,
        Org,

        /// <summary>A spouse or child word (wife, esposa, karısı, 妻): one person beside an office (<see cref="TryKin"/>).</summary>
        Kin,

        /// <summary>The residence or seat of an office (Élysée, Kremlin, 10 Downing Street, 청와대): singles out an office or an occupant.</summary>
        Seat,

        /// <summary>An occupant word (occupant, resident, man, inquilino, хозяин, 主人): one person beside a seat (<see cref="TrySeat"/>).</summary>
        Occupant,

        /// <summary>The user's possessive ("our", "unsere", "μας", "שלנו", "우리"; kinds <c>mine</c> and <c>mine-after</c>, session 26): owns a role beside it.</summary>
        Mine,
    }

    /// <param name="Compounds">An office of a compounding language (de, nl, sv, no, da), read also as the tail of a longer word:
    /// Bundestags|präsidentin, finans|minister|n.</param>
    /// <param name="Definite">An office of a language with a definite suffix (sv, no, da): finansminister|n is "the finance minister".</param>
    /// <param name="Media">A broadcast role (presenter, weather presenter, anchor, DJ; rows of kind <c>media</c>, session 22): an
    /// outlet word singles it out as well as an organisation, place or current/former word does.</param>
    /// <param name="Outlet">An outlet word (a local or regional broadcaster, a station, a news programme; rows of kind
    /// <c>outlet</c>): it singles out a broadcast role only ("the queen of the local tavern" is nobody).</param>
    /// <param name="Town">An office with one holder per town or region (mayor, governor; rows of kind <c>town</c>): a capitalised
    /// place name written after it singles it out (<see cref="PlaceNameAfter"/>).</param>
    /// <param name="Local">The user's own surroundings (my town, our street, bei mir um die Ecke, 우리 동네; rows of kind <c>local</c>,
    /// session 24): an organisation that singles out any role beside it, and the only thing that singles out a service role.</param>
    /// <param name="Service">A role that serves the public in one place (cashier, pharmacist, councillor; rows of kind
    /// <c>service</c>): singled out only by a <see cref="Local"/> cue.</param>
    /// <param name="Relation">A person of the user's life who owns another (boss, neighbour, соседа; rows of kind
    /// <c>relation</c>): read only beside a kin word (<see cref="TryKin"/>), never as an office.</param>
    /// <param name="After">A possessive written after its role (kind <c>mine-after</c>: μας, שלנו, ของเรา, kami; session 26).</param>
    /// <param name="When">A word of a day (kind <c>when</c>: yesterday, today, вчера, אתמול, 昨日; session 39): singles out an office or
    /// broadcast role whose holder did something that day, as the user's surroundings do, never a service role or relation.</param>
    internal readonly record struct Cue(CueKind Kind, bool TakesEndings, bool Compounds = false, bool Definite = false, bool Media = false, bool Outlet = false, bool Town = false,
        bool Local = false, bool Service = false, bool Relation = false, bool After = false, bool When = false);

    /// <param name="SinglesOut">A compound office with a definite suffix ("finansministern", "helseministeren"): the one holder of
    /// that portfolio, which a place or "current" need not single out.</param>
    /// <param name="Media">A broadcast role (<see cref="Cue.Media"/>).</param>
    /// <param name="Outlet">An outlet word (<see cref="Cue.Outlet"/>).</param>
    /// <param name="Town">A town office (<see cref="Cue.Town"/>).</param>
    /// <param name="Local">The user's own surroundings (<see cref="Cue.Local"/>).</param>
    /// <param name="Service">A service role (<see cref="Cue.Service"/>).</param>
    /// <param name="Relation">A relation (<see cref="Cue.Relation"/>).</param>
    /// <param name="Possessed">A role word with the user's possessive ending (muhtarımız, شهردارمون; session 26).</param>
    /// <param name="After">A possessive written after its role (<see cref="Cue.After"/>).</param>
    /// <param name="NoMine">A role that a possessive does not single out (my queen, my princess: kind <c>nomine</c>).</param>
    /// <param name="When">A word of a day (<see cref="Cue.When"/>).</param>
    private readonly record struct CueHit(CueKind Kind, int Start, int End, bool SinglesOut = false, bool Media = false, bool Outlet = false, bool Town = false,
        bool Local = false, bool Service = false, bool Relation = false, bool Possessed = false, bool After = false, bool NoMine = false, bool When = false);

    /// <summary>
    /// The cue words by their lower-case text, and per first character the longest term that starts with it. Owned by
    /// the <see cref="LexiconSet"/> (built on first use), so the lexicon memory measurement counts its ~10,000 rows.
    /// </summary>
    internal sealed class CueTable
    {
        /// <summary>Languages whose offices take case endings (премьер-министра, prezydenta, cumhurbaşkanı'nın).</summary>
        private static readonly HashSet<string> InflectingLanguages = new(StringComparer.Ordinal) { "ru", "uk", "pl", "cs", "el", "tr", "de", "sv", "nl", "bn", "hi" };

        /// <summary>Languages that write an office as the tail of a compound (Bundestagspräsidentin, finansminister, helseminister).</summary>
        private static readonly HashSet<string> CompoundingLanguages = new(StringComparer.Ordinal) { "de", "nl", "sv", "no", "da" };

        /// <summary>Languages whose definite article is a suffix (ministern, ministeren).</summary>
        private static readonly HashSet<string> DefiniteSuffixLanguages = new(StringComparer.Ordinal) { "sv", "no", "da" };

        private readonly Dictionary<string, Cue> _terms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly CharTable<int> _maxLengthByFirst = new();

        /// <summary>Roles no possessive singles out (rows of kind <c>nomine</c>: my queen, my princess; session 26).</summary>
        private readonly HashSet<string> _noMine = new(StringComparer.Ordinal);

        /// <summary>Whether a possessive leaves the role <paramref name="text"/> a title of play or endearment (my queen, mi princesa).</summary>
        public bool IsNoMine(ReadOnlySpan<char> text) => _noMine.Count > 0 && _noMine.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

        /// <summary>Words for a broadcaster's channel written before its number (rows of kind <c>channel</c>), each with a space after it.</summary>
        private readonly List<string> _channelWords = [];

        /// <summary>Per first character, one bit per length (1-63) of an office word starting with it.</summary>
        private readonly CharTable<ulong> _roleLengthsByFirst = new();

        /// <summary>
        /// One bit per (first, second, third, next-to-last and last character, length) of an office word, hashed into 262,144
        /// bits (32 KiB): a clear bit proves no office has that shape, a set bit sends the text to the dictionary as before.
        /// Session 33 (i16-speed41): the shape was the first, second and last character in 65,536 bits, of which 15 % (the
        /// 13,800 cues) and 4 % (the 3,400 offices) were set; the dictionary look-ups it let through were 8 % of the people
        /// stage on the bulk file's flagged lines. Now 4.5 % and 1.1 % are set. Still a necessary condition only: the same
        /// hash is set for every cue and asked of the text.
        /// </summary>
        private readonly ulong[] _roleShapes = new ulong[ShapeBits / 64];

        /// <summary>The same over every cue (offices, modifiers, places, organisations), for the full scan.</summary>
        private readonly ulong[] _cueShapes = new ulong[ShapeBits / 64];

        private const int ShapeBits = 1 << 18;

        private CueTable(IEnumerable<(string Kind, string Language, string Term)> rows)
        {
            _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var (kind, language, term) in rows)
            {
                // "channel 5", "canal 2", "kanal 7" in lower case: the word says broadcaster, ChannelEnd reads the number.
                if (kind == "channel")
                {
                    _channelWords.Add(term + " ");
                    continue;
                }

                // A role no possessive singles out (my queen, my princess, mi reina): titles of play and endearment (session 26).
                if (kind == "nomine")
                {
                    _noMine.Add(term);
                    continue;
                }

                var cueKind = kind switch
                {
                    "role" or "media" or "town" or "service" or "relation" => CueKind.Role,
                    "outlet" or "local" or "when" => CueKind.Org,
                    "modifier" => CueKind.Modifier,
                    "place" => CueKind.Place,
                    "org" => CueKind.Org,
                    "kin" => CueKind.Kin,
                    "seat" => CueKind.Seat,
                    "occupant" => CueKind.Occupant,
                    "mine" or "mine-after" => CueKind.Mine,
                    _ => throw new InvalidDataException($"office-cues.tsv: unknown kind '{kind}'."),
                };

                // Countries always take endings (their stems are listed); offices only in the inflecting languages.
                var role = cueKind == CueKind.Role;
                var cue = new Cue(cueKind, cueKind == CueKind.Place || (cueKind != CueKind.Seat || term.Length >= 5) && InflectingLanguages.Contains(language),
                    role && term.Length >= MinTailLength && CompoundingLanguages.Contains(language), role && kind is not ("service" or "relation") && DefiniteSuffixLanguages.Contains(language),
                    kind == "media", kind == "outlet", kind == "town", kind == "local", kind == "service", kind == "relation", kind == "mine-after", kind == "when");

                // The same text as an office and a place or modifier in two languages: the office wins (it is what is looked for);
                // an office of two languages (minister: sv, nl) keeps what either allows.
                // A broadcast role that is also an office row (presentadora) is both; an outlet that is also an organisation
                // (emissora) stays an organisation, which singles out any office.
                if (!_terms.TryGetValue(term, out var existing) || (role && existing.Kind != CueKind.Role))
                {
                    _terms[term] = cue;
                }
                else if (role && existing.Kind == CueKind.Role)
                {
                    // A word that is an office in one row and a service role or relation in another (presidente, депутат) stays the
                    // office: it is a service role or relation only when no row says office.
                    _terms[term] = new Cue(CueKind.Role, existing.TakesEndings || cue.TakesEndings, existing.Compounds || cue.Compounds, existing.Definite || cue.Definite,
                        existing.Media || cue.Media, Town: existing.Town || cue.Town, Service: existing.Service && cue.Service || existing.Service && cue.Relation || existing.Relation && cue.Service,
                        Relation: existing.Relation && cue.Relation || existing.Service && cue.Relation || existing.Relation && cue.Service);
                }
                else if (existing.Kind == CueKind.Org && existing.Outlet && cueKind == CueKind.Org && !cue.Outlet)
                {
                    _terms[term] = cue;
                }

                _maxLengthByFirst[term[0]] = Math.Max(_maxLengthByFirst[term[0]], term.Length);
                Set(_cueShapes, ShapeBit(term));
                // Seats start the scan as offices do (HasOffice): "the man in 10 Downing Street" has no office word.
                if (cueKind is CueKind.Role or CueKind.Seat && term.Length <= 63)
                {
                    _roleLengthsByFirst[term[0]] |= 1UL << term.Length;
                    Set(_roleShapes, ShapeBit(term));
                }
            }
        }

        public int MaxLengthFrom(char first) => _maxLengthByFirst[first];

        /// <summary>Whether a channel word and a space start at <paramref name="p"/> of the lower-case text ("channel 5").</summary>
        public bool IsChannelWordAt(ReadOnlySpan<char> lower, int p)
        {
            foreach (var word in _channelWords)
            {
                if (lower[p..].StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public ulong RoleLengthsFrom(char first) => _roleLengthsByFirst[first];

        /// <summary>
        /// False when no office (<paramref name="roleOnly"/>) or no cue has the shape (the first three, next-to-last and last
        /// characters and the length) of <paramref name="text"/>, so it cannot be one; true means "look it up".
        /// </summary>
        public bool MayBe(ReadOnlySpan<char> text, bool roleOnly)
        {
            var bit = ShapeBit(text);
            return ((roleOnly ? _roleShapes : _cueShapes)[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        private static void Set(ulong[] bits, int bit) => bits[bit >> 6] |= 1UL << (bit & 63);

        private static int ShapeBit(ReadOnlySpan<char> text)
        {
            var second = text.Length > 1 ? text[1] : '\0';
            var third = text.Length > 2 ? text[2] : '\0';
            var nextToLast = text.Length > 3 ? text[^2] : '\0';
            var hash = ((uint)text[0] * 0x9E3779B1u) ^ ((uint)second * 0x85EBCA77u) ^ ((uint)text[^1] * 0x27D4EB2Fu) ^ ((uint)text.Length * 0xC2B2AE3Du)
                ^ ((uint)third * 0x165667B1u) ^ ((uint)nextToLast * 0xD3A2646Cu);
            hash ^= hash >> 15;
            hash *= 0x2C1B3C6Du;
            hash ^= hash >> 16;
            return (int)(hash & (ShapeBits - 1));
        }

        public bool TryGet(ReadOnlySpan<char> text, out Cue cue) => _lookup.TryGetValue(text, out cue);

        /// <summary>For tests: every cue word with its kind (the shape bits and per-first-character tables are checked against them).</summary>
        internal IEnumerable<(string Term, CueKind Kind)> Entries => _terms.Select(pair => (pair.Key, pair.Value.Kind));

        /// <summary>For tests and docs/performance.md: the share of shape bits set (how often a text of no cue's shape still goes to the dictionary).</summary>
        internal double ShapeFill(bool roleOnly) =>
            (roleOnly ? _roleShapes : _cueShapes).Sum(word => System.Numerics.BitOperations.PopCount(word)) / (double)ShapeBits;

        public static CueTable Load()
        {
            using var reader = RuleDataFile.Open("office-cues.tsv");
            return new CueTable(Parse(reader));
        }

        internal static IEnumerable<(string Kind, string Language, string Term)> Parse(TextReader reader)
        {
            foreach (var line in RuleDataFile.Rows(reader))
            {
                var parts = line.Split('\t');
                if (parts.Length != 3 || parts[2].Length == 0)
                {
                    throw new InvalidDataException($"office-cues.tsv: expected kind, language and term in '{line}'.");
                }

                yield return (parts[0], parts[1], parts[2]);
            }
        }
    }
}
