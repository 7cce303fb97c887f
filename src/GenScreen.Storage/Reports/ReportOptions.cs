using System.ComponentModel.DataAnnotations;

namespace GenScreen.Storage.Reports;

/// <summary>Configuration section <c>Reports</c>: where verdicts that must be reported are announced (docs/reports.md).</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>Announce reportable blocks on the queue; false leaves them visible as "needs report" only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Azure Queue storage queue the report messages go to.</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "Queue names are 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.")]
    public string QueueName { get; set; } = "reports";

    /// <summary>Table of the report ledger: one row per reportable verdict (queued when, reported by whom).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$", ErrorMessage = "Table names are 3-63 letters or digits, starting with a letter.")]
    public string LedgerTable { get; set; } = "Reports";

    /// <summary>Name of the connection setting (connection string, or a section with queueServiceUri/tableServiceUri).</summary>
    [Required]
    public string Connection { get; set; } = "GenScreenStorage";
}
