using System.Text;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// Screening stays linear in the prompt's length on hostile input. Work is measured in counted steps
/// (characters read, hash lookups, substring comparisons: <see cref="WorkCounter"/>), never in time:
/// each input is screened at three sizes, and quadrupling the input may at most quadruple the work
/// (plus slack for constant overheads), with a fixed number of steps per character as the ceiling.
/// </summary>
public sealed class LinearTimeTests
{
    private const int Small = 10_000;
    private const int Large = 4 * Small;
    private const int Huge = 100_000;

    /// <summary>Steps allowed per character: a few lookups per token and a few substring candidates per CJK character; far below n.</summary>
    private const int StepsPerCharCeiling = 100;

    /// <summary>Quadrupling the input may cost at most this many times the work (4 plus slack for fixed costs).</summary>
    private const double GrowthCeiling = 4.4;

    private static readonly Dictionary<string, Func<int, string>> Inputs = new()
    {
        ["one letter"] = n => new string('a', n),
        ["spaced letters"] = n => Repeat("a ", n),
        ["dotted letters"] = n => Repeat("n.", n),
        ["nested brackets"] = n => new string('(', n / 2) + "child, nude" + new string(')', n / 2),
        ["unbalanced brackets and weights"] = n => Repeat("[(<lora:x:", n),
        ["weights without words"] = n => Repeat("(:1.2", n),
        ["one digit run"] = n => new string('7', n),
        ["many numbers"] = n => Repeat("12 ", n),
        ["numbers and commas"] = n => Repeat("9, ", n),
        ["ages"] = n => Repeat("12 years old girl, ", n),
        ["score tags and years"] = n => Repeat("score_9, year 2025, ", n),
        ["age verbs"] = n => Repeat("she is 12 and ", n),
        ["decimals and apertures"] = n => Repeat("f/1.8 ", n),
        ["a long gap of commas"] = n => "girl" + new string(',', n) + "12",
        ["a long gap of spaces"] = n => "she is" + new string(' ', n) + "12",
        ["joined youth words"] = n => Repeat("younggirl nudeteen ", n),
        ["long unknown words"] = n => Repeat("zwölfjährigezwölfjährige ", n),
        ["misspelled numbers"] = n => Repeat("twelv years ", n),
        ["negations"] = n => Repeat("not nude ", n),
        ["school stages"] = n => Repeat("grade 5 pupil, year 6 ", n),
        ["one han character"] = n => new string('\u4E2D', n),
        ["cjk stages"] = n => Repeat("\u521D\u4E8C\u5E74\u521D\u4E2D2\u5C0F\u5B66\u4E09\u5E74\u7EA7", n),
        ["cjk and digits"] = n => Repeat("\u4E2D2", n),
        ["emoji"] = n => Repeat("\U0001F476\U0001F51E", n),
        ["mixed scripts"] = n => Repeat("girl\u5973\u5B5012\u6B73 ", n),
        ["clitic prefixes"] = n => Repeat("\u0648\u0628\u0627\u0644\u0643\u062A\u0627\u0628 \u05D5\u05DC\u05D0 ", n),
        ["false friends"] = n => Repeat("barn kind nu bata mankind ", n),
        ["bare ages beside nudity"] = n => Repeat("nude, 9, ", n),
        // Session 8: spaced digits (pairs read as one number), ages glued inside longer words (a bounded look at the
        // letters before), years of life, and the Japanese abbreviations (the prompt's context computed once).
        ["spaced digit pairs"] = n => Repeat("1 3 ", n),
        ["glued ages"] = n => Repeat("tinyblondegirl12yo nakedgirl11yrs ", n),
        ["one long word before an age"] = n => new string('a', n) + "12yo",
        ["years of life"] = n => Repeat("girl in her tenth year im 12. Lebensjahr ", n),
        ["japanese abbreviations"] = n => Repeat("js jc5 ero ", n),
        ["spelled-out phrases"] = n => Repeat("n a k e d c h i l d ", n),
        ["youth and adults in tags"] = n => Repeat("adult woman, girl nude, ", n),
        ["one emoji run"] = n => Repeat("\U0001F346\U0001F4A6\U0001F476\U0001F3FD\u200D", n),
        ["thai run"] = n => Repeat("\u0E40\u0E14\u0E47\u0E01\u0E42\u0E1B\u0E4A", n),
        // Names in other scripts: Hangul words that start with a family name and end in a particle, Cyrillic
        // words with case endings and patronymics (second readings of every word), Arabic words with the article.
        ["hangul names"] = n => Repeat("\uAE40\uD0DC\uD76C\uC758 \uC774\uC7AC\uBA85 ", n),
        ["cyrillic names"] = n => Repeat("\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440\u043E\u0432\u0438\u0447 \u0413\u0443\u0441\u0435\u0432\u044B\u043C ", n),
        ["arabic articles"] = n => Repeat("\u0627\u0644\u062D\u0633\u0646 \u0627\u0644\u0631\u0634\u064A\u062F ", n),
        ["han numerals and age units"] = n => Repeat("\u5341\u4E8C\u5C81\u6B72\u5341\u5341\u5468\u624D", n), // 十二岁歲十十周才
        ["korean numbers and age units"] = n => Repeat("\uC5F4\uB450\uC0B4\uC138 \uC2ED\uC774 \uC138 ", n), // 열두살세 십이 세
        ["number nicknames and ordinal classes"] = n => Repeat("twelvie 9yrold dodicenne trzeciej klasy groep 5 ", n),
        // Names in Japanese, Chinese and Korean beside roles and honorifics, and descriptions in other languages.
        ["cjk names, roles and honorifics"] = n => Repeat("\u5973\u512A\u65B0\u57A3\u7D50\u8863\u3055\u3093\u738B\u5C0F\u59D0\u5973\u6F14\u5458\u5218\u8BD7\u8BD7", n), // 女優新垣結衣さん王小姐女演员刘诗诗
        ["hangul names and honorifics"] = n => Repeat("\uBC30\uC6B0 \uAE40\uC9C0\uC218 \uC528 \uB0B4 \uB3D9\uB8CC ", n), // 배우 김지수 씨 내 동료
        ["relations in many languages"] = n => Repeat("mi la colega de \u043C\u043E\u044F \u043A\u043E\u043B\u043B\u0435\u0433\u0430 rekan kerja saya ", n),
        // Birth years (a birth word looked for around every year), undressing grammar (change verbs scanning for a state,
        // garments scanning for a removal word), and compounds written apart (Latin parts and Hangul runs joined on trial).
        ["birth years"] = n => Repeat("born in the 2012 b. 2011 (2013) class of 2031 2012년생 ", n), // 년생
        ["undressing grammar"] = n => Repeat("make her take off the clothes dress off see through shirt with bare ", n),
        ["spaced compounds"] = n => Repeat("grund schul kind låg stadie 초등 학생 벗은 몸 ", n), // 초등 학생 벗은 몸
        // One ideograph that starts hundreds of names (王, a family name): each position may only try the names that go on
        // with the next character, not every name with that first character. Spaced, each run ends where a name could go on.
        ["one family name ideograph"] = n => new string('\u738B', n),
        ["one family name ideograph, spaced"] = n => Repeat("\u738B ", n),
        // Inflection as data: words that pass the stem gate and try every ending length, Turkish chains that run the
        // suffix program, clitics before suffixes, and compounds that probe heads, tails and guards at full length.
        ["inflected stems and suffix chains"] = n => Repeat("dzieckiemxyzqwv çocuklarımızdakılerdenmiş وبالاطفالهاتهم nagiegoooooo ", n),
        ["one-word compounds"] = n => Repeat("kinderkinderkinderkinderkinderkinderkinderkind sexsexsexsexsexsexsexsexsexsexsexsexsexsexsex nacktschneckenkinder ", n),
        // (The compounds above also ask, each, whether the prompt writes a letter only non-compounding languages write: one
        // pass per prompt since session 22.) One-word stage names beside nudity in a prompt of no language: each name asks
        // whether its audience's language shows, counted once per prompt.
        ["stage names beside nudity"] = n => Repeat("Elodie Annalisa Rosalía Raisa nude ", n),
        // Full names in other scripts beside a sexual term: capitalised Cyrillic pairs that are no name (every pair is read),
        // Hangul family names beside nudity, a long Han run ending in a sexual term (ScriptFullNames, CjkPersonNames).
        // Tagalog and Indonesian affixes: words that start with many prefixes, carry an infix and a doubled syllable, and
        // probe every prefix without a stem; look-alike ages and approximate numbers (AgeNumbers.IsLookalikeAge).
        ["affixes"] = n => Repeat("nagpapakahuhubaran menyelanjangkan pinagkakahuhubad ketelanjanganan humuhubad ", n),
        ["look-alike and approximate ages"] = n => Repeat("girl 1o yo l2yo 1l y o twelve-ish 9ish of eleven ", n),
        ["script name shapes"] = n => Repeat("\u0410\u0431\u0432\u0433 \u0414\u0435\u0436\u0437 \u0433\u043E\u043B\u0430\u044F \uAE40\uBBFC\uC9C0 \uB204\uB4DC \u738B\u738B\u738B\u88F8\u7167 ", n), // Абвг Дежз голая 김민지 누드 王王王裸照
        // Roles, offices and name shapes of many cultures beside a false friend: every role looks both ways for a name, every
        // office back for an article, every capitalised pair is tried as a culture's name, the false friend is placed once.
        // Session 9: bare numbers after a person (each looks a few tokens back, and rebuilds a spelled-out person of at most
        // 16 letters), numbers joined to nudity, youth age groups, doubled letters in number words before an age unit.
        ["bare numbers after persons"] = n => Repeat("girl 12 & nude boy: 9 g i r l 1 0 kid 8+nude ", n),
        ["long spelled run before a number"] = n => Repeat("g i r l ", n) + "12 & nude",
        ["age groups"] = n => Repeat("the under-14s u9s team under 12 squad jo12 ", n),
        ["doubled number words"] = n => Repeat("tenn year old twnty one year ", n),
        ["world roles, offices and name shapes"] = n => Repeat("the German chancellor \u0430\u043A\u0442\u0440\u0438\u0441\u0430 \u0410\u043B\u0438\u043D\u0430 Singer Camila da Rocha Ahn Seo-yeon Bui Thi Lan Ksenia Belousova nu ", n), // актриса Алина
        // Session 23 (PhotoSubject): face, keep, scene and photo words beside nudity, each pairing a window of the others.
        ["photo subjects and kept faces"] = n => Repeat("nude face same face pose her real face from the photo z fotky \u7167\u7247\u91CC\u8138\u4FDD\u6301 ", n), // 照片里脸保持
    };

    public static TheoryData<string> InputNames() => [.. Inputs.Keys];

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, length);
    }

    private static long StepsToScreen(string prompt)
    {
        WorkCounter.Reset();
        var verdict = TestScreeners.Default.Screen(prompt, prompt, "strict");
        var steps = WorkCounter.Steps;

        Assert.True(Enum.IsDefined(verdict.Decision));
        Assert.Equal(Enum.GetValues<HarmCategory>().Length, verdict.Categories.Count);
        return steps;
    }

    [Fact]
    public void WorkCounter_IsCompiledIntoTheTestedBuild()
    {
        // The step counts below mean nothing in a Release build, where the counter compiles away.
        Assert.True(WorkCounter.IsCompiled, "Run the tests in the Debug configuration: SCREENING_WORK_COUNTER is off.");
    }

    [Theory]
    [MemberData(nameof(InputNames))]
    public void Screen_HostileInput_WorkGrowsLinearly(string input)
    {
        var make = Inputs[input];
        StepsToScreen("warm up"); // the lexicons are built once, outside the measurement

        var small = StepsToScreen(make(Small));
        var large = StepsToScreen(make(Large));
        var huge = StepsToScreen(make(Huge));

        Assert.True(small > 0, "no steps were counted");
        Assert.True(large <= GrowthCeiling * small, $"{input}: {small} steps at {Small} chars but {large} at {Large} ({(double)large / small:F2}x)");
        Assert.True(huge <= (long)StepsPerCharCeiling * Huge, $"{input}: {huge} steps for {Huge} chars ({(double)huge / Huge:F1} per char)");
    }

    [Fact]
    public void Screen_HundredThousandLettersThenAMinorAndNudity_StillBlocks()
    {
        var prompt = new string('x', Huge) + ", 12 year old, nude";

        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Block, verdict.Decision);
    }
}
