namespace GenScreen.ContentSafety.Tests;

/// <summary>
/// Response bodies from the REST spec's examples (azure-rest-api-specs, ContentSafety
/// stable/2024-09-01/examples) and the documented 401 body.
/// </summary>
internal static class WireExamples
{
    public const string AnalyzeTextResponse = """
        {"blocklistsMatch":[],"categoriesAnalysis":[{"category":"Hate","severity":0},{"category":"SelfHarm","severity":0},{"category":"Sexual","severity":0},{"category":"Violence","severity":0}]}
        """;

    public const string AnalyzeImageResponse = """
        {"categoriesAnalysis":[{"category":"Hate","severity":0},{"category":"SelfHarm","severity":0},{"category":"Sexual","severity":0},{"category":"Violence","severity":2}]}
        """;

    public const string BlocklistResponse = """{"blocklistName":"TestBlocklist","description":"Test Blocklist"}""";

    public const string AddOrUpdateItemsResponse = """
        {"blocklistItems":[{"blocklistItemId":"9511969e-f1e3-4604-9127-05ee16c509ec","description":"Hate word","text":"hate"},{"blocklistItemId":"d9b2d63d-a233-4123-847a-7d1b5b3b8a8e","description":"A regular expression that matches harmful words.","text":"b[i1][a@][s\\$]"}]}
        """;

    /// <summary>One stored example carries an "isRegex" field the GA schema lacks: it must be ignored.</summary>
    public const string ListItemsResponse = """
        {"value":[{"blocklistItemId":"9511969e-f1e3-4604-9127-05ee16c509ec","description":"Hate word","text":"hate","isRegex":false},{"blocklistItemId":"d9b2d63d-a233-4123-847a-7d1b5b3b8a8e","description":"A regular expression that matches harmful words.","text":"b[i1][a@][s\\$]","isRegex":true}]}
        """;

    public const string Unauthorized = """
        {"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}
        """;
}
