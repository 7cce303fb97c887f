using System.Text;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Policies;

public sealed class PolicyCatalogTests
{
    private const string SourceName = "custom/policies.json";

    private static PolicyCatalog Parse(string json) => PolicyCatalog.Parse(Encoding.UTF8.GetBytes(json), SourceName);

    [Fact]
    public void LoadBuiltIn_HasMatureAndStrictWithVersion()
    {
        var catalog = PolicyCatalog.LoadBuiltIn();

        Assert.False(string.IsNullOrWhiteSpace(catalog.Version));
        Assert.Equal(["mature", "strict"], catalog.Names.Order());
        Assert.True(catalog.TryGet("strict", out var strict));
        Assert.Equal(Decision.Review, strict.Sexual.DecisionFor(2));
        Assert.Equal(Decision.Block, strict.Sexual.DecisionFor(4));
        Assert.True(catalog.TryGet("mature", out var mature));
        Assert.Equal(Decision.Allow, mature.Sexual.DecisionFor(7));
    }

    [Theory]
    [InlineData("{ \"version\": ")] // invalid JSON
    [InlineData("null")]
    [InlineData("""{ "version": "1", "policies": {} }""")] // empty policies
    [InlineData("""{ "version": "", "policies": { "p": {} } }""")] // empty version
    [InlineData("""{ "version": "1", "policies": { "p": { "sexual": { "reviewAt": 2, "blockAt": 4 } } } }""")] // missing categories
    [InlineData("""{ "version": "1", "policies": { "p": { "sexual": { "reviewAt": "two" } } } }""")] // wrong type
    public void Parse_InvalidPolicyFile_ThrowsFormatExceptionNamingSource(string json)
    {
        var ex = Assert.Throws<FormatException>(() => Parse(json));

        Assert.Contains(SourceName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NullPolicyEntry_ThrowsFormatException()
    {
        var ex = Assert.Throws<FormatException>(() => Parse("""{ "version": "1", "policies": { "p": null } }"""));

        Assert.Contains(SourceName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValidFile_ReadsThresholdsCaseInsensitivelyAndKeepsNamesCaseSensitive()
    {
        var catalog = Parse("""
            {
              // comments are allowed
              "Version": "9.9",
              "Policies": {
                "Custom": {
                  "description": "test",
                  "SEXUAL":   { "reviewAt": 1, "blockAt": 6 },
                  "violence": { "reviewAt": null, "blockAt": 2 },
                  "hate":     { "reviewAt": 2, "blockAt": 4 },
                  "selfHarm": { "reviewAt": 2, "blockAt": 4 }
                }
              }
            }
            """);

        Assert.Equal("9.9", catalog.Version);
        Assert.True(catalog.TryGet("Custom", out var policy));
        Assert.False(catalog.TryGet("custom", out _));
        Assert.Equal("Custom", policy.Name);
        Assert.Equal(new CategoryThresholds(1, 6), policy.Sexual);
        Assert.Equal(Decision.Block, policy.Violence.DecisionFor(2));
    }

    [Theory]
    [InlineData(null, null, 7, Decision.Allow)]
    [InlineData(2, 4, 0, Decision.Allow)]
    [InlineData(2, 4, 2, Decision.Review)]
    [InlineData(2, 4, 4, Decision.Block)]
    [InlineData(2, null, 7, Decision.Review)]
    public void DecisionFor_Severity_ComparesWithThresholds(int? reviewAt, int? blockAt, int severity, Decision expected)
    {
        Assert.Equal(expected, new CategoryThresholds(reviewAt, blockAt).DecisionFor(severity));
    }

    [Theory]
    [InlineData("lenient")]
    [InlineData("Strict")]
    public void Screen_UnknownPolicyName_ThrowsArgumentException(string policy)
    {
        var ex = Assert.Throws<ArgumentException>(() => TestScreeners.Default.Screen("a lake", null, policy));

        Assert.Equal("policy", ex.ParamName);
        Assert.False(TestScreeners.Default.IsKnownPolicy(policy));
    }

    [Fact]
    public void PromptScreener_DefaultPolicyNotInCatalog_ThrowsArgumentException()
    {
        var lexicons = LexiconSet.Build(BuiltInLexicons.Load());

        var ex = Assert.Throws<ArgumentException>(() => new PromptScreener(lexicons, PolicyCatalog.LoadBuiltIn(), "lenient"));

        Assert.Equal("defaultPolicy", ex.ParamName);
    }

    [Fact]
    public void PromptScreener_PolicyVersion_CombinesCatalogVersionAndLexiconHash()
    {
        var lexicons = LexiconSet.Build(BuiltInLexicons.Load());
        var catalog = PolicyCatalog.LoadBuiltIn();

        var screener = new PromptScreener(lexicons, catalog, "strict");

        Assert.Equal($"{catalog.Version}+lex.{lexicons.ContentHash[..12]}", screener.PolicyVersion);
        Assert.Equal(TestScreeners.Default.PolicyVersion, screener.PolicyVersion);
    }
}
