namespace GenScreen.Images.Tests.Decoding;

/// <summary>Reads the committed files under Fixtures/decoding (copied next to the test assembly).</summary>
internal static class DecodingFixtures
{
    internal static byte[] Read(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "decoding", name));
}
