using System.ComponentModel.DataAnnotations;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Storage.Rescreen;

/// <summary>Section <c>Rescreen</c>: the queue fan-out of <c>genscreen rescreen</c> in Azure (docs/bulk-and-eval.md#fan-out-on-azure-queue-storage).</summary>
public sealed class RescreenQueueOptions
{
    public const string SectionName = "Rescreen";

    /// <summary>The page queue (the Functions trigger's queue name is this constant: binding attributes need one).</summary>
    public const string PagesQueue = "rescreen-pages";

    /// <summary>Where the Functions host (and <see cref="RescreenQueueWorker"/>) puts a message after <see cref="MaxDequeueCount"/> failed deliveries.</summary>
    public const string PoisonQueue = PagesQueue + "-poison";

    /// <summary>Deliveries before a page message is poison; host.json's extensions.queues.maxDequeueCount says the same (a test checks).</summary>
    public const int MaxDequeueCount = 5;

    /// <summary>Storage connection (Functions convention) of the verdict tables and the queue.</summary>
    [Required]
    public string Connection { get; set; } = "GenScreenStorage";

    [Required]
    public string HistoryTable { get; set; } = PromptVerdictHistoryStore.DefaultTableName;

    /// <summary>Which pages have been continued, per run: a retried page does not enqueue its successor twice.</summary>
    [Required]
    public string LedgerTable { get; set; } = "RescreenPages";

    /// <summary>Rows of one page re-screened at once (one function invocation; the platform scales out across pages).</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 8;
}
