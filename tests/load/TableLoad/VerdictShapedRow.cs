using Azure.Data.Tables;

namespace GenScreen.Load.Tables;

/// <summary>
/// A row with the properties and typical sizes of a stored prompt verdict (PromptVerdictEntity), so Azurite parses,
/// validates and stores the same amount of data per row as it does for the durable prompt path.
/// </summary>
internal static class VerdictShapedRow
{
    private const string Prompt =
        "a portrait photograph of a woman in a summer dress standing in a sunflower field at golden hour, 85mm, " +
        "shallow depth of field, film grain, soft light, highly detailed, masterpiece, best quality";

    public static TableEntity Make(string partition, Random random)
    {
        var id = partition + Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + Guid.NewGuid().ToString("N")[..14];
        return new TableEntity(partition, id)
        {
            ["Decision"] = "allow",
            ["Policy"] = "mature",
            ["PolicyVersion"] = "2026.11.1+lex.133d523a60f9",
            ["Categories"] = "[]",
            ["Reasons"] = "[]",
            ["PromptSha256"] = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            ["NegativePromptSha256"] = null,
            ["PromptLength"] = Prompt.Length,
            ["Prompt"] = Prompt,
            ["NegativePrompt"] = null,
            ["RequestId"] = null,
            ["UserId"] = "load-user",
            ["Model"] = "sdxl",
            ["ScreenedAt"] = DateTimeOffset.UtcNow,
            ["Mode"] = "txt2img",
            ["NegativePromptAdditions"] = "[\"child\",\"young\",\"loli\"]",
            ["NegativeEmbedding"] = null,
            ["ScreenMs"] = 0.004,
        };
    }
}
