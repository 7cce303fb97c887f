using System.Text.Json;
using GenScreen.Core.Prompts;
using GenScreen.Http.Results;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Bulk;

/// <summary>
/// One worker of <c>screen prompts</c>: screens every line of a batch and writes one output line per input
/// line, in order. Each worker owns its parser, JSON writer and scratch space, so workers share nothing but
/// the (thread-safe) screener.
/// </summary>
internal sealed class BatchScreener : IDisposable
{
    private readonly PromptScreener _screener;
    private readonly PromptLineParser _parser;
    private readonly Utf8JsonWriter _writer;
    private readonly RequestVerdictIdHasher _ids;

    /// <param name="ids">Verdict ids as the HTTP API makes them: a line's id is its requestId, with no userId.</param>
    public BatchScreener(PromptScreener screener, VerdictIdGenerator ids, int maxPromptLength)
    {
        _screener = screener;
        _ids = ids.CreateHasher();
        _parser = new PromptLineParser(screener.PolicyNames, maxPromptLength);
        // The HTTP API's writer options (defaults), so a line is byte-for-byte the API's body plus the id.
        _writer = new Utf8JsonWriter(Stream.Null);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _ids.Dispose();
    }

    public void Screen(LineBatch batch)
    {
        // Verdict lines are ~3x the size of typical input lines; the buffer grows if that is not enough.
        var output = new PooledBufferWriter((batch.Length * 3) + 1024);
        batch.Output = output;
        if (batch.OversizedLine)
        {
            WriteError(output, default, batch.FirstLine, new LineError(LineError.LineTooLong, $"The line is longer than {LineBatchReader.DefaultBufferSize / 1024} KiB; a prompt line is at most ~130 KB."));
            batch.Tally.AddError();
            return;
        }

        var rest = batch.Input;
        var lineNumber = batch.FirstLine;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end >= 0 ? rest[..end] : rest;
            rest = end >= 0 ? rest[(end + 1)..] : default;
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            // Blank lines are not inputs: they get no output line (but keep the line numbers right).
            if (!line.Trim(" \t"u8).IsEmpty)
            {
                ScreenLine(output, line, lineNumber, batch.Tally);
            }

            lineNumber++;
        }
    }

    private void ScreenLine(PooledBufferWriter output, ReadOnlySpan<byte> json, long lineNumber, BulkTally tally)
    {
        if (!_parser.TryParse(json, out var line, out var error))
        {
            WriteError(output, line, lineNumber, error);
            tally.AddError();
            return;
        }

        Core.Verdicts.PromptVerdict verdict;
        try
        {
            verdict = _screener.Screen(line.Prompt!, line.NegativePrompt, line.Policy, line.Mode);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            WriteError(output, line, lineNumber, new LineError(LineError.ScreeningFailed, ex.Message));
            tally.AddError();
            return;
        }

        var verdictId = _ids.ForRequest(default, line.IdIsString ? _parser.UnescapedId(line) : line.RawId);
        // Only the fields VerdictResult writes for the screening view matter; the rest are placeholders.
        var stored = new StoredPromptVerdict(verdictId, verdict, string.Empty, null, line.Prompt!.Length, null, null, null, null, null, default);
        var brace = BeginLine(output, line);
        _writer.Reset(output);
        VerdictResult.Write(_writer, stored, VerdictView.Screening);
        _writer.Flush();
        EndLine(output, brace);
        tally.AddDecision(verdict.Decision);
    }

    private void WriteError(PooledBufferWriter output, in PromptLine line, long lineNumber, LineError error)
    {
        var brace = BeginLine(output, line);
        _writer.Reset(output);
        _writer.WriteStartObject();
        _writer.WriteNumber("line", lineNumber);
        _writer.WriteStartObject("error");
        _writer.WriteString("code", error.Code);
        _writer.WriteString("message", error.Message);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.Flush();
        EndLine(output, brace);
    }

    /// <summary>
    /// Writes <c>{"id":&lt;raw id&gt;</c> and returns where the next object's opening brace will go: the id
    /// leads the line, and the object written next (by <see cref="VerdictResult.Write"/>, unchanged) is
    /// joined to it by turning that brace into a comma. No copy, no second buffer.
    /// </summary>
    private static int BeginLine(PooledBufferWriter output, in PromptLine line)
    {
        if (!line.HasId)
        {
            return -1;
        }

        output.Write("{\"id\":"u8);
        if (line.IdIsString)
        {
            output.Write((byte)'"');
            output.Write(line.RawId);
            output.Write((byte)'"');
        }
        else
        {
            output.Write(line.RawId);
        }

        return output.WrittenCount;
    }

    private static void EndLine(PooledBufferWriter output, int brace)
    {
        if (brace >= 0)
        {
            output.WrittenSpan[brace] = (byte)',';
        }

        output.Write((byte)'\n');
    }
}
