using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>
/// A table row as the body of an insert (OData JSON, the Table service's documented payload format): a value whose
/// type the service cannot infer from plain JSON carries an <c>@odata.type</c> annotation (Int64, Double, DateTime,
/// Guid, Binary); strings, booleans and Int32 are plain. Null properties are left out, as the service stores no
/// nulls; the SDK's read-only properties (Timestamp, ETag) are never sent.
/// </summary>
internal static class TableRowJson
{
    public static readonly JsonEncodedText PartitionKeyName = JsonEncodedText.Encode("PartitionKey");
    public static readonly JsonEncodedText RowKeyName = JsonEncodedText.Encode("RowKey");
    private static readonly JsonEncodedText Int64Type = JsonEncodedText.Encode("Edm.Int64");
    private static readonly JsonEncodedText DoubleType = JsonEncodedText.Encode("Edm.Double");
    private static readonly JsonEncodedText DateTimeType = JsonEncodedText.Encode("Edm.DateTime");
    private static readonly JsonEncodedText GuidType = JsonEncodedText.Encode("Edm.Guid");
    private static readonly JsonEncodedText BinaryType = JsonEncodedText.Encode("Edm.Binary");

    /// <summary>A property name with its <c>@odata.type</c> annotation's name, encoded once.</summary>
    public sealed class AnnotatedName(string name)
    {
        public JsonEncodedText Name { get; } = JsonEncodedText.Encode(name);

        public JsonEncodedText Annotation { get; } = JsonEncodedText.Encode(name + "@odata.type");
    }

    public static void Write(Utf8JsonWriter json, TableEntity row)
    {
        json.WriteStartObject();
        foreach (var (name, value) in row)
        {
            if (value is null || name is "Timestamp" or "odata.etag")
            {
                continue;
            }

            WriteProperty(json, name, value);
        }

        json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string s:
                json.WriteString(name, s);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case int i:
                json.WriteNumber(name, i);
                break;
            case long l:
                json.WriteString(name + "@odata.type", Int64Type);
                json.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                WriteDouble(json, new AnnotatedName(name), d);
                break;
            case DateTimeOffset at:
                WriteDateTime(json, new AnnotatedName(name), at.UtcDateTime);
                break;
            case DateTime at:
                WriteDateTime(json, new AnnotatedName(name), at.ToUniversalTime());
                break;
            case Guid g:
                json.WriteString(name + "@odata.type", GuidType);
                json.WriteString(name, g);
                break;
            case byte[] bytes:
                json.WriteString(name + "@odata.type", BinaryType);
                json.WriteBase64String(name, bytes);
                break;
            case BinaryData data:
                json.WriteString(name + "@odata.type", BinaryType);
                json.WriteBase64String(name, data.ToMemory().Span);
                break;
            default:
                throw new NotSupportedException($"Table property '{name}' has type {value.GetType().Name}, which the direct table writer does not write.");
        }
    }

    /// <summary>An Edm.Double: a JSON number, or the service's spelling of the IEEE specials as strings.</summary>
    public static void WriteDouble(Utf8JsonWriter json, AnnotatedName name, double d)
    {
        json.WriteString(name.Annotation, DoubleType);
        if (double.IsFinite(d))
        {
            json.WriteNumber(name.Name, d);
        }
        else
        {
            json.WriteString(name.Name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
    }

    /// <summary>An Edm.DateTime in UTC with the full 100-ns precision the service keeps.</summary>
    public static void WriteDateTime(Utf8JsonWriter json, AnnotatedName name, DateTimeOffset at) => WriteDateTime(json, name, at.UtcDateTime);

    private static void WriteDateTime(Utf8JsonWriter json, AnnotatedName name, DateTime utc)
    {
        json.WriteString(name.Annotation, DateTimeType);
        Span<char> text = stackalloc char[32];
        if (!utc.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture))
        {
            throw new FormatException("A date did not fit its 28-character form.");
        }

        json.WriteString(name.Name, text[..written]);
    }
}
