using System.Globalization;
using System.Text.RegularExpressions;

namespace GenScreen.Cli.Commands;

/// <summary>
/// The <c>--since</c> of <c>genscreen stats</c>: a duration back from now (<c>90m</c>, <c>24h</c>, <c>7d</c>, <c>2w</c>;
/// also <c>30s</c>) or a timestamp with its offset (<c>2026-11-30T00:00:00Z</c>). A timestamp without an offset is
/// refused rather than guessed as local or UTC, and so is one in the future.
/// </summary>
internal static partial class SinceArgument
{
    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset since, out string error)
    {
        since = default;
        error = string.Empty;
        var t = text.Trim();
        if (DurationPattern().Match(t) is { Success: true } m)
        {
            var amount = long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var unit = m.Groups["u"].Value switch
            {
                "s" => TimeSpan.FromSeconds(1),
                "m" => TimeSpan.FromMinutes(1),
                "h" => TimeSpan.FromHours(1),
                "d" => TimeSpan.FromDays(1),
                _ => TimeSpan.FromDays(7),
            };
            if (amount <= 0 || amount > TimeSpan.FromDays(3660).Ticks / unit.Ticks)
            {
                error = $"--since '{text}': the duration must be more than 0 and at most 10 years.";
                return false;
            }

            since = now - TimeSpan.FromTicks(unit.Ticks * amount);
            return true;
        }

        if (t.Length >= 10 && char.IsAsciiDigit(t[0]) && HasOffset(t)
            && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            if (at > now)
            {
                error = $"--since '{text}' is in the future.";
                return false;
            }

            since = at.ToUniversalTime();
            return true;
        }

        error = $"--since '{text}' is neither a duration (30s, 90m, 24h, 7d, 2w) nor a timestamp with an offset (2026-11-30T00:00:00Z).";
        return false;
    }

    private static bool HasOffset(string t) =>
        t.EndsWith('Z') || t.EndsWith('z') || OffsetPattern().IsMatch(t);

    [GeneratedRegex(@"^(?<n>\d{1,9})(?<u>[smhdw])$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"T.*[+-]\d{2}:?\d{2}$")]
    private static partial Regex OffsetPattern();
}
