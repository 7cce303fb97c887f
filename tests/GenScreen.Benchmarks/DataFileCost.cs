using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Benchmarks;

/// <summary>
/// The set-up shared by the "what do these data files cost" benchmarks: the same code with and without some built-in
/// lexicon files, so before and after are measured in one run rather than across builds.
/// </summary>
internal static class DataFileCost
{
    /// <summary>The built-in sources, minus <paramref name="files"/> unless <paramref name="include"/>, and a screener under <c>mature</c>.</summary>
    public static (List<LexiconSource> Sources, PromptScreener Screener) Build(IReadOnlyCollection<string> files, bool include)
    {
        List<LexiconSource> sources = [.. BuiltInLexicons.Load().Where(s => include || !files.Contains(s.Name))];
        return (sources, new PromptScreener(LexiconSet.Build(sources), PolicyCatalog.LoadBuiltIn(), "mature"));
    }
}
