using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Adds <c>negativePromptAdditions</c> (and the operator's negative embedding) to an allowed verdict, under
/// the configured policies, when the prompt depicts people: a word for a person, an adult or youth term (a
/// name alone is not enough: "by Alphonse Mucha" names the artist of a landscape). The terms are English plus the prompt's language when its first person word said which, or else its script
/// (<see cref="ScriptLanguage"/>: a Thai or Japanese prompt writes its person words inside an unspaced run), and are built
/// once per language, so a verdict only points at them (no allocation).
/// </summary>
internal sealed class Steering
{
    private readonly bool _enabled;
    private readonly HashSet<string> _policies;
    private readonly string[][] _termsByLanguage;
    private readonly string? _embedding;

    /// <summary>Steering language index of each language code, for the language the prompt's script says.</summary>
    private readonly Dictionary<string, byte> _scriptLanguages = new(StringComparer.Ordinal);

    public Steering(LexiconSet lexicons, SteeringOptions options)
    {
        _enabled = options.Enabled;
        _policies = new HashSet<string>(options.Policies, StringComparer.Ordinal);
        _embedding = string.IsNullOrWhiteSpace(options.NegativeEmbedding) ? null : options.NegativeEmbedding;
        var people = lexicons.People;
        var english = Array.IndexOf(people.SteeringLanguages, "en");
        _termsByLanguage = new string[people.SteeringLanguages.Length][];
        for (var language = 1; language < people.SteeringLanguages.Length; language++)
        {
            _scriptLanguages.TryAdd(people.SteeringLanguages[language], (byte)language);
        }
        for (var language = 0; language < _termsByLanguage.Length; language++)
        {
            IEnumerable<string> terms = options.NegativeTerms.Count > 0
                ? options.NegativeTerms
                : (english > 0 ? people.SteeringTerms[english] : []).Concat(language != english ? people.SteeringTerms[language] : []);
            _termsByLanguage[language] = [.. terms.Concat(options.AdditionalNegativeTerms).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal)];
        }
    }

    /// <summary>The terms (shared arrays, never copied) and embedding for a verdict; empty and null when not steered.</summary>
    public (string[] Terms, string? Embedding) For(Decision decision, string policy, SignalSummary s)
    {
        if (!_enabled || decision != Decision.Allow || !_policies.Contains(policy)
            || !(s.DepictsPeople || s.Has(Signal.Adult) || s.Has(Signal.Minor)))
        {
            return ([], null);
        }

        var language = s.PeopleLanguage;
        if (language == 0 && s.ScriptLanguage is { } script)
        {
            _scriptLanguages.TryGetValue(script, out language);
        }

        var terms = _termsByLanguage.Length == 0 ? [] : _termsByLanguage[language < _termsByLanguage.Length ? language : 0];
        return (terms, _embedding);
    }
}
