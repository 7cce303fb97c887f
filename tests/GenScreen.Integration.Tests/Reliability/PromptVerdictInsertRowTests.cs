using System.Buffers;
using System.Text;
using System.Text.Json;
using GenScreen.Core.Verdicts;
using GenScreen.Storage.Verdicts;
using GenScreen.Storage.Verdicts.Transactions;
using Xunit.Abstractions;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>
/// The verdict row the direct writer writes straight from the verdict is the same insert body, byte for byte, as the
/// verdict's <see cref="Azure.Data.Tables.TableEntity"/> written by the generic row writer (which
/// <c>DirectTableWriterTests</c> proves reads back equal to the Azure SDK's own write): same properties, order, values,
/// annotations and escaping, for real screened verdicts and for every optional column set, empty or unusual.
/// </summary>
public sealed class PromptVerdictInsertRowTests(ITestOutputHelper output)
{
    public static TheoryData<string> Shapes() => ["plain", "nulls", "additions", "unicode", "specials", "no-screen-ms", "old-date"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void InsertBody_IsTheEntitysBody_ByteForByte(string shape)
    {
        for (var i = 0; i < 12; i++)
        {
            var verdict = Shape(JournaledVerdicts.Make(i), shape);
            var expected = Body(json => TableRowJson.Write(json, PromptVerdictEntity.From(verdict)));
            var actual = Body(json => new PromptVerdictInsertRow(verdict).WriteJson(json));
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
            Assert.True(expected.AsSpan().SequenceEqual(actual));
        }
    }

    [Fact]
    public void Keys_AreTheEntitysKeys()
    {
        var verdict = JournaledVerdicts.Make(5);
        var row = new PromptVerdictInsertRow(verdict);
        var entity = PromptVerdictEntity.From(verdict);
        Assert.Equal(entity.PartitionKey, row.PartitionKey);
        Assert.Equal(entity.RowKey, row.RowKey);
        Assert.Equal(entity.Count, row.ToEntity().Count);
    }

    /// <summary>
    /// What the change is for, counted rather than timed: the managed bytes allocated per verdict row, from the verdict to
    /// its bytes in the transaction buffer, are far fewer than building the entity and writing it (a dictionary, boxed
    /// values, three JSON columns as strings, the annotation names).
    /// </summary>
    [Fact]
    public void InsertBody_AllocatesLessThanTheEntityPath()
    {
        var verdicts = Enumerable.Range(0, 100).Select(JournaledVerdicts.Make).ToList();
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });

        long Allocated(Action<StoredPromptVerdict> write)
        {
            foreach (var v in verdicts.Take(5))
            {
                write(v); // warm: first-call allocations (static fields, the thread's scratch buffer) are not per row
            }

            buffer.ResetWrittenCount();
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var v in verdicts)
            {
                json.Reset(buffer);
                write(v);
                json.Flush();
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / verdicts.Count;
        }

        var entityPath = Allocated(v => TableRowJson.Write(json, PromptVerdictEntity.From(v)));
        var directPath = Allocated(v => new PromptVerdictInsertRow(v).WriteJson(json));
        output.WriteLine($"bytes allocated per verdict row: entity path {entityPath}, direct {directPath}");
        Assert.True(directPath * 4 < entityPath, $"direct {directPath} B per row against the entity path's {entityPath} B");
    }

    private static StoredPromptVerdict Shape(StoredPromptVerdict v, string shape) => shape switch
    {
        "plain" => v,
        "nulls" => v with { NegativePromptSha256 = null, Prompt = null, NegativePrompt = null, RequestId = null, UserId = null, Model = null },
        "additions" => v with
        {
            NegativePrompt = "blurry, watermark",
            Verdict = v.Verdict with { NegativePromptAdditions = ["child", "teen, young"], NegativeEmbedding = "easynegative", Mode = GenerationMode.Img2Img },
        },
        "unicode" => v with
        {
            Prompt = "café \"quoted\" line\nbreak\ttab </script> \u2028 \U0001F600 日本語 \\ back",
            UserId = "user+é@example.org",
            Verdict = v.Verdict with { NegativePromptAdditions = ["naïve \"x\"", "<b>"] },
        },
        "specials" => v with { ScreenMilliseconds = double.NaN, PromptLength = 0 },
        "no-screen-ms" => v with { ScreenMilliseconds = null },
        "old-date" => v with { ScreenedAt = new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.FromHours(5)).AddTicks(1234567), ScreenMilliseconds = 1e-7 },
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static byte[] Body(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            write(json);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
