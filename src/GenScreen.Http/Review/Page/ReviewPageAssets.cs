using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace GenScreen.Http.Review.Page;

/// <summary>
/// The review page's static files (HTML, CSS, ES modules), embedded in this assembly so both hosts serve the same
/// bytes with no build step and no file system layout to deploy. Read once; each carries a strong ETag.
/// </summary>
public sealed class ReviewPageAssets
{
    /// <summary>Prefix of the embedded resources' logical names (set in GenScreen.Http.csproj).</summary>
    internal const string ResourcePrefix = "GenScreen.ReviewPage/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, ReviewPageAsset> _assets;

    public ReviewPageAssets()
    {
        var assembly = typeof(ReviewPageAssets).Assembly;
        _assets = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[ResourcePrefix.Length..], n => Load(assembly, n), StringComparer.Ordinal);
    }

    /// <summary>The file names served (relative to the page's root, e.g. <c>index.html</c>, <c>js/app.js</c>).</summary>
    public IEnumerable<string> Names => _assets.Keys;

    /// <summary>The asset at <paramref name="path"/> (empty means <c>index.html</c>); null for anything not embedded.</summary>
    public ReviewPageAsset? Find(string? path)
    {
        var name = string.IsNullOrEmpty(path) ? "index.html" : path;
        return _assets.GetValueOrDefault(name);
    }

    private static ReviewPageAsset Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var extension = Path.GetExtension(resource);
        var contentType = ContentTypes.GetValueOrDefault(extension)
            ?? throw new InvalidOperationException($"The review page asset '{resource}' has no known content type; add '{extension}' to ReviewPageAssets.");
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
        return new ReviewPageAsset(bytes, contentType, etag);
    }
}

/// <summary>One embedded file: its bytes, media type and strong ETag (a hash of the bytes).</summary>
public sealed record ReviewPageAsset(byte[] Content, string ContentType, string ETag);
