using BenchmarkDotNet.Attributes;
using GenScreen.Core.HashBanks;

namespace GenScreen.Benchmarks;

/// <summary>
/// The in-process part of importing 1 million lines: parsing a CSV export (hash, label, source, date) and building
/// the bank's index, as a host does on reload. Writing to Table storage is measured separately (docs/hashing.md).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class HashListImportBenchmarks
{
    private string _csv = null!;
    private string _plain = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        var csv = new System.Text.StringBuilder("hash,label,source,date\n");
        var plain = new System.Text.StringBuilder();
        Span<byte> bytes = stackalloc byte[32];
        for (var i = 0; i < 1_000_000; i++)
        {
            random.NextBytes(bytes);
            var hex = Convert.ToHexStringLower(bytes);
            csv.Append(hex).Append(",label ").Append(i % 100).Append(",exchange,2026-11-30\n");
            plain.Append(hex).Append('\n');
        }

        _csv = csv.ToString();
        _plain = plain.ToString();
    }

    [Benchmark(Description = "Parse 1M-line CSV")]
    public int ParseCsv() => HashListParser.Parse(new StringReader(_csv)).Entries.Count;

    [Benchmark(Description = "Parse 1M plain lines + build index")]
    public int ParsePlainAndIndex()
    {
        var parsed = HashListParser.Parse(new StringReader(_plain));
        return new LoadedHashBank(new HashBank("bench", HashBankKind.Block, Core.Verdicts.HarmCategory.Sexual, 31, 1), parsed.Entries).Count;
    }
}
