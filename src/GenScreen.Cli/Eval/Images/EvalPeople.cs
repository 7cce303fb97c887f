using System.Globalization;
using Azure;
using GenScreen.Cli.Commands;
using GenScreen.Core.People;
using GenScreen.Images.Decoding;
using GenScreen.Images.Faces;
using GenScreen.Images.Models;
using GenScreen.Images.People;
using GenScreen.Images.Pipeline;
using GenScreen.ModelImport.FaceRecognition;

namespace GenScreen.Cli.Eval.Images;

/// <summary>
/// The protected people of an <c>eval images</c> run, so that <c>protected-person</c> can be predicted: either enrolled
/// for the run from a folder of reference photos (<c>--people</c>: one sub-folder per person, named for them; held in
/// memory, never stored), or the people enrolled in Table storage (<c>--stored-people</c>), as the hosts load them.
/// Matching is the hosts' own: <see cref="ProtectedPeopleRecognizer"/> over a <see cref="ProtectedPersonMatcher"/>
/// at <c>People:MatchThreshold</c>. For calibration the run also records, per face, the nearest enrolled descriptor's
/// distance even beyond the threshold (<see cref="Nearest"/>; a second, brute-force pass over the few enrolled
/// descriptors, which does not influence the match).
/// </summary>
internal sealed class EvalPeople : IDisposable
{
    private readonly FaceEmbedder _embedder;
    private readonly ProtectedPersonMatcher _matcher;
    private readonly List<(string Name, float[] Descriptor)> _descriptors;
    private readonly NearestRecorder _recorder;

    private EvalPeople(FaceEmbedder embedder, ProtectedPersonMatcher matcher, List<(string, float[])> descriptors, string source, int people)
    {
        _embedder = embedder;
        _matcher = matcher;
        _descriptors = descriptors;
        Source = source;
        People = people;
        _recorder = new NearestRecorder(this);
        Enrichers = [new ProtectedPeopleRecognizer(embedder, matcher), _recorder];
    }

    /// <summary>Where the people came from, for the report.</summary>
    public string Source { get; }

    public int People { get; }

    public int Descriptors => _descriptors.Count;

    public double Threshold => _matcher.Threshold;

    public string ModelVersion => _embedder.ModelVersion;

    /// <summary>Matching (as in the hosts) then the calibration record, in that order, for the face stage.</summary>
    public IReadOnlyList<IFaceAnalysisEnricher> Enrichers { get; }

    /// <summary>Per face of the last analysed image (by index in its faces): the nearest enrolled person and distance; faces too small to recognise are absent.</summary>
    public IReadOnlyDictionary<int, (string Person, double Distance)> Nearest => _recorder.Last;

    /// <summary>Forgets the last image's record (called before each image, so an image without face analysis has none).</summary>
    public void Reset() => _recorder.Last = new Dictionary<int, (string, double)>();

    /// <summary>
    /// Enrols every sub-folder of <paramref name="folder"/> as one person (display name = the sub-folder's name) from
    /// its photos, each of which must show exactly one face, as <c>people enroll</c> requires; null (after writing why)
    /// when a photo is refused or the folder holds nobody.
    /// </summary>
    public static async Task<EvalPeople?> FromFolderAsync(CliEnvironment env, string folder, FaceAnalyzer analyzer, ProtectedPeopleOptions options, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            await env.Error.WriteLineAsync($"--people: no such folder '{folder}' (one sub-folder per person, named for them, holding their reference photos).").ConfigureAwait(false);
            return null;
        }

        var loose = Directory.EnumerateFiles(folder).Where(IsImage).Order(StringComparer.Ordinal).ToList();
        if (loose.Count > 0)
        {
            await env.Error.WriteLineAsync($"--people: '{Path.GetFileName(loose[0])}' is not in a person's sub-folder (put each person's photos in a folder named for them).").ConfigureAwait(false);
            return null;
        }

        var embedder = LoadEmbedder(env, options);
        if (embedder is null)
        {
            return null;
        }

        var store = new EvalPeopleStore();
        var enrollment = new PersonEnrollment(store, embedder, new FaceAnalyzerLocator(analyzer), env.Time);
        try
        {
            foreach (var personFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(personFolder);
                var photos = Directory.EnumerateFiles(personFolder, "*", SearchOption.AllDirectories).Where(IsImage).Order(StringComparer.Ordinal)
                    .Select(p => new EnrollmentPhoto(Path.GetRelativePath(folder, p), File.ReadAllBytes(p))).ToList();
                if (photos.Count == 0)
                {
                    throw new EnrollmentRefusedException($"{name}: no photos ({string.Join(", ", ImageSetReader.Extensions)}).");
                }

                await enrollment.EnrollAsync(name, [], "eval images (not stored)", photos, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is EnrollmentRefusedException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            embedder.Dispose();
            await env.Error.WriteLineAsync($"--people: cannot enrol the reference photos: {ex.Message}").ConfigureAwait(false);
            return null;
        }

        return await CreateAsync(env, embedder, store, options, $"{folder} (enrolled for this run, not stored)", ct).ConfigureAwait(false);
    }

    /// <summary>The people enrolled in Table storage (<c>GenScreenStorage</c>, <c>People:TableName</c>); null (after writing why) when storage fails or nobody usable is enrolled.</summary>
    public static async Task<EvalPeople?> FromStorageAsync(CliEnvironment env, ProtectedPeopleOptions options, CancellationToken ct)
    {
        if (PeopleCommand.CreateStore(env) is not { } store)
        {
            return null;
        }

        var embedder = LoadEmbedder(env, options);
        if (embedder is null)
        {
            return null;
        }

        return await CreateAsync(env, embedder, store, options, $"table {options.TableName}", ct).ConfigureAwait(false);
    }

    private static async Task<EvalPeople?> CreateAsync(CliEnvironment env, FaceEmbedder embedder, IProtectedPeopleStore store, ProtectedPeopleOptions options, string source, CancellationToken ct)
    {
        var matcher = new ProtectedPersonMatcher(store, embedder.ModelVersion, (float)options.MatchThreshold);
        var descriptors = new List<(string, float[])>();
        var people = 0;
        try
        {
            await matcher.RefreshAsync(ct, force: true).ConfigureAwait(false);
            await foreach (var person in store.ListAsync(ct).ConfigureAwait(false))
            {
                if (person.ModelVersion == embedder.ModelVersion)
                {
                    people++;
                    descriptors.AddRange(person.Embeddings.Select(e => (person.DisplayName, e)));
                }
            }
        }
        catch (RequestFailedException ex)
        {
            matcher.Dispose();
            embedder.Dispose();
            await env.Error.WriteLineAsync($"Storage failed while loading the enrolled people: {ex.Message}").ConfigureAwait(false);
            return null;
        }

        if (matcher.SkippedDescriptors > 0)
        {
            await env.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{matcher.SkippedDescriptors} enrolled descriptor(s) from another recognition model were skipped (not comparable with {embedder.ModelVersion}); re-enrol those people.")).ConfigureAwait(false);
        }

        if (matcher.DescriptorCount == 0)
        {
            matcher.Dispose();
            embedder.Dispose();
            await env.Error.WriteLineAsync($"Nobody usable is enrolled in {source}: protected-person cannot be predicted.").ConfigureAwait(false);
            return null;
        }

        return new EvalPeople(embedder, matcher, descriptors, source, people);
    }

    private static FaceEmbedder? LoadEmbedder(CliEnvironment env, ProtectedPeopleOptions options)
    {
        try
        {
            return options.RecognitionModelPath is { Length: > 0 } configured
                ? FaceEmbedder.Create(configured)
                : new FaceEmbedder(FaceApiRecognitionModelImporter.EnsureFile(null, env.Error.WriteLine));
        }
        catch (Exception ex) when (ex is ModelIntegrityException or FileNotFoundException or InvalidDataException or InvalidOperationException)
        {
            env.Error.WriteLine(ex.Message);
            return null;
        }
    }

    private static bool IsImage(string path) => ImageSetReader.Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public void Dispose()
    {
        _matcher.Dispose();
        _embedder.Dispose();
    }

    /// <summary>Records each recognisable face's nearest enrolled descriptor (distance beyond the threshold too); changes nothing.</summary>
    private sealed class NearestRecorder(EvalPeople owner) : IFaceAnalysisEnricher
    {
        public Dictionary<int, (string Person, double Distance)> Last { get; set; } = [];

        public FaceAnalysis Enrich(FaceAnalysis analysis, DecodedFrame frame)
        {
            var nearest = new Dictionary<int, (string, double)>();
            foreach (var (index, located) in FaceAnalyzerLocator.Recognizable(analysis, frame.Width, frame.Height))
            {
                var descriptor = owner._embedder.Embed(frame.Rgb.Span, frame.Width, frame.Height, located.RecognitionCrop);
                var best = owner._descriptors.MinBy(d => FaceDistance.Euclidean(descriptor, d.Descriptor));
                nearest[index] = (best.Name, FaceDistance.Euclidean(descriptor, best.Descriptor));
            }

            Last = nearest;
            return analysis;
        }
    }
}
