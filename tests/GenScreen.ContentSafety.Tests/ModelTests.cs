using Azure;

namespace GenScreen.ContentSafety.Tests;

/// <summary>Extensible enums, the model factory and mocking through the protected constructors.</summary>
public sealed class ModelTests
{
    [Fact]
    public void TextCategory_StringConversionAndEquality_MatchWireValues()
    {
        TextCategory fromString = "SelfHarm";

        Assert.Equal(TextCategory.SelfHarm, fromString);
        Assert.True(fromString == new TextCategory("selfharm"));
        Assert.True(TextCategory.Hate != TextCategory.Sexual);
        Assert.Equal("SelfHarm", TextCategory.SelfHarm.ToString());
        Assert.Equal(TextCategory.SelfHarm.GetHashCode(), new TextCategory("SELFHARM").GetHashCode());
        Assert.Equal("Violence", ImageCategory.Violence.ToString());
        Assert.Equal("EightSeverityLevels", AnalyzeTextOutputType.EightSeverityLevels.ToString());
    }

    [Fact]
    public async Task ContentSafetyClient_MockedSubclass_ReturnsFactoryModels()
    {
        ContentSafetyClient client = new FakeClient();

        AnalyzeTextResult result = (await client.AnalyzeTextAsync(new AnalyzeTextOptions("x"))).Value;

        Assert.Equal(6, result.CategoriesAnalysis.Single(c => c.Category == TextCategory.Violence).Severity);
        Assert.Equal("list", Assert.Single(result.BlocklistsMatch).BlocklistName);
        Assert.Throws<InvalidOperationException>(() => client.Pipeline);
    }

    private sealed class FakeClient : ContentSafetyClient
    {
        public override Task<Response<AnalyzeTextResult>> AnalyzeTextAsync(AnalyzeTextOptions options, CancellationToken cancellationToken = default) =>
            Task.FromResult(Response.FromValue(
                ContentSafetyModelFactory.AnalyzeTextResult(
                    [ContentSafetyModelFactory.TextBlocklistMatch("list", "id", "term")],
                    [ContentSafetyModelFactory.TextCategoriesAnalysis(TextCategory.Violence, 6)]),
                new NoResponse()));
    }

    private sealed class NoResponse : Response
    {
        public override int Status => 200;

        public override string ReasonPhrase => "OK";

        public override Stream? ContentStream { get; set; }

        public override string ClientRequestId { get; set; } = string.Empty;

        public override void Dispose()
        {
        }

        protected override bool ContainsHeader(string name) => false;

        protected override IEnumerable<Azure.Core.HttpHeader> EnumerateHeaders() => [];

        protected override bool TryGetHeader(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }

        protected override bool TryGetHeaderValues(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = null;
            return false;
        }
    }
}
