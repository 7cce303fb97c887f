using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure;
using GenScreen.Core.Configuration;
using GenScreen.Core.Verdicts;
using GenScreen.Http.Results;
using GenScreen.Storage.HashBanks;
using GenScreen.Storage.Images;
using GenScreen.Storage.Review;
using GenScreen.Storage.Verdicts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen review list|show|release|confirm|audit|purge</c>: the moderators' queue straight on storage (the same
/// library the HTTP routes use; docs/review.md). Actions record the operator from <c>--by</c> or <c>GENSCREEN_OPERATOR</c>.
/// Exit codes: 0 done, 1 error (bad input, unknown id, a state that forbids the action, storage failure).
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliEnvironment? environment = null)
    {
        CliEnvironment Env() => environment ?? CliEnvironment.Process;
        return new Command("review", "The moderators' queue: list, show, release, confirm, audit and purge quarantined evidence.")
        {
            List(Env),
            Show(Env),
            Release(Env),
            Confirm(Env),
            Audit(Env),
            Purge(Env),
        };
    }

    private static Command List(Func<CliEnvironment> env)
    {
        var kind = new Option<string?>("--kind") { Description = "prompt or image." };
        var decision = new Option<string?>("--decision") { Description = "review or block." };
        var category = new Option<string?>("--category") { Description = "A category with a severity above 0: " + string.Join(", ", Enum.GetNames<HarmCategory>()) + "." };
        var policy = new Option<string?>("--policy") { Description = "The policy the verdict was decided under." };
        var user = new Option<string?>("--user") { Description = "The user id (of the prompt; for images, of the correlated prompt)." };
        var status = new Option<string?>("--status") { Description = "open, released or confirmed." };
        var from = new Option<string?>("--from") { Description = "ISO 8601 start (inclusive); default: --to minus Review__DefaultWindow (30 days)." };
        var to = new Option<string?>("--to") { Description = "ISO 8601 end (exclusive); default: now." };
        var pageSize = new Option<int?>("--page-size") { Description = "Items per page, 1-100 (default 25)." };
        var continuation = new Option<string?>("--continuation") { Description = "The token the previous page printed." };
        var json = new Option<bool>("--json") { Description = "Print the page as the HTTP API's JSON." };
        var command = new Command("list", "A page of review and block verdicts, newest first; prints a continuation token when there are more.")
        {
            kind, decision, category, policy, user, status, from, to, pageSize, continuation, json,
        };
        command.SetAction((parse, ct) => RunAsync(env(), async (services, e) =>
        {
            var query = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>();
            void Put(string name, string? value)
            {
                if (value is not null)
                {
                    query[name] = value;
                }
            }

            Put("kind", parse.GetValue(kind));
            Put("decision", parse.GetValue(decision));
            Put("category", parse.GetValue(category));
            Put("policy", parse.GetValue(policy));
            Put("userId", parse.GetValue(user));
            Put("status", parse.GetValue(status));
            Put("from", parse.GetValue(from));
            Put("to", parse.GetValue(to));
            Put("pageSize", parse.GetValue(pageSize)?.ToString(CultureInfo.InvariantCulture));
            Put("continuation", parse.GetValue(continuation));
            var reader = services.GetRequiredService<ReviewReader>();
            var (q, token, problem) = Http.Endpoints.Review.ReviewQueryParser.Parse(new Microsoft.AspNetCore.Http.QueryCollection(query), e.Time.GetUtcNow(),
                services.GetRequiredService<IOptions<ReviewOptions>>().Value, reader.Index.Shards);
            if (problem is not null)
            {
                foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
                {
                    await e.Error.WriteLineAsync($"--{Flag(field)}: {string.Join(" ", messages)}").ConfigureAwait(false);
                }

                return ExitCodes.Error;
            }

            var page = await reader.ListAsync(q!, token, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await e.Out.WriteLineAsync(Json(w => ReviewJson.WritePage(w, page))).ConfigureAwait(false);
                return 0;
            }

            foreach (var item in page.Items)
            {
                var categories = string.Join(",", item.Categories.Where(c => c.Severity > 0).Select(c => $"{c.Category}:{c.Severity}"));
                await e.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{item.VerdictId}\t{item.Kind}\t{WireNames.Of(item.Decision)}\t{item.State.Status}\t{item.ScreenedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}\t{item.Policy}\t{(categories.Length > 0 ? categories : "-")}\t{item.UserId ?? "-"}\t{(item.ImageAvailable ? "image" : "-")}")).ConfigureAwait(false);
            }

            await e.Out.WriteLineAsync(page.Continuation is { } next ? $"{page.Items.Count} item(s); more: --continuation {next}" : $"{page.Items.Count} item(s); end of range.").ConfigureAwait(false);
            return 0;
        }, ct));
        return command;
    }

    private static Command Show(Func<CliEnvironment> env)
    {
        var id = new Argument<string>("verdict-id") { Description = "A prompt or image verdict id." };
        var command = new Command("show", "One verdict as a moderator sees it, with its earlier versions and audit trail (JSON).") { id };
        command.SetAction((parse, ct) => RunAsync(env(), async (services, e) =>
        {
            var reader = services.GetRequiredService<ReviewReader>();
            var verdictId = parse.GetValue(id)!.Trim();
            if (await reader.GetAsync(verdictId, ct).ConfigureAwait(false) is not { } item)
            {
                await e.Error.WriteLineAsync($"No verdict with id '{verdictId}' is stored.").ConfigureAwait(false);
                return ExitCodes.Error;
            }

            var history = await reader.HistoryAsync(verdictId, ct).ConfigureAwait(false);
            var audit = await reader.AuditAsync(verdictId, ct).ConfigureAwait(false);
            await e.Out.WriteLineAsync(Json(w => ReviewJson.WriteDetail(w, item, history, audit))).ConfigureAwait(false);
            return 0;
        }, ct));
        return command;
    }

    private static Command Release(Func<CliEnvironment> env)
    {
        var id = new Argument<string>("verdict-id") { Description = "The verdict to release." };
        var reason = ReasonOption();
        var by = ByOption();
        var command = new Command("release", "Release a verdict: not a violation. A quarantined image goes back (Review__ReleaseTarget) and leaves the quarantined bank.") { id, reason, by };
        command.SetAction((parse, ct) => ActAsync(env(), parse.GetValue(by), (actions, op) => actions.ReleaseAsync(parse.GetValue(id)!.Trim(), op, parse.GetValue(reason), ct), ct));
        return command;
    }

    private static Command Confirm(Func<CliEnvironment> env)
    {
        var id = new Argument<string>("verdict-id") { Description = "The verdict to confirm." };
        var reason = ReasonOption();
        var by = ByOption();
        var category = new Option<string?>("--category") { Description = "The category confirmed, if the verdict's strongest is wrong: " + string.Join(", ", Enum.GetNames<HarmCategory>()) + "." };
        var command = new Command("confirm", "Confirm a violation (a person agrees); an image's hash joins the confirmed block bank.") { id, reason, by, category };
        command.SetAction((parse, ct) =>
        {
            HarmCategory? parsed = null;
            if (parse.GetValue(category) is { } c)
            {
                if (!Enum.TryParse<HarmCategory>(c, ignoreCase: true, out var value) || c.All(char.IsAsciiDigit))
                {
                    env().Error.WriteLine($"Unknown category '{c}'; one of {string.Join(", ", Enum.GetNames<HarmCategory>())}.");
                    return Task.FromResult(ExitCodes.Error);
                }

                parsed = value;
            }

            return ActAsync(env(), parse.GetValue(by), (actions, op) => actions.ConfirmAsync(parse.GetValue(id)!.Trim(), op, parse.GetValue(reason), parsed, ct), ct);
        });
        return command;
    }

    private static Command Audit(Func<CliEnvironment> env)
    {
        var id = new Argument<string>("verdict-id") { Description = "The verdict whose trail to print." };
        var command = new Command("audit", "A verdict's audit trail, oldest first (JSON lines).") { id };
        command.SetAction((parse, ct) => RunAsync(env(), async (services, e) =>
        {
            foreach (var row in await services.GetRequiredService<ReviewReader>().AuditAsync(parse.GetValue(id)!.Trim(), ct).ConfigureAwait(false))
            {
                await e.Out.WriteLineAsync(Json(w => ReviewJson.WriteAudit(w, row))).ConfigureAwait(false);
            }

            return 0;
        }, ct));
        return command;
    }

    private static Command Purge(Func<CliEnvironment> env)
    {
        var execute = new Option<bool>("--execute") { Description = "Delete (default: a dry run that only lists what would be deleted)." };
        var reason = new Option<string?>("--reason") { Description = "Why (required with --execute; kept in the audit trail)." };
        var by = ByOption();
        var command = new Command("purge", "Delete quarantined images older than Review__EvidenceRetention (90 days), each audited; a dry run unless --execute.") { execute, reason, by };
        command.SetAction((parse, ct) => RunAsync(env(), async (services, e) =>
        {
            var run = parse.GetValue(execute);
            var op = parse.GetValue(by) ?? e.Configuration[PeopleCommand.OperatorVariable];
            if (run && string.IsNullOrWhiteSpace(op))
            {
                await e.Error.WriteLineAsync($"Who purges must be recorded: pass --by <operator> or set {PeopleCommand.OperatorVariable}.").ConfigureAwait(false);
                return ExitCodes.Error;
            }

            var report = await services.GetRequiredService<ReviewActions>().PurgeAsync(new ReviewOperator(op ?? "dry-run"), parse.GetValue(reason), run, ct).ConfigureAwait(false);
            foreach (var c in report.Candidates)
            {
                await e.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{(report.DryRun ? "would delete" : c.Deleted ? "deleted" : "recorded, blob already gone")}\t{c.VerdictId}\t{c.QuarantineBlob}\tscreened {c.ScreenedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}\t{c.Status}{(c.AuditId is null ? "" : "\taudit " + c.AuditId)}")).ConfigureAwait(false);
            }

            await e.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{report.Candidates.Count} quarantined image(s) screened before {report.Cutoff:yyyy-MM-dd'T'HH:mm:ss'Z'}{(report.DryRun ? " (dry run: nothing deleted; add --execute --reason ...)" : " purged")}.")).ConfigureAwait(false);
            return 0;
        }, ct));
        return command;
    }

    private static Option<string?> ReasonOption() => new("--reason") { Description = "Why (required; kept in the audit trail)." };

    private static Option<string?> ByOption() => new("--by") { Description = $"Who acts (recorded); default: the {PeopleCommand.OperatorVariable} environment variable." };

    private static Task<int> ActAsync(CliEnvironment env, string? by, Func<ReviewActions, ReviewOperator, Task<ReviewActionResult>> act, CancellationToken ct) =>
        RunAsync(env, async (services, e) =>
        {
            var op = by ?? e.Configuration[PeopleCommand.OperatorVariable];
            if (string.IsNullOrWhiteSpace(op))
            {
                await e.Error.WriteLineAsync($"Who acts must be recorded: pass --by <operator> or set {PeopleCommand.OperatorVariable}.").ConfigureAwait(false);
                return ExitCodes.Error;
            }

            var result = await act(services.GetRequiredService<ReviewActions>(), new ReviewOperator(op.Trim())).ConfigureAwait(false);
            await e.Out.WriteLineAsync(Json(w => ReviewJson.WriteActionResult(w, result))).ConfigureAwait(false);
            return 0;
        }, ct);

    private static async Task<int> RunAsync(CliEnvironment env, Func<IServiceProvider, CliEnvironment, Task<int>> run, CancellationToken ct)
    {
        ServiceProvider services;
        try
        {
            services = Services(env);
            _ = services.GetRequiredService<IOptions<ReviewOptions>>().Value; // bad settings are reported here, not as a crash later
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or OptionsValidationException)
        {
            await env.Error.WriteLineAsync($"Cannot set up the review store: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        await using (services.ConfigureAwait(false))
        {
            try
            {
                return await run(services, env).ConfigureAwait(false);
            }
            catch (ReviewException ex)
            {
                await env.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return ExitCodes.Error;
            }
            catch (RequestFailedException ex)
            {
                await env.Error.WriteLineAsync($"Storage failed: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Error;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return ExitCodes.Error;
            }
        }
    }

    /// <summary>The review library on the CLI's settings (environment variables: <c>GenScreenStorage</c>, <c>VerdictStore__TableName</c>, <c>ImageScreening__*</c>, <c>HashBanks__*</c>, <c>Review__*</c>).</summary>
    private static ServiceProvider Services(CliEnvironment env)
    {
        var config = env.Configuration;
        var services = new ServiceCollection();
        services.AddSingleton(env.Time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        // Bound without the hosts' start-up validation: review needs the table names, not the verdict id key.
        services.AddOptions<VerdictStoreOptions>().Bind(config.GetSection(VerdictStoreOptions.SectionName));
        services.AddOptions<ImageScreeningOptions>().Bind(config.GetSection(ImageScreeningOptions.SectionName));
        services.AddGenScreenHashBanks(config);
        services.AddSingleton<ImageVerdictStore>();
        services.AddGenScreenReview(config);
        return services.BuildServiceProvider();
    }

    private static string Flag(string field) => field switch
    {
        "userId" => "user",
        "pageSize" => "page-size",
        _ => field,
    };

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
