using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Stats;

/// <summary>What <see cref="VerdictStatistics"/> found, per kind of verdict (prompt, image).</summary>
public sealed record VerdictStats(DateTimeOffset Since, IReadOnlyList<KindStats> Kinds);

/// <summary>Counts and latencies of one verdict table.</summary>
public sealed class KindStats(string kind, string table)
{
    private readonly List<double> _latencies = [];
    private readonly Dictionary<Decision, int> _decisions = [];
    private readonly Dictionary<(HarmCategory, Decision), int> _categories = [];

    public string Kind { get; } = kind;

    public string Table { get; } = table;

    public int Total { get; private set; }

    /// <summary>Verdicts without a stored latency (prompt rows written before latency was recorded).</summary>
    public int WithoutLatency { get; private set; }

    public int Count(Decision decision) => _decisions.GetValueOrDefault(decision);

    /// <summary>Verdicts of this decision in which <paramref name="category"/> had a severity above 0.</summary>
    public int Count(HarmCategory category, Decision decision) => _categories.GetValueOrDefault((category, decision));

    public IReadOnlyList<double> Latencies => _latencies;

    public void Add(Decision decision, IReadOnlyList<CategorySeverity> categories, double? latencyMs)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Total++;
        _decisions[decision] = Count(decision) + 1;
        foreach (var c in categories)
        {
            if (c.Severity > 0)
            {
                _categories[(c.Category, decision)] = Count(c.Category, decision) + 1;
            }
        }

        if (latencyMs is { } ms)
        {
            _latencies.Add(ms);
        }
        else
        {
            WithoutLatency++;
        }
    }

    /// <summary>Nearest-rank percentile (the smallest value with at least p% of values at or below it); null without values.</summary>
    public double? Percentile(double p)
    {
        if (_latencies.Count == 0)
        {
            return null;
        }

        var sorted = _latencies.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
