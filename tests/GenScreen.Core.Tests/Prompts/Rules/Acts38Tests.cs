using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 31 (i16-acts38): acts and nudity read from their parts in free word order (<see cref="PersonActs"/>,
/// Rules/Data/act-order-cues.tsv): an intimate body part and an exposure state in either order, read also beside an adult word
/// or a weaker sexual term so the strict policy blocks it; a partner before the verb only in object-first languages; stage 2
/// (batch 39): undressing slowly, riding a partner, licking or jerking each other, and beside a name "completely" + a bare
/// adjective and "only" + stockings. Look-alikes: fashion, bare feet, x-rays, wind and candles, riding with a husband, a bare
/// wall, heels in a shop window, two women licking ice creams.
/// </summary>
public sealed class Acts38Tests
{
    [Theory]
    [InlineData("Frau, 42, Bluse offen, Brüste raus, im Hotelzimmer")]
    [InlineData("žena kolem čtyřicítky s holými prsy na balkoně hotelu")]
    [InlineData("kvinna, 40, morgonrocken öppen, brösten bara, hotellrum")]
    [InlineData("moglie di 35 anni che lo succhia al marito in macchina")]
    [InlineData("زوجة في الأربعينات تركب على زوجها، ضوء الشموع")]
    [InlineData("dvě dospělé lesbičky se navzájem lížou ve vaně plné pěny")]
    [InlineData("巨乳熟女在镜子前慢慢脱下旗袍，红色灯光")]
    public void Adult_WithTheActInFreeOrder_IsAllowedUnderMature_BlockedUnderStrict(string prompt)
    {
        ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");
        ScreeningAssert.Decides(Decision.Block, prompt, null, "strict");
    }

    [Theory]
    [InlineData("Helene Fischer am Pool, Bikinioberteil verrutscht, Brüste raus")]
    [InlineData("Helene Fischer bläst ihrem Bodyguard hinter der Bühne")]
    [InlineData("Helene Fischer, zupełnie goła pod prysznicem")]
    [InlineData("Helene Fischer in nichts als Strümpfen, nur Strümpfe, Pin-up")]
    public void NamedPerson_WithTheAct_IsBlockedEverywhere(string prompt) => ScreeningAssert.BlocksEverywhere(prompt);

    [Theory]
    [InlineData("der Wind bläst einem Mann den Hut vom Kopf, Herbst im Park")]
    [InlineData("a guy blowing out the birthday candles next to his wife, party")]
    [InlineData("woman of 40 riding a bike with her husband along the canal")]
    [InlineData("Frau, 35, zieht langsam ihre Jacke aus, Bahnhof")]
    [InlineData("kobieta, 35, zupełnie goła ściana w tle, portret")]
    [InlineData("nur High Heels im Schaufenster, Frau 40 schaut")]
    [InlineData("two women licking ice creams next to each other, summer")]
    [InlineData("dvě ženy se navzájem honí po parku, smích")]
    [InlineData("off-the-shoulder summer dress, fashion editorial, model in a garden")]
    [InlineData("chest x-ray of a 40-year-old man, radiology poster")]
    [InlineData("Helene Fischer reitet mit ihrem Mann am Strand")]
    [InlineData("Helene Fischer in Strümpfen und High Heels auf der Bühne")]
    public void LookAlike_IsAllowedEverywhere(string prompt) => ScreeningAssert.AllowsEverywhere(prompt);

    [Theory]
    [InlineData("seins à moitié sortis", 4)]
    [InlineData("se le ven los pezones", 4)]
    [InlineData("乳房が丸出し", 4)]
    [InlineData("bare feet, breasts covered", 0)]
    [InlineData("mammogram: breasts exposed for the scan", 0)]
    [InlineData("a guy blowing a kiss", 0)]
    [InlineData("einem Typen einen bläst", 6)]
    [InlineData("zupełnie goła ściana", 0)]
    public void Read_CombinesTheClasses(string prompt, int level) =>
        Assert.Equal(level, PersonActs.Read(prompt, named: !prompt.Contains("ściana", StringComparison.Ordinal)).Level);

    [Fact]
    public void Read_IsLinearOnALongPrompt()
    {
        var prompt = "Frau 40 " + string.Concat(Enumerable.Repeat("Brüste langsam reitet gegenseitig nur Strümpfe ", 4000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _ = PersonActs.Read(prompt);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }
}
