using System.Text;

namespace GenScreen.Core.HashBanks;

/// <summary>A line of a hash list that could not be read.</summary>
public sealed record HashListError(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

/// <summary>Everything read from a hash list: either entries and no errors, or the errors (and nothing to import).</summary>
public sealed record HashListParseResult(IReadOnlyList<HashBankEntry> Entries, IReadOnlyList<HashListError> Errors, int TotalErrors)
{
    public bool Succeeded => TotalErrors == 0;
}

/// <summary>
/// Reads the plain formats hash lists are exchanged in:
/// <list type="bullet">
/// <item>one PDQ hash (64 hex digits) per line;</item>
/// <item>CSV or TSV (detected from the first data line: a tab makes it TSV) with the hash in the first column and
/// optionally label, source and date after it, or a header row naming the columns, as HMA and ThreatExchange
/// exports do (<c>signal_value</c>/<c>hash</c>/<c>pdq</c>, <c>label</c>/<c>tags</c>, <c>source</c>/<c>collab</c>, <c>date</c>/<c>added_at</c>/<c>updated_at</c>…;
/// other columns are ignored). CSV fields may be double-quoted with <c>""</c> for a quote.</item>
/// </list>
/// Blank lines and lines starting with <c>#</c> are skipped. The whole list is read before anything is returned,
/// so a caller imports all of it or none: every bad line is reported with its number (the first
/// <see cref="MaxReportedErrors"/> of them).
/// </summary>
public static class HashListParser
{
    public const int MaxReportedErrors = 20;
    public const int MaxFieldLength = 256;

    private static readonly string[] HashNames = ["hash", "signal_value", "signal", "pdq", "pdq_hash", "value", "indicator"];
    private static readonly string[] LabelNames = ["label", "labels", "tags", "tag", "description", "name"];
    private static readonly string[] SourceNames = ["source", "collab", "collaboration", "owner", "bank", "privacy_group", "origin"];
    private static readonly string[] DateNames = ["date", "added", "added_at", "created", "created_at", "creation_time", "updated_at", "last_updated", "time"];
    private static readonly string[] VerdictNames = ["verdict_id", "verdict"];

    /// <param name="progress">Called with the number of lines read so far, every 100,000 lines.</param>
    public static HashListParseResult Parse(TextReader reader, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<HashBankEntry>();
        var errors = new List<HashListError>();
        var totalErrors = 0;
        char? delimiter = null;
        (int Hash, int Label, int Source, int Date, int Verdict) columns = (0, 1, 2, 3, 4);
        var lineNumber = 0;
        void Fail(string message)
        {
            totalErrors++;
            if (errors.Count < MaxReportedErrors)
            {
                errors.Add(new HashListError(lineNumber, message));
            }
        }

        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            if (lineNumber % 100_000 == 0)
            {
                progress?.Invoke(lineNumber);
            }

            var line = raw.AsSpan().Trim();
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..].Trim();
            }

            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (delimiter is null)
            {
                delimiter = line.Contains('\t') ? '\t' : line.Contains(',') ? ',' : '\0';
                if (delimiter != '\0' && Header(Split(line, delimiter.Value, out _)) is { } header)
                {
                    if (header.Hash < 0)
                    {
                        Fail("the header names no hash column (hash, signal_value, pdq…).");
                        return new HashListParseResult([], errors, totalErrors);
                    }

                    columns = header;
                    continue;
                }
            }

            string? hashText;
            string? label = null, source = null, date = null, verdict = null;
            if (delimiter == '\0')
            {
                hashText = line.ToString();
            }
            else
            {
                var fields = Split(line, delimiter!.Value, out var quoteError);
                if (quoteError)
                {
                    Fail("unterminated quoted field.");
                    continue;
                }

                hashText = Field(fields, columns.Hash);
                label = Field(fields, columns.Label);
                source = Field(fields, columns.Source);
                date = Field(fields, columns.Date);
                verdict = Field(fields, columns.Verdict);
                if (label?.Length > MaxFieldLength || source?.Length > MaxFieldLength || date?.Length > MaxFieldLength || verdict?.Length > MaxFieldLength)
                {
                    Fail($"a field is longer than {MaxFieldLength} characters.");
                    continue;
                }
            }

            if (hashText is null || !PdqHash.TryParse(hashText, out var hash))
            {
                Fail($"'{Shorten(hashText)}' is not a PDQ hash (64 hex digits).");
                continue;
            }

            entries.Add(new HashBankEntry(hash, label, source, date, verdict));
        }

        return totalErrors > 0 ? new HashListParseResult([], errors, totalErrors) : new HashListParseResult(entries, [], 0);
    }

    /// <summary>Writes entries in the CSV form <see cref="Parse"/> reads back (header, then hash, label, source, date, verdict id).</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<HashBankEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        writer.Write("hash,label,source,date,verdict_id\n");
        foreach (var e in entries)
        {
            writer.Write(e.Hash.ToString());
            writer.Write(',');
            writer.Write(Quote(e.Label));
            writer.Write(',');
            writer.Write(Quote(e.Source));
            writer.Write(',');
            writer.Write(Quote(e.Date));
            writer.Write(',');
            writer.Write(Quote(e.VerdictId));
            writer.Write('\n');
        }
    }

    private static (int Hash, int Label, int Source, int Date, int Verdict)? Header(List<string> fields)
    {
        if (fields.Count == 0 || PdqHash.TryParse(fields[0], out _))
        {
            return null;
        }

        var names = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        int Find(string[] candidates) => names.FindIndex(candidates.Contains);
        var hash = Find(HashNames);
        var label = Find(LabelNames);
        var source = Find(SourceNames);
        var date = Find(DateNames);
        var verdict = Find(VerdictNames);
        // A first line with no known column name and no hash is a bad data line, not a header.
        return hash < 0 && label < 0 && source < 0 && date < 0 && verdict < 0 ? null : (hash, label, source, date, verdict);
    }

    private static string? Field(List<string> fields, int index)
    {
        if (index < 0 || index >= fields.Count)
        {
            return null;
        }

        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    private static List<string> Split(ReadOnlySpan<char> line, char delimiter, out bool quoteError)
    {
        var fields = new List<string>(5);
        if (line.IndexOf('"') < 0)
        {
            // The common case (hex hashes, plain labels): no quoting, a plain split.
            quoteError = false;
            foreach (var range in line.Split(delimiter))
            {
                fields.Add(line[range].ToString());
            }

            return fields;
        }

        var current = new StringBuilder();
        var quoted = false;
        quoteError = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"' && delimiter == ',' && current.ToString().Trim().Length == 0)
            {
                quoted = true;
                current.Clear();
            }
            else if (c == delimiter)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        quoteError = quoted;
        fields.Add(current.ToString());
        return fields;
    }

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\n\r\t") < 0 ? value
        : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Shorten(string? s) => s is null ? string.Empty : s.Length <= 80 ? s : s[..77] + "...";
}
