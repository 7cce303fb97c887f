using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>
/// Session 38 (i16-namesrtl46): a listed given name whose family part is an ordinary word, read because the nudity follows it
/// directly (<c>NameBeforeNudity</c>); a pair after a Hindi or Bengali verb that closes its clause though no list holds it
/// (<c>ScriptFullNames.ClosesClauseAsName</c>) and the posture participles before it; the sexual verbs in their case forms
/// (<c>Data/namesrtl46</c>: যৌনমিলনে লিপ্ত, עושה מין). Names invented for these tests (none in the repository's data).
/// </summary>
public sealed class NamesRtl46Tests
{
    /// <summary>Stopped under mature (review, or block when more is read), blocked under strict.</summary>
    [Theory]
    [InlineData("עדי שמחי עירומה על החוף, צילום פפראצי")]
    [InlineData("مايا نعمان عارية على السرير")]
    [InlineData("عکس لخت از مهتاب خدمتگزار برهنه کنار استخر")]
    [InlineData("বাথটাবে নগ্ন হয়ে শুয়ে আছেন শর্বরী পত্রনাবিশ, মোমবাতির আলো")]
    [InlineData("टॉपलेस बैठी अनुराधा गहलावतिया, धूप")]
    [InlineData("অনুশ্রী দস্তগীর একজন পুরুষের সাথে যৌনমিলনে লিপ্ত, ঝাপসা")]
    public void Screen_NameBesideTheSexualTerm_IsStopped(string prompt)
    {
        Assert.NotEqual(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);
        Assert.Equal(Decision.Block, TestScreeners.Default.Screen(prompt, null, "strict").Decision);
    }

    /// <summary>The case forms of the sexual verbs are read without a name too: an anonymous adult, blocked under strict only.</summary>
    [Theory]
    [InlineData("একজন মহিলা একজন পুরুষের সাথে যৌনমিলনে লিপ্ত, হোটেলের ঘর")]
    [InlineData("אישה עושה מין עם גבר על הספה")]
    public void Screen_AnonymousAdultAct_AllowedMatureBlockedStrict(string prompt)
    {
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);
        Assert.Equal(Decision.Block, TestScreeners.Default.Screen(prompt, null, "strict").Decision);
    }

    /// <summary>A kin word, an ordinary noun before the nudity word, a pastime after a verb: no name.</summary>
    [Theory]
    [InlineData("ভাবী নগ্ন হয়ে বিছানায় শুয়ে আছে")]
    [InlineData("זן שושנה עירומה באגרטל")]
    [InlineData("বিকেলে বসে চা খাচ্ছেন, নগ্ন")]
    public void Screen_NoName_AllowedUnderMature(string prompt) =>
        Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);
}
