using System.Text.Json;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Lexicons.Snapshot;

// genscreen-lexicon-snapshot <data directory> <output file>
// Every *.json under the data directory (the lexicon files GenScreen.Core embeds), named as BuiltInLexicons
// names them (path below the directory, '/' separated, without .json), parsed and written as one snapshot.
if (args.Length != 2 || !Directory.Exists(args[0]))
{
    await Console.Error.WriteLineAsync("usage: GenScreen.LexiconSnapshot <lexicon data directory> <output file>");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
    .Select(path => (
        Name: "builtin:" + Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/')[..^".json".Length],
        Json: File.ReadAllBytes(path)));
var snapshot = LexiconSnapshotFile.Write(files, json => JsonSerializer.Deserialize(json, LexiconJsonContext.Default.LexiconDocument));

// Left untouched when the bytes are the same (the tool itself was rebuilt, nothing else changed), so GenScreen.Core
// is not recompiled for nothing; otherwise written beside and moved into place, so a build stopped halfway never
// leaves half a snapshot to embed.
var output = Path.GetFullPath(args[1]);
if (File.Exists(output) && (await File.ReadAllBytesAsync(output)).AsSpan().SequenceEqual(snapshot))
{
    Console.WriteLine($"Lexicon snapshot: unchanged ({output})");
    return 0;
}

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
var temporary = output + ".tmp";
await File.WriteAllBytesAsync(temporary, snapshot);
File.Move(temporary, output, overwrite: true);
Console.WriteLine($"Lexicon snapshot: {snapshot.Length} bytes -> {output}");
return 0;
