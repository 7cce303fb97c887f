using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Azure;
using GenScreen.Storage.Strikes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen strikes show|clear &lt;userId&gt;</c>: a user's strikes in the window and their escalation; an audited
/// clear (who and why are required and recorded). Thresholds and window come from the <c>Strikes__*</c> settings the
/// service reads. See docs/strikes.md.
/// </summary>
internal static class StrikesCommand
{
    public static Command Create(CliEnvironment? environment = null) => new("strikes", "Show or clear a user's strikes (repeat offenders).")
    {
        Show(environment),
        Clear(environment),
    };

    private static Command Show(CliEnvironment? environment)
    {
        var user = new Argument<string>("userId") { Description = "The user id the generator sends." };
        var command = new Command("show", "Strikes in the window, the escalation they make, and past clears. Exit code: 0, or 1 on error.") { user };
        command.SetAction((parse, ct) => ShowAsync(environment ?? CliEnvironment.Process, parse.GetValue(user)!, ct));
        return command;
    }

    private static Command Clear(CliEnvironment? environment)
    {
        var user = new Argument<string>("userId") { Description = "The user id the generator sends." };
        var reason = new Option<string>("--reason") { Description = "Why the strikes are cleared (recorded).", Required = true };
        var by = new Option<string?>("--by") { Description = $"Who clears them (recorded); default: the {PeopleCommand.OperatorVariable} environment variable." };
        var command = new Command("clear", "Clear a user's strikes: only later strikes count. Audited (who, why, how many). Exit code: 0, or 1 on error.") { user, reason, by };
        command.SetAction((parse, ct) =>
        {
            var env = environment ?? CliEnvironment.Process;
            return ClearAsync(env, parse.GetValue(user)!, parse.GetValue(by) ?? env.Configuration[PeopleCommand.OperatorVariable], parse.GetValue(reason)!, ct);
        });
        return command;
    }

    private static async Task<int> ShowAsync(CliEnvironment env, string userId, CancellationToken ct)
    {
        if (Ledger(env) is not { } ledger)
        {
            return ExitCodes.Error;
        }

        try
        {
            var summary = await ledger.GetSummaryAsync(userId, ct).ConfigureAwait(false);
            var o = ledger.Options;
            var w = env.Out;
            await w.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{userId}: {summary.Count} strike(s) since {summary.WindowStart:yyyy-MM-dd'T'HH:mm:ss'Z'} → escalation {EscalationNames.Of(summary.Escalation)} (warn {o.WarnAt}, review {o.ReviewAt}, mute {o.MuteAt} within {o.Window.TotalDays:0.##} days)")).ConfigureAwait(false);
            if (summary.ClearedAt is { } cleared)
            {
                await w.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  last cleared {cleared:yyyy-MM-dd'T'HH:mm:ss'Z'}: earlier strikes do not count")).ConfigureAwait(false);
            }

            foreach (var s in summary.Strikes)
            {
                await w.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {s.At:yyyy-MM-dd'T'HH:mm:ss'Z'}  {s.Kind,-6}  {s.VerdictId}  {s.Reason}")).ConfigureAwait(false);
            }

            foreach (var c in await ledger.ClearancesAsync(userId, ct).ConfigureAwait(false))
            {
                await w.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  cleared {c.At:yyyy-MM-dd'T'HH:mm:ss'Z'} by {c.By}: {c.StrikesCleared} strike(s), was {c.EscalationBefore}; reason: {c.Reason}")).ConfigureAwait(false);
            }

            return 0;
        }
        catch (RequestFailedException ex)
        {
            await env.Error.WriteLineAsync($"Storage failed: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    private static async Task<int> ClearAsync(CliEnvironment env, string userId, string? by, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            await env.Error.WriteLineAsync($"Who clears the strikes must be recorded: pass --by <operator id> or set {PeopleCommand.OperatorVariable}.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            await env.Error.WriteLineAsync("A clear needs a --reason (it is recorded).").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (Ledger(env) is not { } ledger)
        {
            return ExitCodes.Error;
        }

        try
        {
            var c = await ledger.ClearAsync(userId, by.Trim(), reason.Trim(), ct).ConfigureAwait(false);
            await env.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Cleared {c.StrikesCleared} strike(s) of {userId} (was {c.EscalationBefore}) at {c.At:yyyy-MM-dd'T'HH:mm:ss'Z'} by {c.By}; recorded.")).ConfigureAwait(false);
            return 0;
        }
        catch (RequestFailedException ex)
        {
            await env.Error.WriteLineAsync($"Storage failed, nothing cleared: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    /// <summary>The ledger with the service's settings (section <c>Strikes</c>), validated as the service validates them.</summary>
    private static StrikeLedger? Ledger(CliEnvironment env)
    {
        var options = new StrikeOptions();
        env.Configuration.GetSection(StrikeOptions.SectionName).Bind(options);
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
        {
            env.Error.WriteLine($"Invalid Strikes settings: {string.Join(" ", errors.Select(e => e.ErrorMessage))}");
            return null;
        }

        return OperatorStorage.Tables(env, options.Connection) is { } tables
            ? new StrikeLedger(tables.GetTableClient(options.TableName), Options.Create(options), env.Time)
            : null;
    }
}
