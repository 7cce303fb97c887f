using GenScreen.Core.Prompts;

namespace GenScreen.Evaluation;

/// <summary>
/// Screens labelled prompts under today's rules and, optionally, a candidate's, item by item (nothing but
/// the counts, misses and flips is kept, so a set of any size fits), and collects per-policy results.
/// </summary>
public sealed class LabelledSetEvaluation
{
    private readonly PromptScreener _baseline;
    private readonly PromptScreener? _candidate;
    private readonly Dictionary<string, PolicyEvaluation> _baselineResults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PolicyEvaluation> _candidateResults = new(StringComparer.Ordinal);
    private readonly List<DecisionFlip> _flips = [];

    public LabelledSetEvaluation(PromptScreener baseline, PromptScreener? candidate = null)
    {
        _baseline = baseline ?? throw new ArgumentNullException(nameof(baseline));
        _candidate = candidate;
    }

    /// <summary>Labelled items recorded.</summary>
    public int Items { get; private set; }

    /// <summary>Prompt screenings done (items × policies × rule sets).</summary>
    public int Screenings { get; private set; }

    /// <summary>Results under today's rules, one per policy, in the order policies were first seen.</summary>
    public IReadOnlyList<PolicyEvaluation> Baseline => [.. _baselineResults.Values];

    /// <summary>Results under the candidate rules (empty without a candidate).</summary>
    public IReadOnlyList<PolicyEvaluation> Candidate => [.. _candidateResults.Values];

    /// <summary>Every item and policy whose decision differs between today's rules and the candidate.</summary>
    public IReadOnlyList<DecisionFlip> Flips => _flips;

    /// <summary>The first policy in <paramref name="item"/> that a rule set does not know, or null.</summary>
    public string? UnknownPolicyIn(LabelledPrompt item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Expect.Select(e => e.Policy)
            .FirstOrDefault(p => !_baseline.IsKnownPolicy(p) || (_candidate is not null && !_candidate.IsKnownPolicy(p)));
    }

    /// <exception cref="ArgumentException">An expected policy is unknown (check <see cref="UnknownPolicyIn"/> first).</exception>
    public void Add(LabelledPrompt item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Items++;
        foreach (var (policy, expected) in item.Expect)
        {
            var before = _baseline.Screen(item.Prompt, item.NegativePrompt, policy, item.Mode);
            Screenings++;
            ResultFor(_baselineResults, policy).Record(item, expected, before);
            if (_candidate is null)
            {
                continue;
            }

            var after = _candidate.Screen(item.Prompt, item.NegativePrompt, policy, item.Mode);
            Screenings++;
            ResultFor(_candidateResults, policy).Record(item, expected, after);
            if (after.Decision != before.Decision)
            {
                _flips.Add(DecisionFlip.Of(item.Id, item.Label, expected, before, after));
            }
        }
    }

    private static PolicyEvaluation ResultFor(Dictionary<string, PolicyEvaluation> results, string policy)
    {
        if (!results.TryGetValue(policy, out var result))
        {
            result = new PolicyEvaluation(policy);
            results.Add(policy, result);
        }

        return result;
    }
}
