using GenScreen.Cli.Commands;
using GenScreen.Core.Prompts;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Tests.Bulk;

/// <summary>The start-up helpers of <c>screen prompts</c>: the warm-up's order and reach, the verdict id hashed in one call.</summary>
public sealed class BulkStartupTests
{
    [Fact]
    public void WarmUp_Order_ScreenerFirst_EveryRuleType_CommandTypesLast_EachOnce()
    {
        var order = ScreeningPathWarmUp.Order([typeof(Cli.Bulk.BatchScreener)]).ToList();

        Assert.Equal(typeof(PromptScreener), order[0]);
        Assert.Equal(order.Count, order.Distinct().Count());
        Assert.Equal(typeof(Cli.Bulk.BatchScreener), order[^1]);
        // The rule types are internal to GenScreen.Core: found by name.
        var core = typeof(PromptScreener).Assembly;
        var rules = core.GetTypes().Where(t => t.Namespace == "GenScreen.Core.Prompts.Rules").ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, t => Assert.Contains(t, order));
        Assert.True(order.IndexOf(core.GetType("GenScreen.Core.Prompts.Rules.PersonDetector", throwOnError: true)!)
            < order.IndexOf(core.GetType("GenScreen.Core.Prompts.Rules.OfficeHolders", throwOnError: true)!));
    }

    [Fact]
    public void WarmUp_Compile_HandsTheRuleMethodsToTheRuntimeWithoutThrowing()
    {
        var prepared = ScreeningPathWarmUp.Compile([typeof(Cli.Bulk.PromptLineParser)]);

        // Hundreds of methods (the rules' own, accessors and record members left out); a change that compiled none would show here.
        Assert.True(prepared > 200, $"{prepared} methods prepared");
    }

    [Theory]
    [InlineData(null, "req-7")]
    [InlineData("user-1", "p0000001")]
    [InlineData("", "")]
    [InlineData("u", "ünïcödé id 漢字")]
    [InlineData(null, 500)]
    [InlineData("user", 505)]
    [InlineData(null, 4000)]
    public void VerdictIdHasher_JoinedOrAppended_SameIdAsTheServiceGenerator(string? userId, object request)
    {
        var requestId = request as string ?? new string('x', (int)request);
        var generator = new VerdictIdGenerator("the-service-verdict-id-key-0123456789abcdef");
        using var hasher = generator.CreateHasher();

        var id = hasher.ForRequest(System.Text.Encoding.UTF8.GetBytes(userId ?? string.Empty), System.Text.Encoding.UTF8.GetBytes(requestId));

        Assert.Equal(generator.ForRequest(userId, requestId), id);
        // The context is reset after each id: the same input again gives the same id.
        Assert.Equal(id, hasher.ForRequest(System.Text.Encoding.UTF8.GetBytes(userId ?? string.Empty), System.Text.Encoding.UTF8.GetBytes(requestId)));
    }
}
