using System.Globalization;

namespace GenScreen.Cli.Eval.Images;

/// <summary>
/// The images of <c>eval images</c>: a folder whose first-level subfolders are labels (<c>set/adult/a.jpg</c>,
/// <c>set/minor/…</c>; deeper folders belong to their first-level label; under <c>protected-person</c> a sub-folder names
/// the enrolled person its photos show, <c>set/protected-person/&lt;name&gt;/a.jpg</c>), or a manifest CSV with rows
/// <c>path,expected</c> (an optional header row <c>path,expected</c>; paths relative to the manifest; <c>#</c> comments
/// and blank lines skipped). An unknown label, a missing file or a file outside a label folder is an error line.
/// </summary>
internal static class ImageSetReader
{
    public static readonly string[] Extensions = [".png", ".jpg", ".jpeg", ".webp", ".gif"];

    public static IReadOnlyList<LabelledImage> Read(string source) =>
        Directory.Exists(source) ? FromFolder(source) : FromManifest(source);

    private static List<LabelledImage> FromFolder(string root)
    {
        var items = new List<LabelledImage>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!Extensions.Contains(System.IO.Path.GetExtension(file).ToLowerInvariant()))
            {
                continue;
            }

            var relative = System.IO.Path.GetRelativePath(root, file);
            var first = relative.Split(System.IO.Path.DirectorySeparatorChar, 2);
            if (first.Length < 2)
            {
                items.Add(new LabelledImage(relative, null, default, $"not in a label folder (put it under one of: {ImageLabels.Names})"));
            }
            else if (!ImageLabels.TryParse(first[0], out var label))
            {
                items.Add(new LabelledImage(relative, null, default, $"folder '{first[0]}' is not a label ({ImageLabels.Names})"));
            }
            else
            {
                // protected-person/<name>/x.jpg: the enrolled person this photo shows.
                var person = label == ImageLabel.ProtectedPerson && first[1].Split(System.IO.Path.DirectorySeparatorChar, 2) is [var name, _] ? name : null;
                items.Add(new LabelledImage(relative, file, label, null, person));
            }
        }

        return items;
    }

    private static List<LabelledImage> FromManifest(string manifest)
    {
        var items = new List<LabelledImage>();
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(manifest))!;
        var number = 0;
        foreach (var raw in File.ReadLines(manifest))
        {
            number++;
            var where = string.Create(CultureInfo.InvariantCulture, $"{System.IO.Path.GetFileName(manifest)}:{number}");
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || (number == 1 && line.Equals("path,expected", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // The label is the last field, so a path may contain commas (quote nothing: CSV quoting is not needed).
            var comma = line.LastIndexOf(',');
            if (comma <= 0)
            {
                items.Add(new LabelledImage(where, null, default, "expected 'path,expected'"));
                continue;
            }

            var path = line[..comma].Trim().Trim('"');
            var labelText = line[(comma + 1)..].Trim();
            var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, path));
            if (!ImageLabels.TryParse(labelText, out var label))
            {
                items.Add(new LabelledImage(where, null, default, $"unknown label '{labelText}' ({ImageLabels.Names})"));
            }
            else if (!File.Exists(full))
            {
                items.Add(new LabelledImage(where, null, default, $"no such file '{path}'"));
            }
            else
            {
                items.Add(new LabelledImage(where, full, label, null));
            }
        }

        return items;
    }
}
