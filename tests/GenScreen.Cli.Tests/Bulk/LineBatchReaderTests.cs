using GenScreen.Cli.Tests.Infrastructure;
using System.Text;
using GenScreen.Cli.Bulk;

namespace GenScreen.Cli.Tests.Bulk;

/// <summary>Cutting a stream into batches of whole lines, whatever sizes the reads come in.</summary>
public sealed class LineBatchReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task ReadAsync_AnyReadSize_WholeLinesWithFirstLineNumbers(int chunk)
    {
        var text = "a1\nbb2\n\nccc3\ndddd4";
        var batches = await ReadAllAsync(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), bufferSize: 16);

        var lines = new List<(long Number, string Text)>();
        foreach (var b in batches)
        {
            var number = b.FirstLine;
            foreach (var line in Encoding.UTF8.GetString(b.Input).Split('\n'))
            {
                lines.Add((number++, line));
            }

            // A batch ends with a newline except the very last one; splitting leaves one trailing empty entry.
            if (lines[^1].Text.Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            b.ReleaseInput();
        }

        Assert.Equal([(1L, "a1"), (2L, "bb2"), (3L, ""), (4L, "ccc3"), (5L, "dddd4")], lines);
    }

    [Fact]
    public async Task ReadAsync_LineLongerThanBuffer_OneOversizedBatchThenTheNextLines()
    {
        var text = "ok\n" + new string('x', 100) + "\nnext\n";

        var batches = await ReadAllAsync(new TrickleStream(Encoding.UTF8.GetBytes(text), 5), bufferSize: 16);

        var oversized = Assert.Single(batches, b => b.OversizedLine);
        Assert.Equal(2, oversized.FirstLine);
        var last = batches[^1];
        Assert.False(last.OversizedLine);
        Assert.Equal(3, last.FirstLine);
        Assert.Equal("next\n", Encoding.UTF8.GetString(last.Input));
    }

    [Fact]
    public async Task ReadAsync_EmptyStream_NoBatch()
    {
        Assert.Empty(await ReadAllAsync(new MemoryStream(), bufferSize: 16));
    }

    private static async Task<List<LineBatch>> ReadAllAsync(Stream stream, int bufferSize)
    {
        var list = new List<LineBatch>();
        await foreach (var b in new LineBatchReader(stream, bufferSize).ReadAsync(CancellationToken.None))
        {
            list.Add(b);
        }

        return list;
    }
}
