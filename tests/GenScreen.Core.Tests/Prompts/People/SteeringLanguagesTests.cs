using System.Text.Json;
using GenScreen.Core.Prompts;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Steering in the prompt's language for every supported language (people/steering.json): a prompt allowed under
/// <c>mature</c> that depicts people gets the English terms and the terms of its language, named by its first person
/// word or, when none names one (a Thai or Japanese unspaced run), by its script (Rules/ScriptLanguage.cs).
/// </summary>
public sealed class SteeringLanguagesTests
{
    [Theory]
    [InlineData("pl", "kobieta w czerwonej sukience na plaży", "dziecko")]
    [InlineData("pl", "portret kobiety w kawiarni, miękkie światło", "nieletnia")]
    [InlineData("nl", "portret van een vrouw op het strand", "kind")]
    [InlineData("nl", "twee meisjes lachen in een café", "minderjarig")]
    [InlineData("sv", "porträtt av en kvinna på stranden", "barn")]
    [InlineData("sv", "en tjej i röd klänning i parken", "minderårig")]
    [InlineData("cs", "portrét ženy na pláži", "dítě")]
    [InlineData("cs", "žena v červených šatech v kavárně", "nezletilá")]
    [InlineData("uk", "портрет жінки на пляжі", "дитина")]
    [InlineData("uk", "дівчина у червоній сукні в парку", "неповнолітня")]
    [InlineData("tr", "plajda bir kadın portresi", "çocuk")]
    [InlineData("tr", "kırmızı elbiseli kadın, kafede", "reşit olmayan")]
    [InlineData("el", "πορτρέτο μιας γυναίκας στην παραλία", "παιδί")]
    [InlineData("el", "γυναίκα με κόκκινο φόρεμα σε καφέ", "ανήλικη")]
    [InlineData("he", "דיוקן של אישה בחוף הים", "ילד")]
    [InlineData("he", "אישה בשמלה אדומה בבית קפה", "קטינה")]
    [InlineData("ar", "صورة امرأة على الشاطئ", "طفل")]
    [InlineData("ar", "امرأة بفستان أحمر في مقهى", "قاصر")]
    [InlineData("fa", "پرتره یک زن در ساحل", "کودک")]
    [InlineData("fa", "زن با لباس قرمز در کافه", "خردسال")]
    [InlineData("hi", "समुद्र तट पर एक महिला का चित्र", "बच्चा")]
    [InlineData("hi", "लाल पोशाक में महिला, कैफे में", "नाबालिग")]
    [InlineData("bn", "সমুদ্র সৈকতে একজন মহিলার প্রতিকৃতি", "শিশু")]
    [InlineData("bn", "লাল শাড়িতে একজন নারী, বাগানে", "নাবালিকা")]
    [InlineData("th", "ภาพผู้หญิงที่ชายหาด", "เด็ก")]
    [InlineData("th", "ผู้หญิงในชุดสีแดงในร้านกาแฟ", "ผู้เยาว์")]
    [InlineData("vi", "chân dung một người phụ nữ trên bãi biển", "trẻ em")]
    [InlineData("vi", "cô gái mặc váy trắng trong công viên", "vị thành niên")]
    [InlineData("id", "potret seorang wanita di pantai", "anak")]
    [InlineData("id", "perempuan bergaun merah di kafe", "di bawah umur")]
    [InlineData("tl", "larawan ng isang babae sa dalampasigan", "bata")]
    [InlineData("tl", "babaeng nakapulang damit sa kapihan", "menor de edad")]
    [InlineData("ja", "海辺の女性の肖像", "子供")] // person word inside an unspaced run: the script (kana) names the language
    [InlineData("zh", "海边穿泳衣的女人", "儿童")]
    [InlineData("ko", "해변에서 수영복을 입은 여자", "아이")]
    public void Screen_AllowedPromptWithPeopleInALanguage_SteersInThatLanguageAndEnglish(string language, string prompt, string expectedTerm)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.True(verdict.Decision == Decision.Allow, $"{language}: {prompt} was {verdict.Decision}");
        Assert.Contains("child", verdict.NegativePromptAdditions);
        Assert.Contains(expectedTerm, verdict.NegativePromptAdditions);
    }

    /// <summary>Every one of the 26 languages has its own negative terms, beside English.</summary>
    [Fact]
    public void SteeringData_EveryLanguageHasItsOwnTerms()
    {
        string[] languages = ["en", "de", "es", "fr", "pt", "it", "ru", "ja", "zh", "ko", "pl", "nl", "sv", "cs", "uk", "tr", "el", "he", "ar", "fa", "hi", "bn", "th", "vi", "id", "tl"];
        var name = typeof(PromptScreener).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("steering.json", StringComparison.Ordinal));
        using var stream = typeof(PromptScreener).Assembly.GetManifestResourceStream(name)!;
        using var doc = JsonDocument.Parse(stream);
        var terms = doc.RootElement.GetProperty("steering").EnumerateArray()
            .ToDictionary(e => e.GetProperty("language").GetString()!, e => e.GetProperty("negative").GetArrayLength(), StringComparer.Ordinal);

        foreach (var language in languages)
        {
            Assert.True(terms.TryGetValue(language, out var count), $"no steering terms for {language}");
            Assert.True(count >= 5, $"{language} has {count} terms");
        }
    }

    [Theory]
    [InlineData("a woman on the beach, kobieta", "child", "dziecko")] // the first person word is English: English only
    [InlineData("kobieta and a man on the beach", "dziecko", null)] // the first person word is Polish: Polish beside English
    [InlineData("portrait, стиль, женщина", "child", "ребенок")] // portrait is an English person word and comes first
    [InlineData("пляж, портрет, дівчина у сукні", "дитина", null)] // Cyrillic settled as Ukrainian by its letters
    [InlineData("ビーチで水着の女性", "子供", null)] // kana: Japanese, not Chinese
    [InlineData("تصویر یک زن جوان در کنار دریا", "کودک", null)] // Persian letters: Persian, not Arabic
    public void Screen_PromptMixingLanguages_SteersInTheFirstPersonWordsLanguage(string prompt, string expected, string? absent)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Allow, verdict.Decision);
        Assert.Contains("child", verdict.NegativePromptAdditions);
        Assert.Contains(expected, verdict.NegativePromptAdditions);
        if (absent is not null)
        {
            Assert.DoesNotContain(absent, verdict.NegativePromptAdditions);
        }
    }

    [Theory]
    [InlineData("a lighthouse at sunset, tao symbol")] // Tagalog tao is left out: the Tao
    [InlineData("a bowl of pho, vo chong")] // Vietnamese vợ, chồng fold to these: left out
    [InlineData("a bowl of ramen, nona")]
    public void Screen_WordOfAnotherLanguageThatIsNoPersonWord_NoSteering(string prompt)
    {
        Assert.Empty(TestScreeners.Default.Screen(prompt, null, "mature").NegativePromptAdditions);
    }

    [Fact]
    public void Screen_FrenchNudeWordFoldingLikeVietnamese_IsNotVietnamese()
    {
        var verdict = TestScreeners.Default.Screen("nu, homme, jardin", null, "mature");

        Assert.DoesNotContain("trẻ em", verdict.NegativePromptAdditions);
        Assert.Contains("enfant", verdict.NegativePromptAdditions);
    }
}
