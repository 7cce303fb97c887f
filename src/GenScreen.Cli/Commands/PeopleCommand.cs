using System.CommandLine;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using GenScreen.Core.People;
using GenScreen.Images.Faces;
using GenScreen.ModelImport.FaceApi;
using GenScreen.ModelImport.FaceRecognition;
using GenScreen.Images.People;
using GenScreen.Storage.Connections;
using GenScreen.Storage.People;
using Microsoft.Extensions.Options;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen people enroll|list|remove</c>: the operator's side of protected people. Enrolment computes one face
/// descriptor per reference photo (each must show exactly one face) and stores only the descriptors, the names, who
/// enrolled and when; photos are never stored. Running hosts pick changes up without a restart (People:RefreshInterval).
/// See docs/images.md#protected-people.
/// </summary>
internal static class PeopleCommand
{
    public const string OperatorVariable = "GENSCREEN_OPERATOR";

    public static Command Create(CliEnvironment? environment = null, Func<IFaceLocator>? locatorFactory = null)
    {
        var command = new Command("people", "Enrol, list and remove protected people (face descriptors and names; photos are never stored).")
        {
            Enroll(environment, locatorFactory),
            List(environment),
            Remove(environment),
        };
        return command;
    }

    private static Command Enroll(CliEnvironment? environment, Func<IFaceLocator>? locatorFactory)
    {
        var name = new Option<string>("--name") { Description = "The person's name, as shown in verdicts and matched in prompts.", Required = true };
        var alias = new Option<string[]>("--alias") { Description = "Another name that identifies them in prompts (repeatable).", AllowMultipleArgumentsPerToken = false };
        var by = new Option<string?>("--by") { Description = $"Who is enrolling (operator id, recorded); default: the {OperatorVariable} environment variable." };
        var photos = new Argument<string[]>("photo") { Description = "Reference photos, each showing only this person's face.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("enroll", "Enrol a protected person from reference photos. Exit code: 0 enrolled, 1 refused or failed (nothing stored).") { name, alias, by, photos };
        command.SetAction((parse, ct) =>
        {
            var env = environment ?? CliEnvironment.Process;
            return EnrollAsync(env, parse.GetValue(name)!, parse.GetValue(alias) ?? [], parse.GetValue(by) ?? env.Configuration[OperatorVariable], parse.GetValue(photos)!, locatorFactory, ct);
        });
        return command;
    }

    private static Command List(CliEnvironment? environment)
    {
        var command = new Command("list", "List enrolled people: id, name, aliases, descriptors, who enrolled them and when.");
        command.SetAction((parse, ct) => ListAsync(environment ?? CliEnvironment.Process, ct));
        return command;
    }

    private static Command Remove(CliEnvironment? environment)
    {
        var id = new Argument<string>("id") { Description = "The person id shown by 'people list'." };
        var command = new Command("remove", "Remove an enrolled person (all their descriptors). Exit code: 0 removed, 1 no such id.") { id };
        command.SetAction((parse, ct) => RemoveAsync(environment ?? CliEnvironment.Process, parse.GetValue(id)!, ct));
        return command;
    }

    private static async Task<int> EnrollAsync(CliEnvironment env, string name, string[] aliases, string? by, string[] photoPaths, Func<IFaceLocator>? locatorFactory, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            await env.Error.WriteLineAsync($"Who is enrolling must be recorded: pass --by <operator id> or set {OperatorVariable}.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var missing = photoPaths.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            await env.Error.WriteLineAsync($"No such photo: {string.Join(", ", missing)}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (CreateStore(env) is not { } store)
        {
            return ExitCodes.Error;
        }

        FaceAnalyzer? analyzer = null;
        try
        {
            IFaceLocator locator;
            if (locatorFactory is not null)
            {
                locator = locatorFactory();
            }
            else
            {
                analyzer = new FaceAnalyzer(FaceModelCache.EnsureFiles(null, env.Error.WriteLine));
                locator = new FaceAnalyzerLocator(analyzer);
            }

            using var embedder = new FaceEmbedder(FaceApiRecognitionModelImporter.EnsureFile(null, env.Error.WriteLine));
            var photos = photoPaths.Select(p => new EnrollmentPhoto(Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
            var person = await new PersonEnrollment(store, embedder, locator, env.Time).EnrollAsync(name, aliases, by, photos, ct).ConfigureAwait(false);
            await env.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Enrolled {person.Id} '{person.DisplayName}' ({person.Embeddings.Count} face descriptor(s), model {person.ModelVersion}); running hosts pick it up at their next refresh.")).ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (ex is EnrollmentRefusedException or ArgumentException)
        {
            await env.Error.WriteLineAsync($"Enrolment refused, nothing stored: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (RequestFailedException ex)
        {
            await env.Error.WriteLineAsync($"Storage failed, nothing enrolled: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        finally
        {
            analyzer?.Dispose();
        }
    }

    private static async Task<int> ListAsync(CliEnvironment env, CancellationToken ct)
    {
        if (CreateStore(env) is not { } store)
        {
            return ExitCodes.Error;
        }

        try
        {
            var count = 0;
            await foreach (var person in store.ListAsync(ct).ConfigureAwait(false))
            {
                count++;
                var aliases = person.Aliases.Count == 0 ? "" : $" (also: {string.Join(", ", person.Aliases)})";
                await env.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{person.Id}  {person.DisplayName}{aliases}  {person.Embeddings.Count} descriptor(s)  enrolled by {person.EnrolledBy} at {person.EnrolledAt:yyyy-MM-dd'T'HH:mm:ss'Z'}  {person.ModelVersion}")).ConfigureAwait(false);
            }

            await env.Out.WriteLineAsync($"{count} enrolled.").ConfigureAwait(false);
            return 0;
        }
        catch (RequestFailedException ex)
        {
            await env.Error.WriteLineAsync($"Storage failed: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    private static async Task<int> RemoveAsync(CliEnvironment env, string id, CancellationToken ct)
    {
        if (CreateStore(env) is not { } store)
        {
            return ExitCodes.Error;
        }

        try
        {
            if (await store.RemoveAsync(id.Trim(), ct).ConfigureAwait(false))
            {
                await env.Out.WriteLineAsync($"Removed {id.Trim()}; running hosts drop it at their next refresh.").ConfigureAwait(false);
                return 0;
            }

            await env.Error.WriteLineAsync($"No enrolled person has id '{id}' (see 'genscreen people list').").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (RequestFailedException ex)
        {
            await env.Error.WriteLineAsync($"Storage failed: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    internal static TableProtectedPeopleStore? CreateStore(CliEnvironment env)
    {
        var options = new ProtectedPeopleOptions
        {
            TableName = env.Configuration["People:TableName"] ?? new ProtectedPeopleOptions().TableName,
            Connection = env.Configuration["People:Connection"] ?? new ProtectedPeopleOptions().Connection,
        };
        try
        {
            // The SDK's default retries: an operator command, not a request on the hot path.
            var service = StorageClients.CreateTableServiceClient(env.Configuration, options.Connection, new TableClientOptions());
            return new TableProtectedPeopleStore(service, Options.Create(options));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            env.Error.WriteLine($"Cannot connect to storage: {ex.Message}");
            return null;
        }
    }
}
