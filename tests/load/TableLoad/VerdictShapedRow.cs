using System.Globalization;
using Azure.Data.Tables;

namespace GenScreen.Load.Tables;

/// <summary>
/// A row with the properties and typical sizes of a stored prompt verdict (PromptVerdictEntity), so Azurite parses,
/// validates and stores the same amount of data per row as it does for the durable prompt path. <c>--shape</c> picks
/// the variant, to split Azurite's cost per row between properties, bytes and the fixed work of a row:
/// <c>verdict</c> (a block with its prompt text retained, the default), <c>allow</c> (an allowed prompt as the server
/// writes it: hashes, no text), <c>lean</c> (<c>allow</c> without the columns a reader defaults when absent: empty
/// categories and reasons, mode txt2img), <c>packed</c> (the same information as <c>allow</c> with the decision details in one
/// string column) and <c>keys</c> (PartitionKey and RowKey only: the floor).
/// </summary>
internal static class VerdictShapedRow
{
    public static readonly string[] Shapes = ["verdict", "allow", "lean", "packed", "keys"];

    private const string Prompt =
        "a portrait photograph of a woman in a summer dress standing in a sunflower field at golden hour, 85mm, " +
        "shallow depth of field, film grain, soft light, highly detailed, masterpiece, best quality";

    public static TableEntity Make(string shape, string partition, Random random)
    {
        var id = partition + Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + Guid.NewGuid().ToString("N")[..14];
        var hash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var negativeHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        return shape switch
        {
            "keys" => new TableEntity(partition, id),
            "packed" => new TableEntity(partition, id)
            {
                ["Decision"] = "allow",
                ["ScreenedAt"] = DateTimeOffset.UtcNow,
                ["D"] = string.Create(CultureInfo.InvariantCulture,
                    $"1|mature|2026.11.1+lex.133d523a60f9|txt2img|{hash}|{negativeHash}|{Prompt.Length}|0.004|[]|[]|[\"child\",\"young\",\"loli\"]"),
            },
            _ => new TableEntity(partition, id)
            {
                ["Decision"] = "allow",
                ["Policy"] = "mature",
                ["PolicyVersion"] = "2026.11.1+lex.133d523a60f9",
                ["Categories"] = shape == "lean" ? null : "[]",
                ["Reasons"] = shape == "lean" ? null : "[]",
                ["PromptSha256"] = hash,
                ["NegativePromptSha256"] = shape is "allow" or "lean" ? negativeHash : null,
                ["PromptLength"] = Prompt.Length,
                ["Prompt"] = shape is "allow" or "lean" ? null : Prompt,
                ["NegativePrompt"] = null,
                ["RequestId"] = null,
                ["UserId"] = shape is "allow" or "lean" ? null : "load-user",
                ["Model"] = shape is "allow" or "lean" ? null : "sdxl",
                ["ScreenedAt"] = DateTimeOffset.UtcNow,
                ["Mode"] = shape == "lean" ? null : "txt2img",
                ["NegativePromptAdditions"] = "[\"child\",\"young\",\"loli\"]",
                ["NegativeEmbedding"] = null,
                ["ScreenMs"] = 0.004,
            },
        };
    }
}
