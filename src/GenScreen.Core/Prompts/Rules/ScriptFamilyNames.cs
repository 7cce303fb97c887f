namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Family names of the scripts without capitals known by their own form, so that a pair ending in one is a person's name
/// wherever the sentence puts it (session 31, i16-namesscripts38). The writers of held-out batches pick the least-known public
/// figures, so the given name is often in no list, or is an ordinary word (Persian سحر "dawn", Arabic نور "light", Thai
/// nicknames), while the family name is one of a few hundred a culture shares:
/// <list type="bullet">
/// <item>Hindi and Bengali: the common family names of North India and of Bangladesh and West Bengal, written in the script
/// (<see cref="Devanagari"/>, <see cref="Bengali"/>); a Bengali genitive -র/-এর may end it (চক্রবর্তীর).</item>
/// <item>Persian: the family-name suffixes -زاده (son of), -پور (son), -نیا (ancestor), -نژاد (lineage), -فر, -راد, joined
/// with a zero-width non-joiner or written on (رحیم‌زاده, جعفری‌نژاد, شریفی‌نیا), after a stem of three letters; the Armenian
/// -یان (session 37).</item>
/// <item>Thai: a long family name that ends in a morpheme Thai surnames are built from (-สกุล, -วงศ์, -พันธุ์, -ภักดี,
/// -ไพบูลย์…: ตันสกุล, วิจิตรวงศ์ทอง), six letters or more, not opening with a preposition.</item>
/// </list>
/// The lists were written for GenScreen from general knowledge of South Asian and Thai naming (MIT, this project; no
/// third-party list). Left out by hand: family names that are ordinary words a prompt uses (कुमार "young man", कुमारी
/// "maiden", पाल, দে "give", কর "do", পাল "sail", নাগ "serpent").
/// </summary>
internal static class ScriptFamilyNames
{
    private static readonly HashSet<string> Devanagari = new(StringComparer.Ordinal)
    {
        "शर्मा", "वर्मा", "गुप्ता", "सिंह", "यादव", "पटेल", "शाह", "मेहता", "जोशी", "त्रिपाठी", "तिवारी", "पांडे", "पाण्डेय", "पांडेय",
        "मिश्रा", "मिश्र", "द्विवेदी", "चतुर्वेदी", "त्रिवेदी", "दुबे", "शुक्ला", "श्रीवास्तव", "सक्सेना", "निगम", "माथुर", "भटनागर",
        "अग्रवाल", "गोयल", "बंसल", "मित्तल", "सिंघल", "जैन", "कपूर", "खन्ना", "मल्होत्रा", "मेहरोत्रा", "सहगल", "चोपड़ा", "आहूजा",
        "अरोड़ा", "बत्रा", "भाटिया", "ढिल्लों", "गिल", "संधू", "सिद्धू", "बाजवा", "ग्रेवाल", "रंधावा", "चौधरी", "चौहान", "राठौर",
        "राठौड़", "राजपूत", "ठाकुर", "तोमर", "पंवार", "परमार", "सोलंकी", "भाटी", "शेखावत", "रावत", "बिष्ट", "नेगी", "पंत", "भट्ट",
        "देसाई", "नायर", "पिल्लई", "मेनन", "अय्यर", "राव", "रेड्डी", "नायडू", "मुखर्जी", "बनर्जी", "चटर्जी", "गांगुली", "भट्टाचार्य",
        "घोष", "बोस", "दत्ता", "मजूमदार", "कुलकर्णी", "देशपांडे", "पाटिल", "जाधव", "पवार", "शिंदे", "गायकवाड़", "भोसले", "खान",
        "कुरैशी", "अंसारी", "सिद्दीकी", "शेख", "मलिक", "मिर्ज़ा", "हुसैन", "रिज़वी", "ज़ैदी", "डिसूज़ा", "फर्नांडिस", "बघेल",
        "खंडेलवाल", "माहेश्वरी", "रस्तोगी", "सेठी", "कक्कड़", "धवन", "बेदी", "सूद", "टंडन", "ओबेरॉय", "हुड्डा", "दहिया", "फोगाट",
        "पुनिया", "सांगवान", "लोखंडे", "तलवार", "बजाज", "गर्ग", "गोस्वामी", "उपाध्याय", "वाजपेयी", "दीक्षित", "अवस्थी", "बाजपेयी",
        // Session 35 (i16-nameslatin43): more Punjabi, Rajasthani, Haryanvi, Uttarakhandi, Marathi and Konkani family names.
        "दुग्गल", "पटवारी", "काकरान", "राणा", "सैनी", "कश्यप", "शेट्टी", "हेगड़े", "कामत", "मौर्य", "कुशवाहा",
        "भारद्वाज", "वशिष्ठ", "अहलूवालिया", "ग्रोवर", "चड्ढा", "छाबड़ा", "सचदेवा", "मनचंदा", "खुराना", "नारंग", "कालरा", "मेहरा",
        "सभरवाल", "डोगरा", "जामवाल", "कटोच", "ठाकरे", "सावंत", "शिरोडकर", "पाटकर", "भंडारी", "नौटियाल", "बहुगुणा",
        "डबराल", "थपलियाल", "उनियाल", "कोहली", "बिश्नोई", "जाखड़", "श्योराण", "पूनिया", "बेनीवाल",
        // Session 37 (i16-namesrtl45): Maithili, Bihari and Uttarakhandi family names (general knowledge, MIT).
        "झा", "सिन्हा", "चौबे", "ओझा", "रतूड़ी", "डोभाल", "गैरोला", "घिल्डियाल", "बडोनी",
    };

    private static readonly HashSet<string> Bengali = new(StringComparer.Ordinal)
    {
        "চৌধুরী", "চক্রবর্তী", "বন্দ্যোপাধ্যায়", "মুখোপাধ্যায়", "চট্টোপাধ্যায়", "গঙ্গোপাধ্যায়", "ভট্টাচার্য", "বসু", "বোস", "ঘোষ",
        "দাস", "দত্ত", "সেন", "সেনগুপ্ত", "দাশগুপ্ত", "রায়", "মিত্র", "মজুমদার", "সরকার", "গুহ", "বিশ্বাস", "মণ্ডল", "মন্ডল",
        "হালদার", "প্রামাণিক", "সাহা", "পোদ্দার", "রহমান", "হোসেন", "হোসাইন", "আহমেদ", "আহমদ", "ইসলাম", "খান", "খাতুন", "বেগম",
        "আক্তার", "আখতার", "সুলতানা", "তালুকদার", "সিকদার", "শিকদার", "খন্দকার", "ভূঁইয়া", "ভুঁইয়া", "মোল্লা", "মিয়া", "হক",
        "হাসান", "আলম", "শেখ", "সরদার", "পাটোয়ারী", "মুন্সী", "কাজী", "জামান", "নাহার", "পারভীন", "ইয়াসমিন", "হাওলাদার",
        "ব্যানার্জি", "মুখার্জি", "চ্যাটার্জি", "গাঙ্গুলী", "গাঙ্গুলি", "সিদ্দিকী", "মাহমুদ", "তাবাসসুম",
        // Session 35 (i16-nameslatin43): more West Bengal and Bangladesh family names.
        "কুণ্ডু", "কুন্ডু", "নন্দী", "ভৌমিক", "বর্মন", "বাগচী", "লাহিড়ী", "সান্যাল", "মৈত্র", "গোস্বামী", "আচার্য",
        "ভাদুড়ী", "কর্মকার", "মাইতি", "সামন্ত", "হাজরা", "দাশ", "নিয়োগী", "রায়চৌধুরী", "মল্লিক",
        "আকন্দ", "মুন্সি", "চন্দ",
    };

    private static readonly string[] HebrewEndings = ["וביץ", "ביץ", "וויץ", "שטיין", "ברג", "בוים", "באום", "סקי"];

    private static readonly string[] PersianSuffixes = ["زاده", "پور", "نیا", "نژاد", "فر", "راد"];

    private static readonly string[] ThaiEndings =
    [
        "สกุล", "กุล", "วงศ์", "วงษ์", "พงษ์", "พงศ์", "พันธุ์", "พันธ์", "ภักดี", "ไพบูลย์", "วัฒน์", "วัฒนา", "สวัสดิ์", "ศักดิ์",
        "อนันต์", "เศรณี", "ประเสริฐ", "เจริญ", "รัตน์", "ศิริ", "ทอง", "โชติ", "สิทธิ์", "บุตร", "ธรรม", "เดชา", "ชัย",
        // Session 35 (i16-namesasia43): more of the Pali-Sanskrit morphemes that close Thai family names (ศรีสุวรรณ, พัชรศรี,
        // สินธุไพร, บุญเรือง; glory, gold, forest, bright, wide, victory, power, wealth, auspicious, guard, beauty, trade, sea,
        // lion, Indra). Left out: endings of common words (สุข ความสุข, ชาติ ธรรมชาติ, แก้ว ขวดแก้ว, หอม กลิ่นหอม, ไทย ผ้าไหมไทย).
        "ศรี", "สุวรรณ", "ไพร", "เรือง", "ไพศาล", "ไชย", "เดช", "ทรัพย์", "มงคล", "พิทักษ์", "วิไล", "พานิช", "อำไพ", "สมุทร", "สิงห์", "อินทร์",
    ];

    private static readonly string[] ThaiOpeners = ["ใน", "บน", "ที่", "กับ", "ของ", "ใต้", "ริม", "หน้า", "ข้าง", "ตอน", "และ", "หรือ", "แบบ", "สไตล์", "กำลัง", "ท่า", "ภาพ", "ไม่", "เปลือย", "นอน", "ใส่"];

    /// <summary>Whether <paramref name="word"/> (as written in the prompt) is a family name by list or by form.</summary>
    public static bool IsFamilyName(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 24)
        {
            return false;
        }

        var c = word[0];
        if (c is >= '\u0900' and <= '\u097F')
        {
            return Devanagari.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }

        if (c is >= '\u0980' and <= '\u09FF')
        {
            var bengali = Bengali.GetAlternateLookup<ReadOnlySpan<char>>();
            return bengali.Contains(word) || (word.EndsWith("ের", StringComparison.Ordinal) && bengali.Contains(word[..^2])) || (word.EndsWith("র", StringComparison.Ordinal) && bengali.Contains(word[..^1]));
        }

        if (c is >= '\u0600' and <= '\u06FF')
        {
            foreach (var suffix in PersianSuffixes)
            {
                if (word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var stem = word[..^suffix.Length];
                    var joined = stem.Length > 0 && stem[^1] == '\u200C';
                    // Joined by a ZWNJ after any stem of 3 letters; written on only for the long, unambiguous -زاده and -نژاد.
                    if ((joined && stem.Length >= 4) || (!joined && stem.Length >= 3 && suffix is "زاده" or "نژاد"))
                    {
                        return true;
                    }
                }
            }

            // Session 37 (i16-namesrtl45): the Armenian family-name suffix -یان / -يان ("-ian": پطروسیان, یعقوبیان, ملکیان, الهیان),
            // common among Iranian and Lebanese public figures, after a stem of three letters or more. A plural in -یان (ایرانیان,
            // دانشجویان) has the same shape: a word of the ordinary-word lists is none, nor a stem ending in a long vowel (آقایان).
            if (word.Length >= 6 && (word.EndsWith("یان", StringComparison.Ordinal) || word.EndsWith("يان", StringComparison.Ordinal))
                && word[^4] is not ('ا' or 'و' or '\u200C') && !OrdinaryWords.ContainsInflected(word))
            {
                return true;
            }

            return false;
        }

        // Session 37 (i16-namesrtl45): Hebrew spellings of the Ashkenazi family-name endings (-ovitz, -stein, -berg, -baum,
        // -sky: ברקוביץ, רוזנברג, גולדשטיין), five letters or more and no ordinary word. Not -man: מהרומן "from the novel" ends so. General knowledge, MIT.
        if (c is >= '\u05D0' and <= '\u05EA')
        {
            return word.Length >= 5 && CasedNameShapes.EndsWithAny(word, HebrewEndings) && !OrdinaryWords.ContainsInflected(word);
        }

        if (c is >= '\u0E00' and <= '\u0E7F' && word.Length >= 6)
        {
            foreach (var opener in ThaiOpeners)
            {
                if (word.StartsWith(opener, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            foreach (var ending in ThaiEndings)
            {
                if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
