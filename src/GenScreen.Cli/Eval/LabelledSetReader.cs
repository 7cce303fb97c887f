using System.Runtime.CompilerServices;
using GenScreen.Evaluation;

namespace GenScreen.Cli.Eval;

/// <summary>Streams the items of one or more labelled JSONL files ('-' is standard input), line by line.</summary>
internal static class LabelledSetReader
{
    public static async IAsyncEnumerable<LabelledLine> ReadAsync(
        IEnumerable<string> files, Func<Stream> openStandardInput, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var stream = file == "-" ? openStandardInput() : File.OpenRead(file);
            using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
            var source = file == "-" ? "(stdin)" : Path.GetFileName(file);
            var number = 0L;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
            {
                number++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                yield return LabelledLineParser.TryParse(text, out var item, out var error, source)
                    ? new LabelledLine(file, number, item, null)
                    : new LabelledLine(file, number, null, error);
            }
        }
    }
}
