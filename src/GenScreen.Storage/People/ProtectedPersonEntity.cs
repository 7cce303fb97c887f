using System.Buffers.Binary;
using System.Text.Json;
using Azure.Data.Tables;
using GenScreen.Core.People;

namespace GenScreen.Storage.People;

/// <summary>
/// One enrolled person = one row, so enrolment and removal are single atomic operations:
/// PartitionKey = the first 2 hex digits of the random person id (256 partitions, as for verdicts: docs/storage.md),
/// RowKey = the id; names, operator, time, model version, and the descriptors as one binary column
/// (count × 128 little-endian float32; 512 bytes each, well under the 64 KiB binary property limit for ≤ 100 photos).
/// </summary>
internal static class ProtectedPersonEntity
{
    public const int MaxEmbeddings = 100;
    private const int Dimensions = 128;

    public static string PartitionOf(string id) => id[..2];

    public static TableEntity From(EnrolledPerson person)
    {
        var bytes = new byte[person.Embeddings.Count * Dimensions * sizeof(float)];
        for (var e = 0; e < person.Embeddings.Count; e++)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(((e * Dimensions) + d) * sizeof(float)), person.Embeddings[e][d]);
            }
        }

        return new TableEntity(PartitionOf(person.Id), person.Id)
        {
            ["DisplayName"] = person.DisplayName,
            ["Aliases"] = JsonSerializer.Serialize(person.Aliases),
            ["EnrolledBy"] = person.EnrolledBy,
            ["EnrolledAt"] = person.EnrolledAt,
            ["ModelVersion"] = person.ModelVersion,
            ["EmbeddingCount"] = person.Embeddings.Count,
            ["Embeddings"] = bytes,
        };
    }

    public static EnrolledPerson To(TableEntity entity)
    {
        var bytes = entity.GetBinary("Embeddings") ?? [];
        var count = entity.GetInt32("EmbeddingCount") ?? 0;
        if (bytes.Length != count * Dimensions * sizeof(float))
        {
            throw new InvalidDataException($"Protected person row {entity.RowKey} has {bytes.Length} descriptor bytes for {count} descriptors.");
        }

        var embeddings = new float[count][];
        for (var e = 0; e < count; e++)
        {
            embeddings[e] = new float[Dimensions];
            for (var d = 0; d < Dimensions; d++)
            {
                embeddings[e][d] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(((e * Dimensions) + d) * sizeof(float)));
            }
        }

        return new EnrolledPerson(
            entity.RowKey,
            entity.GetString("DisplayName") ?? "",
            JsonSerializer.Deserialize<string[]>(entity.GetString("Aliases") ?? "[]") ?? [],
            entity.GetString("EnrolledBy") ?? "",
            entity.GetDateTimeOffset("EnrolledAt") ?? DateTimeOffset.MinValue,
            entity.GetString("ModelVersion") ?? "",
            embeddings);
    }
}
