using System.Security.Cryptography;
using System.Text;

namespace GenScreen.Storage.Verdicts.Journal;

/// <summary>
/// Where the journal lives when none is configured: the temporary directory (local disk; on a Functions
/// instance, the instance's own), one file per table and endpoint, so hosts on different accounts or emulators
/// never share one.
/// </summary>
public static class DefaultJournalPath
{
    public static string For(Uri tableEndpoint, string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        var endpoint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tableEndpoint.AbsoluteUri)))[..12];
        return Path.Combine(Path.GetTempPath(), "genscreen", "verdict-journal", $"{tableName}-{endpoint}.journal");
    }
}
