using System.ComponentModel.DataAnnotations;
using GenScreen.Cli.Commands;
using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.People;
using GenScreen.Core.Policies;
using GenScreen.Images.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GenScreen.Cli.Eval.Images;

/// <summary>
/// <c>eval images</c> end to end: read the labelled set, screen each image once with the pipeline the service runs
/// (decoder, NSFW model, face analyzer, rules; settings from <c>ImageScreening__*</c>, <c>Faces__*</c> and <c>People__*</c>
/// environment variables, as app settings are named; with <c>--people</c> or <c>--stored-people</c>, protected-person
/// matching as the hosts run it, <see cref="EvalPeople"/>), print the report and pick the exit code (0, 2 when some lines were
/// unreadable, 1 when nothing could run).
/// </summary>
internal static class ImageEvalRun
{
    public static async Task<int> RunAsync(CliEnvironment env, string source, string? policyName, bool json, string? modelPath, CancellationToken cancellationToken, string? peopleFolder = null, bool storedPeople = false)
    {
        if (peopleFolder is not null && storedPeople)
        {
            await env.Error.WriteLineAsync("Use --people <folder> or --stored-people, not both.").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        if (!Directory.Exists(source) && !File.Exists(source))
        {
            await env.Error.WriteLineAsync($"Cannot read '{source}': no such folder or manifest file.").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        var prompts = ScreeningConfiguration.TryCreateScreener(() => ScreeningConfiguration.FromConfiguration(env.Configuration), "the screening rules", env.Error);
        if (prompts is null)
        {
            return BatchExitCodes.Fatal;
        }

        var options = new ImageScreeningOptions();
        env.Configuration.GetSection(ImageScreeningOptions.SectionName).Bind(options);
        options.ModelPath = modelPath ?? options.ModelPath;
        var faceOptions = CliImageModels.FaceOptions(env.Configuration);
        var peopleOptions = new ProtectedPeopleOptions();
        env.Configuration.GetSection(ProtectedPeopleOptions.SectionName).Bind(peopleOptions);
        if ((Invalid(options) ?? Invalid(faceOptions) ?? Invalid(peopleOptions)) is { } invalid)
        {
            await env.Error.WriteLineAsync($"Invalid settings: {invalid}").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        var policies = new List<ScreeningPolicy>();
        foreach (var name in policyName is null ? prompts.PolicyNames : [policyName])
        {
            if (!prompts.TryGetPolicy(name, out var policy))
            {
                await env.Error.WriteLineAsync($"Unknown policy '{name}'. Use one of: {string.Join(", ", prompts.PolicyNames)}.").ConfigureAwait(false);
                return BatchExitCodes.Fatal;
            }

            policies.Add(policy);
        }

        using var models = CliImageModels.TryLoad(env.Configuration, options, faceOptions, env.Error);
        if (models is null)
        {
            return BatchExitCodes.Fatal;
        }

        EvalPeople? people = null;
        if (peopleFolder is not null || storedPeople)
        {
            if (models.Faces is null)
            {
                await env.Error.WriteLineAsync("Protected people need the face analyzer: unset Faces__Enabled=false.").ConfigureAwait(false);
                return BatchExitCodes.Fatal;
            }

            people = peopleFolder is not null
                ? await EvalPeople.FromFolderAsync(env, peopleFolder, models.Faces, peopleOptions, cancellationToken).ConfigureAwait(false)
                : await EvalPeople.FromStorageAsync(env, peopleOptions, cancellationToken).ConfigureAwait(false);
            if (people is null)
            {
                return BatchExitCodes.Fatal; // why was printed
            }
        }

        using var loadedPeople = people;
        var faceStage = people is null ? models.FaceStage : models.FaceStageWith(people.Enrichers);
        var screener = new ImageScreener(models.Classifier, models.SecondStage, prompts, Options.Create(options), faceStage);
        IReadOnlyList<LabelledImage> items;
        try
        {
            items = ImageSetReader.Read(source);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await env.Error.WriteLineAsync($"Cannot read the image set: {ex.Message}").ConfigureAwait(false);
            return BatchExitCodes.Fatal;
        }

        var evaluation = new ImageEvaluation(policies, options, models.SecondStage.Classifier is { } second ? $"{prompts.PolicyVersion}+{models.Classifier.ModelVersion}+{second.ModelVersion}" : $"{prompts.PolicyVersion}+{models.Classifier.ModelVersion}");
        var errors = items.Where(i => i.Error is not null).Select(i => $"{i.Where}: {i.Error}").ToList();
        foreach (var item in items.Where(i => i.Error is null))
        {
            var bytes = await File.ReadAllBytesAsync(item.Path!, cancellationToken).ConfigureAwait(false);
            people?.Reset();
            var result = screener.Screen(new ImageScreenRequest(bytes, null, Path.GetFileName(item.Path), policies[0].Name), cancellationToken);
            evaluation.Add(item.Where, item.Label, result, item.ExpectedPerson, people?.Nearest);
        }

        var context = new ImageEvaluationReport.Context(source, errors.Count, models.Classifier.ModelVersion, models.Faces?.ModelVersion, options, faceOptions)
        {
            People = people is null ? null : new ImageEvaluationReport.PeopleContext(people.Source, people.People, people.Descriptors, people.ModelVersion, people.Threshold),
        };
        foreach (var error in errors)
        {
            await env.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
        }

        if (json)
        {
            await using var stdout = env.OpenStandardOutput();
            ImageEvaluationReport.WriteJson(stdout, evaluation, context);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            ImageEvaluationReport.WriteText(env.Out, evaluation, context);
            await env.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return errors.Count > 0 ? BatchExitCodes.SomeFailed : BatchExitCodes.Success;
    }

    private static string? Invalid(object options)
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? null
            : string.Join(" ", results.Select(r => r.ErrorMessage));
    }
}
