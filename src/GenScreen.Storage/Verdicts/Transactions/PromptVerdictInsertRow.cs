using System.Buffers;
using System.Text.Json;
using Azure.Data.Tables;
using GenScreen.Core.Verdicts;

namespace GenScreen.Storage.Verdicts.Transactions;

/// <summary>
/// A prompt verdict's row written straight from the verdict into the insert body: the same properties, values, order
/// and annotations as <see cref="PromptVerdictEntity.From"/> written by <see cref="TableRowJson"/>
/// (<c>PromptVerdictInsertRowTests</c> compares the bytes), without building the entity's dictionary, boxing its values
/// or allocating the JSON columns (categories, reasons, negative-prompt additions) as strings first.
/// </summary>
internal sealed class PromptVerdictInsertRow(StoredPromptVerdict verdict) : ITableRow
{
    private static readonly JsonEncodedText Decision = JsonEncodedText.Encode("Decision");
    private static readonly JsonEncodedText Policy = JsonEncodedText.Encode("Policy");
    private static readonly JsonEncodedText PolicyVersion = JsonEncodedText.Encode("PolicyVersion");
    private static readonly JsonEncodedText Categories = JsonEncodedText.Encode("Categories");
    private static readonly JsonEncodedText Reasons = JsonEncodedText.Encode("Reasons");
    private static readonly JsonEncodedText PromptSha256 = JsonEncodedText.Encode("PromptSha256");
    private static readonly JsonEncodedText NegativePromptSha256 = JsonEncodedText.Encode("NegativePromptSha256");
    private static readonly JsonEncodedText PromptLength = JsonEncodedText.Encode("PromptLength");
    private static readonly JsonEncodedText Prompt = JsonEncodedText.Encode("Prompt");
    private static readonly JsonEncodedText NegativePrompt = JsonEncodedText.Encode("NegativePrompt");
    private static readonly JsonEncodedText RequestId = JsonEncodedText.Encode("RequestId");
    private static readonly JsonEncodedText UserId = JsonEncodedText.Encode("UserId");
    private static readonly JsonEncodedText Model = JsonEncodedText.Encode("Model");
    private static readonly TableRowJson.AnnotatedName ScreenedAt = new("ScreenedAt");
    private static readonly JsonEncodedText Mode = JsonEncodedText.Encode("Mode");
    private static readonly JsonEncodedText NegativePromptAdditions = JsonEncodedText.Encode("NegativePromptAdditions");
    private static readonly JsonEncodedText NegativeEmbedding = JsonEncodedText.Encode("NegativeEmbedding");
    private static readonly TableRowJson.AnnotatedName ScreenMs = new("ScreenMs");

    /// <summary>The JSON columns are written here first (they are string values in the row); one per thread, reused.</summary>
    [ThreadStatic]
    private static ColumnScratch? t_scratch;

    public string PartitionKey { get; } = VerdictIds.PartitionOf(verdict.VerdictId);

    public string RowKey => verdict.VerdictId;

    public StoredPromptVerdict Verdict => verdict;

    public TableEntity ToEntity() => PromptVerdictEntity.From(verdict);

    public void WriteJson(Utf8JsonWriter json)
    {
        var v = verdict.Verdict;
        var scratch = t_scratch ??= new ColumnScratch();
        json.WriteStartObject();
        json.WriteString(TableRowJson.PartitionKeyName, PartitionKey);
        json.WriteString(TableRowJson.RowKeyName, RowKey);
        json.WriteString(Decision, WireNames.Of(v.Decision));
        WriteIfSet(json, Policy, v.Policy);
        WriteIfSet(json, PolicyVersion, v.PolicyVersion);
        json.WriteString(Categories, scratch.Write(v.Categories, static (w, c) => VerdictJson.WriteCategories(w, c)));
        json.WriteString(Reasons, scratch.Write(v.Reasons, static (w, r) => VerdictJson.WriteReasons(w, r)));
        WriteIfSet(json, PromptSha256, verdict.PromptSha256);
        WriteIfSet(json, NegativePromptSha256, verdict.NegativePromptSha256);
        json.WriteNumber(PromptLength, verdict.PromptLength);
        WriteIfSet(json, Prompt, verdict.Prompt);
        WriteIfSet(json, NegativePrompt, verdict.NegativePrompt);
        WriteIfSet(json, RequestId, verdict.RequestId);
        WriteIfSet(json, UserId, verdict.UserId);
        WriteIfSet(json, Model, verdict.Model);
        TableRowJson.WriteDateTime(json, ScreenedAt, verdict.ScreenedAt);
        json.WriteString(Mode, WireNames.Of(v.Mode));
        if (v.NegativePromptAdditions.Count > 0)
        {
            json.WriteString(NegativePromptAdditions, scratch.Write(v.NegativePromptAdditions, static (w, a) => VerdictJson.WriteStrings(w, a)));
        }

        WriteIfSet(json, NegativeEmbedding, v.NegativeEmbedding);
        if (verdict.ScreenMilliseconds is { } screenMs)
        {
            TableRowJson.WriteDouble(json, ScreenMs, screenMs);
        }

        json.WriteEndObject();
    }

    /// <summary>The service stores no nulls, so a null column is left out (as <see cref="TableRowJson"/> does).</summary>
    private static void WriteIfSet(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>
    /// A JSON column written with the options of <see cref="VerdictJson.ToJsonString"/> (the defaults), into a reused
    /// buffer; its UTF-8 bytes are then escaped into the row exactly as the same text as a string would be.
    /// </summary>
    /// <remarks>Kept for the thread's life and never disposed: the writer over an <see cref="ArrayBufferWriter{T}"/> holds only managed memory.</remarks>
    private sealed class ColumnScratch : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1024);
        private readonly Utf8JsonWriter _writer;

        public ColumnScratch() => _writer = new Utf8JsonWriter(_buffer);

        public void Dispose() => _writer.Dispose();

        public ReadOnlySpan<byte> Write<T>(T value, Action<Utf8JsonWriter, T> write)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            write(_writer, value);
            _writer.Flush();
            return _buffer.WrittenSpan;
        }
    }
}
