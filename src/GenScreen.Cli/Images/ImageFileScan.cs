using GenScreen.Images.Decoding;

namespace GenScreen.Cli.Images;

/// <summary>
/// The files of <c>screen image &lt;folder&gt;</c>, decided by content, never by extension: every file under the folder is
/// looked at (hidden ones and ones without an extension too); a file whose bytes start like PNG, JPEG, GIF or WebP is
/// screened whatever it is called, and every other file is listed as skipped with the reason (empty, unreadable, or
/// what its bytes look like). Nothing is silently ignored: a subfolder that cannot be listed and a link to a folder
/// (not followed, so a loop cannot recur) are listed as skipped too.
/// </summary>
internal static class ImageFileScan
{
    /// <summary>Enough bytes for <see cref="ImageStructure"/> to name the format (the decoder's signatures are 12 bytes at most).</summary>
    private const int SniffBytes = 16;

    /// <summary>Every file under <paramref name="folder"/> in ordinal path order, or the single file <paramref name="folder"/> is.</summary>
    public static List<ImageFileEntry> Scan(string path, long maxBytes)
    {
        var entries = new List<ImageFileEntry>();
        if (File.Exists(path))
        {
            entries.Add(Classify(path, maxBytes));
            return entries;
        }

        Walk(path, maxBytes, entries);
        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return entries;
    }

    private static void Walk(string folder, long maxBytes, List<ImageFileEntry> entries)
    {
        string[] children;
        try
        {
            children = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries.Add(ImageFileEntry.Skip(folder, $"folder cannot be listed: {e.Message}"));
            return;
        }

        foreach (var child in children)
        {
            var info = new FileInfo(child);
            if (info.Attributes.HasFlag(FileAttributes.Directory))
            {
                if (info.LinkTarget is not null)
                {
                    entries.Add(ImageFileEntry.Skip(child, "link to a folder, not followed"));
                }
                else
                {
                    Walk(child, maxBytes, entries);
                }
            }
            else
            {
                entries.Add(Classify(child, maxBytes));
            }
        }
    }

    /// <summary>Reads the file (at most <paramref name="maxBytes"/> + 1 bytes: one more than the decoder accepts is enough for it to refuse).</summary>
    private static ImageFileEntry Classify(string path, long maxBytes)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            bytes = ReadUpTo(stream, maxBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImageFileEntry.Skip(path, $"unreadable: {e.Message}");
        }

        if (bytes.Length == 0)
        {
            return ImageFileEntry.Skip(path, "empty (0 bytes)");
        }

        var sniffed = ImageStructure.Inspect(bytes.AsSpan(0, Math.Min(bytes.Length, SniffBytes)));
        return sniffed.Format == ImageFormat.Unknown
            ? ImageFileEntry.Skip(path, $"not an image by content: {sniffed.Problem}")
            : new ImageFileEntry(path, bytes, null);
    }

    private static byte[] ReadUpTo(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>One file: its bytes when they are an image to screen, else why it was skipped.</summary>
internal sealed record ImageFileEntry(string Path, byte[]? Bytes, string? SkipReason)
{
    public static ImageFileEntry Skip(string path, string reason) => new(path, null, reason);
}
