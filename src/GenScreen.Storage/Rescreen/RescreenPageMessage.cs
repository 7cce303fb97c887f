using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenScreen.Storage.Rescreen;

/// <summary>
/// One page of the queue fan-out: the rows of verdict table <see cref="Table"/>, partition <see cref="Partition"/>, after
/// <see cref="After"/> (null: from the partition's first row), at most <see cref="PageSize"/> of them. <see cref="Run"/> names
/// the fan-out (the ledger's partition). JSON, so a poison message can be read and requeued by an operator.
/// </summary>
public sealed record RescreenPageMessage(
    [property: JsonPropertyName("run")] string Run,
    [property: JsonPropertyName("table")] string Table,
    [property: JsonPropertyName("partition")] string Partition,
    [property: JsonPropertyName("after")] string? After,
    [property: JsonPropertyName("pageSize")] int PageSize)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Parses a message; a message that is not one is an error (it goes to the poison queue after the retries).</summary>
    public static RescreenPageMessage Parse(string text)
    {
        RescreenPageMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<RescreenPageMessage>(text);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Not a rescreen page message (JSON: {ex.Message}).", ex);
        }

        if (message is null || string.IsNullOrEmpty(message.Run) || string.IsNullOrEmpty(message.Table) || string.IsNullOrEmpty(message.Partition) || message.PageSize is < 1 or > 1000)
        {
            throw new FormatException("Not a rescreen page message: run, table and partition are required and pageSize must be 1-1000.");
        }

        return message;
    }
}
