using System.Globalization;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Review;

/// <summary>
/// Keys of the review index. PartitionKey <c>{yyyyMMdd}-{shard:D2}</c>: a day of verdicts spread over
/// <see cref="ReviewOptions.IndexShards"/> partitions by the (uniform) verdict id. RowKey <c>{reverse ticks:D19}-{verdict id}</c>:
/// newest first in key order, so a page is a range read of each shard, merged.
/// </summary>
public static class ReviewIndexKeys
{
    public const string DayFormat = "yyyyMMdd";

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static DateTime ParseDay(string day) => DateTime.ParseExact(day, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static int ShardOf(string verdictId, int shards) => Convert.ToInt32(verdictId[..2], 16) % shards;

    public static string Partition(string day, int shard) => $"{day}-{shard.ToString("D2", CultureInfo.InvariantCulture)}";

    public static string Partition(DateTimeOffset at, string verdictId, int shards) => Partition(Day(at), ShardOf(verdictId, shards));

    /// <summary>Reverse ticks: later times sort first.</summary>
    public static string Time(DateTimeOffset at) => (DateTime.MaxValue.Ticks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    public static string Row(DateTimeOffset at, string verdictId) => $"{Time(at)}-{verdictId}";

    /// <summary>Row keys strictly before (newer than) every row at <paramref name="at"/> and later end here.</summary>
    public static string NewerThan(DateTimeOffset at) => Time(at) + "~";

    public static bool IsRowKey(string value) =>
        value.Length == 52 && value[19] == '-' && value.AsSpan(0, 19).ContainsAnyExceptInRange('0', '9') is false && VerdictIdsValid(value[20..]);

    public static string CategoryColumn(HarmCategory category) => "C_" + WireNames.Of(category);

    private static bool VerdictIdsValid(string id) => Verdicts.VerdictIds.IsValid(id);
}
