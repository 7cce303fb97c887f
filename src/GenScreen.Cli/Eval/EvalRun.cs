using System.Diagnostics;
using System.Globalization;
using GenScreen.Cli.Commands;
using GenScreen.Evaluation;
using GenScreen.Core.Prompts;

namespace GenScreen.Cli.Eval;

/// <summary>
/// <c>eval prompts</c> end to end: stream the labelled files through today's rules (and a candidate's),
/// print the report, apply the gates, and pick the exit code.
/// </summary>
internal static class EvalRun
{
    public static async Task<int> RunAsync(
        CliEnvironment env,
        IReadOnlyList<string> files,
        PromptScreener today,
        PromptScreener? candidate,
        EvaluationGate gate,
        CancellationToken cancellationToken)
    {
        var output = env.Out;
        var evaluation = new LabelledSetEvaluation(today, candidate);
        var errors = new List<string>();
        // Ids name misses and flips, so they must be unique across every file of the set (several files are
        // usually evaluated together): a repeated id is reported like an unreadable line and not screened twice.
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        try
        {
            await foreach (var line in LabelledSetReader.ReadAsync(files, env.OpenStandardInput, cancellationToken).ConfigureAwait(false))
            {
                var where = line.Where;
                if (line.Item is null)
                {
                    errors.Add($"{where}: {line.Error}");
                }
                else if (evaluation.UnknownPolicyIn(line.Item) is { } unknown)
                {
                    errors.Add($"{where}: {line.Item.Id}: unknown policy '{unknown}' in expect");
                }
                else if (!firstSeen.TryAdd(line.Item.Id, where))
                {
                    errors.Add($"{where}: {line.Item.Id}: duplicate id (first at {firstSeen[line.Item.Id]})");
                }
                else
                {
                    evaluation.Add(line.Item);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await env.Error.WriteLineAsync($"Cannot read the labelled set: {ex.Message}").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(Invariant($"labelled set: {string.Join(", ", files)}: {evaluation.Items:N0} prompts, {errors.Count:N0} unreadable lines"));
        output.WriteLine(candidate is null
            ? $"rules: {today.PolicyVersion}"
            : $"rules: today {today.PolicyVersion}, candidate {candidate.PolicyVersion}");
        output.WriteLine();
        foreach (var error in errors)
        {
            output.WriteLine($"error: {error}");
        }

        if (errors.Count > 0)
        {
            output.WriteLine();
        }

        var gated = candidate is null ? evaluation.Baseline : evaluation.Candidate;
        if (candidate is null)
        {
            foreach (var policy in evaluation.Baseline)
            {
                EvaluationReport.WritePolicy(output, policy, listMisses: true);
            }
        }
        else
        {
            foreach (var (before, after) in evaluation.Baseline.Zip(evaluation.Candidate))
            {
                EvaluationReport.WriteComparison(output, before, after);
            }

            EvaluationReport.WriteFlips(output, evaluation.Flips);
        }

        output.WriteLine(Invariant($"throughput: {evaluation.Screenings:N0} screenings in {seconds:0.000} s: {(seconds > 0 ? evaluation.Screenings / seconds : 0):N0} screenings/s"));
        var exit = errors.Count > 0 ? BatchExitCodes.SomeFailed : BatchExitCodes.Success;
        if (!gate.IsEmpty)
        {
            var failures = gated.SelectMany(gate.Check).ToList();
            if (evaluation.Items == 0)
            {
                failures.Add("the labelled set is empty: nothing was measured");
            }

            output.WriteLine(failures.Count == 0
                ? $"gate{(candidate is null ? string.Empty : " (candidate)")}: PASS"
                : $"gate{(candidate is null ? string.Empty : " (candidate)")}: FAIL");
            foreach (var failure in failures)
            {
                output.WriteLine($"  {failure}");
            }

            if (failures.Count > 0)
            {
                exit = BatchExitCodes.GateFailed;
            }
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return exit;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
