using GenScreen.Core.HashBanks;

namespace GenScreen.Core.Tests.HashBanks;

public sealed class HashListParserTests
{
    private const string A = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private const string B = "30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af";

    private static HashListParseResult Parse(string text) => HashListParser.Parse(new StringReader(text));

    [Fact]
    public void Plain_list_one_hash_per_line_with_comments_and_blank_lines()
    {
        var result = Parse($"# exported 2026-11-30\n{A}\n\n  {B.ToUpperInvariant()}  \r\n");
        Assert.True(result.Succeeded);
        Assert.Equal([PdqHash.Parse(A), PdqHash.Parse(B)], result.Entries.Select(e => e.Hash));
        Assert.All(result.Entries, e => Assert.False(e.HasDetails));
    }

    [Fact]
    public void Csv_with_an_hma_style_header_maps_columns_by_name()
    {
        var result = Parse($"signal_type,signal_value,collab,tags,updated_at\npdq,{A},stopncii,\"ncii, reported\",2026-11-01\npdq,{B},,,\n");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var first = result.Entries[0];
        Assert.Equal((PdqHash.Parse(A), "ncii, reported", "stopncii", "2026-11-01"), (first.Hash, first.Label, first.Source, first.Date));
        Assert.False(result.Entries[1].HasDetails);
    }

    [Fact]
    public void Tsv_without_header_reads_hash_label_source_date()
    {
        var result = Parse($"{A}\tknown bad\tte-exchange\t2025-01-02\n{B}\n");
        Assert.True(result.Succeeded);
        Assert.Equal(("known bad", "te-exchange", "2025-01-02"), (result.Entries[0].Label, result.Entries[0].Source, result.Entries[0].Date));
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_numbers_and_nothing_is_returned()
    {
        var result = Parse($"hash,label\n{A},ok\n{A[..60]},short\n{B},ok\nzz{B[2..]},not hex\n\"{B}\",\"unterminated\n");
        Assert.False(result.Succeeded);
        Assert.Empty(result.Entries);
        Assert.Equal([3, 5, 6], result.Errors.Select(e => e.Line));
        Assert.Contains("not a PDQ hash", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("unterminated", result.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_a_hash_column_is_an_error()
    {
        var result = Parse($"label,source\nx,y\n");
        Assert.False(result.Succeeded);
        Assert.Equal(1, result.Errors.Single().Line);
    }

    [Fact]
    public void Export_round_trips()
    {
        HashBankEntry[] entries =
        [
            new(PdqHash.Parse(A), "label, with \"quotes\"", "src", "2026-01-01", "0123456789abcdef0123456789abcdef"),
            new(PdqHash.Parse(B)),
        ];
        var text = new StringWriter();
        HashListParser.WriteCsv(text, entries);
        var back = Parse(text.ToString());
        Assert.True(back.Succeeded, string.Join("; ", back.Errors));
        Assert.Equal(entries, back.Entries);
    }
}
