namespace GenScreen.Storage.Verdicts;

/// <summary>A row's keys: where a scan in key order stands, and where a resumed scan picks up.</summary>
public readonly record struct TablePosition(string PartitionKey, string RowKey);
