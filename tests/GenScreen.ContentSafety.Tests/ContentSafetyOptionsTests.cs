using System.ComponentModel.DataAnnotations;

namespace GenScreen.ContentSafety.Tests;

/// <summary>Data-annotation validation and defaults of the "ContentSafety" section.</summary>
public sealed class ContentSafetyOptionsTests
{
    [Fact]
    public void Constructor_Defaults_AreFiveSecondsAndFailClosed()
    {
        var options = new ContentSafetyOptions();

        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(ContentSafetyFailureMode.FailClosedToReview, options.FailureMode);
        Assert.False(options.IsEnabled);
        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData("http://contoso.cognitiveservices.azure.com", "Endpoint")]
    [InlineData("contoso", "Endpoint")]
    public void Validate_UnsafeOrRelativeEndpoint_Fails(string endpoint, string member)
    {
        var options = new ContentSafetyOptions { Endpoint = new Uri(endpoint, UriKind.RelativeOrAbsolute) };

        Assert.Contains(Validate(options), r => r.MemberNames.Contains(member));
    }

    [Fact]
    public void Validate_LoopbackHttpEndpoint_Passes()
    {
        Assert.Empty(Validate(new ContentSafetyOptions { Endpoint = new Uri("http://127.0.0.1:5000") }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(121)]
    public void Validate_TimeoutOutOfRange_Fails(int seconds)
    {
        var options = new ContentSafetyOptions { Timeout = TimeSpan.FromSeconds(seconds) };

        Assert.Contains(Validate(options), r => r.MemberNames.Contains(nameof(ContentSafetyOptions.Timeout)));
    }

    [Fact]
    public void Validate_UnknownCategoryAndBadBlocklistName_ReportsBoth()
    {
        var options = new ContentSafetyOptions();
        options.Categories.Add("Gore");
        options.BlocklistNames.Add("has space");

        List<ValidationResult> results = Validate(options);

        Assert.Contains(results, r => r.MemberNames.Contains(nameof(ContentSafetyOptions.Categories)));
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(ContentSafetyOptions.BlocklistNames)));
    }

    [Fact]
    public void Validate_MaxRetriesOver10_Fails()
    {
        Assert.Contains(Validate(new ContentSafetyOptions { MaxRetries = 11 }), r => r.MemberNames.Contains(nameof(ContentSafetyOptions.MaxRetries)));
    }

    [Fact]
    public void Validate_BlankApiKey_Fails()
    {
        Assert.Contains(Validate(new ContentSafetyOptions { ApiKey = "  " }), r => r.MemberNames.Contains(nameof(ContentSafetyOptions.ApiKey)));
    }

    [Fact]
    public void ToString_WithApiKey_RedactsKey()
    {
        var options = new ContentSafetyOptions { Endpoint = new Uri("https://contoso.cognitiveservices.azure.com"), ApiKey = "super-secret-key-123" };

        string text = options.ToString();

        Assert.DoesNotContain("super-secret-key-123", text, StringComparison.Ordinal);
        Assert.Contains("<redacted>", text, StringComparison.Ordinal);
        Assert.Contains("contoso", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateAnalyzeTextOptions_ConfiguredListsAndHalt_AreCopiedIntoRequest()
    {
        var options = new ContentSafetyOptions { HaltOnBlocklistHit = true };
        options.Categories.Add("Sexual");
        options.BlocklistNames.Add("GenScreenTerms");

        AnalyzeTextOptions request = options.CreateAnalyzeTextOptions("prompt");

        Assert.Equal("prompt", request.Text);
        Assert.Equal([TextCategory.Sexual], request.Categories);
        Assert.Equal(["GenScreenTerms"], request.BlocklistNames);
        Assert.True(request.HaltOnBlocklistHit);
    }

    private static List<ValidationResult> Validate(ContentSafetyOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
