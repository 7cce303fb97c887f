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

    /// <summary>
    /// The rows of a rule table: every line but blank ones and <c>#</c> comments, the one reading of the tables' format
    /// (written out in each table's loader until session 20).
    /// </summary>
    public static IEnumerable<string> Rows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }
}
