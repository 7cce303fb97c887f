using System.Buffers;
using System.Text.Json;
using Azure.Core;

namespace GenScreen.ContentSafety;

/// <summary>Turns a hand-written JSON writer callback into request content (exact wire names, no reflection).</summary>
internal static class JsonBody
{
    public static RequestContent Create(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return RequestContent.Create(new BinaryData(buffer.WrittenMemory));
    }
}
