using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Tests.Prompts.Normalization;

/// <summary>The table lower case gives what the runtime's invariant lower case gives (session 31: verdicts unchanged).</summary>
public sealed class InvariantLowerTests
{
    [Fact]
    public void Of_EveryBmpCharacter_AsTheRuntime()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant((char)c), InvariantLower.Of((char)c));
        }
    }

    [Theory]
    [InlineData("Portrait of ANNA")]
    [InlineData("ПОРТРЕТ Анна Петрова, ΣΑΝΤΟΡΊΝΗ")]
    [InlineData("İSTANBUL ışık KELVIN \u212A ſ ǅ ẞ")]
    [InlineData("서울 김민지 京都 ＡＢＣ Ⅻ Ⓐ")]
    [InlineData("bold \uD835\uDC00 and \uD801\uDC00 Deseret")] // surrogate pairs: the runtime's own call
    [InlineData("lone \uD800 surrogate Ä")]
    [InlineData("")]
    public void Write_AndOf_AsTheRuntime(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), InvariantLower.Of(text));
        var expected = new char[text.Length];
        var actual = new char[text.Length];
        Assert.Equal(text.AsSpan().ToLowerInvariant(expected), InvariantLower.Write(text, actual));
        Assert.Equal(new string(expected), new string(actual));
        Assert.Equal(-1, InvariantLower.Write(text + "x", actual));
    }

    [Fact]
    public void Write_RandomText_AsTheRuntime()
    {
        var random = new Random(31);
        var buffer = new char[64];
        for (var round = 0; round < 2_000; round++)
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                buffer[i] = random.Next(4) == 0 ? (char)random.Next(0x80) : (char)random.Next(0x10000);
            }

            var text = new string(buffer);
            Assert.Equal(text.ToLowerInvariant(), InvariantLower.Of(text));
        }
    }
}
