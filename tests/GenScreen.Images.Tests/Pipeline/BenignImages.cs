using GenScreen.Images.Tests.Nsfw;

namespace GenScreen.Images.Tests.Pipeline;

/// <summary>
/// The benign real images a new user would try first, all from packages installed here (none is sexual): Debian
/// python3-skimage's sample data (photographs, microscopy, astronomy, textures, a retina photograph, drawings and
/// text, a small real animated GIF), face-api's six demo photographs, and two animated GIFs that the tests' own
/// encoder builds from those photographs (everyday photos; the medical and microscopy ones).
/// </summary>
internal static class BenignImages
{
    public static IReadOnlyList<(string Name, byte[] Bytes)> Load(string repositoryRoot)
    {
        var samples = SkimageSamples.EnsureCached(repositoryRoot);
        var images = new List<(string, byte[])>();
        foreach (var file in SkimageSamples.Names.Select(n => n + ".png").Concat(SkimageSamples.OtherFiles))
        {
            images.Add(("skimage/" + file, File.ReadAllBytes(Path.Combine(samples, file))));
        }

        var demo = Path.Combine(repositoryRoot, "node_modules", "@vladmandic", "face-api", "demo");
        foreach (var file in Enumerable.Range(1, 6).Select(i => $"sample{i}.jpg"))
        {
            images.Add(("face-api/" + file, File.ReadAllBytes(Path.Combine(demo, file))));
        }

        string Png(string name) => Path.Combine(samples, name + ".png");
        images.Add(("gif/photos.gif", TestAnimations.Gif([Png("astronaut"), Png("chelsea"), Png("coffee"), Png("horse"), Png("motorcycle_left"), Png("camera")])));
        images.Add(("gif/medical.gif", TestAnimations.Gif([Png("microaneurysms"), Path.Combine(samples, "retina.jpg"), Png("ihc"), Path.Combine(samples, "cell.png")])));
        return images;
    }
}
