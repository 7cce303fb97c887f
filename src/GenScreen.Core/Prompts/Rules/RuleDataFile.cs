namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// The rule tables that ship inside this assembly (Prompts/Rules/Data, embedded as <c>GenScreen.Rules.&lt;file name&gt;</c>
/// by GenScreen.Core.csproj). One place opens them, so a table missing from a build fails the same way for every rule.
/// </summary>
internal static class RuleDataFile
{
    /// <summary>A reader over the embedded file (disposing it disposes the resource stream).</summary>
    /// <exception cref="InvalidOperationException">The file is not embedded in this build.</exception>
    public static StreamReader Open(string fileName)
    {
        var stream = typeof(RuleDataFile).Assembly.GetManifestResourceStream("GenScreen.Rules." + fileName)
            ?? throw new InvalidOperationException($"Embedded {fileName} is missing.");
        return new StreamReader(stream);
    }
}
