using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// The youth nouns, misspelt number words and ordinals of Civitai's audit tests that GenScreen lacked
/// (minors/peer-youth-nouns.json): each with nudity is a minor; the words left out for an adult or non-person
/// sense, and the listed words in their other senses, stay allowed under <c>mature</c>.
/// </summary>
public sealed class PeerYouthNounsTests
{
    [Theory]
    [InlineData("tike, nude")]
    [InlineData("a sprog in the bath, nude")]
    [InlineData("mini girl, nude")]
    [InlineData("a mini boy, topless")]
    [InlineData("stripling, topless")]
    [InlineData("a whippersnapper, nude")]
    [InlineData("street urchin, naked")]
    [InlineData("a portrait of a under developed, nude")]
    [InlineData("aged thri, nude")]
    [InlineData("a sevn yo, topless")]
    [InlineData("nien year old, nude")]
    [InlineData("her nineth birthday, nude")]
    [InlineData("twelveth birthday, naked")]
    public void Screen_PeerYouthWordWithNudity_Blocks(string prompt)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Block, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code.StartsWith("minors.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fountain of youth, nude woman bathing, renaissance painting")] // youth left out: an abstract noun
    [InlineData("sea urchin sushi on a plate, nude woman in background")] // urchin alone left out
    [InlineData("hairy bear and his cub, two adult men, nude, gay romance")] // cub left out: adult slang
    [InlineData("the nineth century, nude statue of a woman")] // an ordinal is no age without a birthday or stage
    [InlineData("a fore yo, nude woman")] // fore is left out (golf)
    [InlineData("a mini girl figurine on a shelf")] // listed, but nothing sexual
    [InlineData("a street urchin selling newspapers, 1900s")]
    public void Screen_LeftOutWordOrListedWordWithoutSexualContent_Allowed(string prompt)
    {
        var verdict = TestScreeners.Default.Screen(prompt, null, "mature");

        Assert.Equal(Decision.Allow, verdict.Decision);
    }
}
