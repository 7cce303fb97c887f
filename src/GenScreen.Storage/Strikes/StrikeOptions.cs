using System.ComponentModel.DataAnnotations;

namespace GenScreen.Storage.Strikes;

/// <summary>
/// Configuration section <c>Strikes</c>: repeat offenders. Every blocked verdict of a user is a strike; the strikes
/// inside the sliding <see cref="Window"/> (since the last clear) decide the escalation. Defaults as Civitai's:
/// warn at 3, review at 5, mute at 8, within 30 days. See docs/strikes.md.
/// </summary>
public sealed class StrikeOptions : IValidatableObject
{
    public const string SectionName = "Strikes";

    /// <summary>Count strikes and answer <c>escalation</c>; false leaves the field out of prompt responses.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Table of strikes and clear audit rows, one partition per user.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$", ErrorMessage = "Table names are 3-63 letters or digits, starting with a letter.")]
    public string TableName { get; set; } = "Strikes";

    /// <summary>How far back strikes count.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "366.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Strikes in the window at which the user is warned.</summary>
    [Range(1, 10_000)]
    public int WarnAt { get; set; } = 3;

    /// <summary>Strikes in the window at which the user's activity goes to a moderator.</summary>
    [Range(1, 10_000)]
    public int ReviewAt { get; set; } = 5;

    /// <summary>Strikes in the window at which the user is muted (the generator stops serving them).</summary>
    [Range(1, 10_000)]
    public int MuteAt { get; set; } = 8;

    /// <summary>Name of the connection setting.</summary>
    [Required]
    public string Connection { get; set; } = "GenScreenStorage";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(WarnAt < ReviewAt && ReviewAt < MuteAt))
        {
            yield return new ValidationResult(
                $"{SectionName}: thresholds must rise: WarnAt ({WarnAt}) < ReviewAt ({ReviewAt}) < MuteAt ({MuteAt}).",
                [nameof(WarnAt), nameof(ReviewAt), nameof(MuteAt)]);
        }
    }

    public Escalation EscalationFor(int strikes) =>
        strikes >= MuteAt ? Escalation.Mute
        : strikes >= ReviewAt ? Escalation.Review
        : strikes >= WarnAt ? Escalation.Warn
        : Escalation.None;
}

/// <summary>What a generator should do about a user, from their strikes (wire names: none, warn, review, mute).</summary>
public enum Escalation
{
    None,
    Warn,
    Review,
    Mute,
}

public static class EscalationNames
{
    public static string Of(Escalation e) => e switch
    {
        Escalation.None => "none",
        Escalation.Warn => "warn",
        Escalation.Review => "review",
        Escalation.Mute => "mute",
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };
}
