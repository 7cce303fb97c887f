using GenScreen.Core.Configuration;

namespace GenScreen.Core.Images.Faces;

/// <summary>How the rules read one face's apparent age (<see cref="FaceRuleOptions"/>): a screening band, not an age.</summary>
public enum FaceAgeBand
{
    /// <summary>Too small (below the analyzer's <c>Faces:MinFaceSize</c>) to judge: recorded, no age rule applies.</summary>
    TooSmallToJudge,

    /// <summary>Apparent age at or above <see cref="FaceRuleOptions.PossibleMinorUnder"/>.</summary>
    Adult,

    /// <summary>Apparent age under <see cref="FaceRuleOptions.PossibleMinorUnder"/>.</summary>
    PossibleMinor,

    /// <summary>Apparent age under <see cref="FaceRuleOptions.LikelyMinorUnder"/>.</summary>
    LikelyMinor,
}

public static class FaceAgeBands
{
    /// <summary>The band of one face; a face the analyzer found too small to judge (no apparent age) is never in an age band.</summary>
    public static FaceAgeBand Of(FaceSignal face, FaceRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(options);
        if (face.TooSmallToJudge || face.ApparentAge is not { } age)
        {
            return FaceAgeBand.TooSmallToJudge;
        }

        return age < options.LikelyMinorUnder ? FaceAgeBand.LikelyMinor
            : age < options.PossibleMinorUnder ? FaceAgeBand.PossibleMinor
            : FaceAgeBand.Adult;
    }
}
