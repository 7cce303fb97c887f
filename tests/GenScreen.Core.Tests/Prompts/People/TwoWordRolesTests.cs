using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.People;

/// <summary>Public roles written in two words (TwoWordRoles: ca sĩ, diễn viên, hoa hậu) and a capitalised name after them.</summary>
public class TwoWordRolesTests
{
    [Theory]
    [InlineData("ca sĩ Minh Thư khỏa thân")]
    [InlineData("diễn viên Bảo Ngân nude")] // a name in no list: the role makes it a person (Thanh Hằng, the actress, is listed since session 9)
    [InlineData("hoa hậu Ngọc Hân ảnh khỏa thân")]
    public void Screen_TwoWordRoleThenName_BlocksAsARealPerson(string prompt)
    {
        var mature = TestScreeners.Default.Screen(prompt, null, "mature");
        Assert.Equal(Decision.Block, mature.Decision);
        Assert.Contains(mature.Reasons, r => r.Code == ReasonCodes.TermRealPersonHint);
    }

    [Theory]
    [InlineData("ca sĩ khỏa thân trên sân khấu")] // a singer, no name
    [InlineData("người mẫu khỏa thân, ánh sáng dịu")] // a model, no name
    public void Screen_TwoWordRoleWithoutName_StaysAdultContent(string prompt)
        => Assert.Equal(Decision.Allow, TestScreeners.Default.Screen(prompt, null, "mature").Decision);
}
