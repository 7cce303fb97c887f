// Generates a JSON-lines file of realistic prompts for benchmarking `genscreen screen prompts`:
// every labelled prompt of the project's set, varied the way people write Stable Diffusion prompts
// (quality tags, weights, LoRA tags, reordered phrases, negative prompts, either policy).
// Usage: dotnet run make-bulk-prompts.cs -- <lines> <output.jsonl> <labelled.jsonl>...
#:property PublishAot=false
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

if (args.Length < 3 || !int.TryParse(args[0], out var count))
{
    Console.Error.WriteLine("usage: dotnet run make-bulk-prompts.cs -- <lines> <output.jsonl> <labelled.jsonl>...");
    return 1;
}

var sources = args[2..].SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0).Select(l =>
{
    var e = JsonDocument.Parse(l).RootElement;
    return (Prompt: e.GetProperty("prompt").GetString()!, Negative: e.TryGetProperty("negativePrompt", out var n) ? n.GetString() : null);
}).ToArray();
string[] quality = ["masterpiece", "best quality", "ultra detailed", "8k uhd", "sharp focus", "highly detailed", "cinematic lighting", "dslr", "film grain", "volumetric light", "trending on artstation", "octane render", "photorealistic", "depth of field", "soft light"];
string[] loras = ["add_detail", "film_grain", "epi_noiseoffset", "more_details", "detail_tweaker"];
string[] negatives = ["lowres, bad anatomy, bad hands, text, error, missing fingers, extra digit, fewer digits, cropped", "(worst quality:1.4), (low quality:1.4), (normal quality:1.4), blurry, watermark, signature", "deformed, disfigured, extra limbs, jpeg artifacts, ugly, duplicate, mutilated, poorly drawn face"];
// Non-ASCII text as UTF-8, as most exporters write it (the reader handles \u escapes too).
var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var random = new Random(20261101); // fixed seed: the same file every time
using var output = new StreamWriter(args[1], false, new UTF8Encoding(false), 1 << 20);
long characters = 0;
var sb = new StringBuilder();
for (var i = 0; i < count; i++)
{
    var (prompt, negative) = sources[random.Next(sources.Length)];
    var parts = prompt.Split(", ").ToList();
    if (parts.Count > 2 && random.Next(3) == 0)
    {
        (parts[^1], parts[^2]) = (parts[^2], parts[^1]); // people reorder phrases
    }

    sb.Clear();
    foreach (var tag in quality.OrderBy(_ => random.Next()).Take(random.Next(0, 6)))
    {
        sb.Append(random.Next(3) == 0 ? string.Create(CultureInfo.InvariantCulture, $"({tag}:{1 + (random.Next(1, 5) / 10.0):0.0})") : tag).Append(", ");
    }

    sb.Append(string.Join(", ", parts));
    if (random.Next(4) == 0)
    {
        sb.Append(CultureInfo.InvariantCulture, $", <lora:{loras[random.Next(loras.Length)]}:0.{random.Next(4, 9)}>");
    }

    var line = new Dictionary<string, string> { ["id"] = string.Create(CultureInfo.InvariantCulture, $"p{i:D7}"), ["prompt"] = sb.ToString() };
    negative ??= random.Next(5) < 2 ? negatives[random.Next(negatives.Length)] : null;
    if (negative is not null)
    {
        line["negativePrompt"] = negative;
    }

    var policy = random.Next(10);
    if (policy < 4)
    {
        line["policy"] = "mature";
    }
    else if (policy < 8)
    {
        line["policy"] = "strict";
    }

    characters += line["prompt"].Length + (negative?.Length ?? 0);
    output.WriteLine(JsonSerializer.Serialize(line, json));
}

Console.Error.WriteLine($"{count:N0} lines, {characters / Math.Max(count, 1):N0} characters of prompt + negative prompt per line on average");
return 0;
