namespace GenScreen.Cli.Eval.Images;

/// <summary>
/// What an operator says an image is, and what the screener is measured to predict (<see cref="ImagePrediction"/>).
/// <c>minor</c> and <c>adult</c> are about the people shown (a face in the minor bands, or judged adult), not about
/// sexual content: a photo of a child alone is allowed; what matters is that the signal is there when it is combined.
/// </summary>
internal enum ImageLabel
{
    Benign,
    Adult,
    Minor,
    ProtectedPerson,
    Explicit,
}

internal static class ImageLabels
{
    public static IReadOnlyList<ImageLabel> All { get; } = Enum.GetValues<ImageLabel>();

    public static string Of(ImageLabel label) => label switch
    {
        ImageLabel.Benign => "benign",
        ImageLabel.Adult => "adult",
        ImageLabel.Minor => "minor",
        ImageLabel.ProtectedPerson => "protected-person",
        ImageLabel.Explicit => "explicit",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    public static bool TryParse(string? text, out ImageLabel label)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Of(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                label = candidate;
                return true;
            }
        }

        label = default;
        return false;
    }

    public static string Names => string.Join(", ", All.Select(Of));
}
