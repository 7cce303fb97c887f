using System.Globalization;
using System.Text;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// Makes arbitrary text (a policy version from a configured policy file) safe as a PartitionKey or RowKey:
/// Azure Tables forbid <c>/ \ # ?</c> and control characters there. Percent-encoding keeps it readable and
/// reversible (<c>%</c> itself is encoded too), and leaves the usual <c>2026.11.1+lex.3f9c…</c> untouched.
/// </summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return "%"; // an empty key is legal but easy to mistake for "no key"; "%" alone never results from encoding
        }

        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
