using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;

namespace GenScreen.Core.People;

/// <summary>
/// Feeds the names of enrolled people into prompt screening, so that a prompt naming an enrolled person is treated like
/// a gazetteer real person: the names become one more configured lexicon source (after the built-in gazetteer and the
/// configured <c>Screening:ProtectedNames</c>; <c>Screening:ExcludedNames</c> still applies), and the screener is rebuilt
/// and swapped into <see cref="PromptScreeningService"/> whenever the set of names changes. Rebuilding compiles the
/// lexicons (about as long as start-up's); prompts screened meanwhile use the previous names. The screener's
/// PolicyVersion includes the lexicon content hash, so verdicts record which names were in force.
/// </summary>
public sealed class EnrolledNames(ScreeningOptions options, PromptScreeningService service)
{
    private readonly Lock _gate = new();
    private string[] _current = [];

    /// <summary>The names currently in the screener.</summary>
    public IReadOnlyList<string> Current => Volatile.Read(ref _current);

    /// <summary>Puts <paramref name="names"/> into prompt screening; returns false (and does nothing) when they are already the current set.</summary>
    public bool Apply(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var set = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        lock (_gate)
        {
            if (set.SequenceEqual(_current, StringComparer.Ordinal))
            {
                return false;
            }

            service.ReplaceScreener(ScreeningSetup.CreateScreener(options, set));
            Volatile.Write(ref _current, set);
            return true;
        }
    }
}
