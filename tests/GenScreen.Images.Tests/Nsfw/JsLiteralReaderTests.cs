using System.Text.Json.Nodes;
using GenScreen.ModelImport.Tfjs;

namespace GenScreen.Images.Tests.Nsfw;

public sealed class JsLiteralReaderTests
{
    [Fact]
    public void Parse_MinifiedLiteral_ReturnsEquivalentJson()
    {
        const string js = "x={a:!0,b:!1,c:.5,d:-1e-3,e:[null,1,\"x\\\"y\"],'f':{g:void 0},$h_1:2}; tail";

        var node = JsLiteralReader.Parse(js, 2, out var end);

        var expected = JsonNode.Parse("""{"a":true,"b":false,"c":0.5,"d":-1e-3,"e":[null,1,"x\"y"],"f":{"g":null},"$h_1":2}""");
        Assert.True(JsonNode.DeepEquals(expected, node), node?.ToJsonString());
        Assert.Equal("; tail", js[end..]);
    }

    [Fact]
    public void Parse_QuantizationScale_KeepsEveryDigit()
    {
        var node = JsLiteralReader.Parse("{scale:.03262380805670046,min:-5.0893140568452715}", 0, out _);

        Assert.Equal(0.03262380805670046, node!["scale"]!.GetValue<double>());
        Assert.Equal(-5.0893140568452715, node["min"]!.GetValue<double>());
    }

    [Fact]
    public void Parse_TruncatedLiteral_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => JsLiteralReader.Parse("{a:[1,2", 0, out _));
    }
}
