using GenScreen.Core.Configuration;
using GenScreen.Core.Images;
using GenScreen.Core.Images.Faces;
using GenScreen.Core.Policies;
using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Eval.Images;

/// <summary>
/// One screened image: what it was labelled, what its signals point to, and the decision under each policy; with
/// enrolled people, the person it should show (<paramref name="ExpectedPerson"/>, from its folder) and each recognisable
/// face's nearest enrolled person and distance (<paramref name="Nearest"/>, by face index; beyond the threshold too).
/// </summary>
internal sealed record EvaluatedImage(string Where, ImageLabel Expected, ImageLabel Predicted, ImageFacts Facts, IReadOnlyDictionary<string, Decision> Decisions)
{
    public string? ExpectedPerson { get; init; }

    public IReadOnlyDictionary<int, (string Person, double Distance)> Nearest { get; init; } = new Dictionary<int, (string, double)>();

    /// <summary>The nearest enrolled descriptor's distance over all faces, or null (no recognisable face, or no people).</summary>
    public double? NearestDistance => Nearest.Count == 0 ? null : Nearest.Values.Min(n => n.Distance);

    /// <summary>The enrolled people matched (within the threshold, by the hosts' matcher), nearest first.</summary>
    public IReadOnlyList<ProtectedPersonMatch> Matches =>
        [.. (Facts.Faces?.Faces ?? []).Where(f => f.Match is not null).Select(f => f.Match!).OrderBy(m => m.Distance)];
}

/// <summary>
/// Accumulates <c>eval images</c>: each image is screened once (decode, NSFW model, faces) and decided under every
/// policy by <see cref="ImageRules"/> from the same facts (the rules are a function of what was measured), then counted
/// per class (expected label vs predicted class) and per policy (expected label vs decision).
/// </summary>
internal sealed class ImageEvaluation(IReadOnlyList<ScreeningPolicy> policies, ImageScreeningOptions options, string policyVersion)
{
    private readonly List<EvaluatedImage> _images = [];

    public IReadOnlyList<EvaluatedImage> Images => _images;

    public IReadOnlyList<ScreeningPolicy> Policies => policies;

    public void Add(string where, ImageLabel expected, ImageScreenResult screened, string? expectedPerson = null, IReadOnlyDictionary<int, (string Person, double Distance)>? nearest = null)
    {
        var decisions = new Dictionary<string, Decision>(StringComparer.Ordinal);
        foreach (var policy in policies)
        {
            decisions[policy.Name] = screened.Facts.Scores is { } scores
                ? ImageRules.Decide(new ImageDecisionInputs(scores) { Faces = screened.Facts.Faces }, policy, options.Thresholds, options.Faces, policyVersion).Decision
                : Decision.Block; // unscreenable: blocked under every policy
        }

        _images.Add(new EvaluatedImage(where, expected, ImagePrediction.Of(screened.Facts, options), screened.Facts, decisions)
        {
            ExpectedPerson = expectedPerson,
            Nearest = nearest ?? new Dictionary<int, (string, double)>(),
        });
    }

    /// <summary>Images labelled <paramref name="label"/> that were predicted it (true positives), labelled it, predicted it.</summary>
    public (int Correct, int Labelled, int Predicted) Counts(ImageLabel label) =>
        (_images.Count(i => i.Expected == label && i.Predicted == label), _images.Count(i => i.Expected == label), _images.Count(i => i.Predicted == label));

    public int Count(ImageLabel expected, ImageLabel predicted) => _images.Count(i => i.Expected == expected && i.Predicted == predicted);

    public int Count(string policy, ImageLabel expected, Decision decision) => _images.Count(i => i.Expected == expected && i.Decisions[policy] == decision);

    /// <summary>
    /// Protected-person images whose folder names the person: matched that person (on any face), matched only someone
    /// else, matched nobody.
    /// </summary>
    public (int Right, int Other, int None) Identities()
    {
        var named = _images.Where(i => i.Expected == ImageLabel.ProtectedPerson && i.ExpectedPerson is not null).ToList();
        var right = named.Count(i => i.Matches.Any(m => string.Equals(m.DisplayName, i.ExpectedPerson, StringComparison.Ordinal)));
        var none = named.Count(i => i.Matches.Count == 0);
        return (right, named.Count - right - none, none);
    }
}
