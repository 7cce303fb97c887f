using System.Text.Json;
using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts.Journal;

/// <summary>
/// A deferred verdict as a journal payload: the very table row it will become (<see cref="PromptVerdictEntity"/>),
/// as UTF-8 JSON with the properties grouped by type, so a replay writes exactly what the first attempt would have.
/// </summary>
internal static class JournalPayload
{
    private const int Version = 1;

    public static byte[] Encode(StoredPromptVerdict verdict)
    {
        var entity = PromptVerdictEntity.From(verdict);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("v", Version);
            WriteGroup(w, "s", entity, v => v is string, (w, k, v) => w.WriteString(k, (string)v));
            WriteGroup(w, "i", entity, v => v is int, (w, k, v) => w.WriteNumber(k, (int)v));
            WriteGroup(w, "d", entity, v => v is DateTimeOffset, (w, k, v) => w.WriteString(k, (DateTimeOffset)v));
            // Doubles (ScreenMs, issue 11) in their own group: a record written before it existed simply has none.
            WriteGroup(w, "f", entity, v => v is double, (w, k, v) => w.WriteNumber(k, (double)v));
            w.WriteEndObject();
        }

        var unsupported = entity.Where(p => p.Value is not (null or string or int or DateTimeOffset or double)).Select(p => p.Key).ToList();
        if (unsupported.Count > 0)
        {
            throw new InvalidOperationException($"Journal cannot encode verdict properties {string.Join(", ", unsupported)}.");
        }

        return buffer.ToArray();
    }

    public static StoredPromptVerdict Decode(ReadOnlySpan<byte> payload)
    {
        var reader = new Utf8JsonReader(payload);
        using var doc = JsonDocument.ParseValue(ref reader);
        var root = doc.RootElement;
        if (root.GetProperty("v").GetInt32() != Version)
        {
            throw new JsonException($"Unknown journal payload version {root.GetProperty("v")}.");
        }

        var entity = new TableEntity();
        foreach (var p in root.GetProperty("s").EnumerateObject())
        {
            entity[p.Name] = p.Value.GetString();
        }

        foreach (var p in root.GetProperty("i").EnumerateObject())
        {
            entity[p.Name] = p.Value.GetInt32();
        }

        foreach (var p in root.GetProperty("d").EnumerateObject())
        {
            entity[p.Name] = p.Value.GetDateTimeOffset();
        }

        if (root.TryGetProperty("f", out var doubles))
        {
            foreach (var p in doubles.EnumerateObject())
            {
                entity[p.Name] = p.Value.GetDouble();
            }
        }

        return PromptVerdictEntity.To(entity);
    }

    private static void WriteGroup(Utf8JsonWriter w, string name, TableEntity entity, Func<object, bool> isType, Action<Utf8JsonWriter, string, object> write)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in entity)
        {
            if (value is not null && isType(value))
            {
                write(w, key, value);
            }
        }

        w.WriteEndObject();
    }
}
