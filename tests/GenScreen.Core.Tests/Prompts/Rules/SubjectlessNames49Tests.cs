using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 41 (i16-subjectless49): <see cref="SubjectlessNames"/>, the last-resort reading of a real person. A sexual prompt with
/// no person word, no adult or minor marker and no name any reader took is about the capitalised name it holds: reviewed under
/// `mature` (never blocked on that alone), blocked under `strict`. Its look-alikes (places after their preposition, a noun after
/// its article, a work after another name's "of", a Turkish locative, a Title Case heading, German "Mitte vierzig", a drawn or
/// invented frame, a lone given name, a person word elsewhere) stay allowed under `mature`.
/// </summary>
public sealed class SubjectlessNames49Tests
{
    [Theory]
    [InlineData("lace garter belt, fishnets, Odalys Winter kneeling on the sofa, boudoir mood")] // base: allow (Winter is an ordinary word)
    [InlineData("garter belt and fishnets, Odalys Winter kneeling on the sofa")]
    public void OnlySubjectIsAnUnreadName_IsReviewedUnderMature(string prompt)
    {
        var verdict = ScreeningAssert.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Review, verdict.Decision);
        Assert.Contains(verdict.Reasons, r => r.Code == "term.real-person-likely");
        ScreeningAssert.Decides(Decision.Block, prompt, null, "strict");
    }

    [Theory]
    [InlineData("lace garter belt, fishnets, a woman kneeling on the sofa, Odalys Winter style, boudoir mood")] // person word, and a style credit
    [InlineData("garter belt, fishnets, kneeling on the sofa by Odalys Winter, boudoir mood")] // a "by" credit
    [InlineData("Eve from Genesis nude, marble statue")] // a work after another name's "from"
    [InlineData("Winzerin Mitte fünfzig im Weinberg, nackt, Ölgemälde")] // German noun and "Mitte" age
    [InlineData("Bodrum Limanı'nda teknede çıplak güneşlenme, erotik")] // a Turkish locative
    [InlineData("Die Nacht Im Hotel, Strapse, Spitze, Kerzenlicht")] // a Title Case heading
    [InlineData("Lyra Moonwhisper, elf queen of my novel, nude, fantasy art")] // an invented character
    [InlineData("garter belt, Sophia kneeling on the bed, boudoir")] // a lone listed given name
    [InlineData("nude on the rocks near Punta Negra, golden hour, film grain")] // a place after its preposition
    [InlineData("topless am Ufer des Starnberger Sees, Morgennebel")] // a noun after its article
    [InlineData("naakt zonnebaden op de Oude Vismarkt, zomers licht")] // a place after its preposition and article
    [InlineData("nude on a black sand beach in Iceland, Kodak Portra 400, golden hour")]
    [InlineData("score_9, score_8_up, source_anime, nude, on bed, looking at viewer")]
    public void LookAlikes_StayAllowedUnderMature(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "mature");

    [Fact]
    public void ChildHint_LeavesTheNameToTheMinorsReaders() =>
        ScreeningAssert.Decides(Decision.Block, "nonton Upin Ipin di teras sambil makan es krim, telanjang", null, "mature");

    [Theory]
    [InlineData("Odalys Winter kneeling on the sofa, reading a book by the window")] // no sexual content: the rule never runs
    public void WithoutSexualContent_NothingIsRead(string prompt) => ScreeningAssert.Decides(Decision.Allow, prompt, null, "strict");
}
