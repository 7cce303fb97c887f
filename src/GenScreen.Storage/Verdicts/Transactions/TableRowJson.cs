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
                Annotate(json, name, "Edm.Int64");
                json.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                Annotate(json, name, "Edm.Double");
                if (double.IsFinite(d))
                {
                    json.WriteNumber(name, d);
                }
                else
                {
                    // The service spells the IEEE specials as strings.
                    json.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                }

                break;
            case DateTimeOffset at:
                Annotate(json, name, "Edm.DateTime");
                json.WriteString(name, at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                break;
            case DateTime at:
                Annotate(json, name, "Edm.DateTime");
                json.WriteString(name, at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                break;
            case Guid g:
                Annotate(json, name, "Edm.Guid");
                json.WriteString(name, g);
                break;
            case byte[] bytes:
                Annotate(json, name, "Edm.Binary");
                json.WriteBase64String(name, bytes);
                break;
            case BinaryData data:
                Annotate(json, name, "Edm.Binary");
                json.WriteBase64String(name, data.ToMemory().Span);
                break;
            default:
                throw new NotSupportedException($"Table property '{name}' has type {value.GetType().Name}, which the direct table writer does not write.");
        }
    }

    private static void Annotate(Utf8JsonWriter json, string name, string edmType) => json.WriteString(name + "@odata.type", edmType);
}
